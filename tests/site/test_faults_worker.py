"""Faults: a worker killed in the middle of a task. Each test runs the real management command
in a separate process (`python -c`, the test settings, this test's database and media) with one
step patched to end the process on the spot (os._exit: no cleanup, no exception handler, as a
kill -9 or an out-of-memory kill), then shows that what it left behind is picked up.

Emails (catalog/outbox.py): a try claims its email before sending. Killed before the mail
server had it: sent by a later run, once the claim lapses (never while another sender may still
be at it). Killed after the server had it but before the row said so: sent again, the one case
of a duplicate (at least once, never lost; the window is one UPDATE). A sender killed on the
same email every time stops after MAX_ATTEMPTS: the email ends as failed, for the editors.

Renditions (home/renditions.py): Wagtail writes an image's new renditions in one bulk insert
after resizing them all, so a worker killed while resizing leaves none of that image's rows
(at worst files without a row); the next `make_renditions` makes them, and a page view makes
any still missing.
"""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection

import pytest

from catalog import outbox
from catalog.models import EmailStatus, OutgoingEmail
from home.models import SiteRendition
from home.renditions import images_in_use, specs_for
from tests.catalog.factories import ProductFactory

from .fault_servers import smtp_server
from .test_faults_mail import make_due

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROOT = Path(__file__).resolve().parents[2]
KILLED = 9
WORKER = """
import os, sys
import django
django.setup()
from django.conf import settings
settings.MEDIA_ROOT = os.environ["FAULT_MEDIA_ROOT"]
settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
settings.EMAIL_HOST = "127.0.0.1"
settings.EMAIL_PORT = int(os.environ.get("FAULT_SMTP_PORT") or 9)
{patch}
from django.core.management import call_command
call_command(*sys.argv[1:])
"""
# Killed as the mail server is being reached: it never has the email.
KILL_BEFORE_SENDING = """
import catalog.outbox
catalog.outbox.send_mail = lambda *args, **kwargs: os._exit(9)
"""
# Killed once the mail server has accepted the email, before its row says sent.
KILL_AFTER_SENDING = """
import catalog.outbox
send_mail = catalog.outbox.send_mail
def send_then_die(*args, **kwargs):
    send_mail(*args, **kwargs)
    os._exit(9)
catalog.outbox.send_mail = send_then_die
"""
# Killed in the middle of resizing (the third rendition of the first image).
KILL_WHILE_RESIZING = """
import threading
from wagtail.images.models import Filter
run, lock, made = Filter.run, threading.Lock(), []
def run_then_die(self, *args, **kwargs):
    with lock:
        made.append(self.spec)
        if len(made) == 3:
            os._exit(9)
    return run(self, *args, **kwargs)
Filter.run = run_then_die
"""


def database_environment():
    """This test's database, for a process started outside pytest."""
    db = connection.settings_dict
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    if connection.vendor == "postgresql":
        user = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
        env["DATABASE_URL"] = f"postgres://{user}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    else:
        env["SQLITE_PATH"] = str(db["NAME"])
    env["DJANGO_SETTINGS_MODULE"] = "siteconf.settings.test"
    return env


def run_worker(patch, *command, smtp_port=None):
    """Run a management command in its own process with `patch` applied; returns its exit
    status and output."""
    connection.close()  # SQLite: nothing held open by this process while the worker writes
    env = database_environment()
    env["FAULT_MEDIA_ROOT"] = str(settings.MEDIA_ROOT)
    env["FAULT_SMTP_PORT"] = str(smtp_port or "")
    finished = subprocess.run(
        [sys.executable, "-c", WORKER.format(patch=patch), *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return finished.returncode, finished.stdout + finished.stderr


def queued_email(to="rina@example.com"):
    return OutgoingEmail.objects.create(
        kind="order_placed_buyer", to=to, language="id", subject="Pesanan PK-1", body="Halo\n"
    )


def test_an_email_whose_sender_was_killed_is_sent_by_a_later_run():
    email = queued_email()
    with smtp_server() as server:
        status, output = run_worker(KILL_BEFORE_SENDING, "send_emails", smtp_port=server.port)
        assert status == KILLED, output
        email.refresh_from_db()
        # Left claimed, and saying so to the editors.
        assert (email.status, email.attempts, email.last_error) == (
            EmailStatus.QUEUED,
            1,
            outbox.INTERRUPTED,
        )

        status, output = run_worker("", "send_emails", smtp_port=server.port)
        assert status == 0 and "0 email(s) sent." in output  # the claim still holds
        assert server.messages == []

        make_due()  # the claim lapses
        status, output = run_worker("", "send_emails", smtp_port=server.port)
        assert status == 0 and "1 email(s) sent." in output

    assert [message["to"] for message in server.messages] == [["rina@example.com"]]
    email.refresh_from_db()
    assert (email.status, email.attempts, email.last_error) == (EmailStatus.SENT, 2, "")


def test_a_sender_killed_after_the_server_took_the_email_sends_it_again_once():
    email = queued_email()
    with smtp_server() as server:
        status, output = run_worker(KILL_AFTER_SENDING, "send_emails", smtp_port=server.port)
        assert status == KILLED, output
        assert len(server.messages) == 1
        assert OutgoingEmail.objects.get(pk=email.pk).status == EmailStatus.QUEUED

        make_due()
        run_worker("", "send_emails", smtp_port=server.port)
        make_due()
        run_worker("", "send_emails", smtp_port=server.port)

    # At least once: the one duplicate this window allows, and no more.
    assert len(server.messages) == 2
    assert OutgoingEmail.objects.get(pk=email.pk).status == EmailStatus.SENT


def test_an_email_that_kills_its_sender_every_time_ends_as_failed():
    email = queued_email()
    OutgoingEmail.objects.filter(pk=email.pk).update(attempts=outbox.MAX_ATTEMPTS - 1)
    status, output = run_worker(KILL_BEFORE_SENDING, "send_emails")
    assert status == KILLED, output

    make_due()
    with smtp_server() as server:
        run_worker("", "send_emails", smtp_port=server.port)
    assert server.messages == []
    email.refresh_from_db()
    assert (email.status, email.attempts) == (EmailStatus.FAILED, outbox.MAX_ATTEMPTS)
    assert email.last_error == outbox.INTERRUPTED


def expected_renditions():
    return sum(len(specs_for(*uses)) for uses in images_in_use().values())


def test_renditions_a_killed_worker_did_not_make_are_made_by_the_next_run_or_a_view(
    client, home_page
):
    product = ProductFactory(photos=1, stock=3)
    expected = expected_renditions()
    assert expected > 3
    SiteRendition.objects.all().delete()  # made when it was published: start without them

    status, output = run_worker(KILL_WHILE_RESIZING, "make_renditions")
    assert status == KILLED, output
    assert SiteRendition.objects.count() < expected  # the kill came before they were all made

    status, output = run_worker("", "make_renditions")
    assert status == 0, output
    assert SiteRendition.objects.count() == expected
    call_command("make_renditions")  # nothing left to make
    assert SiteRendition.objects.count() == expected

    # Without a run: the product's page makes what its photo still lacks when first shown.
    SiteRendition.objects.all().delete()
    assert client.get(product.get_absolute_url()).status_code == 200
    assert SiteRendition.objects.exists()
