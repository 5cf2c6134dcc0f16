"""sitemap.xml: every live page in every language, and every live product in both languages."""

from django.contrib.sitemaps import Sitemap

from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page

from catalog.models import Product


class PageSitemap(WagtailSitemap):
    """Wagtail's sitemap covers the site's root page tree only; ours adds its translations."""

    def items(self):
        root = self.get_wagtail_site().root_page
        pages = Page.objects.none()
        for home in root.get_translations(inclusive=True):
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return (
            pages.live()
            .public()
            .exclude(artisanpage__artisan__is_active=False)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


class ProductSitemap(Sitemap):
    i18n = True
    alternates = True
    changefreq = "weekly"

    def items(self):
        return Product.objects.live().order_by("pk").only("slug", "updated_at")

    def lastmod(self, product):
        return product.updated_at
