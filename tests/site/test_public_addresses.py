"""Property tests over what a visitor can type in the address bar or send from a script outside
the shop's forms: language prefixes, headers and cookies, sitemap sections and pages, the public
and the admin sign-in, the password reset, the personal-data link and its typed-in addresses,
and Stripe's webhook address. Never a 500; never a redirect off the site."""

from urllib.parse import urlsplit

from django.urls import reverse

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .public_shop import (  # noqa: F401 (the fixtures "shop" and "visitor")
    path_segment,
    query_string,
    shop_fixture,
    visitor_fixture,
)
from .strategies import PROPERTY_SETTINGS, any_value, awkward_text, form_value, path_token

pytestmark = pytest.mark.django_db

OFF_SITE = ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"]


def as_header(text):
    """A server hands headers over as ISO-8859-1 text (PEP 3333): UTF-8 bytes arrive so."""
    return text.encode().decode("iso-8859-1")


def assert_stays_on_the_site(response):
    if response.status_code in (301, 302, 303, 307, 308):
        location = urlsplit(response["Location"])
        assert location.scheme in ("", "http") and location.netloc in ("", "testserver")
        assert not response["Location"].startswith(("//", "/\\"))


@PROPERTY_SETTINGS
@given(
    prefix=st.one_of(
        st.sampled_from(["id", "en", "ID", "en-us", "fr", "zh-hans", ""]), path_token()
    ),
    rest=st.one_of(
        st.sampled_from(["", "katalog/", "catalog/", "cari/?q=batik", "perajin/", "kabar/"]),
        path_token().map(lambda token: path_segment(token) + "/"),
    ),
    accept_language=st.one_of(st.none(), awkward_text(), st.sampled_from(["en;q=x", "*", ","])),
    cookie=st.one_of(st.none(), awkward_text()),
)
def test_any_language_prefix_path_header_or_cookie(
    visitor, shop, prefix, rest, accept_language, cookie
):
    extra = {}
    if accept_language is not None:
        extra["HTTP_ACCEPT_LANGUAGE"] = as_header(accept_language)
    if cookie is not None:
        extra["HTTP_COOKIE"] = "django_language=" + as_header(cookie)
    path = "/" + (path_segment(prefix) + "/" if prefix else "") + rest
    assert_stays_on_the_site(visitor.get(path, **extra))
    assert_stays_on_the_site(visitor.get("/", **extra))


@PROPERTY_SETTINGS
@given(section=path_token(), page=any_value())
def test_the_sitemap_takes_any_section_and_page(visitor, shop, section, page):
    query = query_string([("p", page)])
    visitor.get(f"/sitemap-{path_segment(section)}.xml?{query}")
    visitor.get(reverse("sitemap", args=["products"]) + f"?{query}")


# What each sign-in may answer; only the admin's was seen to refuse with 403.
@pytest.mark.parametrize(
    ("sign_in", "statuses"),
    [("wagtailadmin_login", (200, 302, 403, 429)), ("login", (200, 302, 429))],
)
@PROPERTY_SETTINGS
@given(
    username=form_value(),
    password=form_value(),
    next_url=st.one_of(st.sampled_from(OFF_SITE), form_value()),
)
def test_each_sign_in_takes_anything_and_stays_on_the_site(
    visitor, shop, sign_in, statuses, username, password, next_url
):
    path = reverse(sign_in) + "?" + query_string([("next", next_url)])
    assert_stays_on_the_site(visitor.get(path, payloads=[next_url]))
    data = {"username": username, "password": password, "next": next_url}
    response = visitor.post(path, data, payloads=[username, next_url])
    assert response.status_code in statuses
    assert_stays_on_the_site(response)


@PROPERTY_SETTINGS
@given(email=st.one_of(form_value(), st.sampled_from(["editor@example.com", "a@b", "@", ""])))
def test_the_admin_password_reset_takes_any_address(visitor, shop, email):
    response = visitor.post(reverse("wagtailadmin_password_reset"), {"email": email}, [email])
    assert response.status_code in (200, 302, 429)


@PROPERTY_SETTINGS
@given(email=st.one_of(form_value(), st.sampled_from(["buyer@example.com", "a@b", "@", ""])))
def test_the_public_password_reset_and_the_data_link_take_any_address(visitor, shop, email):
    for name in ("password_reset", "privacy:overview"):
        response = visitor.post(reverse(name), {"email": email}, [email])
        assert response.status_code in (200, 302, 429)
        assert_stays_on_the_site(response)


@PROPERTY_SETTINGS
@given(key=path_token(), token=path_token())
def test_personal_data_and_password_links_typed_by_hand_never_fail(visitor, shop, key, token):
    for path in (
        reverse("privacy:guest", args=["k"]).replace("/k/", f"/{path_segment(key)}/"),
        reverse("password_reset_confirm", args=["u", "t"]).replace(
            "/u/t/", f"/{path_segment(key)}/{path_segment(token)}/"
        ),
    ):
        assert visitor.get(path).status_code in (200, 302, 404, 410)


@PROPERTY_SETTINGS
@given(
    body=st.one_of(st.binary(max_size=300), form_value().map(str.encode)),
    signature=st.one_of(
        st.sampled_from(["", "t=1,v1=00", "t=x,v1=", "v1=" + "0" * 64]), awkward_text()
    ),
)
def test_the_stripe_webhook_refuses_anything_unsigned(visitor, settings, body, signature):
    settings.STRIPE_WEBHOOK_SECRET = "whsec_test_properties"
    response = visitor.post(
        reverse("stripe_webhook"),
        body,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=as_header(signature),
    )
    assert response.status_code == 400
