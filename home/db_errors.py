"""The database out of reach for a moment (restarting, failing over, a connection cut): the
visitor gets a short page in their language asking them to try again (503 with Retry-After),
not the server error page.

Whatever the request was writing is rolled back with its transaction (a checkout places no
order and takes no stock, the cart stays), so trying again is safe. Django opens a new
connection for the next query. The page is rendered without the database: no context
processor, no site setting, nothing to query.

Two ways in: the middleware answers a view's error (the checkout, any page); `server_error`
(the site's handler500) answers one raised earlier, by a middleware that reads the session or
the user, and gives Django's own server error page for anything else.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.defaults import server_error as django_server_error

# How long a browser or a proxy should wait before asking again.
RETRY_AFTER_SECONDS = 30
DATABASE_ERRORS = (OperationalError, InterfaceError)

logger = logging.getLogger("django.request")


def database_unavailable(request, error, log=True):
    """The 503 page for `error`, logged like a server error (it still reaches the admins)."""
    if log:
        logger.error(
            "Database unavailable: %s %s (%s)",
            request.method,
            request.path,
            error,
            exc_info=error,
            extra={"status_code": 503, "request": request},
        )
    response = HttpResponse(
        render_to_string("503.html", {"retry_after": RETRY_AFTER_SECONDS}), status=503
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    if log:
        response._has_been_logged = True  # logged above: Django would log the 503 a second time
    return response


class DatabaseUnavailableMiddleware:
    """Answers a view's lost or refused database connection with the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            return database_unavailable(request, exception)
        return None


def server_error(request, template_name="500.html"):
    """handler500: the 503 page when the error being handled is the database's."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_ERRORS):
        return database_unavailable(request, error, log=False)  # Django logs what it handles
    return django_server_error(request, template_name=template_name)
