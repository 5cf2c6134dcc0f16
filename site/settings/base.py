"""Settings shared by every environment. Values that differ come from environment variables."""

import os
from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

# site/settings/base.py -> the repository root.
BASE_DIR = Path(__file__).resolve().parents[2]
SITE_DIR = BASE_DIR / "site"


def env_bool(name, default=False):
    """Read a boolean environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable into a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "artisans",
    "catalog",
    "inquiries",
    "figures",
    "privacy",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    # Accounts (issue 10): failed sign-ins counted and locked (django-axes), editors' optional
    # second factor (django-otp's TOTP devices, through wagtail-2fa's views: home.two_factor).
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",  # django-csp's system checks of its settings
    "django_tasks_db",  # the durable task queue (TASKS_BACKEND=database) and its worker
]

MIDDLEWARE = [
    # First: /health/ answers a load balancer before host validation, HTTPS redirect, session
    # or cache (home.health); then every request gets its id for the logs (home.request_id).
    "home.health.HealthCheckMiddleware",
    "home.request_id.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Security headers on every page, before (outside) the page cache so that kept pages get
    # the policy of the day too; after WhiteNoise, which serves static files on its own.
    "home.security_headers.ContentSecurityPolicyMiddleware",
    "home.security_headers.PermissionsPolicyMiddleware",
    # Pages compressed for slow networks (static files come compressed from WhiteNoise above);
    # Django masks the CSRF token in every response, which defeats BREACH.
    "django.middleware.gzip.GZipMiddleware",
    # Marks the pages a CDN or proxy may keep, those served from the page cache included.
    "home.frontend_cache.SharedCacheHeadersMiddleware",
    "home.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # A view that loses the database (a restart, a cut connection) answers 503 "try again".
    "home.db_errors.DatabaseUnavailableMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Anonymous public pages read from the read replica, if there is one (home.db_routing).
    "home.db_routing.ReplicaReadsMiddleware",
    # An account with a second-factor device reaches nothing but its code page until it gives
    # a code (replaces django-otp's OTPMiddleware).
    "home.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Wagtail's routing of a public page kept until anything public changes (home.page_routes).
    "home.page_routes.KeptPageRouteMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "siteconf.urls"
WSGI_APPLICATION = "siteconf.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "catalog.context_processors.price_display",
                "catalog.context_processors.cart_count",
                "home.page_cache.csrf_token_placeholder",
            ],
        },
    },
]

# Database: SQLite next to the code unless DATABASE_URL says otherwise (e.g.
# postgres://postgres@127.0.0.1:5432/pasarkriya). SQLite opens write transactions
# with BEGIN IMMEDIATE, so concurrent writers wait for the lock instead of failing
# with "database is locked" half-way through a transaction.
SQLITE_PATH = os.environ.get("SQLITE_PATH", str(BASE_DIR / "db.sqlite3"))
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{SQLITE_PATH}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Indonesian first, English complete. URLs carry the language (/id/, /en/).
LANGUAGE_CODE = "id"
LANGUAGES = [
    ("id", _("Indonesian")),
    ("en", _("English")),
]
# Our messages, then Indonesian country names (scripts/country_names_id.py).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_countries"]
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("id-id", "Bahasa Indonesia"), ("en", "English")]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pasar-kriya",
        # Wagtail keeps every rendition it looks up here: past the default 300 entries the
        # cache drops a third of them at random (the site's root paths, the day's rates...).
        "OPTIONS": {"MAX_ENTRIES": 10_000},
    }
}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "home.redis_cache.SharedClientRedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }
    # Sessions read from Redis, written to the database as well: a Redis restart signs nobody
    # out and empties no cart.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Whole pages kept for anonymous visitors (home.page_cache), in seconds; 0 turns it off. Off
# unless the cache is shared by every server process (Redis): a per-process cache could not
# forget a page in the other processes when the catalog changes.
PAGE_CACHE_SECONDS = int(
    os.environ.get("PAGE_CACHE_SECONDS", "600" if os.environ.get("REDIS_URL") else "0")
)
# Costly figures of the catalog (facet counts, totals, search rankings) kept the same way, for
# every visitor, signed in or not; forgotten with the pages.
CATALOG_CACHE_SECONDS = int(
    os.environ.get("CATALOG_CACHE_SECONDS", "600" if os.environ.get("REDIS_URL") else "0")
)

# Tasks (emails, renditions, imports) run in-process by default; a later setting can point
# them at a durable queue.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "Pasar Kriya <noreply@localhost>")

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# No upload on the site may exceed 20 MB (photos, documents); past 25 MB a file is not even
# written to disk, and the form says it is too large (home.upload_limits).
FILE_UPLOAD_MAX_SIZE = 25 * 1024 * 1024
FILE_UPLOAD_HANDLERS = [
    "home.upload_limits.UploadSizeLimitHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

WAGTAIL_SITE_NAME = "Pasar Kriya"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents: office files only (no HTML, SVG or scripts), their content checked against the
# extension (home.uploads); always served through Wagtail's view, which adds nosniff and a CSP
# and makes everything but a PDF a download, even when the files live in object storage.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "xlsx"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.forms.SiteDocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILIMAGES_IMAGE_MODEL = "home.SiteImage"
WAGTAILIMAGES_EXTENSIONS = ["avif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# --- Accounts (issue 10) -----------------------------------------------------------------------
# Buyers and artisans sign in on the public pages (home.accounts); the Wagtail admin keeps its
# own sign-in page (WAGTAILADMIN_LOGIN_URL defaults to it). After signing in, a safe ?next= or
# the account's own place (home.accounts.landing_url); LOGIN_REDIRECT_URL is the last resort.
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "wagtailadmin_home"
# Editors reset their password on the public page too: Wagtail's own reset form looks the
# address up and mails while the visitor waits, so its answer time tells who has an account.
WAGTAIL_PASSWORD_RESET_ENABLED = False
AUTHENTICATION_BACKENDS = [
    # First, as django-axes asks: refuses any sign-in while its username and address are locked.
    "home.login_throttle.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# django-axes: 5 wrong passwords for one username from one address lock that pair for 15
# minutes (each failure while locked starts the 15 minutes again); a sign-in that succeeds
# clears the count. Counted in the database, so every server process sees the same count.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "home.login_throttle.lockout_response"
# The visitor's address as the rate limits read it (TRUSTED_PROXY_COUNT), not django-ipware's
# left-most X-Forwarded-For, which a visitor can write.
AXES_CLIENT_IP_CALLABLE = "inquiries.limits.client_ip"
AXES_USERNAME_CALLABLE = "home.login_throttle.client_username"
AXES_VERBOSE = False
# Two factors for the admin (home.two_factor): optional, for anyone who enrols a device in
# their account settings; once enrolled, no admin page without a code.
WAGTAIL_2FA_REQUIRED = True  # wagtail-2fa's switch; home.two_factor asks only enrolled accounts
WAGTAIL_2FA_OTP_TOTP_NAME = False
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Sessions: a week from the last change (a cart, a sign-in), then signed out.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", 60 * 60 * 24 * 7))
# --- end of accounts ---------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # Every in-process task logs its start and end at INFO; keep only problems.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # django-axes logs each failed sign-in at WARNING, its housekeeping at INFO.
        "axes": {"level": "WARNING"},
    },
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no requests to a third party from the admin
# Every image upload (admin, chooser, artisans' portal) goes through home.uploads.PhotoField.
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.forms.SiteImageForm"
# Files that must never be served by URL (buyers' transfer proofs), outside MEDIA_ROOT.
PRIVATE_MEDIA_ROOT = os.environ.get("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media"))

# The council's bank account for bank-transfer payments (shown on each unpaid order).
BANK_TRANSFER = {
    "bank": os.environ.get("BANK_TRANSFER_BANK", ""),
    "account_number": os.environ.get("BANK_TRANSFER_ACCOUNT_NUMBER", ""),
    "account_holder": os.environ.get("BANK_TRANSFER_ACCOUNT_HOLDER", ""),
    # The bank's SWIFT/BIC code, for buyers who transfer from abroad.
    "swift": os.environ.get("BANK_TRANSFER_SWIFT", ""),
}
# The council's usual commission on each sale, in percent (an artisan may have its own rate).
COUNCIL_COMMISSION_PERCENT = os.environ.get("COUNCIL_COMMISSION_PERCENT", "5")
# Hours a buyer has to pay before an order lapses and its pieces go back to stock.
ORDER_PAYMENT_HOURS = int(os.environ.get("ORDER_PAYMENT_HOURS", "24"))
# Shipping: the weight assumed for a piece whose artisan gave none, whether buyers may collect
# their order at the council's gallery, and the incoterm quoted to buyers abroad.
DEFAULT_PIECE_WEIGHT_GRAMS = int(os.environ.get("DEFAULT_PIECE_WEIGHT_GRAMS", "500"))
GALLERY_PICKUP = os.environ.get("GALLERY_PICKUP", "true").lower() == "true"
EXPORT_INCOTERM = os.environ.get("EXPORT_INCOTERM", "DAP")
# Countries first in the checkout's list.
COUNTRIES_FIRST = ["ID", "MY", "SG", "AU", "NL", "JP", "US"]
COUNTRIES_FIRST_BREAK = "──────────"

# A phone photo is 12-50 Mpx; 60 Mpx leaves room and keeps re-encoding within memory (the count
# is read from the file's header before anything is decoded).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000
# A phone's full-size photo is often 5-12 MB; it is re-encoded smaller on upload.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024

# --- Card payments through Stripe (issue 6) ---------------------------------------------------
# Without all three secrets the card option is hidden and bank transfer still works
# (catalog.payments.stripe_client.card_payments_enabled).
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
# Where the stripe library and the checkout's Stripe.js come from (the tests point both at
# localstripe on 127.0.0.1).
STRIPE_API_BASE = os.environ.get("STRIPE_API_BASE", "https://api.stripe.com")
STRIPE_JS_URL = os.environ.get("STRIPE_JS_URL", "https://js.stripe.com/v3/")
# What buyers abroad pay in: "IDR" (rupiah, their currency shown as indicative) or "display"
# (their display currency, at the rate stored on the order). Buyers in Indonesia always pay IDR.
EXPORT_PAYMENT_CURRENCY = os.environ.get("EXPORT_PAYMENT_CURRENCY", "IDR")
# --- end of card payments ----------------------------------------------------------------------

# Personal data (UU 27/2022, privacy.retention): guests' contact details are erased this many
# days after their order or last message (`manage.py purge_personal_data`, daily), those of
# orders never paid sooner.
PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("PERSONAL_DATA_RETENTION_DAYS", "730"))
PERSONAL_DATA_UNPAID_RETENTION_DAYS = int(
    os.environ.get("PERSONAL_DATA_UNPAID_RETENTION_DAYS", "90")
)

# --- Security headers (issue 10) ---------------------------------------------------------------
# Content-Security-Policy (django-csp 4): code, styles and fonts only from the site itself, no
# inline script, style or event handler (pages are kept whole for anonymous visitors, so nonces
# cannot be used). home.security_headers adds at request time what follows other settings:
# Stripe.js (STRIPE_JS_URL), static or media files on another origin, frame-ancestors from
# X-Frame-Options, and the Wagtail admin's own relaxations (there alone).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        # The error pages' own <style> (templates/500.html, 503.html: they must not need a file).
        "style-src": ["'self'", "'sha256-1YaPdpArqATINNxePBFzPdj6PlAOcAlKKmAO5QN/Emk='"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        # The admin's preview panel (the site itself); videos in stories (home.blocks.VideoBlock):
        # YouTube and Vimeo players.
        "frame-src": [
            "'self'",
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        # Where browsers report what the policy blocked (a collector of your choice), if set.
        "report-uri": env_list("CONTENT_SECURITY_POLICY_REPORT_URI") or None,
    }
}
# Features no page of the site uses are refused to it and to every frame it holds; payment is
# left to the site and to Stripe.js's frames (home.security_headers adds STRIPE_JS_URL's origin).
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "usb": [],
    "payment": ["self"],
    "browsing-topics": [],
}
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# --- end of security headers -------------------------------------------------------------------

# Inquiries: a new inquiry unanswered after this many working days is overdue; each buyer may
# send so many inquiries per window (per IP address and per email address), each message at
# most so long and with at most so many links.
INQUIRY_ANSWER_WORKING_DAYS = 2
INQUIRY_RATE_LIMITS = {"ip": (10, 3600), "email": (5, 3600)}
INQUIRY_MAX_LENGTH = 4000
INQUIRY_MAX_LINKS = 3
# How many proxies stand in front of the site (nginx: 1): the buyer's address for the rate
# limits is read from X-Forwarded-For accordingly; 0 uses the connection's address.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# --- Object storage (issue 11) ------------------------------------------------------------------
# Media in S3-compatible object storage (django-storages), private files included, when
# AWS_STORAGE_BUCKET_NAME is set; otherwise files stay in MEDIA_ROOT and PRIVATE_MEDIA_ROOT.
# Two buckets: the public one is read by anyone (photos, renditions, documents' files), the
# private one by nobody but the site (transfer proofs, certificates' evidence, imported
# sheets), which serves its files only through views that check who asks. One bucket with a
# "private/" prefix is refused: a public-read bucket policy reaches every key, and an object's
# "private" ACL does not take it back (S3 allows what either grants).
# Uploaded names are never reused (home.storage.MediaStorage), so objects are cached a year.
MEDIA_CACHE_CONTROL = "public, max-age=31536000, immutable"


def object_storage(environ):
    """(STORAGES entries, MEDIA_URL) for object storage as `environ` describes it, or None."""
    from urllib.parse import urlsplit

    from django.core.exceptions import ImproperlyConfigured

    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        return None
    private_bucket = environ.get("AWS_PRIVATE_STORAGE_BUCKET_NAME", "").strip()
    if not private_bucket or private_bucket == bucket:
        raise ImproperlyConfigured(
            "AWS_PRIVATE_STORAGE_BUCKET_NAME must name a second bucket, with no public access, "
            "for transfer proofs and certificates' evidence."
        )
    endpoint = environ.get("AWS_S3_ENDPOINT_URL", "").strip().rstrip("/") or None
    region = environ.get("AWS_S3_REGION_NAME", "").strip() or None
    # Path style (https://host/bucket/key) works on every S3-compatible store; AWS itself
    # wants virtual hosts (https://bucket.s3.region.amazonaws.com/key).
    style = environ.get("AWS_S3_ADDRESSING_STYLE", "").strip() or (
        "path" if endpoint else "virtual"
    )
    domain = environ.get("AWS_S3_CUSTOM_DOMAIN", "").strip().strip("/")
    connection = {
        "endpoint_url": endpoint,
        "region_name": region,
        "addressing_style": style,
        # Empty: boto3 finds credentials itself (the server's role, AWS_* variables, ~/.aws).
        "access_key": environ.get("AWS_ACCESS_KEY_ID") or None,
        "secret_key": environ.get("AWS_SECRET_ACCESS_KEY") or None,
        "file_overwrite": False,
    }
    public = {
        **connection,
        "bucket_name": bucket,
        "custom_domain": domain or None,
        "querystring_auth": False,  # plain addresses: pages are cached, signatures expire
        # Empty: the bucket's policy makes objects readable; "public-read" for stores that
        # grant reads by each object's ACL instead.
        "default_acl": environ.get("AWS_DEFAULT_ACL", "").strip() or None,
        "object_parameters": {"CacheControl": MEDIA_CACHE_CONTROL},
    }
    # No ACL on private objects: S3's default is the owner alone (and a bucket with ACLs
    # turned off refuses any other). The site never gives their address (home.storage).
    private = {**connection, "bucket_name": private_bucket, "querystring_auth": True}
    if domain:
        media_url = f"https://{domain}/"
    elif endpoint and style == "path":
        media_url = f"{endpoint}/{bucket}/"
    elif endpoint:
        parts = urlsplit(endpoint)
        media_url = f"{parts.scheme}://{bucket}.{parts.netloc}{parts.path}/"
    elif region in (None, "us-east-1"):
        media_url = f"https://{bucket}.s3.amazonaws.com/"
    else:
        media_url = f"https://{bucket}.s3.{region}.amazonaws.com/"
    storages = {
        "default": {"BACKEND": "home.storage.MediaStorage", "OPTIONS": public},
        "private": {"BACKEND": "home.storage.PrivateBucketStorage", "OPTIONS": private},
    }
    return storages, media_url


if _object_storage := object_storage(os.environ):
    _object_storages, MEDIA_URL = _object_storage
    STORAGES.update(_object_storages)
else:
    STORAGES["private"] = {"BACKEND": "home.private_files.LocalPrivateStorage"}
# --- end of object storage -----------------------------------------------------------------------

# --- Task queue (issue 11) ----------------------------------------------------------------------
# Where tasks wait and who runs them (TASKS_BACKEND). "immediate" (development, the demo, the
# tests): a task runs in the process that queues it, at once. "database" (production's default):
# tasks wait in a table of the site's own database (django-tasks-db) and `manage.py db_worker`
# runs them, so emails, renditions and the password-reset mail leave the request, and an order's
# expiry waits for its time to pay (run_after). Nothing to run but the worker: no broker.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def tasks_setting(name):
    """The TASKS setting for a TASKS_BACKEND name ("immediate" or "database")."""
    backend = TASK_BACKENDS.get(name.strip().lower())
    if backend is None:
        raise ValueError(f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not {name!r}.")
    return {"default": {"BACKEND": backend}}


TASKS = tasks_setting(os.environ.get("TASKS_BACKEND", "immediate"))
# --- end of task queue ---------------------------------------------------------------------------

# --- Read replica (issue 11) --------------------------------------------------------------------
# Anonymous catalog reads from a PostgreSQL replica (DATABASE_REPLICA_URL; empty: no replica).
# The pages every anonymous visitor reads alike (catalog, showcase pages, search, sitemaps; GET
# or HEAD, no session) query the replica; signed-in users, forms, the admin, the artisans'
# portal, checkout and any read inside a transaction use the primary, which takes every write
# and every migration (home.db_routing). A replica that cannot be reached is left aside for a
# while and the primary answers. The replica's connection is read-only, and gives up connecting
# after DATABASE_REPLICA_CONNECT_TIMEOUT seconds (a hung replica must not hold the pages).
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "").strip()
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL,
        conn_max_age=DATABASES["default"]["CONN_MAX_AGE"],
        conn_health_checks=True,
    )
    if DATABASES["replica"]["ENGINE"] == "django.db.backends.sqlite3":
        DATABASES["replica"]["OPTIONS"] = dict(DATABASES["default"].get("OPTIONS", {}))
    else:
        replica_options = DATABASES["replica"].setdefault("OPTIONS", {})
        replica_options.setdefault(
            "connect_timeout", int(os.environ.get("DATABASE_REPLICA_CONNECT_TIMEOUT", "3"))
        )
        replica_options.setdefault("options", "-c default_transaction_read_only=on")
    DATABASE_ROUTERS = ["home.db_routing.ReplicaRouter"]
# Seconds after a change to public pages during which they read from the primary: the replica's
# usual lag, with room (a page read from a replica that lacks the change would be kept stale).
DATABASE_REPLICA_SETTLE_SECONDS = int(os.environ.get("DATABASE_REPLICA_SETTLE_SECONDS", "10"))
# --- end of read replica -------------------------------------------------------------------------

# --- Observability (issue 11) -------------------------------------------------------------------
# Structured logs, health check, error reports.
# Log lines (home.logging): plain text by default, one JSON object per line for a log collector
# with DJANGO_LOG_FORMAT=json; either way with the request's id (home.request_id: nginx's
# X-Request-ID, or a new one) and private links' secrets and email addresses masked. Django's
# own "django" logger keeps its mail to the ADMINS and writes through the same console.
LOG_FORMAT = os.environ.get("DJANGO_LOG_FORMAT", "text").strip().lower()
if LOG_FORMAT not in ("text", "json"):
    raise ValueError(f"DJANGO_LOG_FORMAT must be text or json, not {LOG_FORMAT!r}.")
LOGGING["filters"] = {
    "request_id": {"()": "home.logging.RequestIdFilter"},
    "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
}
LOGGING["formatters"] = {
    "text": {
        "()": "home.logging.TextFormatter",
        "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s",
    },
    "json": {"()": "home.logging.JsonFormatter"},
}
LOGGING["handlers"]["console"].update(formatter=LOG_FORMAT, filters=["request_id"])
LOGGING["handlers"]["mail_admins"] = {
    "level": "ERROR",
    "filters": ["require_debug_false"],
    "class": "django.utils.log.AdminEmailHandler",
}
LOGGING["loggers"]["django"] = {"handlers": ["mail_admins"], "level": "INFO"}
# A request with a Host the site does not serve (scanners send any) is a log line, not a mail.
LOGGING["loggers"]["django.security.DisallowedHost"] = {
    "handlers": ["console"],
    "level": "WARNING",
    "propagate": False,
}
# GET /health/ (home.health): 503 when the oldest task due to run has waited longer than this.
HEALTH_MAX_TASK_DELAY_SECONDS = int(os.environ.get("HEALTH_MAX_TASK_DELAY_SECONDS", "900"))
# --- end of observability ------------------------------------------------------------------------

# --- Front-end cache (issue 11) -----------------------------------------------------------------
# A CDN or caching proxy in front of the site, purged when pages change (home.frontend_cache):
# Wagtail's front-end cache backends, one per variable set. Each URL is purged as given (our
# URLs are translated, so Wagtail must not swap the language prefix itself).
WAGTAILFRONTENDCACHE = {}
# nginx (with its cache purge module) or Varnish: one address per caching proxy, each purged.
for number, location in enumerate(env_list("FRONTEND_CACHE_PURGE_URL"), start=1):
    WAGTAILFRONTENDCACHE[f"proxy{number}"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": location,
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
WAGTAILFRONTENDCACHE_LANGUAGES = []
# How long the front-end cache may keep a page that is the same for every visitor; 0 (the
# default without a purge backend) lets it keep none.
FRONTEND_CACHE_SECONDS = int(
    os.environ.get("FRONTEND_CACHE_SECONDS", "300" if WAGTAILFRONTENDCACHE else "0")
)
# --- end of front-end cache ----------------------------------------------------------------------
