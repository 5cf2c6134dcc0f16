"""What is for sale: products with their photos, stock and price in rupiah."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from home.search import search_words
from home.translation import TranslatedField

from .categories import Category
from .listing_details import FoodDetails, PhysicalDetails, TradeTerms
from .listing_review import ListingReview, ReviewState
from .materials import Material
from .product_panels import PRODUCT_PANELS


class ProductQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live(self):
        """Published products of active artisans."""
        return self.filter(live=True, artisan__is_active=True)

    def in_stock(self):
        """Products with at least one unit to sell."""
        return self.filter(stock__gt=0)

    def in_category(self, category):
        """Products of a category or of any category below it."""
        return self.filter(category__in=category.with_descendants())

    def by_artisan(self, artisan):
        """Products of one artisan."""
        return self.filter(artisan=artisan)

    def in_motif(self, motif_page):
        """Products made in a motif, whichever language version of its story is given."""
        return self.filter(motif__translation_key=motif_page.translation_key)

    def with_card_data(self, renditions=None):
        """Everything a product card shows, in a constant number of queries: the photos with
        the renditions a card shows (or those named by `renditions`)."""
        return self.select_related("artisan__district", "category").prefetch_related(
            *card_prefetches(renditions)
        )

    def ranked_ids(self, words, limit):
        """Ids of the published products matching `words`, best first, from the search backend.

        The backend filters only on indexed fields (`live`, not the artisan's `is_active`):
        callers narrow their own queryset to these ids.
        """
        published = self.model.objects.filter(live=True).only("pk")
        return [product.pk for product in published.search(search_words(words))[:limit]]

    def found_by(self, words, limit=24):
        """Products matching a full-text search, best first, with their card data."""
        ranked = self.ranked_ids(words, limit * 2)
        products = self.filter(pk__in=ranked).with_card_data().in_bulk()
        return [products[pk] for pk in ranked if pk in products][:limit]

    def managed_by(self, user):
        """Products of the active artisans this account keeps (an artisan's own listings)."""
        return self.filter(artisan__members=user, artisan__is_active=True)

    def awaiting_review(self):
        """Listings an artisan submitted that no editor has decided on yet, oldest first."""
        return self.filter(review_state=ReviewState.SUBMITTED).order_by("submitted_at", "pk")

    def newest_first(self):
        """Most recently listed first."""
        return self.order_by("-created_at", "-pk")


def card_prefetches(renditions=None):
    """The prefetches of `ProductQuerySet.with_card_data`: the photos with the renditions a card
    shows (or those named by `renditions`), and the variants (stock)."""
    from home.renditions import PRODUCT_CARD, prefetch_renditions

    photos = ProductImage.objects.select_related("image").prefetch_related(
        prefetch_renditions("image__renditions", renditions or PRODUCT_CARD)
    )
    return [models.Prefetch("images", queryset=photos), "variants"]


class Product(
    DraftStateMixin,
    RevisionMixin,
    ListingReview,
    index.Indexed,
    PhysicalDetails,
    FoodDetails,
    TradeTerms,
    ClusterableModel,
):
    artisan = models.ForeignKey(
        "artisans.Artisan",
        verbose_name=_("artisan"),
        on_delete=models.PROTECT,
        related_name="products",
    )
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    name = models.CharField(_("name (Indonesian)"), max_length=160)
    name_en = models.CharField(_("name (English)"), max_length=160, blank=True)
    description = models.TextField(_("description (Indonesian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="products"
    )
    technique = models.ForeignKey(
        "artisans.Technique",
        verbose_name=_("technique"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="products",
    )
    motif = models.ForeignKey(
        "home.MotifPage",
        verbose_name=_("motif"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="products",
    )
    materials = ParentalManyToManyField(
        Material, verbose_name=_("materials"), blank=True, related_name="products"
    )
    price = models.PositiveBigIntegerField(_("price (rupiah)"))
    stock = models.PositiveIntegerField(_("stock"), default=0)
    weight_grams = models.PositiveIntegerField(_("weight (grams)"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    localized_name = TranslatedField("name", "name_en")
    localized_description = TranslatedField("description", "description_en")
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="product")

    objects = ProductQuerySet.as_manager()

    panels = PRODUCT_PANELS

    search_fields = [
        index.AutocompleteField("name"),
        index.AutocompleteField("name_en"),
        index.SearchField("name"),
        index.SearchField("name_en"),
        index.SearchField("description"),
        index.SearchField("description_en"),
        index.FilterField("live"),
        index.FilterField("category"),
    ]

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("product")
        verbose_name_plural = _("products")
        # One per sort of the catalog (forms.SORTS), so a page of a national catalog is read
        # from an index in the order shown instead of sorting every product.
        indexes = [
            models.Index(fields=["live", "-created_at", "-id"], name="product_live_newest"),
            models.Index(fields=["live", "price", "id"], name="product_live_cheapest"),
            models.Index(fields=["live", "-price", "id"], name="product_live_dearest"),
            models.Index(fields=["live", "name", "id"], name="product_live_by_name"),
        ]

    def __str__(self):
        return self.localized_name

    def get_absolute_url(self):
        return reverse("catalog:product_detail", kwargs={"slug": self.slug})

    @property
    def revisions(self):
        return self._revisions

    # Kept as they are in the database when a revision is published: stock changes at once
    # (the artisan's shop, orders) and the review is about the listing, not one version of it.
    NOT_REVIEWED = ["stock", "review_state", "review_note", "submitted_at"]

    def with_content_json(self, content):
        """A revision as an object, with what is not reviewed as the database holds it now
        (not as the editor's form or an old revision had it)."""
        from .variants import ProductVariant

        obj = super().with_content_json(content)
        if self.pk is None:
            return obj
        now = type(self).objects.filter(pk=self.pk).values(*self.NOT_REVIEWED).first() or {}
        for name, value in now.items():
            setattr(obj, name, value)
        stock_now = dict(
            ProductVariant.objects.filter(product_id=self.pk).values_list("pk", "stock")
        )
        for variant in obj.variants.all():
            variant.stock = stock_now.get(variant.pk, variant.stock)
        return obj

    @property
    def main_image(self):
        """The first photo (uses the prefetched photos when there are any)."""
        images = list(self.images.all())
        return images[0] if images else None

    @property
    def available_stock(self):
        """Pieces ready to send: the variants' stock when there are variants."""
        variants = list(self.variants.all())
        return sum(variant.stock for variant in variants) if variants else self.stock

    @property
    def is_in_stock(self):
        """A piece can be ordered now: in stock, or made to order."""
        return self.made_to_order or self.available_stock > 0

    def whatsapp_inquiry_url(self, site_name):
        """Click-to-chat with the maker, the message naming this product."""
        return self.artisan.whatsapp_url(
            about=gettext("I would like to ask about %(product)s.")
            % {"product": self.localized_name},
            site_name=site_name,
        )


class ProductImage(Orderable):
    product = ParentalKey(Product, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        "home.SiteImage", verbose_name=_("photo"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("description for blind visitors (Indonesian)"), max_length=200, blank=True
    )
    alt_text_en = models.CharField(
        _("description for blind visitors (English)"), max_length=200, blank=True
    )

    localized_alt_text = TranslatedField("alt_text", "alt_text_en")

    @property
    def alt(self):
        """What a screen reader says: the photo's own description, else the product's name."""
        return self.localized_alt_text or self.product.localized_name

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("alt_text_en")]

    class Meta(Orderable.Meta):
        verbose_name = _("product photo")
        verbose_name_plural = _("product photos")
