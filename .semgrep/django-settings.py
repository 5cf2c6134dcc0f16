import os

from .base import env_bool, env_list

# ruleid: debug-on-outside-development
DEBUG = True
# ruleid: debug-on-outside-development
DEBUG = env_bool("DJANGO_DEBUG", True)
# ok: debug-on-outside-development
DEBUG = env_bool("DJANGO_DEBUG", False)

# ruleid: allowed-hosts-wildcard
ALLOWED_HOSTS = ["*"]
# ruleid: allowed-hosts-wildcard
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "*")
# ruleid: allowed-hosts-wildcard
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,*")
# ok: allowed-hosts-wildcard
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
# ok: allowed-hosts-wildcard
ALLOWED_HOSTS = [".pasarkriya.example"]

# ruleid: secret-key-literal-outside-development
SECRET_KEY = "django-insecure-abc"
# ruleid: secret-key-literal-outside-development
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "fallback")
# ruleid: secret-key-literal-outside-development
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "fallback"
# ok: secret-key-literal-outside-development
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
# ok: secret-key-literal-outside-development
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
