"""What a product page offers besides the product: similar products and ways to share it."""

from functools import reduce
from operator import or_
from urllib.parse import quote, urlencode

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.translation import gettext, pgettext

RELATED_PRODUCTS = 4


def with_related_products(product, products, limit=RELATED_PRODUCTS):
    """`product` again, as `products` fetch it, and up to `limit` other live products close to
    it: same motif first, then same category, then same artisan, newest first within each.

    One query for them all, with their card data: the photos, renditions and variants of the
    product and of its related products come in one query each. Reads `product.motif`."""
    closeness = []
    if product.motif_id is not None:
        # Any language version of the motif's story, as `ProductQuerySet.in_motif` matches.
        closeness.append(Q(motif__translation_key=product.motif.translation_key))
    closeness += [Q(category_id=product.category_id), Q(artisan_id=product.artisan_id)]
    itself = Q(pk=product.pk)
    rows = list(
        products.live()
        .filter(reduce(or_, closeness, itself))
        .annotate(
            closeness=Case(
                When(itself, then=Value(-1)),
                *[When(condition, then=Value(rank)) for rank, condition in enumerate(closeness)],
                output_field=IntegerField(),
            )
        )
        .order_by("closeness", "-created_at", "-pk")
        .with_card_data()[: limit + 1]
    )
    shown = next((row for row in rows if row.pk == product.pk), product)
    return shown, [row for row in rows if row.pk != product.pk][:limit]


def share_links(product, url):
    """Links that share `url`, the product's absolute address, without any third-party script:
    (name shown, accessible label, link) for each network, then email. Each label contains the
    name shown, so that speech control finds the link by what it says."""
    name = product.localized_name

    def link(base, **params):
        return f"{base}?{urlencode(params, quote_via=quote)}"

    return [
        (
            "WhatsApp",
            gettext("Share on WhatsApp"),
            link("https://wa.me/", text=f"{name} {url}"),
        ),
        (
            "Facebook",
            gettext("Share on Facebook"),
            link("https://www.facebook.com/sharer/sharer.php", u=url),
        ),
        (
            "X",
            gettext("Share on X (Twitter)"),
            link("https://twitter.com/intent/tweet", text=name, url=url),
        ),
        (
            pgettext("share link", "Email"),
            gettext("Share by email"),
            link("mailto:", subject=name, body=url),
        ),
    ]
