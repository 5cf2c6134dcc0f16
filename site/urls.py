from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import pgettext_lazy
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from catalog import urls as catalog_urls
from catalog.cart import urls as cart_urls
from catalog.checkout import urls as checkout_urls
from catalog.payments import webhooks as payment_webhooks
from catalog.portal import urls as portal_urls
from home import account_urls
from home import views as home_views
from home.sitemaps import PageSitemap, ProductSitemap
from inquiries import portal_urls as inquiries_portal_urls
from inquiries import urls as inquiry_urls
from privacy import urls as privacy_urls

SITEMAPS = {"pages": PageSitemap, "products": ProductSitemap}

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Stripe posts its events here: one address, whatever the language.
    path("stripe/webhook/", payment_webhooks.stripe_webhook, name="stripe_webhook"),
    # An index of sections, each paginated, so the sitemap holds a national catalog.
    path("sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap"}),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages carry their language in the URL: /id/... and /en/...
urlpatterns += i18n_patterns(
    path(pgettext_lazy("URL", "search/"), home_views.search, name="search"),
    path("", include(account_urls)),
    path("", include(catalog_urls)),
    path("", include(portal_urls)),
    path("", include(inquiries_portal_urls)),
    path("", include(cart_urls)),
    path("", include(checkout_urls)),
    path("", include(inquiry_urls)),
    path("", include(privacy_urls)),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# A lost database connection answers 503 "try again in a moment" (home.db_errors), wherever it
# was raised; any other error gets the usual server error page (templates/500.html).
handler500 = "home.db_errors.server_error"
