"""Error reports (home.error_reporting), sent for real by sentry-sdk to a collector on 127.0.0.1
that keeps what it receives: a view's exception arrives with its type and the request's id, and
without the visitor's cookies, Authorization header, query string, form data or the private
link's secret; a failed task arrives with its task's path; the ADMINS still get their mail.

This module is also the URLconf of its tests: the site's URLs plus one view that fails under a
private-link pattern (a `token` in the path, so home.logging masks it like an order's).
"""

import gzip
import io
import json
import os
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlencode
from wsgiref.util import setup_testing_defaults

from django.conf.urls.i18n import i18n_patterns
from django.core import mail
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

import pytest
import sentry_sdk
from django_tasks import task

from home.error_reporting import init_error_reporting
from siteconf.urls import urlpatterns as site_urlpatterns

from .fault_servers import serving

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "Zq8Xk3-sEcReT_t0k3n"
SESSION = "s3ss10n-0f-a-v1s1t0r"
EMAIL = "rina@example.com"
NAME = "Rina Wulandari"
MESSAGE = "Saya di Jl. Mawar 5, telp 081298765432"


class Broken(Exception):
    """What the failing view and task raise."""


@csrf_exempt  # a form posted to it shows that the body is not reported
def failing_view(request, token):
    order_email = EMAIL  # local variables holding personal data  # noqa: F841
    inquiry = f"<Inquiry: #12 Question: {NAME}>"  # as a model's repr shows it  # noqa: F841
    wording = MESSAGE  # noqa: F841
    raise Broken(f"could not show /id/gagal/{token}/")


urlpatterns = [*i18n_patterns(path("gagal/<str:token>/", failing_view)), *site_urlpatterns]


@task()
def failing_task(reference):
    raise Broken("the courier's API refused")


class Collector(BaseHTTPRequestHandler):
    """Keeps every envelope posted to it (decompressed) and answers 200."""

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        encoding = self.headers.get("Content-Encoding", "")
        if encoding == "gzip":
            body = gzip.decompress(body)
        elif encoding == "br":
            import brotli

            body = brotli.decompress(body)
        with self.server.lock:
            self.server.envelopes.append((self.path, body))
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


@contextmanager
def collector():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Collector)
    server.daemon_threads = True
    server.envelopes, server.lock = [], threading.Lock()
    with serving(server):
        yield server


def events(server, count=1, timeout=10):
    """The events the collector received (waiting for `count`), each with its raw envelope."""
    deadline = time.monotonic() + timeout
    while True:
        sentry_sdk.flush(timeout=2)
        with server.lock:
            found = [(event, raw) for _path, raw in server.envelopes for event in _events(raw)]
        if len(found) >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def _events(raw):
    """Event items of an envelope: a header line, then per item a header line and its payload
    (`length` bytes, or up to the end of the line)."""
    rest = raw.split(b"\n", 1)[1] if b"\n" in raw else b""
    while rest.strip():
        header_line, rest = rest.split(b"\n", 1)
        header = json.loads(header_line)
        if "length" in header:
            payload, rest = rest[: header["length"]], rest[header["length"] :].lstrip(b"\n")
        else:
            payload, _, rest = rest.partition(b"\n")
        if header.get("type") == "event":
            yield json.loads(payload)


@pytest.fixture
def reports(settings):
    """Error reporting on, to the collector; off again afterwards."""
    settings.ROOT_URLCONF = __name__
    with collector() as server:
        init_error_reporting(
            dsn=f"http://publickey@127.0.0.1:{server.server_address[1]}/1",
            environment="test",
            release="pasar-kriya@test",
        )
        try:
            yield server
        finally:
            sentry_sdk.get_client().close()
            sentry_sdk.get_global_scope().set_client(None)


def through_wsgi(method, path, query="", body=b"", **headers):
    """A request through Django's WSGI handler, as gunicorn hands it over (the test client
    skips the WSGI layer that sentry-sdk wraps to describe the request); returns the status."""
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "HTTP_HOST": "testserver",
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        **{"HTTP_" + name.upper().replace("-", "_"): value for name, value in headers.items()},
    }
    setup_testing_defaults(environ)
    started = []

    def start_response(status, headers, exc_info=None):
        started.append(status)

    # As the test client does: the test's transaction must outlive the request.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    try:
        chunks = WSGIHandler()(environ, start_response)
        b"".join(chunks)
        chunks.close()
    finally:
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)
    return int(started[0].split()[0])


@pytest.mark.django_db
def test_a_failing_view_is_reported_without_secrets_or_personal_data(reports, home_page):
    status = through_wsgi(
        "POST",
        f"/id/gagal/{TOKEN}/",
        query=f"email={EMAIL}&page=2",
        body=urlencode({"email": EMAIL, "phone": "081234567890"}).encode(),
        Cookie=f"sessionid={SESSION}; csrftoken={SESSION}-csrf",
        Authorization="Bearer abc.def",
        X_Request_ID="req-99",
        User_Agent="Mozilla/5.0 (Linux; Android 14)",
    )

    assert status == 500
    [(event, raw)] = events(reports)
    exception = event["exception"]["values"][-1]
    assert exception["type"] == "Broken"
    assert exception["value"] == "could not show /id/gagal/***/"
    assert event["environment"] == "test" and event["release"] == "pasar-kriya@test"
    assert event["tags"]["request_id"] == "req-99"
    request = event["request"]
    assert request["url"] == "http://testserver/id/gagal/***/"
    assert request["method"] == "POST"
    assert request["headers"]["User-Agent"].startswith("Mozilla")  # headers are kept, but:
    assert {"cookie", "authorization"}.isdisjoint(name.lower() for name in request["headers"])
    assert {"cookies", "query_string", "data", "env"}.isdisjoint(request)
    text = raw.decode()
    for secret in (TOKEN, SESSION, EMAIL, "abc.def", "081234567890", NAME, MESSAGE):
        assert secret not in text
    assert "ip_address" not in event.get("user", {})


@pytest.mark.django_db
def test_the_admins_still_get_their_mail(reports, home_page, settings):
    settings.ADMINS = [("Admin", "admin@example.com")]

    Client(raise_request_exception=False).get(f"/en/gagal/{TOKEN}/")

    assert len(events(reports)) == 1
    [message] = mail.outbox
    assert message.to == ["admin@example.com"]
    assert "Broken" in message.body


@pytest.mark.django_db
def test_a_failed_task_is_reported_once_with_its_task(reports):
    result = failing_task.enqueue("order 42")  # the in-process backend of the tests

    assert result.status == "FAILED"
    [(event, _raw)] = events(reports)
    time.sleep(0.5)
    assert len(events(reports)) == 1  # not twice (django-tasks also logs it at ERROR)
    assert event["exception"]["values"][-1]["type"] == "Broken"
    assert event["tags"]["task"] == f"{__name__}.failing_task"
    assert event["tags"]["task_id"] == str(result.id)


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "siteconf.settings.production",
    "DJANGO_SECRET_KEY": "error-reporting-" + "k3y9" * 10,  # a key production accepts
    "DJANGO_ALLOWED_HOSTS": "pasarkriya.example",
}
CLIENT_OPTIONS = """
import json, django, sentry_sdk
django.setup()
client = sentry_sdk.get_client()
names = ("environment", "release", "traces_sample_rate", "send_default_pii",
         "max_request_body_size")
print(json.dumps({"active": client.is_active(), **{n: client.options.get(n) for n in names}}))
"""


def production_sentry(tmp_path, **env):
    """sentry-sdk's client as the production settings leave it, in a process of its own."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("SENTRY")}
    environment |= PRODUCTION | {"SQLITE_PATH": str(tmp_path / "db.sqlite3")} | env
    result = subprocess.run(
        [sys.executable, "-c", CLIENT_OPTIONS],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_production_reports_only_with_a_dsn_and_as_configured(tmp_path):
    assert production_sentry(tmp_path)["active"] is False

    options = production_sentry(
        tmp_path,
        SENTRY_DSN="http://publickey@127.0.0.1:9/1",
        SENTRY_ENVIRONMENT="staging",
        SENTRY_RELEASE="pasar-kriya@1.2.3",
        SENTRY_TRACES_SAMPLE_RATE="0.25",
    )

    assert options == {
        "active": True,
        "environment": "staging",
        "release": "pasar-kriya@1.2.3",
        "traces_sample_rate": 0.25,
        "send_default_pii": None,  # unset: False, without sentry-sdk 2.75's deprecation
        "max_request_body_size": "never",
    }
    defaults = production_sentry(tmp_path, SENTRY_DSN="http://publickey@127.0.0.1:9/1")
    assert (defaults["environment"], defaults["traces_sample_rate"]) == ("production", 0.0)
    assert defaults["release"]  # the git commit here
