"""Static files as production serves them: collected by WhiteNoise's
CompressedManifestStaticFilesStorage (the STORAGES setting of base.py) under names carrying a
hash of their content, compressed ahead (gzip, and Brotli when the `Brotli` package is
installed), and served by WhiteNoise's middleware with a year's cache for hashed names and a
short one for any other name."""

import importlib.util
import json
import re
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

import pytest
from whitenoise.middleware import WhiteNoiseMiddleware

from tests.site.test_settings import run_manage

OURS = Path(settings.BASE_DIR) / "site" / "static"
HASHED = re.compile(r"\.[0-9a-f]{12}\.")
BROTLI = importlib.util.find_spec("brotli") is not None
A_YEAR = 365 * 24 * 3600
SHOW_SETTINGS = (
    "import json; from django.conf import settings as s; "
    "print(json.dumps({name: getattr(s, name) for name in "
    "('STORAGES', 'MIDDLEWARE', 'STATIC_URL', 'DEBUG')}))"
)


@pytest.fixture(scope="module")
def production():
    """The settings production runs with (the test settings serve static files plainly)."""
    result = run_manage("shell", "-c", SHOW_SETTINGS)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def collected(production, tmp_path_factory):
    """`manage.py collectstatic` with the production settings into a fresh STATIC_ROOT, and
    WhiteNoise's middleware serving it with the same settings."""
    root = tmp_path_factory.mktemp("static")
    result = run_manage("collectstatic", "--noinput", STATIC_ROOT=str(root))
    assert result.returncode == 0, result.stderr
    with override_settings(
        STATIC_ROOT=root, STORAGES=production["STORAGES"], DEBUG=production["DEBUG"]
    ):
        middleware = WhiteNoiseMiddleware(lambda request: HttpResponse("not static", status=404))
        yield root, middleware, staticfiles_storage.stored_name


def our_files():
    return sorted(path.relative_to(OURS).as_posix() for path in OURS.rglob("*") if path.is_file())


def get(middleware, name, encoding="gzip"):
    request = RequestFactory().get(settings.STATIC_URL + name, HTTP_ACCEPT_ENCODING=encoding)
    return middleware(request)


def max_age(response):
    return int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1))


def test_production_collects_with_whitenoise_compressed_manifest_storage(production):
    assert production["STORAGES"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in production["MIDDLEWARE"]
    assert production["DEBUG"] is False


def test_every_file_of_ours_is_collected_under_a_hashed_name(collected):
    root, _middleware, stored_name = collected

    assert our_files()
    for name in our_files():
        hashed = stored_name(name)
        assert HASHED.search(hashed), hashed
        assert (root / hashed).read_bytes() == (OURS / name).read_bytes()
    assert (root / "staticfiles.json").exists()


@pytest.mark.parametrize("name", ["css/site.css", "js/checkout.js"])
def test_text_files_are_compressed_ahead(collected, name):
    root, _middleware, stored_name = collected
    hashed = root / stored_name(name)

    assert Path(f"{hashed}.gz").exists()
    assert Path(f"{hashed}.gz").stat().st_size < hashed.stat().st_size
    if BROTLI:
        assert Path(f"{hashed}.br").stat().st_size < Path(f"{hashed}.gz").stat().st_size
    else:
        assert not Path(f"{hashed}.br").exists()


def test_a_hashed_name_is_cached_for_a_year_and_sent_compressed(collected):
    _root, middleware, stored_name = collected

    response = get(middleware, stored_name("css/site.css"))

    assert response.status_code == 200
    assert "immutable" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    assert max_age(response) >= A_YEAR
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert response["Content-Type"].startswith("text/css")


def test_brotli_is_sent_to_browsers_that_accept_it_when_installed(collected):
    _root, middleware, stored_name = collected

    response = get(middleware, stored_name("css/site.css"), encoding="gzip, deflate, br")

    assert response["Content-Encoding"] == ("br" if BROTLI else "gzip")


def test_a_browser_that_accepts_no_compression_gets_the_plain_file(collected):
    root, middleware, stored_name = collected

    response = get(middleware, stored_name("css/site.css"), encoding="")

    assert "Content-Encoding" not in response
    assert b"".join(response.streaming_content) == (root / stored_name("css/site.css")).read_bytes()


def test_an_unhashed_name_gets_a_short_lifetime(collected):
    _root, middleware, _stored_name = collected

    response = get(middleware, "css/site.css")

    assert response.status_code == 200
    assert "immutable" not in response["Cache-Control"]
    assert max_age(response) <= 3600


def test_wagtail_admin_files_are_hashed_and_cached_for_a_year(collected):
    _root, middleware, stored_name = collected
    name = stored_name("wagtailadmin/css/core.css")

    response = get(middleware, name)

    assert HASHED.search(name)
    assert max_age(response) >= A_YEAR
    assert response["Content-Encoding"] == "gzip"
