"""Test run: fast hashing, in-memory cache and mail, plain static files."""

import os

from .base import *

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # nosec B105  # the test settings only
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Local memory whatever REDIS_URL says; the page and catalog caches off unless a test turns them on.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "tests",
        "OPTIONS": {"MAX_ENTRIES": 10_000},  # see base.py
    }
}
PAGE_CACHE_SECONDS = CATALOG_CACHE_SECONDS = 0
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1", "pasarkriya.example"]
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files come from the app folders through the staticfiles finders, not from STATIC_ROOT.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A test database on disk (not in memory), so that tests racing buyers in threads see
    # SQLite's real locking: one writer at a time, the others waiting. One file per test
    # process, so that two test runs side by side do not share (and break) one database.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / f".test-db-{os.getpid()}.sqlite3")}

# A made-up account for the demo and the tests (production sets BANK_TRANSFER_* variables).
BANK_TRANSFER = {
    "bank": BANK_TRANSFER["bank"] or "Bank Jatim",
    "account_number": BANK_TRANSFER["account_number"] or "0000000000",
    "account_holder": BANK_TRANSFER["account_holder"] or "Dekranasda Kabupaten Bojonegoro",
    "swift": BANK_TRANSFER["swift"] or "PDJTIDJ1",
}

# Card payments stay off unless a test turns them on against localstripe
# (tests/catalog/stripe_server.py): a developer's own keys never reach the tests, and a test
# that forgets localstripe gets "connection refused" from a port nobody listens on, never Stripe.
STRIPE_SECRET_KEY = STRIPE_PUBLISHABLE_KEY = STRIPE_WEBHOOK_SECRET = ""  # nosec B105  # none
STRIPE_API_BASE = "http://127.0.0.1:9"
STRIPE_JS_URL = "http://127.0.0.1:9/js.stripe.com/v3/"
EXPORT_PAYMENT_CURRENCY = "IDR"

# --- Read replica (issue 11) ---------------------------------------------------------------------
# A "replica" alias that mirrors the test database (tests/site/test_read_replica.py), whatever
# DATABASE_REPLICA_URL says; the router stays off unless a test turns it on (DATABASE_ROUTERS),
# so no other test reads from it.
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}
DATABASE_ROUTERS = []
# --- end of read replica -------------------------------------------------------------------------

# Whatever the developer's environment says for production: files on disk (the object storage
# tests turn S3 on with moto), tasks in-process, no front-end cache to purge, plain text logs.
STORAGES["default"] = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES["private"] = {"BACKEND": "home.private_files.LocalPrivateStorage"}
MEDIA_URL = "/media/"
TASKS = tasks_setting("immediate")
WAGTAILFRONTENDCACHE = {}
FRONTEND_CACHE_SECONDS = 0
