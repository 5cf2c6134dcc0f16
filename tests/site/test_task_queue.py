"""The durable task queue (TASKS_BACKEND=database): a checkout stores its tasks as rows instead
of running them, the worker (`manage.py db_worker`) runs them, and a task that fails is
recorded as failed without stopping the worker. In-process tasks stay the default everywhere
but production."""

import subprocess
import sys
from datetime import timedelta
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from catalog.models import EmailStatus, Order, OutgoingEmail
from catalog.outbox import send_queued_emails
from home.page_cache_invalidation import shows_on_public_pages
from tests.catalog.factories import BOJONEGORO_ADDRESS, ProductFactory

from .task_worker import queued, run_worker, use_task_queue
from .test_settings import ROOT, production_env

DETAILS = {
    "name": "Rina Wulandari",
    "email": "rina@example.com",
    "phone": "0812 3456 7890",
    **BOJONEGORO_ADDRESS,
    "delivery": "pickup",
}
IMMEDIATE = "django_tasks.backends.immediate.ImmediateBackend"
DATABASE = "django_tasks_db.DatabaseBackend"
TASKS_OF = """
import django
django.setup()
from django.conf import settings
print(settings.TASKS["default"]["BACKEND"])
"""


@task()
def broken_task():
    """A task that always fails (for the worker's sake)."""
    raise RuntimeError("this task always fails")


def tasks_setting_of(settings_module, **env):
    return subprocess.run(
        [sys.executable, "-c", TASKS_OF],
        cwd=ROOT,
        env=production_env(DJANGO_SETTINGS_MODULE=settings_module, **env),
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("settings_module", "chosen", "backend"),
    [
        ("siteconf.settings.dev", None, IMMEDIATE),
        ("siteconf.settings.test", None, IMMEDIATE),
        ("siteconf.settings.production", None, DATABASE),
        (
            "siteconf.settings.production",
            "immediate",
            IMMEDIATE,
        ),
        ("siteconf.settings.dev", "database", DATABASE),
    ],
)
def test_tasks_run_in_process_except_in_production(settings_module, chosen, backend):
    result = tasks_setting_of(settings_module, TASKS_BACKEND=chosen)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == backend


def test_an_unknown_task_backend_is_refused_at_start_up():
    result = tasks_setting_of("siteconf.settings.production", TASKS_BACKEND="celery")

    assert result.returncode != 0
    assert "TASKS_BACKEND must be one of immediate, database, not 'celery'" in result.stderr


def test_the_queue_never_makes_the_page_cache_forget_pages():
    assert not shows_on_public_pages(DBTaskResult)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_checkout_queues_its_emails_and_the_worker_sends_them(client, home_page, settings):
    # Given a buyer who checks out, with tasks going to the queue
    use_task_queue(settings)
    product = ProductFactory(price=150_000, stock=5)
    client.post(reverse("cart:add", args=[product.pk]), {"quantity": 1})

    # When the order is placed
    response = client.post(reverse("checkout:checkout"), DETAILS)

    # Then nothing is sent while the buyer waits: the emails and their sending wait in the queue
    order = Order.objects.get()
    assert response.status_code == 302
    assert mail.outbox == []
    assert OutgoingEmail.objects.filter(status=EmailStatus.QUEUED, order=order).exists()
    assert queued(send_queued_emails).filter(status="READY").exists()

    # When the worker runs
    run_worker()

    # Then the emails are sent, each once, and the queue's tasks are done
    sent = OutgoingEmail.objects.filter(order=order)
    assert set(sent.values_list("status", flat=True)) == {EmailStatus.SENT}
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        sent.values_list("to", flat=True)
    )
    assert "rina@example.com" in [message.to[0] for message in mail.outbox]
    assert set(queued(send_queued_emails).values_list("status", flat=True)) == {"SUCCESSFUL"}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_failing_task_is_recorded_and_the_worker_goes_on(settings):
    # Given a task that fails, queued before one that works
    use_task_queue(settings)
    failing = broken_task.enqueue()
    working = send_queued_emails.enqueue()

    # When the worker runs
    run_worker()

    # Then the failure is kept with its error, and the next task still ran
    failed = DBTaskResult.objects.get(pk=failing.id)
    assert failed.status == "FAILED"
    assert failed.exception_class_path == "builtins.RuntimeError"
    assert "this task always fails" in failed.traceback
    assert DBTaskResult.objects.get(pk=working.id).status == "SUCCESSFUL"
    assert not DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).exists()


# The periodic jobs production runs from timers (a line each of what they did; exit 0).
PERIODIC = [
    ("send_emails", [], "0 email(s) sent."),
    ("expire_orders", [], "0 unpaid order(s) expired."),
    ("purge_personal_data", [], "0 order(s) and 0 inquiry(ies) erased"),
    ("make_renditions", [], "Made 0 renditions for 0 images in use."),
]


@pytest.mark.parametrize(("command", "arguments", "said"), PERIODIC)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_periodic_job_with_nothing_to_do_says_so_in_one_line(settings, command, arguments, said):
    use_task_queue(settings)
    output = StringIO()

    call_command(command, *arguments, stdout=output)

    assert output.getvalue().count("\n") == 1
    assert output.getvalue().startswith(said)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_pruning_forgets_old_finished_tasks_only(settings):
    # Given a task finished long ago, one finished today, one that failed long ago, one waiting
    use_task_queue(settings)
    old, recent, old_failure, waiting = (send_queued_emails.enqueue() for _each in range(4))
    long_ago = timezone.now() - timedelta(days=40)
    DBTaskResult.objects.filter(pk__in=[old.id, recent.id]).update(
        status="SUCCESSFUL", finished_at=timezone.now()
    )
    DBTaskResult.objects.filter(pk=old.id).update(finished_at=long_ago)
    DBTaskResult.objects.filter(pk=old_failure.id).update(status="FAILED", finished_at=long_ago)

    # When the pruning runs (twice: a second run finds nothing more)
    for _run in range(2):
        call_command(
            "prune_db_task_results",
            "--queue-name=*",
            "--min-age-days=14",
            "--failed-min-age-days=30",
            verbosity=0,
        )

    # Then only what finished long ago is gone
    left = set(DBTaskResult.objects.values_list("pk", flat=True))
    assert {str(pk) for pk in left} == {recent.id, waiting.id}
