"""One id per request, in every log line of that request and in its X-Request-ID header.

nginx sends its own `$request_id` (32 hex digits) in X-Request-ID, so the proxy's access log,
gunicorn's, Django's and an error report all carry the same id. An id that is not short
letters, digits and hyphens (anything a client could use to forge or break a log line) is
replaced by a new one.

The id lives in a context variable from the middleware until the response is closed
(`request_finished`): Django logs a 4xx/5xx answer after the middleware has returned.
"""

import re
import uuid
from contextvars import ContextVar

from django.core.signals import request_finished
from django.dispatch import receiver

HEADER = "X-Request-ID"
VALID_ID = re.compile(r"[A-Za-z0-9-]{1,64}")

_request_id = ContextVar("request_id", default=None)


def current_request_id():
    """The id of the request being answered in this thread, or None."""
    return _request_id.get()


def request_id_for(value):
    """`value` when it is a usable id, else a new one."""
    if value and VALID_ID.fullmatch(value):
        return value
    return uuid.uuid4().hex


class RequestIdMiddleware:
    """Takes the proxy's X-Request-ID (or makes one) and returns it in the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_for(request.META.get("HTTP_X_REQUEST_ID"))
        _request_id.set(request.request_id)
        response = self.get_response(request)
        response[HEADER] = request.request_id
        return response


@receiver(request_finished, dispatch_uid="home.request_id.forget")
def forget_request_id(**kwargs):
    _request_id.set(None)
