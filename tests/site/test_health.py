"""GET /health/ for load balancers and /health/live/ for a process manager (home.health).

Each check is made to fail for real: the database on a port nobody listens on (PostgreSQL) or in
a folder that does not exist (SQLite), the cache on a closed Redis port, the task queue with a
task left waiting. The answer is never kept, sets no cookie, and a load balancer may ask by any
Host, on these two paths only.
"""

import json
import logging
from datetime import timedelta

from django.core import mail
from django.test import Client
from django.utils import timezone

import pytest
from django_tasks import task

from .fault_servers import DatabaseOutage as Outage
from .fault_servers import closed_port

pytestmark = pytest.mark.django_db(databases="__all__", transaction=True, serialized_rollback=True)

LOAD_BALANCER = {"HTTP_HOST": "10.0.0.7"}  # an address ALLOWED_HOSTS does not list


@task()
def wait_for_the_worker():
    """Queued by the tests below, never run."""


def health(client=None, path="/health/", **headers):
    response = (client or Client(raise_request_exception=False)).get(path, **headers)
    return response, json.loads(response.content)


def test_all_well_is_200_with_every_check_ok(settings):
    response, body = health()

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert body["status"] == "ok"
    expected = {"database", "cache"} | ({"replica"} if "replica" in settings.DATABASES else set())
    assert set(body["checks"]) == expected
    assert set(body["checks"].values()) == {"ok"}


def test_the_database_down_is_503_naming_it_without_details():
    with Outage("default"):
        response, body = health()

    assert response.status_code == 503
    assert body["status"] == "error"
    assert body["checks"]["database"] == "OperationalError"
    assert body["checks"]["cache"] == "ok"
    assert "nonexistent" not in response.content.decode()
    assert "127.0.0.1" not in response.content.decode()


def test_the_replica_down_is_degraded_not_503_the_primary_answers_its_pages(settings):
    if "replica" not in settings.DATABASES:
        pytest.skip("the test settings define no replica alias")
    with Outage("replica"):
        response, body = health()

    assert response.status_code == 200  # a balancer keeps every server: all share the replica
    assert body["status"] == "degraded"
    assert body["checks"] == {"database": "ok", "replica": "OperationalError", "cache": "ok"}


def test_the_cache_down_is_degraded_naming_it(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        }
    }

    response, body = health()

    assert response.status_code == 200
    assert body["status"] == "degraded"
    assert body["checks"]["cache"] == "ConnectionError"
    assert body["checks"]["database"] == "ok"


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.HEALTH_MAX_TASK_DELAY_SECONDS = 900
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult


def test_a_task_queue_with_a_worker_is_ok_and_says_how_long_tasks_wait(database_queue):
    wait_for_the_worker.enqueue()
    later = wait_for_the_worker.using(run_after=timezone.now() + timedelta(hours=2)).enqueue()
    database_queue.objects.filter(pk=later.id).update(
        enqueued_at=timezone.now() - timedelta(hours=1)  # queued long ago, for later: not due
    )

    response, body = health()

    assert response.status_code == 200
    assert body["checks"]["tasks"] == "ok"
    assert 0 <= body["task_delay_seconds"] < 60


@pytest.mark.parametrize("field", ["enqueued_at", "run_after"])
def test_a_task_due_for_too_long_means_no_worker_and_is_degraded(database_queue, field):
    given = (
        wait_for_the_worker
        if field == "enqueued_at"
        else wait_for_the_worker.using(run_after=timezone.now() + timedelta(minutes=1))
    )
    result = given.enqueue()
    database_queue.objects.filter(pk=result.id).update(
        **{field: timezone.now() - timedelta(seconds=1000)}
    )

    response, body = health()

    assert response.status_code == 200
    assert body["status"] == "degraded"
    assert body["checks"]["tasks"] == "delayed"
    assert body["task_delay_seconds"] >= 1000


def test_tasks_run_in_process_are_not_checked():
    _response, body = health()

    assert "tasks" not in body["checks"]


def test_any_host_is_answered_on_the_health_paths_only():
    client = Client(raise_request_exception=False, **LOAD_BALANCER)

    assert client.get("/health/").status_code == 200
    assert client.head("/health/").status_code == 200
    assert client.get("/health/live/").status_code == 200
    assert client.get("/health/?probe=1").status_code == 200
    # Everything else still refuses a host it does not know.
    assert client.get("/id/").status_code == 400
    assert client.get("/health").status_code == 400
    assert client.post("/health/").status_code == 400
    assert client.get("/health/x/").status_code == 400


def test_health_is_answered_over_plain_http_even_when_https_is_required(settings):
    settings.SECURE_SSL_REDIRECT = True

    response, _body = health()

    assert response.status_code == 200
    assert Client().get("/id/").status_code == 301  # the rest still goes to HTTPS


def test_health_is_never_kept_and_sets_no_cookie(settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 600
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = "a-visitor-session"
    client.cookies["csrftoken"] = "x" * 32

    with django_assert_num_queries(1):  # SELECT 1, nothing read for a session
        first, _ = health(client)
    with Outage("default"):
        second, _body = health(client)

    assert first.status_code == 200 and second.status_code == 503  # not served from a cache
    for response in (first, second):
        assert response["Cache-Control"] == "no-store"
        assert not response.cookies
        assert "Vary" not in response
        assert "X-Page-Cache" not in response


def test_liveness_checks_nothing():
    with Outage("default"):
        response, body = health(path="/health/live/")

    assert response.status_code == 200
    assert body == {"status": "ok"}


def test_a_poll_is_silent_and_a_failure_warns_without_mailing_the_admins(settings, caplog):
    settings.ADMINS = [("Admin", "admin@example.com")]
    caplog.set_level(logging.INFO)

    health()
    assert caplog.records == []

    with Outage("default"):
        health()
    assert [(r.name, r.levelname) for r in caplog.records] == [("home.health", "WARNING")]
    assert "database=OperationalError" in caplog.records[0].getMessage()
    assert mail.outbox == []
