"""What the council's registry records of every IKM besides its name, place and sector: legal
identity (legal form, scale, NIB, KBLI), its people, capacity and export, what it attended, its
contact, and the consent to keep its personal data with what of it may be public."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

NIB_FORMAT = RegexValidator(r"^[0-9]{13}$", _("An NIB has 13 digits."), code="nib")
KBLI_FORMAT = RegexValidator(
    r"^[0-9]{5}(\s*,\s*[0-9]{5})*$",
    _("KBLI codes have 5 digits each, separated by commas (e.g. 13134, 10792)."),
    code="kbli",
)


class LegalForm(models.TextChoices):
    PERORANGAN = "perorangan", _("Sole proprietor (perorangan)")
    CV = "cv", _("CV")
    KOPERASI = "koperasi", _("Cooperative (koperasi)")
    KELOMPOK = "kelompok", _("Group (kelompok usaha)")
    PT = "pt", _("PT")


class BusinessScale(models.TextChoices):
    MIKRO = "mikro", _("Micro")
    KECIL = "kecil", _("Small")
    MENENGAH = "menengah", _("Medium")


class ExportStatus(models.TextChoices):
    NONE = "none", _("Not exporting")
    INDIRECT = "indirect", _("Exports through others")
    DIRECT = "direct", _("Exports directly")


class RegistryFields(models.Model):
    brand = models.CharField(_("brand"), max_length=150, blank=True)
    legal_form = models.CharField(
        _("legal form"), max_length=12, choices=LegalForm.choices, blank=True
    )
    scale = models.CharField(_("scale"), max_length=10, choices=BusinessScale.choices, blank=True)
    nib = models.CharField(
        _("NIB"),
        max_length=13,
        blank=True,
        validators=[NIB_FORMAT],
        help_text=_("Business identification number (Nomor Induk Berusaha), 13 digits."),
    )
    kbli_codes = models.CharField(
        _("KBLI codes"), max_length=120, blank=True, validators=[KBLI_FORMAT]
    )
    sub_sector = models.CharField(_("sub-sector"), max_length=80, blank=True)
    sentra = models.CharField(_("sentra (production centre)"), max_length=120, blank=True)
    workers_women = models.PositiveSmallIntegerField(_("of whom women"), null=True, blank=True)
    workers_disabled = models.PositiveSmallIntegerField(
        _("of whom persons with disabilities"), null=True, blank=True
    )
    capacity = models.CharField(
        _("production capacity"),
        max_length=120,
        blank=True,
        help_text=_("e.g. 300 pieces of batik a month"),
    )
    export_status = models.CharField(
        _("export"), max_length=10, choices=ExportStatus.choices, default=ExportStatus.NONE
    )
    training = models.TextField(_("training attended"), blank=True, help_text=_("One per line."))
    exhibitions = models.TextField(
        _("exhibitions attended"), blank=True, help_text=_("One per line.")
    )
    phone = models.CharField(_("telephone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    address = models.TextField(_("address"), blank=True)
    consent_given_on = models.DateField(
        _("consent to the processing of personal data given on"),
        null=True,
        blank=True,
        help_text=_("Empty: no consent recorded; keep only what the law allows without it."),
    )
    public_owner = models.BooleanField(_("the owner's name may be public"), default=False)
    public_contact = models.BooleanField(
        _("WhatsApp, telephone and email may be public"), default=False
    )

    class Meta:
        abstract = True
