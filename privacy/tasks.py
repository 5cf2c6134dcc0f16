"""The scheduled purge as a task: the `purge_personal_data` command runs it (cron, or the
task worker's schedule, once a day)."""

from django_tasks import task

from . import retention


@task()
def purge_personal_data():
    """Erase guests' data kept longer than the retention; returns the counts."""
    return retention.purge()
