"""The durable task queue in tests: the database backend (django-tasks-db) switched on, and its
real worker (`manage.py db_worker --batch`) run in the test's process until the queue has
nothing due. The tests using it commit for real (`transaction=True`): tasks are queued after
commit, and the worker opens and closes its own transactions."""

import signal
from io import StringIO

from django.core.management import call_command

from django_tasks_db.models import DBTaskResult

DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)


def use_task_queue(settings):
    """Tasks wait in the database until `run_worker()` runs them (`settings`: pytest-django's
    fixture, which puts the in-process backend back after the test)."""
    settings.TASKS = DATABASE_BACKEND


def run_worker():
    """Run every task that is due, then return what the worker printed. The worker takes over
    the stop signals (a graceful stop); the test run gets its own back."""
    handlers = {number: signal.getsignal(number) for number in STOP_SIGNALS}
    output = StringIO()
    try:
        call_command(
            "db_worker", batch=True, interval=0, startup_delay=False, reload=False, stdout=output
        )
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
    return output.getvalue()


def queued(task):
    """The queue's rows for a task function (any state), oldest first."""
    return DBTaskResult.objects.filter(task_path=task.module_path).order_by("enqueued_at")
