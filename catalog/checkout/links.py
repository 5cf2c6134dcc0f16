"""Private links: an order's or an inquiry's page is reached by an unguessable token."""

import re
from functools import wraps

from django.http import Http404

# What `secrets.token_urlsafe` writes (URL-safe base64), with room to spare.
TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")


def private_link(view):
    """`view`, for a `token` that can be one; anything else is not found before any query
    (PostgreSQL refuses a NUL byte in a text parameter: a 500 for `/orders/%00/`)."""

    @wraps(view)
    def checked(request, token, *args, **kwargs):
        if not TOKEN.fullmatch(token):
            raise Http404
        return view(request, token, *args, **kwargs)

    return checked
