"""Production settings refuse unsafe configuration and pass Django's deployment checks."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_SECRET = "k3Jq9-vZ2rT8pLm4Xw7Yb1Nc6Hd0Fg5Sa3Ue8Ri2Oy7Tp4Wq9Ez1Xc6Vb3Nm8Lk5J"


def production_env(**env_overrides):
    """The environment of a production server: its required variables, nothing of ours."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key != "DATABASE_URL"
    }
    env.update(
        DJANGO_SETTINGS_MODULE="siteconf.settings.production",
        DJANGO_ALLOWED_HOSTS="pasarkriya.example",
        DJANGO_SECRET_KEY=GOOD_SECRET,
    )
    env.update(env_overrides)
    return {key: value for key, value in env.items() if value is not None}


def run_manage(*args, **env_overrides):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=production_env(**env_overrides),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checks():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


HEADERS_OF_A_PAGE = """
import json, django
django.setup()
from django.test import Client
https = {"HTTP_HOST": "pasarkriya.example", "HTTP_X_FORWARDED_PROTO": "https"}
response = Client().get("/robots.txt", **https)
print(json.dumps({"status": response.status_code, **response.headers}))
"""


def test_production_sends_the_security_headers():
    result = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", HEADERS_OF_A_PAGE],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    headers = json.loads(result.stdout.splitlines()[-1])
    policy = dict(
        part.strip().split(" ", 1) for part in headers["Content-Security-Policy"].split(";")
    )

    assert headers["status"] == 200, result.stderr
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert policy["script-src"].split() == [
        "'self'",
        "https://js.stripe.com",
        "https://*.js.stripe.com",
    ]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["frame-ancestors"] == "'none'"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in headers["Permissions-Policy"]
    assert 'payment=(self "https://js.stripe.com")' in headers["Permissions-Policy"]


@pytest.mark.parametrize(
    ("overrides", "complaint"),
    [
        ({"DJANGO_SECRET_KEY": None}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_SECRET_KEY": "short"}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_SECRET_KEY": "a" * 60}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_SECRET_KEY": "django-insecure-" + "x1y2z3" * 10}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_DEBUG": "true"}, "DJANGO_DEBUG"),
        ({"DJANGO_ALLOWED_HOSTS": ""}, "DJANGO_ALLOWED_HOSTS"),
    ],
)
def test_production_settings_refuse_unsafe_configuration(overrides, complaint):
    result = run_manage("check", **overrides)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert complaint in result.stderr


def test_database_url_selects_postgresql():
    code = (
        "from django.conf import settings;"
        "print(settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME'])"
    )
    env = dict(os.environ, DATABASE_URL="postgres://postgres@127.0.0.1:5432/pasarkriya")
    env["DJANGO_SETTINGS_MODULE"] = "siteconf.settings.dev"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.split() == ["django.db.backends.postgresql", "pasarkriya"]


def test_sqlite_opens_write_transactions_immediately(settings):
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("this run uses PostgreSQL")

    assert settings.DATABASES["default"]["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


SHARED_SERVICES = """
import json
from django.conf import settings
print(json.dumps({
    "error_mails_from": settings.SERVER_EMAIL,
    "sessions": settings.SESSION_ENGINE,
    "cache": settings.CACHES["default"]["BACKEND"],
    "purges": sorted(b["LOCATION"] for b in settings.WAGTAILFRONTENDCACHE.values()),
    "kept": settings.FRONTEND_CACHE_SECONDS,
}))
"""


def test_with_redis_sessions_are_read_from_it_and_every_caching_proxy_is_purged():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        SHARED_SERVICES,
        REDIS_URL="redis://127.0.0.1:6379/9",
        FRONTEND_CACHE_PURGE_URL="http://10.0.0.11:8080, http://10.0.0.12:8080",
        DJANGO_DEFAULT_FROM_EMAIL="Pasar Kriya <pasarkriya@example.org>",
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "error_mails_from": "Pasar Kriya <pasarkriya@example.org>",
        "sessions": "django.contrib.sessions.backends.cached_db",
        "cache": "home.redis_cache.SharedClientRedisCache",
        "purges": ["http://10.0.0.11:8080", "http://10.0.0.12:8080"],
        "kept": 300,
    }


def test_without_redis_or_a_proxy_sessions_stay_in_the_database_and_nothing_is_purged():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        SHARED_SERVICES,
        REDIS_URL=None,
        FRONTEND_CACHE_PURGE_URL=None,
        DJANGO_SERVER_EMAIL="errors@example.org",
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "error_mails_from": "errors@example.org",
        "sessions": "django.contrib.sessions.backends.db",
        "cache": "django.core.cache.backends.locmem.LocMemCache",
        "purges": [],
        "kept": 0,
    }
