"""Regions of Indonesia by their Kemendagri codes: the council's regency, districts, villages."""

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from artisans import kemendagri


class RegionLevel(models.IntegerChoices):
    PROVINCE = 1, _("province")
    REGENCY = 2, _("regency or city")
    DISTRICT = 3, _("district")
    VILLAGE = 4, _("village")


class RegionQuerySet(models.QuerySet):
    def districts_of(self, regency_code):
        """The districts (kecamatan) of a regency, by name."""
        return self.filter(parent_id=regency_code, level=RegionLevel.DISTRICT).order_by("name")


class RegionManager(models.Manager.from_queryset(RegionQuerySet)):
    @transaction.atomic
    def import_regency(self, regency_code):
        """Create or update a regency with its districts and villages; return the regency."""
        record = kemendagri.get_region(regency_code)
        if record is None or record.level != RegionLevel.REGENCY:
            raise ValueError(f"{regency_code!r} is not a Kemendagri regency code.")
        regency = self._store(record, parent=None)
        for district_record in kemendagri.children_of(record.code):
            district = self._store(district_record, parent=regency)
            for village_record in kemendagri.children_of(district_record.code):
                self._store(village_record, parent=district)
        return regency

    def _store(self, record, parent):
        region, _created = self.update_or_create(
            code=record.code,
            defaults={
                "name": record.name,
                "level": record.level,
                "parent": parent,
                "postal_code": record.postal_code,
            },
        )
        return region


class Region(models.Model):
    """A Kemendagri region: regency (level 2), district (3) or village (4)."""

    code = models.CharField(_("Kemendagri code"), max_length=13, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    level = models.PositiveSmallIntegerField(_("level"), choices=RegionLevel.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    postal_code = models.CharField(_("postal code"), max_length=5, blank=True)

    objects = RegionManager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name
