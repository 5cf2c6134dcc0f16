"""The artisan's own shop on the phone: their listings with each one's status, a new listing
in a few minutes, stock at once, changes for the council's review.

An account sees only the products of the artisans it keeps: anything else is a 404.
"""

import logging

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, ListView

from artisans.models import Artisan
from home.renditions import RENDITIONS
from home.storage import STORAGE_ERRORS

from .. import listings
from ..fulfilments import FulfilmentError, advance
from ..models import Fulfilment, Product
from .forms import FulfilmentStepForm, ListingForm, StockForm

logger = logging.getLogger(__name__)


class ArtisanAccountMixin(LoginRequiredMixin):
    """Signed in as one of an active artisan's accounts."""

    @cached_property
    def artisans(self):
        return list(Artisan.objects.managed_by(self.request.user).filter(is_active=True))

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not self.artisans:
            raise PermissionDenied(_("This account does not keep an artisan's shop."))
        return super().dispatch(request, *args, **kwargs)

    def own_products(self):
        return Product.objects.managed_by(self.request.user)

    def get_product(self):
        return get_object_or_404(self.own_products(), pk=self.kwargs["pk"])


class MyListingsView(ArtisanAccountMixin, ListView):
    template_name = "catalog/portal/my_listings.html"
    context_object_name = "products"
    paginate_by = 50

    def get_queryset(self):
        return (
            self.own_products()
            .with_card_data(renditions=RENDITIONS["thumbnail"])
            .order_by("-updated_at", "-pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for product in context["products"]:
            product.stock_form = StockForm(product, prefix=f"p{product.pk}")
        return context


class ListingFormView(ArtisanAccountMixin, FormView):
    """Add a listing, or change one (the change waits for review; stock alone does not)."""

    form_class = ListingForm
    template_name = "catalog/portal/listing_form.html"

    @cached_property
    def product(self):
        if "pk" not in self.kwargs:
            return None
        # What the artisan last submitted, which may not be live yet.
        return self.get_product().get_latest_revision_as_object()

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = self.product or Product(artisan=self.artisans[0], stock=1)
        return kwargs

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if self.product is None and len(self.artisans) > 1:
            form.fields["artisan"] = forms.ModelChoiceField(
                label=_("Artisan"),
                queryset=Artisan.objects.filter(pk__in=[a.pk for a in self.artisans]),
            )
        return form

    def form_valid(self, form):
        product = form.save(commit=False)
        if "artisan" in form.cleaned_data:
            product.artisan = form.cleaned_data["artisan"]
        form.save_m2m()  # materials are kept on the listing in memory until it is saved
        try:
            images = listings.save_photos(form.cleaned_data["photos"], product.name)
        except STORAGE_ERRORS:
            logger.exception("The photos of a listing could not be stored.")
            form.add_error(
                "photos",
                _(
                    "The photos could not be stored just now. Nothing was saved: try again "
                    "in a few minutes."
                ),
            )
            return self.form_invalid(form)
        submitted = listings.save_artisan_changes(
            product,
            self.request.user,
            form.changed_data,
            images=images,
            kept_photos=form.kept_photos,
            stock=form.cleaned_data["stock"],
        )
        if submitted:
            messages.success(
                self.request, _("Sent to the council for review. Its status is shown here.")
            )
        else:
            messages.success(self.request, _("Stock saved."))
        return redirect("portal:my_listings")

    def form_invalid(self, form):
        if self.request.FILES:
            messages.warning(
                self.request,
                _(
                    "Nothing was saved yet. Please correct the marked fields "
                    "and choose the photos again."
                ),
            )
        return super().form_invalid(form)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["product"] = self.product
        return context


class StockUpdateView(ArtisanAccountMixin, View):
    def post(self, request, pk):
        product = self.get_product()
        form = StockForm(product, request.POST, prefix=f"p{product.pk}")
        if form.is_valid():
            stock = form.cleaned_data.get("stock", product.stock)
            listings.set_stock(product, stock, form.variant_stock())
            messages.success(request, _("Stock of %(product)s saved.") % {"product": product})
        else:
            messages.error(
                request,
                _("The stock of %(product)s was not changed: give a whole number from 0.")
                % {"product": product},
            )
        return redirect(reverse("portal:my_listings") + f"#product-{product.pk}")


class ListingVisibilityView(ArtisanAccountMixin, View):
    def post(self, request, pk):
        product = self.get_product()
        if request.POST.get("action") == "hide":
            listings.hide_listing(product, request.user)
            messages.success(
                request, _("%(product)s is hidden from buyers.") % {"product": product}
            )
        elif request.POST.get("action") == "show":
            if listings.show_listing(product, request.user):
                messages.success(request, _("%(product)s is shown again.") % {"product": product})
            else:
                messages.warning(
                    request,
                    _("%(product)s is shown once the council approves it.") % {"product": product},
                )
        else:
            messages.error(request, _("Choose whether to hide or show the listing."))
        return redirect(reverse("portal:my_listings") + f"#product-{product.pk}")


class MyOrdersView(ArtisanAccountMixin, ListView):
    """The parts of paid orders this account's artisans have to send, newest first."""

    template_name = "catalog/portal/my_orders.html"
    context_object_name = "fulfilments"
    paginate_by = 30

    def get_queryset(self):
        return (
            Fulfilment.objects.for_account(self.request.user)
            .exclude(status__in=["awaiting_payment", "cancelled"])
            .select_related("order", "artisan")
            .prefetch_related("lines")
            .order_by("-order__created_at", "-pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for fulfilment in context["fulfilments"]:
            fulfilment.step_form = FulfilmentStepForm(fulfilment, prefix=f"f{fulfilment.pk}")
        return context


class FulfilmentStepView(ArtisanAccountMixin, View):
    def post(self, request, pk):
        fulfilment = get_object_or_404(Fulfilment.objects.for_account(request.user), pk=pk)
        form = FulfilmentStepForm(fulfilment, request.POST, prefix=f"f{fulfilment.pk}")
        try:
            if not form.is_valid():
                raise FulfilmentError(_("Choose what happened to this part."))
            advance(fulfilment, **form.cleaned_data)
            messages.success(
                request, _("Order %(number)s updated.") % {"number": fulfilment.order.number}
            )
        except FulfilmentError as error:
            messages.error(request, str(error))
        return redirect(reverse("portal:my_orders") + f"#part-{fulfilment.pk}")
