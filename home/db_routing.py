"""Reads of anonymous public pages from the read replica (DATABASE_REPLICA_URL).

Only a page that is the same for every anonymous visitor reads from the replica: a GET or HEAD
of a catalog list or product page, a showcase page (Wagtail's `serve`), the search or a
sitemap, by a visitor with no session (so nobody who has just written something: a cart, a
sign-in, a currency choice, a message), outside any transaction. The middleware marks such a
request (a context variable, so a thread or task serving another request never sees it);
`ReplicaRouter` sends the request's reads to "replica" while it is marked and every write,
every migration and every other read to "default". A replica lags a little behind: whoever may
read what they just wrote reads from the primary.

Right after a change to something public pages show (a publish, a product saved, stock taken),
the replica may not have it yet, and a page read from it would be kept stale by the page cache
and the CDN until the next change: for DATABASE_REPLICA_SETTLE_SECONDS after the last change
(the page cache's generation, shared by every server), pages read from the primary.

A replica that cannot be reached (down, failing over, a refused connection) is left aside for
REPLICA_RETRY_SECONDS in that process and the primary answers: the pages it serves are public
and the primary holds the same data, so a visitor gets their page, more slowly, rather than an
error; the attempt is logged. A replica lost in the middle of a page gives the usual "try
again" page (home.db_errors).
"""

import logging
import time
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

REPLICA = "replica"
ROUTER = "home.db_routing.ReplicaRouter"
# Views whose GET pages are public reads, besides the catalog's cacheable class-based views.
PUBLIC_VIEWS = {
    "wagtail.views.serve",
    "home.views.search",
    "wagtail.contrib.sitemaps.views.index",
    "wagtail.contrib.sitemaps.views.sitemap",
}
# How long a process leaves an unreachable replica aside before trying it again.
REPLICA_RETRY_SECONDS = 30

logger = logging.getLogger(__name__)

reading_from_replica = ContextVar("reading_from_replica", default=False)
_replica_down_until = 0.0


def replica_configured():
    """Whether there is a replica and the router is on."""
    return REPLICA in settings.DATABASES and ROUTER in getattr(settings, "DATABASE_ROUTERS", ())


def is_public_read(request, view_func):
    """A GET or HEAD of a public page by a visitor without a session or an account."""
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    view_class = getattr(view_func, "view_class", None)
    if view_class is not None:
        from home.page_cache import CacheablePageMixin

        return issubclass(view_class, CacheablePageMixin)
    return f"{view_func.__module__}.{view_func.__qualname__}" in PUBLIC_VIEWS


def replica_reachable():
    """Whether the replica answers (its connection opened now if needed); one that does not is
    left aside for REPLICA_RETRY_SECONDS."""
    global _replica_down_until
    if time.monotonic() < _replica_down_until:
        return False
    try:
        connections[REPLICA].ensure_connection()
    except DatabaseError as error:
        _replica_down_until = time.monotonic() + REPLICA_RETRY_SECONDS
        logger.warning("Read replica unreachable, reading from the primary: %s", error)
        return False
    return True


def replica_settled():
    """Whether the last change to public pages is old enough for the replica to have it."""
    from home.page_cache import seconds_since_last_change

    since = seconds_since_last_change()
    return since is None or since >= getattr(settings, "DATABASE_REPLICA_SETTLE_SECONDS", 10)


class ReplicaReadsMiddleware:
    """Marks the requests whose reads may go to the replica (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = reading_from_replica.set(False)
        try:
            return self.get_response(request)
        finally:
            reading_from_replica.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if (
            replica_configured()
            and is_public_read(request, view_func)
            and replica_settled()
            and replica_reachable()
        ):
            reading_from_replica.set(True)
        return None


class ReplicaRouter:
    """Reads of a marked request from the replica; everything else on the primary."""

    def db_for_read(self, model, **hints):
        if reading_from_replica.get() and not connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return REPLICA
        return DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # The same data on both: an object read from the replica may point to one from the primary.
        return {obj1._state.db, obj2._state.db} <= {DEFAULT_DB_ALIAS, REPLICA, None}

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS
