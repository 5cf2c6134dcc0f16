"""The site's addresses plus `/form/`, a page the page cache may keep whose form carries a CSRF
token, in a kept fragment (no public page has one: the product page's "Add to cart" needs no
token), for the tests of how kept pages and fragments give each visitor a token of their own.
Used with `@pytest.mark.urls("tests.home.form_page_urls")`."""

from django.http import HttpResponse
from django.template import engines
from django.urls import path

from home.page_cache import cacheable_page
from siteconf.urls import urlpatterns as site_urlpatterns

FORM_URL = "/form/"
# Long enough for GZipMiddleware, which leaves answers under 200 bytes as they are.
INTRODUCTION = "<p>A page whose form is sent with the visitor's own CSRF token.</p>" * 4
FORM_PAGE = engines["django"].from_string(
    "{% load fragments %}<!doctype html><title>Form</title>" + INTRODUCTION + "\n"
    '{% remembered_fragment "test-form" %}<form method="post">{% csrf_token %}'
    '<button type="submit">Send</button></form>{% endremembered_fragment %}'
)


def form_page(request):
    """The form on GET (kept for anonymous visitors); a POST that passed Django's CSRF check."""
    if request.method == "POST":
        return HttpResponse("sent", content_type="text/plain")
    return cacheable_page(HttpResponse(FORM_PAGE.render({}, request)))


urlpatterns = [path("form/", form_page), *site_urlpatterns]
