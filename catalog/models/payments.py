"""Payments of orders, and the ledger that makes every payment event count once."""

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

# PrivateFileStorage stays importable here for migration 0009.
from home.private_files import PrivateFileStorage, private_storage  # noqa: F401

from ..money import format_idr


class PaymentMethod(models.TextChoices):
    BANK_TRANSFER = "bank_transfer", _("Bank transfer")
    CARD = "card", _("Card")


class PaymentStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for the payment")
    PROOF_SENT = "proof_sent", _("Proof sent, to be checked")
    SUCCEEDED = "succeeded", _("Received")
    FAILED = "failed", _("Not received")
    REFUNDED = "refunded", _("Refunded")


class PaymentQuerySet(models.QuerySet):
    def to_check(self):
        """Bank transfers whose proof an editor has to check."""
        return self.filter(status=PaymentStatus.PROOF_SENT)


class Payment(models.Model):
    order = models.ForeignKey(
        "catalog.Order", verbose_name=_("order"), on_delete=models.PROTECT, related_name="payments"
    )
    method = models.CharField(_("method"), max_length=20, choices=PaymentMethod.choices)
    amount = models.PositiveBigIntegerField(_("amount (rupiah)"))
    status = models.CharField(
        _("status"), max_length=20, choices=PaymentStatus.choices, default=PaymentStatus.PENDING
    )
    reference = models.CharField(_("reference"), max_length=60)
    proof = models.FileField(
        _("proof of transfer"), storage=private_storage, upload_to="transfer-proofs/", blank=True
    )
    note = models.TextField(_("note"), blank=True)
    refunded_amount = models.PositiveBigIntegerField(_("refunded (rupiah)"), default=0)
    # Card payments: the provider's id of the payment (a Stripe PaymentIntent) and what it
    # charges, in the provider's currency code and minor units (IDR has two decimals at Stripe).
    provider_reference = models.CharField(
        _("provider's reference"), max_length=255, blank=True, db_index=True
    )
    charged_currency = models.CharField(_("charged currency"), max_length=3, blank=True)
    charged_minor = models.PositiveBigIntegerField(
        _("charged amount (minor units)"), null=True, blank=True
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PaymentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("payment")
        verbose_name_plural = _("payments")

    def __str__(self):
        return f"{self.order} · {self.get_method_display()}"

    @admin.display(description=_("amount"), ordering="amount")
    def amount_rupiah(self):
        return format_idr(self.amount)


class PaymentEvent(models.Model):
    """Something a payment provider (or an editor, for bank transfers) said happened.
    Stored once per (provider, event id): a repeated event is recognised and ignored."""

    provider = models.CharField(max_length=20)
    event_id = models.CharField(max_length=120)
    kind = models.CharField(max_length=60)
    payment = models.ForeignKey(
        Payment, null=True, on_delete=models.SET_NULL, related_name="events"
    )
    data = models.JSONField(default=dict, blank=True)
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["received_at", "pk"]
        verbose_name = _("payment event")
        verbose_name_plural = _("payment events")
        constraints = [
            models.UniqueConstraint(fields=["provider", "event_id"], name="one_event_per_id")
        ]

    def __str__(self):
        return f"{self.provider}:{self.event_id}"
