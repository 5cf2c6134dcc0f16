"""What a product page offers besides the product: similar products and ways to share it."""

from urllib.parse import quote, urlencode

from django.db.models import Q
from django.utils.translation import gettext, pgettext

RELATED_PRODUCTS = 4


def related_products(product, limit=RELATED_PRODUCTS):
    """Up to `limit` other live products close to `product`, with their card data: same motif
    first, then same category, then same artisan, newest first within each. Reads
    `product.motif`.

    Each kind of closeness is one small query that an index answers (however large the
    catalog), then one query fetches the chosen ones with their card data."""
    from .models import Product

    related = related_product_ids(product, limit)
    rows = Product.objects.filter(pk__in=related).with_card_data().in_bulk()
    return [rows[pk] for pk in related if pk in rows]


def related_product_ids(product, limit=RELATED_PRODUCTS):
    """Ids of up to `limit` live products close to `product`, closest first."""
    from home.models import MotifPage

    from .models import Product

    closeness = []
    if product.motif_id is not None:
        # Any language version of the motif's story, as `ProductQuerySet.in_motif` matches.
        versions = MotifPage.objects.filter(translation_key=product.motif.translation_key)
        closeness.append(Q(motif_id__in=versions.values("pk")))
    closeness += [Q(category_id=product.category_id), Q(artisan_id=product.artisan_id)]
    others = Product.objects.live().exclude(pk=product.pk).order_by("-created_at", "-pk")
    # Each kind asks for enough to fill the list even when the closer kinds found the same ones.
    wanted = limit * len(closeness)
    found = []
    for condition in closeness:
        found += others.filter(condition).values_list("pk", flat=True)[:wanted]
    return list(dict.fromkeys(found))[:limit]


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
