"""The exchange rates editors keep, so export buyers can see prices in their own currency.

Pages read the rates through `current_rates()`, cached; any change to the table forgets the
cache, so an editor's new rate shows on the next page view.
"""

from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.db.models import OuterRef, Subquery
from django.utils.timezone import localdate
from django.utils.translation import gettext_lazy as _

from catalog.currencies import CURRENCIES, CURRENCY_CHOICES, Rate
from home.page_cache import invalidate_pages

# Each server process keeps its own cache unless a shared one (Redis) is configured: the
# timeout bounds how long another process may show a rate an editor has just replaced.
RATES_CACHE_TIMEOUT = 5 * 60


class ExchangeRateQuerySet(models.QuerySet):
    def effective_on(self, day):
        """Rates already in force on `day`."""
        return self.filter(effective_on__lte=day)

    def latest_per_currency(self, day):
        """The rate of each currency on `day`: the latest in force, the last recorded on a tie."""
        latest = (
            self.model.objects.effective_on(day)
            .filter(currency=OuterRef("currency"))
            .order_by("-effective_on", "-recorded_at", "-pk")
        )
        return self.filter(pk=Subquery(latest.values("pk")[:1]))

    def update(self, **kwargs):
        rows = super().update(**kwargs)
        rates_changed()
        return rows

    def delete(self):
        result = super().delete()
        rates_changed()
        return result


class ExchangeRate(models.Model):
    """Rupiah per unit of a foreign currency, from a named source, in force from a date."""

    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCY_CHOICES)
    rupiah_per_unit = models.DecimalField(
        _("rupiah per unit"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=_(
            "What one unit of the currency costs in rupiah, e.g. 16250.00 for one US dollar."
        ),
    )
    source = models.CharField(
        _("source"), max_length=120, help_text=_("e.g. Bank Indonesia JISDOR")
    )
    effective_on = models.DateField(_("in force from"), default=localdate)
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ExchangeRateQuerySet.as_manager()

    class Meta:
        ordering = ["-effective_on", "-recorded_at", "currency"]
        indexes = [models.Index(fields=["currency", "effective_on"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rupiah_per_unit__gt=0), name="exchange_rate_positive"
            )
        ]
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")

    def __str__(self):
        return f"{self.currency} {self.rupiah_per_unit} ({self.effective_on})"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        rates_changed()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        rates_changed()
        return result

    def as_rate(self):
        return Rate(self.currency, self.rupiah_per_unit, self.source, self.effective_on)


def _cache_key(day):
    return f"catalog:exchange-rates:{day.isoformat()}"


def current_rates():
    """{currency code: Rate} in force today, for the offered currencies; one query per change."""
    day = localdate()
    rates = cache.get(_cache_key(day))
    if rates is None:
        rates = {
            row.currency: row.as_rate()
            for row in ExchangeRate.objects.latest_per_currency(day)
            if row.currency in CURRENCIES
        }
        cache.set(_cache_key(day), rates, RATES_CACHE_TIMEOUT)
    return rates


def rates_changed():
    """Forget the cached rates now, and again once the change is committed (a page viewed
    in between may have cached the rates as they were)."""
    cache.delete(_cache_key(localdate()))
    transaction.on_commit(lambda: cache.delete(_cache_key(localdate())))
    invalidate_pages()
