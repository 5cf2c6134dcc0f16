"""Log lines (home.logging, home.request_id, deploy/gunicorn.conf.py): every line of a request
carries its id, the same one the response's X-Request-ID gives; a private link's secret and an
email address never reach a log line, in Django's lines or gunicorn's access lines; with
DJANGO_LOG_FORMAT=json each line is one JSON object."""

import io
import json
import logging
import os
import re
import runpy
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest

from home.logging import JsonFormatter, RequestIdFilter, TextFormatter, mask_secrets

from .fault_servers import closed_port

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "Zq8Xk3-sEcReT_t0k3n"  # what an order's private link holds
TEST_SETTINGS = "siteconf.settings.test"
NEW_ID = re.compile(r"[0-9a-f]{32}")


@contextmanager
def captured(formatter):
    """What the root logger writes while in the block, through our filter and `formatter`."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield stream
    finally:
        root.removeHandler(handler)


def json_lines(stream):
    return [json.loads(line) for line in stream.getvalue().splitlines()]


@pytest.mark.django_db
def test_a_json_line_has_the_request_id_of_the_response_and_no_secret(home_page):
    with captured(JsonFormatter()) as stream:
        response = Client().get(f"/id/pesanan/{TOKEN}/", HTTP_X_REQUEST_ID="nginx-req-42")

    assert response.status_code == 404
    assert response["X-Request-ID"] == "nginx-req-42"
    [line] = [line for line in json_lines(stream) if line["logger"] == "django.request"]
    assert line["level"] == "WARNING"
    assert line["message"] == "Not Found: /id/pesanan/***/"
    assert line["request_id"] == "nginx-req-42"
    assert line["status_code"] == 404
    assert {"time", "level", "logger", "message", "request_id"} <= set(line)
    assert TOKEN not in stream.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "incoming",
    ["", "has space", "semi;colon", "new\nline", "x" * 65, "ünïcode", '{"json": 1}'],
)
def test_an_unusable_incoming_id_is_replaced_by_a_new_one(home_page, incoming):
    with captured(JsonFormatter()) as stream:
        response = Client().get("/id/pesanan/nope/", HTTP_X_REQUEST_ID=incoming)

    request_id = response["X-Request-ID"]
    assert NEW_ID.fullmatch(request_id)
    assert [line["request_id"] for line in json_lines(stream)] == [request_id]


@pytest.mark.django_db
def test_each_request_gets_its_own_id_and_a_line_outside_a_request_has_none(home_page):
    client = Client()
    with captured(JsonFormatter()) as stream:
        first = client.get("/id/pesanan/nope/")["X-Request-ID"]
        second = client.get("/id/pesanan/nope/")["X-Request-ID"]
        logging.getLogger("home").warning("outside any request")

    assert first != second
    assert [line["request_id"] for line in json_lines(stream)] == [first, second, "-"]


@pytest.mark.django_db
def test_the_configured_text_lines_carry_the_id_and_mask_the_secret(home_page):
    """The console handler of the settings (DJANGO_LOG_FORMAT unset: text)."""
    [console] = [h for h in logging.getLogger().handlers if isinstance(h.formatter, TextFormatter)]
    stream = io.StringIO()
    previous = console.setStream(stream)
    try:
        response = Client().get(f"/en/orders/{TOKEN}/receipt/", HTTP_X_REQUEST_ID="abc-123")
    finally:
        console.setStream(previous)

    assert response.status_code == 404
    assert (
        "WARNING django.request [abc-123] Not Found: /en/orders/***/receipt/" in stream.getvalue()
    )
    assert TOKEN not in stream.getvalue()


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("checkout:order", {"token": TOKEN}),
        ("checkout:card_return", {"token": TOKEN}),
        ("checkout:proforma", {"token": TOKEN}),
        ("inquiries:thread", {"token": TOKEN}),
        ("privacy:guest", {"key": TOKEN}),
        ("privacy:order_link", {"token": TOKEN}),
        ("password_reset_confirm", {"uidb64": "MTIz", "token": TOKEN}),
    ],
)
@pytest.mark.parametrize("language", ["id", "en"])
def test_every_private_link_is_masked_in_both_languages(name, kwargs, language):
    with translation.override(language):
        path = reverse(name, kwargs=kwargs)

    masked = mask_secrets(f"GET https://pasarkriya.example{path}?page=2 200")

    assert TOKEN not in masked and "MTIz" not in masked
    assert masked.count("***") == len(kwargs)


@pytest.mark.parametrize(
    "text",
    ["/id/katalog/batik-tulis-sekar-jati/", "/id/pesanan/", "/en/password-reset/done/", "/admin/"],
)
def test_other_paths_are_left_as_they_are(text):
    assert mask_secrets(text) == text


def test_email_addresses_are_masked():
    assert mask_secrets("Refused: rina.w+shop@example.co.id") == "Refused: [email]"


@contextmanager
def gunicorn(folder, **env):
    """The site served by gunicorn with deploy/gunicorn.conf.py, its standard output and error
    written to files in `folder`; yields (url, stdout file, stderr file)."""
    port = closed_port()
    out, err = folder / "gunicorn.out", folder / "gunicorn.err"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": TEST_SETTINGS,
        # No database needed: a page that asks for one gets the "try again" page.
        "DATABASE_URL": "sqlite:////nonexistent-folder/observe.sqlite3",
        **env,
    }
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "-c",
        str(ROOT / "deploy/gunicorn.conf.py"),
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "1",
        "--no-control-socket",
    ]
    with out.open("w") as stdout, err.open("w") as stderr:
        server = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=stdout, stderr=stderr)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}/health/live/", timeout=2)  # nosec B310  # http://127.0.0.1
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        yield url, out, err
    finally:
        server.terminate()
        server.wait(10)


def get(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # nosec B310  # 127.0.0.1
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


def test_gunicorn_and_django_write_json_lines_with_the_id_and_without_secrets(tmp_path):
    with gunicorn(tmp_path, DJANGO_LOG_FORMAT="json") as (url, out, err):
        status, headers = get(
            f"{url}/id/pesanan/{TOKEN}/?email=rina@example.com", **{"X-Request-ID": "req-7"}
        )
        for _ in range(3):
            get(f"{url}/health/", Host="10.0.0.7")  # a load balancer's polls
    access = [json.loads(line) for line in out.read_text().splitlines()]
    errors = [json.loads(line) for line in err.read_text().splitlines()]
    everything = out.read_text() + err.read_text()

    assert status == 503  # no database: the "try again" page
    assert headers["X-Request-ID"] == "req-7"
    # The access line: the path without its query string, the secret masked, the id.
    [line] = [line for line in access if line["path"] != "/health/"]
    assert line["logger"] == "gunicorn.access"
    assert (line["method"], line["path"], line["status"]) == ("GET", "/id/pesanan/***/", 503)
    assert line["request_id"] == "req-7"
    assert line["bytes"] > 0 and line["duration_ms"] >= 0
    # Django's own lines for that request carry the same id; gunicorn's are JSON too.
    django_lines = [line for line in errors if line["logger"] == "django.request"]
    assert django_lines and {line["request_id"] for line in django_lines} == {"req-7"}
    assert any(line["logger"] == "gunicorn.error" for line in errors)
    # The failing health polls are logged (the database is away); their successes are not.
    assert [line["status"] for line in access if line["path"] == "/health/"] == [503] * 3
    assert TOKEN not in everything and "rina@example.com" not in everything


def test_gunicorn_keeps_a_text_access_log_by_default_and_skips_successful_polls(tmp_path):
    with gunicorn(tmp_path) as (url, out, _err):
        get(f"{url}/health/live/")
        get(f"{url}/en/orders/{TOKEN}/receipt/?x=1", **{"X-Request-ID": "req-8"})
    lines = out.read_text().splitlines()

    assert len(lines) == 1
    assert "GET /en/orders/***/receipt/ 503" in lines[0] and lines[0].endswith("[req-8]")
    assert TOKEN not in lines[0]


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_gunicorns_error_lines_mask_the_secret_and_drop_the_query(
    log_format, tmp_path, monkeypatch
):
    """A worker's "Error handling request <uri>" (an app that raised) with its traceback."""
    from gunicorn.config import Config

    monkeypatch.setenv("DJANGO_LOG_FORMAT", log_format)
    site_logger = runpy.run_path(str(ROOT / "deploy/gunicorn.conf.py"))["SiteLogger"]
    config = Config()
    config.set("errorlog", str(tmp_path / "error.log"))
    log = site_logger(config)
    uri = f"/id/pesanan/{TOKEN}/?note=kain-biru&email=rina@example.com"

    try:
        raise ValueError(f"no order at {uri}")
    except ValueError:
        log.exception("Error handling request %s %s", "GET", uri)
    for handler in log.error_log.handlers:
        handler.flush()
    text = (tmp_path / "error.log").read_text()

    first = text.splitlines()[0]
    message = json.loads(first)["message"] if log_format == "json" else first
    assert message.endswith("Error handling request GET /id/pesanan/***/")  # no query string
    assert "no order at /id/pesanan/***/" in text  # the traceback's text, masked
    assert TOKEN not in text and "rina@example.com" not in text


def test_the_log_format_is_text_by_default_and_nothing_but_text_or_json():
    """DJANGO_LOG_FORMAT picks the console's formatter; a typo is refused at start-up."""
    assert django_settings.LOGGING["handlers"]["console"]["formatter"] == "text"
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": TEST_SETTINGS,
            "DJANGO_LOG_FORMAT": "xml",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0 and "DJANGO_LOG_FORMAT must be text or json" in result.stderr


@pytest.mark.django_db
def test_a_bad_host_is_logged_without_mailing_the_admins(home_page, settings, mailoutbox):
    """Scanners send any Host: each is a line in the log, not an email to the ADMINS (nginx's
    default server stops most of them in front; the rest must not flood the admins' inbox)."""
    settings.ADMINS = [("Admin", "admin@example.com")]
    settings.ALLOWED_HOSTS = ["pasarkriya.test"]
    [console] = [h for h in logging.getLogger().handlers if isinstance(h.formatter, TextFormatter)]
    stream = io.StringIO()
    previous = console.setStream(stream)
    try:
        response = Client().get("/id/", HTTP_HOST="scanner.example")
    finally:
        console.setStream(previous)

    assert response.status_code == 400
    assert "django.security.DisallowedHost" in stream.getvalue()
    assert "scanner.example" in stream.getvalue()
    assert mailoutbox == []
