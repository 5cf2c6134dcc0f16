"""The site's URLs with /media/ served from MEDIA_ROOT, for browser tests that load images.

Production leaves /media/ to the web server in front of Django, and the test server has none;
tests that need the photos set `ROOT_URLCONF = "tests.site.media_urls"`.
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from siteconf.urls import urlpatterns as site_urlpatterns


def media(request, path):
    # MEDIA_ROOT is read per request: every test has its own (tests/conftest.py).
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [re_path(r"^media/(?P<path>.+)$", media), *site_urlpatterns]
