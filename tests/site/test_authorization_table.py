"""Who may use each URL of the site: every row of the table (authorization_cases.py and
authorization_admin_cases.py) against every role, and a check that the table has a row for every
URL the site serves (a new URL without one fails here).

Roles: anonymous, a buyer, artisan A (who owns every object of the world), artisan B, a council
editor, a superuser. Allowed: a page (2xx) or a redirect somewhere other than a sign-in or
"no permission" page. Refused: a sign-in redirect for anonymous visitors on pages that need an
account; otherwise a 403, a 404, or Wagtail's redirect to the admin home with "no permission".
A refused POST leaves every watched table as it was.
"""

from urllib.parse import urlsplit

from django.conf import settings as django_settings
from django.contrib.messages import ERROR, get_messages
from django.core.cache import caches
from django.db import transaction
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import reverse

import pytest

from catalog.models.orders import new_access_token as new_order_token
from inquiries.models import new_access_token as new_inquiry_token

from .authorization_admin_cases import BULK_ACTIONS, OUR_ADMIN, SNIPPETS, TWO_FACTOR
from .authorization_cases import ACCOUNTS, PORTAL, PRIVACY, PRIVATE_LINKS, PUBLIC, fingerprint
from .authorization_urls import WAGTAIL, uncovered_patterns, unknown_rows
from .authorization_world import ROLES, open_world

CASES = [
    *PUBLIC,
    *PRIVATE_LINKS,
    *ACCOUNTS,
    *PRIVACY,
    *PORTAL,
    *SNIPPETS,
    *OUR_ADMIN,
    *BULK_ACTIONS,
    *TWO_FACTOR,
    *WAGTAIL,
]


@pytest.fixture(scope="module")
def world_media(tmp_path_factory):
    return tmp_path_factory.mktemp("authorization")


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, world_media):
    with open_world(django_db_blocker, world_media) as built:
        yield built


@pytest.fixture(autouse=True)
def media_in_tmp(settings, world_media):
    """The world's files stay where it was built (replaces tests/conftest.py's fixture)."""
    settings.MEDIA_ROOT = str(world_media / "media")
    settings.PRIVATE_MEDIA_ROOT = str(world_media / "private")


def login_paths():
    return {
        urlsplit(resolve_url(url)).path
        for url in (django_settings.LOGIN_URL, "wagtailadmin_login", "wagtailcore_login")
    }


def refused_message(response):
    """Whether the request left an error message (Wagtail's "you do not have permission")."""
    return any(message.level == ERROR for message in get_messages(response.wsgi_request))


def hop_outcome(response):
    """What one response says: allowed, login, denied, missing or invalid."""
    status = response.status_code
    if status in (301, 302, 303):
        path = urlsplit(response["Location"]).path
        asked = response.wsgi_request.path.rstrip("/")
        in_languages = {f"/{code}{asked}" for code, _name in django_settings.LANGUAGES}
        if path.rstrip("/") in in_languages:
            return "missing"  # LocaleMiddleware's answer to a 404: the same path in a language
        if path in login_paths():
            return "login"
        if path == reverse("wagtailadmin_home") and refused_message(response):
            return "denied"  # Wagtail's "no permission" answer
        return "allowed"
    if status == 403:
        return "denied"
    if status == 404:
        return "missing"
    if status in (400, 405):
        return "invalid"
    assert status < 400 or status == 409, f"unexpected {status}"
    return "allowed"  # a page, or (409) an answer about the very object asked for


def outcome(response):
    for url, _status in getattr(response, "redirect_chain", []):
        path = urlsplit(url).path
        if path in login_paths():
            return "login"
        if path == reverse("wagtailadmin_home") and refused_message(response):
            return "denied"
    return hop_outcome(response)


def url_of(case, world):
    url = case.path or reverse(case.name, args=case.args(world))
    query = case.query(world) if callable(case.query) else case.query
    return url + query


def ask(client, case, world):
    url = url_of(case, world)
    if case.method == "POST":
        return client.post(url, case.data(world), follow=case.follow)
    return client.get(url, follow=case.follow)


def refusal(case, role, world, client):
    """Why `role` got the wrong answer from this row, or None."""
    before = fingerprint() if case.method == "POST" else None
    response = ask(client, case, world)
    got = outcome(response)
    if role in case.allowed:
        if got != "allowed":
            return f"{role} refused ({got}, {response.status_code})"
        if case.secret:
            shown = case.secret(world) in response.content.decode()
            if shown != (role in case.sees):
                return f"{role} {'sees' if shown else 'does not see'} {case.secret(world)!r}"
        return None
    if got not in case.refusals:
        return f"{role} let in ({got}, {response.status_code})"
    if role == "anonymous" and case.login and got != "login":
        return f"anonymous not sent to sign in ({got}, {response.status_code})"
    if before is not None and fingerprint() != before:
        return f"{role}'s refused POST changed something"
    return None


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_who_may_use_each_url(db, settings, world, case):
    for name, value in case.settings.items():
        setattr(settings, name, value)
    wrong = []
    for role in ROLES:
        # Each role in a savepoint of its own: what an allowed POST changes is undone.
        with transaction.atomic():
            if case.prepare:
                case.prepare(world)
            client = Client()
            if world.users[role] is not None:
                client.force_login(world.users[role])
            wrong.append(refusal(case, role, world, client))
            transaction.set_rollback(True)
        caches["default"].clear()  # rate limits and kept pages start afresh for each role

    problems = [problem for problem in wrong if problem]
    if problems:
        pytest.fail("; ".join(problems), pytrace=False)


def test_every_url_of_the_site_has_rows():
    assert uncovered_patterns(CASES) == []


def test_every_row_names_a_url_of_the_site():
    assert unknown_rows(CASES) == []


# Private links: an order's and an inquiry's pages are opened by a token, never by a number.
LINKED = {
    "order": [
        ("checkout:order", "GET"),
        ("checkout:receipt", "GET"),
        ("checkout:proforma", "GET"),
        ("checkout:cancel", "POST"),
        ("privacy:order_link", "POST"),
    ],
    "inquiry": [("inquiries:thread", "GET"), ("inquiries:accept", "GET")],
}


@pytest.mark.parametrize("kind", LINKED)
def test_private_links_cannot_be_guessed(db, world, kind):
    linked = getattr(world, kind)
    make = new_order_token if kind == "order" else new_inquiry_token
    tokens = {make() for _ in range(200)}

    assert len(linked.access_token) >= 32  # 24 random bytes, URL-safe: 192 bits
    assert len(tokens) == 200 and min(len(token) for token in tokens) >= 32


@pytest.mark.parametrize("kind", LINKED)
def test_a_guessed_number_or_token_opens_nothing(client, db, world, kind):
    linked = getattr(world, kind)
    guesses = [str(linked.pk), linked.access_token[:-1], linked.access_token.upper()]
    if kind == "order":
        guesses += [linked.number, new_order_token()]
    client.force_login(world.users["buyer"])  # the buyer's own order, but not its link
    before = fingerprint()

    for name, method in LINKED[kind]:
        for guess in guesses:
            url = reverse(name, args=[guess])
            response = client.post(url) if method == "POST" else client.get(url)
            assert response.status_code == 404, (url, response.status_code)
    assert fingerprint() == before
