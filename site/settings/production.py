"""Production: everything secret or host-specific comes from the environment.

The module refuses to load with a missing or weak secret key, with DEBUG on, or without
allowed hosts, so a misconfigured server fails at start-up instead of running unsafely.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *
from .base import env_bool, env_list

if DEBUG:
    raise ImproperlyConfigured("DJANGO_DEBUG must be off in production.")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be set to a random value of at least 50 characters in production."
    )
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")  # no default in production
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must list the site's host names.")

# HTTPS everywhere: the proxy in front terminates TLS and says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
# Referrer-Policy, X-Frame-Options, Cross-Origin-Opener-Policy, Content-Security-Policy and
# Permissions-Policy: base.py, the same in every environment (no upgrade-insecure-requests: make
# bench and make lighthouse serve these settings over plain HTTP on 127.0.0.1).
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# Cookies of the session and the CSRF token: HTTPS only, out of reach of scripts (no script of
# the site reads the CSRF cookie: forms carry the token), not sent on other sites' sub-requests
# or posts (Lax still sends them when a buyer follows a link to the site).
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
ADMINS = [("Admin", address) for address in env_list("DJANGO_ADMINS")]
# The sender of error mails to the admins (Django's default, root@localhost, is refused by
# real mail providers).
SERVER_EMAIL = os.environ.get("DJANGO_SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# --- Object storage (issue 11) ------------------------------------------------------------------
# --- end of object storage -----------------------------------------------------------------------

# --- Task queue (issue 11) ----------------------------------------------------------------------
# Tasks wait in the database for `manage.py db_worker` unless TASKS_BACKEND says "immediate" (a
# server without a worker; the requests that queue them run them). The benchmark and Lighthouse
# only read pages: what their set-up queues waits, harmlessly, for a worker that never comes.
TASKS = tasks_setting(os.environ.get("TASKS_BACKEND", "database"))
# --- end of task queue ---------------------------------------------------------------------------

# --- Observability (issue 11) -------------------------------------------------------------------
# Error reports (home.error_reporting) to Sentry or a compatible collector when SENTRY_DSN is
# set: server errors, errors logged, failed tasks; no personal data, no secret. The ADMINS'
# error mails go on as before.
if os.environ.get("SENTRY_DSN"):
    from home.error_reporting import init_error_reporting

    init_error_reporting(
        dsn=os.environ["SENTRY_DSN"],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        release=os.environ.get("SENTRY_RELEASE") or None,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )
# --- end of observability ------------------------------------------------------------------------
