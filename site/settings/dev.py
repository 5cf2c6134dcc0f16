"""Development: DEBUG on, a throw-away secret key, mails printed to the console."""

from .base import *
from .base import env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "dev-only-insecure-key-not-for-production"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
# Static files come from the app folders through the staticfiles finders, not from STATIC_ROOT.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]

# A made-up account for the demo and the tests (production sets BANK_TRANSFER_* variables).
BANK_TRANSFER = {
    "bank": BANK_TRANSFER["bank"] or "Bank Jatim",
    "account_number": BANK_TRANSFER["account_number"] or "0000000000",
    "account_holder": BANK_TRANSFER["account_holder"] or "Dekranasda Kabupaten Bojonegoro",
    "swift": BANK_TRANSFER["swift"] or "PDJTIDJ1",
}
