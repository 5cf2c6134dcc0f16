"""`make prod-local` works: the whole production stack starts on this machine and a buyer's walk
through it passes (scripts/prod_local.py, scripts/prod_smoke.py).

The stack has its own PostgreSQL databases (pasarkriya_prod_local*) and Redis database, whatever
the suite runs on, so it runs once: in the suite's SQLite pass."""

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import needs_service

ROOT = Path(__file__).resolve().parents[2]
NGINX_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")


def answers(port):
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")),
    reason="the stack brings its own PostgreSQL database: it runs in the SQLite pass only",
)
def test_the_production_stack_starts_and_a_buyer_pays_through_it():
    needs_service("nginx", shutil.which("nginx") and NGINX_MODULE.exists(), "make nginx")
    needs_service("PostgreSQL", answers(5432), "127.0.0.1:5432")
    needs_service("Redis", answers(6379), "127.0.0.1:6379")

    run = subprocess.run(
        [sys.executable, "scripts/prod_local.py"],
        cwd=ROOT,
        env={key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"},
        capture_output=True,
        text=True,
        timeout=1200,
    )

    report = run.stdout[-4000:] + run.stderr[-4000:]
    assert run.returncode == 0, report
    assert "PASSED" in run.stdout, report
    for step in (
        "home page served from nginx's cache",
        "a product saved: the worker purges the kept home page",
        "webhook through nginx marked the order paid",
        "every email queued on the way was sent by the worker",
    ):
        assert f"ok   {step}" in run.stdout
