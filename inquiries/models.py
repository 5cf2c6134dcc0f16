"""Buyers' questions, quote and custom order requests, and messages to the Dekranasda, each a
thread of messages between the buyer, the artisan concerned and the council's editors.

A buyer follows the thread by a private link (an unguessable token that lapses a year after the
last message); artisans see only their own inquiries; the council sees all of them.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from django_countries.fields import CountryField

from catalog.currencies import RUPIAH, format_amount
from catalog.money import format_idr

LINK_LIFETIME = timedelta(days=365)


def new_access_token():
    return secrets.token_urlsafe(24)


def working_days_before(moment, days):
    """The moment `days` working days (Monday to Friday, as the council's clock reads them)
    before `moment`."""
    moment = timezone.localtime(moment)
    while days > 0:
        moment -= timedelta(days=1)
        if moment.weekday() < 5:
            days -= 1
    return moment


class InquiryKind(models.TextChoices):
    QUESTION = "question", _("Question about a product")
    QUOTE = "quote", _("Wholesale or export quote")
    CUSTOM = "custom", _("Custom order")
    MESSAGE = "message", _("Message to the Dekranasda")


class InquiryStatus(models.TextChoices):
    NEW = "new", _("New")
    ANSWERED = "answered", _("Answered")
    QUOTED = "quoted", _("Quoted")
    ACCEPTED = "accepted", _("Quote accepted")
    CLOSED = "closed", _("Closed")


class Incoterm(models.TextChoices):
    EXW = "EXW", _("EXW: collected at the maker's")
    FOB = "FOB", _("FOB: on board at the Indonesian port")
    CIF = "CIF", _("CIF: to the destination port, insured")
    DAP = "DAP", _("DAP: delivered to your address, duties unpaid")
    DDP = "DDP", _("DDP: delivered to your address, duties paid")


class Author(models.TextChoices):
    BUYER = "buyer", _("Buyer")
    ARTISAN = "artisan", _("Artisan")
    COUNCIL = "council", _("Dekranasda")


class InquiryQuerySet(models.QuerySet):
    def visible_to_artisan(self, user):
        """The inquiries of the artisans this account keeps."""
        return self.filter(artisan__members=user).distinct()

    def open(self):
        return self.exclude(status=InquiryStatus.CLOSED)

    def overdue(self, now=None):
        """New and still unanswered after two working days."""
        limit = working_days_before(now or timezone.now(), settings.INQUIRY_ANSWER_WORKING_DAYS)
        return self.filter(status=InquiryStatus.NEW, created_at__lt=limit)

    def by_link(self, token, now=None):
        """The inquiry a buyer's private link opens, while the link lasts."""
        return self.filter(access_token=token, link_expires_at__gt=now or timezone.now())


class Inquiry(models.Model):
    kind = models.CharField(_("type"), max_length=10, choices=InquiryKind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=InquiryStatus.choices, default=InquiryStatus.NEW
    )
    artisan = models.ForeignKey(
        "artisans.Artisan",
        verbose_name=_("artisan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="inquiries",
    )
    product = models.ForeignKey(
        "catalog.Product",
        verbose_name=_("product"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="inquiries",
    )
    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("buyer's account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="inquiries",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"))
    whatsapp = models.CharField(_("WhatsApp number"), max_length=24, blank=True)
    company = models.CharField(_("company"), max_length=160, blank=True)
    country = CountryField(_("destination country"), blank=True)
    language = models.CharField(_("language"), max_length=8, default="id")
    message = models.TextField(_("message"))
    quantity = models.PositiveIntegerField(_("quantity"), null=True, blank=True)
    incoterm = models.CharField(_("incoterm"), max_length=3, choices=Incoterm.choices, blank=True)
    wanted_by = models.DateField(_("wanted by"), null=True, blank=True)
    samples_wanted = models.BooleanField(_("samples wanted"), default=False)
    motif = models.CharField(_("motif"), max_length=160, blank=True)
    colours = models.CharField(_("colours"), max_length=160, blank=True)
    size = models.CharField(_("size"), max_length=160, blank=True)

    access_token = models.CharField(max_length=40, unique=True, default=new_access_token)
    link_expires_at = models.DateTimeField(_("private link valid until"))
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_inquiries",
    )
    first_answered_at = models.DateTimeField(_("first answered at"), null=True, blank=True)
    last_message_at = models.DateTimeField(_("last message at"), default=timezone.now)

    quoted_amount = models.DecimalField(
        _("quoted price"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    quoted_currency = models.CharField(_("currency"), max_length=3, blank=True)
    quote_valid_until = models.DateField(_("quote valid until"), null=True, blank=True)
    order = models.ForeignKey(
        "catalog.Order",
        verbose_name=_("order"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="inquiries",
    )
    created_at = models.DateTimeField(_("received at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = InquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        indexes = [
            models.Index(fields=["status", "created_at"], name="inquiry_status"),
            models.Index(fields=["artisan", "created_at"], name="inquiry_artisan"),
        ]

    def __str__(self):
        return f"#{self.pk} {self.get_kind_display()}: {self.name}"

    def save(self, *args, **kwargs):
        if self.link_expires_at is None:
            self.link_expires_at = self.last_message_at + LINK_LIFETIME
        super().save(*args, **kwargs)

    @property
    def is_overdue(self):
        limit = working_days_before(timezone.now(), settings.INQUIRY_ANSWER_WORKING_DAYS)
        return self.status == InquiryStatus.NEW and self.created_at < limit

    @property
    def quoted_price_text(self):
        """The quoted price as the reader writes it: "Rp1.500.000", "US$92,50"."""
        if self.quoted_amount is None:
            return ""
        if self.quoted_currency in ("", RUPIAH):
            return format_idr(int(self.quoted_amount))
        return format_amount(self.quoted_amount, self.quoted_currency)

    @property
    def live_order(self):
        """The order an accepted quote became, unless it lapsed or was cancelled."""
        order = self.order
        if order is None or order.status in ("expired", "cancelled"):
            return None
        return order

    @property
    def quote_is_valid(self):
        """A quote the buyer may accept now: priced, in date, for a maker, not already an
        order that is still on (an order that lapsed leaves the quote to accept again)."""
        accepted_but_lapsed = self.status == InquiryStatus.ACCEPTED and self.live_order is None
        return (
            (self.status == InquiryStatus.QUOTED or accepted_but_lapsed)
            and self.artisan_id is not None
            and self.quoted_amount is not None
            and (self.quote_valid_until is None or self.quote_valid_until >= timezone.localdate())
        )


class InquiryMessage(models.Model):
    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="messages")
    author_kind = models.CharField(_("from"), max_length=10, choices=Author.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self):
        return f"{self.get_author_kind_display()}: {self.body[:60]}"


class SavedReply(models.Model):
    """A reply an artisan (or, without one, the council) keeps for common questions."""

    artisan = models.ForeignKey(
        "artisans.Artisan",
        verbose_name=_("artisan"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="saved_replies",
    )
    title = models.CharField(_("title"), max_length=80)
    body = models.TextField(_("reply"), max_length=4000)

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("saved reply")
        verbose_name_plural = _("saved replies")

    def __str__(self):
        return self.title
