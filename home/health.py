"""Health check for load balancers and monitors: GET /health/ and GET /health/live/.

/health/ checks what a request needs: the database (and the read replica, if there is one),
the cache, and the task queue when tasks wait in the database (django-tasks-db): the oldest
task due to run must have waited less than HEALTH_MAX_TASK_DELAY_SECONDS, or no worker is
running. Each check says "ok" or names what failed by a word or an exception's class, never
its text (which may hold a host or a user name).

Only the database is essential: without it, 503 {"status": "error", ...}, and a load balancer
takes this server out. The site keeps serving without the rest (a replica out of reach hands
its reads to the primary, a cache that fails costs speed, tasks wait for the worker), and they
are shared by every server, so taking servers out would not help: a failing one answers 200
{"status": "degraded", ...} for a monitor to alert on.
/health/live/ checks nothing: the process answers (for a process manager, which should not
restart a server because the database is down).

A middleware placed first in MIDDLEWARE answers both paths, exactly and only for GET and HEAD,
before anything else runs: no host validation (a load balancer asks by IP address or an
internal name that ALLOWED_HOSTS need not list; the answer holds no host, link or cookie, so
there is nothing for a forged Host header to poison), no HTTPS redirect (the balancer talks
plain HTTP to the app server), no session, CSRF, language redirect or page cache. Every other
path, /health without its slash included, goes through the whole stack as before.

A failing check is logged at WARNING (not ERROR: no mail to the admins, no error report on
every poll); a passing one is not logged at all (gunicorn's access log skips it too:
deploy/gunicorn.conf.py).
"""

import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.db import connections, router
from django.db.models import Min, Q
from django.http import JsonResponse
from django.utils import timezone

HEALTH_PATH = "/health/"
LIVE_PATH = "/health/live/"
DATABASE_TASK_BACKENDS = {
    "django_tasks_db.DatabaseBackend",
    "django_tasks_db.backend.DatabaseBackend",
}
DEFAULT_MAX_TASK_DELAY_SECONDS = 900

logger = logging.getLogger(__name__)


class HealthCheckMiddleware:
    """Answers /health/ and /health/live/ before any other middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD"):
            if request.path_info == HEALTH_PATH:
                return health_response()
            if request.path_info == LIVE_PATH:
                return _response({"status": "ok"}, 200)
        return self.get_response(request)


ESSENTIAL_CHECKS = {"database"}


def health_response():
    checks, details = run_checks()
    failed = {name: result for name, result in checks.items() if result != "ok"}
    if failed:
        logger.warning("Health check failed: %s", ", ".join(f"{k}={v}" for k, v in failed.items()))
    status = "ok"
    if failed:
        status = "error" if ESSENTIAL_CHECKS & failed.keys() else "degraded"
    body = {"status": status, "checks": checks, **details}
    return _response(body, 503 if status == "error" else 200)


def run_checks():
    """({check name: "ok" or what failed}, {extra figures})."""
    checks, details = {"database": _check(_database, "default")}, {}
    if "replica" in settings.DATABASES:
        checks["replica"] = _check(_database, "replica")
    checks["cache"] = _check(_cache)
    backends = database_task_backends()
    if backends:
        delay = None
        try:
            delay = oldest_due_task_delay(backends)
        except Exception as error:
            checks["tasks"] = type(error).__name__
        else:
            details["task_delay_seconds"] = round(delay)
            checks["tasks"] = "ok" if delay <= max_task_delay() else "delayed"
    return checks, details


def _check(function, *args):
    try:
        return function(*args) or "ok"
    except Exception as error:
        return type(error).__name__


def _database(alias):
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache():
    cache = caches["default"]
    key, value = f"health:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, 30)
    found = cache.get(key)
    cache.delete(key)
    return None if found == value else "mismatch"


def database_task_backends():
    """Aliases of the task backends whose tasks wait in the database."""
    tasks = getattr(settings, "TASKS", {})
    return [
        alias
        for alias, options in tasks.items()
        if options.get("BACKEND") in DATABASE_TASK_BACKENDS
    ]


def max_task_delay():
    return getattr(settings, "HEALTH_MAX_TASK_DELAY_SECONDS", DEFAULT_MAX_TASK_DELAY_SECONDS)


def oldest_due_task_delay(backends):
    """Seconds the oldest task waiting to run has been due (0 when none waits): since it was
    queued, or since its run_after for a task queued for later."""
    from django_tasks_db.models import DBTaskResult, get_date_max

    unscheduled = Q(run_after=get_date_max())
    found = (
        DBTaskResult.objects.using(router.db_for_write(DBTaskResult))
        .ready()
        .filter(backend_name__in=backends)
        .aggregate(
            queued=Min("enqueued_at", filter=unscheduled),
            scheduled=Min("run_after", filter=~unscheduled),
        )
    )
    due_since = min((moment for moment in found.values() if moment), default=None)
    if due_since is None:
        return 0.0
    return max(timezone.now() - due_since, timedelta(0)).total_seconds()


def _response(body, status):
    response = JsonResponse(body, status=status)
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    # Django logs every 4xx/5xx answer at ERROR, which mails the admins: a failing check is
    # logged above, once per poll, at WARNING.
    response._has_been_logged = True
    return response
