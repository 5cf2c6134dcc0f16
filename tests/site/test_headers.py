"""Security headers: a Content-Security-Policy without inline code on the public site (kept pages
included), Stripe.js allowed from wherever the settings load it, the Wagtail admin's relaxations
only under /admin/, and the Permissions-Policy, frame, referrer and opener policies."""

import base64
import hashlib
import re
from pathlib import Path

from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse
from django.views.decorators.clickjacking import xframe_options_exempt, xframe_options_sameorigin

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.format import embed_to_frontend_html
from wagtail.embeds.models import Embed

import pytest

from home.page_cache import CACHE_STATUS_HEADER
from home.security_headers import ContentSecurityPolicyMiddleware
from tests.catalog.accounts import editor_account
from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
UNSAFE = {"'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:", "https:", "http:"}
LOCALSTRIPE_JS = "http://127.0.0.1:45678/js.stripe.com/v3/"


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    return {
        name: sources for name, *sources in (part.split() for part in header.split(";")) if name
    }


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="Tentang kami", slug="tentang-kami")


@pytest.mark.parametrize(
    "url",
    ["/id/", "/en/", "/id/tentang-kami/", "/id/katalog/", "/id/keranjang/", "/id/checkout/"],
)
def test_public_pages_allow_no_inline_code(client, about, home_page_en, url):
    response = client.get(url, follow=True)
    directives = policy(response)

    assert response.status_code == 200
    for name in ("script-src", "style-src", "default-src", "object-src", "base-uri"):
        assert UNSAFE.isdisjoint(directives[name]), (name, directives[name])
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"


# Templates shown only inside the Wagtail admin, which has its own relaxed policy.
ADMIN_ONLY = re.compile(r"/admin/|^figures/|/wagtail_2fa/")
INLINE_CODE = [
    re.compile(r"<script(?![^>]*\b(?:src=|type=\"application/(?:ld\+)?json\"))[^>]*>"),
    re.compile(r"\son[a-z]+\s*=", re.IGNORECASE),
    re.compile(r"\sstyle\s*=", re.IGNORECASE),
]
STYLE_ELEMENT = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL)


def public_templates():
    folders = [ROOT / "templates", *ROOT.glob("*/templates")]
    for path in (path for folder in folders for path in folder.rglob("*.html")):
        name = str(path.relative_to(ROOT))
        if not ADMIN_ONLY.search(name):
            yield name, path.read_text()


def test_our_public_templates_hold_no_inline_script_or_event_handler_or_style_attribute():
    offenders = [
        f"{name}: {found.group()}"
        for name, text in public_templates()
        for pattern in INLINE_CODE
        for found in pattern.finditer(text)
    ]

    assert offenders == []


def test_style_elements_are_allowed_by_their_hash(settings):
    """The error pages carry their own <style> (they must not need a file): each is allowed by
    its hash, any other is refused."""
    allowed = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]
    styles = {
        name: base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
        for name, text in public_templates()
        for css in STYLE_ELEMENT.findall(text)
    }

    assert "templates/500.html" in styles
    assert {name for name, digest in styles.items() if f"'sha256-{digest}'" not in allowed} == set()


def test_real_stripe_is_allowed_as_its_guide_asks(client, home_page, settings):
    settings.STRIPE_JS_URL = "https://js.stripe.com/v3/"

    directives = policy(client.get("/id/"))

    assert "https://js.stripe.com" in directives["script-src"]
    assert {"https://js.stripe.com", "https://hooks.stripe.com"} <= set(directives["frame-src"])
    assert "https://api.stripe.com" in directives["connect-src"]
    header = client.get("/id/")["Content-Security-Policy"]
    assert "127.0.0.1" not in header and "localhost" not in header


def test_a_stripe_stand_in_is_allowed_from_its_own_origin_only(client, home_page, settings):
    settings.STRIPE_JS_URL = LOCALSTRIPE_JS

    directives = policy(client.get("/id/"))

    for name in ("script-src", "frame-src", "connect-src"):
        assert "http://127.0.0.1:45678" in directives[name]
    assert "stripe.com" not in client.get("/id/")["Content-Security-Policy"]


def test_media_and_static_files_on_another_origin_are_allowed(client, home_page, settings):
    settings.MEDIA_URL = "https://media.pasarkriya.example/media/"
    settings.STATIC_URL = "https://cdn.pasarkriya.example/static/"

    directives = policy(client.get("/id/"))

    assert "https://media.pasarkriya.example" in directives["img-src"]
    assert "https://cdn.pasarkriya.example" in directives["script-src"]
    assert "https://cdn.pasarkriya.example" in directives["style-src"]
    assert "https://media.pasarkriya.example" not in directives["script-src"]


def test_a_kept_page_carries_the_headers_of_the_day(client, home_page, settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.STRIPE_JS_URL = "https://js.stripe.com/v3/"
    first = client.get("/id/")
    settings.STRIPE_JS_URL = LOCALSTRIPE_JS  # the policy changes while the page is kept

    kept = client.get("/id/")

    assert (first[CACHE_STATUS_HEADER], kept[CACHE_STATUS_HEADER]) == ("miss", "hit")
    assert "https://js.stripe.com" in policy(first)["script-src"]
    assert "http://127.0.0.1:45678" in policy(kept)["script-src"]
    assert "https://js.stripe.com" not in policy(kept)["script-src"]
    assert UNSAFE.isdisjoint(policy(kept)["script-src"])
    assert kept["Permissions-Policy"] == first["Permissions-Policy"].replace(
        '"https://js.stripe.com"', '"http://127.0.0.1:45678"'
    )
    assert kept["X-Frame-Options"] == "DENY"


def test_only_the_admin_gets_its_relaxations(client, home_page):
    admin = policy(client.get(reverse("wagtailadmin_login")))
    public = policy(client.get("/id/"))

    assert "'unsafe-inline'" in admin["script-src"] and "'unsafe-inline'" in admin["style-src"]
    assert "'unsafe-eval'" not in admin["script-src"]
    # A hash beside 'unsafe-inline' would make browsers ignore 'unsafe-inline'.
    assert not [source for source in admin["style-src"] if source.startswith("'sha")]
    assert "'unsafe-inline'" not in public["script-src"]
    assert admin["frame-ancestors"] == ["'none'"]


def test_a_draft_shown_in_the_admin_gets_the_admins_policy_once(client, home_page):
    """Wagtail runs the previewed page through the middleware inside the admin's request; the
    header must come from the admin's request (the public one would block the admin's frame)."""
    client.force_login(editor_account())

    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[home_page.pk]))

    assert response.status_code == 200
    assert "'unsafe-inline'" in policy(response)["script-src"]
    assert len(response.headers.get("Content-Security-Policy").split("default-src")) == 2


@pytest.mark.parametrize(
    ("decorator", "ancestors"),
    [(xframe_options_sameorigin, ["'self'"]), (xframe_options_exempt, None)],
)
def test_frame_ancestors_follow_x_frame_options(settings, decorator, ancestors):
    """Wagtail's preview panel frames the preview (X-Frame-Options: SAMEORIGIN)."""
    settings.MIDDLEWARE = []
    middleware = ContentSecurityPolicyMiddleware(decorator(lambda request: HttpResponse("ok")))

    response = middleware(RequestFactory().get("/admin/pages/3/edit/preview/"))

    assert policy(response).get("frame-ancestors") == ancestors


def test_permissions_policy_refuses_what_the_site_does_not_use(client, home_page, settings):
    settings.STRIPE_JS_URL = "https://js.stripe.com/v3/"

    header = client.get("/id/")["Permissions-Policy"]
    features = dict(item.split("=", 1) for item in header.split(", "))

    for feature in ("camera", "microphone", "geolocation", "usb", "browsing-topics"):
        assert features[feature] == "()"
    assert features["payment"] == '(self "https://js.stripe.com")'


def test_referrer_and_opener_policies(client, home_page):
    response = client.get("/id/")

    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_embedded_videos_need_no_inline_style():
    url = "https://www.youtube.com/watch?v=pasarkriya"
    Embed.objects.create(  # as if the provider had answered (no network in tests)
        url=url,
        hash=get_embed_hash(url),
        type="video",
        html='<iframe src="https://www.youtube.com/embed/pasarkriya"></iframe>',
        width=480,
        height=270,
    )

    html = embed_to_frontend_html(url)

    assert "youtube.com/embed/pasarkriya" in html
    assert "style=" not in html
