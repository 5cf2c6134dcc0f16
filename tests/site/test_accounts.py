"""Accounts: public sign-in and sign-out, a password reset that tells nobody who has an account,
failed sign-ins locked (public and admin), the admin's optional second factor, cookie flags."""

import json
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

import pytest
from axes.models import AccessAttempt
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.catalog.accounts import artisan_account, buyer_account, editor_account

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
GOOD_SECRET = "k3Jq9-vZ2rT8pLm4Xw7Yb1Nc6Hd0Fg5Sa3Ue8Ri2Oy7Tp4Wq9Ez1Xc6Vb3Nm8Lk5J"


def url(name, language="id", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def sign_in(client, username, password="x", language="id", **extra):
    return client.post(
        url("login", language), {"username": username, "password": password}, **extra
    )


def signed_in_as(client):
    return client.get(url("checkout:my_orders")).wsgi_request.user


# Signing in and out on the public site


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_sign_in_page_is_in_the_sites_look_and_the_pages_language(home_page, client, language):
    response = client.get(url("login", language))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html
    assert 'name="username"' in html and 'type="password"' in html
    assert 'name="robots" content="noindex"' in html


@pytest.mark.parametrize(
    ("make_account", "landing"),
    [
        (lambda: artisan_account("sri")[0], "portal:my_listings"),
        (lambda: buyer_account("budi"), "checkout:my_orders"),
        (lambda: editor_account("eka"), "wagtailadmin_home"),
    ],
    ids=["artisan", "buyer", "editor"],
)
def test_each_account_lands_in_its_own_place(home_page, client, make_account, landing):
    user = make_account()

    response = sign_in(client, user.username)

    assert response.status_code == 302
    assert response["Location"] == url(landing)
    assert signed_in_as(client) == user


def test_a_safe_next_is_honoured_and_another_sites_is_not(home_page, client):
    user, _artisan = artisan_account("sri")
    inquiries = url("inquiries_artisan_list")

    response = client.post(url("login"), {"username": "sri", "password": "x", "next": inquiries})
    assert response["Location"] == inquiries

    client.logout()
    response = client.post(
        url("login"), {"username": "sri", "password": "x", "next": "https://evil.example/"}
    )
    assert response["Location"] == url("portal:my_listings")
    assert signed_in_as(client) == user


@pytest.mark.parametrize(
    "data",
    [{"username": "budi", "password": "wrong"}, {"username": "nobody", "password": "x"}, {}],
    ids=["wrong password", "unknown user", "empty form"],
)
def test_a_refused_sign_in_says_why_and_keeps_the_username(home_page, client, data):
    buyer_account("budi")

    response = client.post(url("login"), data)

    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert not signed_in_as(client).is_authenticated
    if data:
        assert f'value="{data["username"]}"' in response.content.decode()


@pytest.mark.parametrize(
    "view",
    ["portal:my_listings", "portal:my_orders", "inquiries_artisan_list"],
)
def test_pages_behind_a_sign_in_send_to_the_public_sign_in(client, view):
    response = client.get(url(view))

    assert response.status_code == 302
    assert response["Location"] == f"{url('login')}?next={url(view)}"


def test_the_admin_keeps_its_own_sign_in(client):
    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_the_header_offers_sign_in_then_sign_out(home_page, client):
    html = client.get(url("catalog:product_list")).content.decode()
    assert f'href="{url("login")}?next=' in html

    buyer_account("budi")
    sign_in(client, "budi")
    html = client.get(url("catalog:product_list")).content.decode()
    assert f'action="{url("logout")}"' in html
    assert f'href="{url("login")}?next=' not in html


def test_signing_out_takes_a_post_and_returns_to_the_home_page(home_page, client):
    buyer_account("budi")
    sign_in(client, "budi")

    assert client.get(url("logout")).status_code == 405
    assert signed_in_as(client).is_authenticated
    response = client.post(url("logout"))

    assert response.status_code == 302 and response["Location"] == "/id/"
    assert not signed_in_as(client).is_authenticated


# Password reset


def reset_link(message):
    return re.search(r"https?://testserver(/\S+)", message.body).group(1)


@pytest.mark.parametrize(("language", "prefix"), [("id", "/id/"), ("en", "/en/")])
def test_a_known_address_gets_a_working_link_in_the_pages_language(
    home_page, client, language, prefix
):
    user = buyer_account("budi")
    user.email = "budi@example.com"
    user.save()

    response = client.post(url("password_reset", language), {"email": "budi@example.com"})

    assert response.status_code == 302
    assert response["Location"] == url("password_reset_done", language)
    [message] = mail.outbox
    assert message.to == ["budi@example.com"]
    link = reset_link(message)
    assert link.startswith(prefix)
    # The link leads to the form (Django hides the token behind a redirect), once.
    form_url = client.get(link)["Location"]
    response = client.post(
        form_url, {"new_password1": "kain-batik-99", "new_password2": "kain-batik-99"}
    )
    assert response["Location"] == url("password_reset_complete", language)
    user.refresh_from_db()
    assert user.check_password("kain-batik-99")
    assert client.get(link, follow=True).context["validlink"] is False  # used up


def test_an_unknown_address_gets_the_same_answer_and_no_email(home_page, client):
    user = buyer_account("budi")
    user.email = "budi@example.com"
    user.save()

    known = client.post(url("password_reset"), {"email": "budi@example.com"})
    unknown = client.post(url("password_reset"), {"email": "siapa@example.com"})

    assert (unknown.status_code, unknown["Location"]) == (known.status_code, known["Location"])
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["budi@example.com"]
    done = client.get(known["Location"])
    assert done.status_code == 200 and 'role="status"' in done.content.decode()


def test_known_and_unknown_addresses_take_the_same_path(home_page, client, settings):
    """The request looks nobody up: the same queries and one queued task either way."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    user = buyer_account("budi")
    user.email = "budi@example.com"
    user.save()
    client.get(url("password_reset"))  # the session and the CSRF cookie, once

    def ask(email):
        with CaptureQueriesContext(connection) as queries:
            response = client.post(url("password_reset"), {"email": email})
        return response, [query["sql"] for query in queries]

    known, known_sql = ask("budi@example.com")
    unknown, unknown_sql = ask("siapa@example.com")

    assert known_sql == unknown_sql
    assert not any("auth_user" in sql for sql in known_sql)
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    queued = default_task_backend.results
    assert [result.kwargs["email"] for result in queued] == [
        "budi@example.com",
        "siapa@example.com",
    ]
    assert {frozenset(result.kwargs) for result in queued} == {
        frozenset({"email", "language", "domain", "use_https", "site_name"})
    }
    assert mail.outbox == []


def test_a_mistyped_address_is_refused_with_a_message(home_page, client):
    response = client.post(url("password_reset"), {"email": "bukan-email"})

    assert response.status_code == 200
    assert 'class="field__error"' in response.content.decode()
    assert mail.outbox == []


def test_a_broken_reset_link_says_so(home_page, client):
    response = client.get(url("password_reset_confirm", uidb64="MQ", token="salah-token"))

    assert response.status_code == 200
    assert response.context["validlink"] is False
    assert 'name="new_password1"' not in response.content.decode()


# Failed sign-ins are locked (django-axes)


def fail(client, username, times, path=None):
    """`times` wrong passwords: the form again with its error, the last one perhaps locked."""
    path = path or url("login")
    statuses = [
        client.post(path, {"username": username, "password": "salah"}).status_code
        for _attempt in range(times)
    ]
    assert set(statuses[:-1]) <= {200}
    return statuses[-1]


def test_five_failures_lock_the_username_from_that_address(home_page, client, settings):
    buyer_account("budi")
    fail(client, "budi", settings.AXES_FAILURE_LIMIT - 1)

    locked = client.post(url("login"), {"username": "budi", "password": "salah"})
    assert locked.status_code == 429
    html = locked.content.decode()
    assert 'class="site-header"' in html and 'role="alert"' in html
    assert url("password_reset") in html

    refused = sign_in(client, "budi")  # the right password, while locked
    assert refused.status_code == 429
    assert not signed_in_as(client).is_authenticated


def test_the_lock_holds_one_username_from_one_address(home_page, client, settings):
    buyer_account("budi")
    buyer_account("sri")
    assert fail(client, "budi", settings.AXES_FAILURE_LIMIT) == 429

    assert sign_in(client, "sri").status_code == 302  # another account, same address
    client.logout()
    assert sign_in(client, "budi", REMOTE_ADDR="10.1.2.3").status_code == 302  # elsewhere


def test_the_lock_lifts_after_the_cool_off(home_page, client, settings):
    buyer_account("budi")
    fail(client, "budi", settings.AXES_FAILURE_LIMIT)
    assert sign_in(client, "budi").status_code == 429

    # A minute short of the cool-off: still locked; past it: the right password opens.
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time
        - settings.AXES_COOLOFF_TIME
        + timedelta(minutes=1)
    )
    assert sign_in(client, "budi").status_code == 429
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time - settings.AXES_COOLOFF_TIME
    )
    assert sign_in(client, "budi").status_code == 302
    assert signed_in_as(client).username == "budi"


def test_a_success_clears_the_count(home_page, client, settings):
    buyer_account("budi")
    fail(client, "budi", settings.AXES_FAILURE_LIMIT - 1)
    sign_in(client, "budi")
    client.logout()

    fail(client, "budi", settings.AXES_FAILURE_LIMIT - 1)
    assert sign_in(client, "budi").status_code == 302


def test_the_admin_sign_in_is_locked_too(home_page, client, settings):
    editor_account("eka")
    admin_login = reverse("wagtailadmin_login")
    fail(client, "eka", settings.AXES_FAILURE_LIMIT - 1, path=admin_login)

    locked = client.post(admin_login, {"username": "eka", "password": "salah"})
    assert locked.status_code == 429
    assert f'href="{admin_login}"' in locked.content.decode()
    refused = client.post(admin_login, {"username": "eka", "password": "x"})
    assert refused.status_code == 429
    assert client.get("/admin/pages/").status_code == 302


# The admin's optional second factor


@pytest.fixture
def enrolled_editor(client):
    editor = editor_account("eka")
    device = TOTPDevice.objects.create(user=editor, name="Ponsel", confirmed=True)
    client.post(reverse("wagtailadmin_login"), {"username": "eka", "password": "x"})
    return editor, device


def code_of(device, drift=0):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, drift):06d}"


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/admin/account/"])
def test_an_enrolled_editor_reaches_no_admin_page_without_a_code(client, enrolled_editor, path):
    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtail_2fa_auth"))
    code_page = client.get(response["Location"])
    assert code_page.status_code == 200
    assert 'name="otp_token"' in code_page.content.decode()


def test_a_wrong_code_is_refused(client, enrolled_editor):
    _editor, device = enrolled_editor
    wrong = f"{(int(code_of(device)) + 1) % 1_000_000:06d}"

    response = client.post(reverse("wagtail_2fa_auth"), {"otp_token": wrong, "next": "/admin/"})

    assert response.status_code == 200
    assert 'class="error"' in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_the_right_code_opens_the_admin(client, enrolled_editor):
    _editor, device = enrolled_editor

    response = client.post(
        reverse("wagtail_2fa_auth"), {"otp_token": code_of(device), "next": "/admin/pages/"}
    )

    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200


def test_the_second_factor_is_optional(home_page, client):
    editor_account("eka")
    client.post(reverse("wagtailadmin_login"), {"username": "eka", "password": "x"})
    assert client.get("/admin/").status_code == 200

    client.logout()
    artisan_account("sri")
    sign_in(client, "sri")
    assert client.get(url("portal:my_listings")).status_code == 200


def test_an_editor_enrols_a_device_with_a_code_and_the_password(client):
    editor = editor_account("eka")
    client.force_login(editor)

    assert client.get(reverse("wagtail_2fa_device_new")).status_code == 200
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert client.get(reverse("wagtail_2fa_device_qrcode"))["Content-Type"] == "image/svg+xml"
    refused = client.post(
        reverse("wagtail_2fa_device_new"),
        {"name": "Ponsel", "otp_token": code_of(device), "password": "salah"},
    )
    assert refused.status_code == 200 and not TOTPDevice.objects.filter(confirmed=True).exists()
    # The code just typed was used up (a code counts once): the app's next one.
    response = client.post(
        reverse("wagtail_2fa_device_new"),
        {"name": "Ponsel", "otp_token": code_of(device, drift=1), "password": "x"},
    )

    assert response.status_code == 302
    assert TOTPDevice.objects.get(user=editor).confirmed
    listing = client.get(reverse("wagtail_2fa_device_list", args=[editor.pk]))
    assert listing.status_code == 200 and "Ponsel" in listing.content.decode()
    # Signed in again later: the code is asked for.
    client.logout()
    client.force_login(editor)
    assert client.get("/admin/").status_code == 302


def test_the_admin_links_to_the_devices(client, admin_user):
    editor = editor_account("eka")
    client.force_login(editor)
    account = client.get("/admin/account/").content.decode()
    assert reverse("wagtail_2fa_device_list", args=[editor.pk]) in account

    client.force_login(admin_user)  # a superuser sees (and may remove) anyone's devices
    users = client.get("/admin/users/").content.decode()
    assert reverse("wagtail_2fa_device_list", args=[editor.pk]) in users


def test_removing_a_missing_device_is_a_404(client):
    client.force_login(editor_account("eka"))

    response = client.get(reverse("wagtail_2fa_device_remove", args=[999999]), follow=True)

    assert response.status_code == 404


def test_saving_an_enrolment_never_started_starts_one(client):
    client.force_login(editor_account("eka"))

    response = client.post(
        reverse("wagtail_2fa_device_new"),
        {"name": "Ponsel", "otp_token": "123456", "password": "x"},
    )

    assert response.status_code == 302 and response["Location"] == reverse("wagtail_2fa_device_new")
    assert not TOTPDevice.objects.exists()


def test_the_qr_code_without_an_enrolment_under_way_is_a_404(client):
    client.force_login(editor_account("eka"))

    response = client.get(reverse("wagtail_2fa_device_qrcode"), follow=True)

    assert response.status_code == 404


# Cookies in production


PRODUCTION_VALUES = [
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "SESSION_COOKIE_AGE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SAMESITE",
    "LOGIN_URL",
    "AUTHENTICATION_BACKENDS",
    "MIDDLEWARE",
    "AXES_FAILURE_LIMIT",
    "AXES_LOCKOUT_PARAMETERS",
]


@pytest.fixture(scope="module")
def production():
    """The production settings' values, read in a process of their own (as a server would)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "SESSION_")) and key != "DATABASE_URL"
    }
    env.update(
        DJANGO_SETTINGS_MODULE="siteconf.settings.production",
        DJANGO_ALLOWED_HOSTS="pasarkriya.example",
        DJANGO_SECRET_KEY=GOOD_SECRET,
    )
    code = (
        "import json; from django.conf import settings;"
        f"print(json.dumps({{name: getattr(settings, name) for name in {PRODUCTION_VALUES!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return SimpleNamespace(**json.loads(result.stdout))


def test_production_cookies_are_secure_http_only_and_same_site(production):
    assert production.SESSION_COOKIE_SECURE and production.CSRF_COOKIE_SECURE
    assert production.SESSION_COOKIE_HTTPONLY and production.CSRF_COOKIE_HTTPONLY
    assert production.SESSION_COOKIE_SAMESITE == production.CSRF_COOKIE_SAMESITE == "Lax"
    assert 60 * 60 <= production.SESSION_COOKIE_AGE <= 60 * 60 * 24 * 14


def test_production_uses_the_public_sign_in_and_locks_failures(production):
    assert production.LOGIN_URL == "login"
    assert production.AUTHENTICATION_BACKENDS[0] == "home.login_throttle.LoginThrottleBackend"
    assert production.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    assert "home.two_factor.TwoFactorMiddleware" in production.MIDDLEWARE
    assert 3 <= production.AXES_FAILURE_LIMIT <= 10
    assert production.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]


def test_the_admin_has_no_password_reset_of_its_own(client, home_page):
    """Editors use the public reset, which answers alike for every address."""
    assert client.get("/admin/password_reset/").status_code in {302, 404}
    assert "password_reset" not in client.get("/admin/login/").content.decode()


def test_the_sign_in_form_says_kata_sandi_like_the_rest_of_the_site(client, home_page):
    """Wagtail's Indonesian says "Kata Kunci"; the site says "kata sandi" everywhere."""
    page = client.get(url("login")).content.decode()

    assert "Kata sandi" in page and "Kata Kunci" not in page


@pytest.mark.parametrize("sign_in_url", ["login", "wagtailadmin_login"])
def test_a_username_longer_than_any_column_is_refused_not_a_server_error(
    client, home_page, sign_in_url
):
    """Django's sign-in form checks no length; django-axes stores the username it counts
    failures under in 255 characters (PostgreSQL refused longer ones: a 500)."""
    path = url(sign_in_url) if sign_in_url == "login" else reverse(sign_in_url)

    response = client.post(path, {"username": "x" * 300, "password": "wrong"})

    assert response.status_code == 200
    assert all(len(attempt.username) <= 255 for attempt in AccessAttempt.objects.all())
    if sign_in_url == "login":  # Wagtail's own form refuses the length before any count
        assert AccessAttempt.objects.get().username == "x" * 255
