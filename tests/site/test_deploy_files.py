"""The systemd units of deploy/systemd/ (docs/deployment.md) are valid and name commands that
exist, with options they accept. (deploy/nginx/ is tested by test_nginx_site.py and
test_prod_local.py, which start nginx with it.)"""

import os
import re
import shlex
import shutil
import subprocess
import time
from pathlib import Path

from django.core.management import get_commands, load_command_class

import pytest

from tests.conftest import needs_service

ROOT = Path(__file__).resolve().parents[2]
UNITS = sorted((ROOT / "deploy" / "systemd").glob("pasarkriya-*"))
INSTALLED_AT = "/srv/pasarkriya"


def exec_lines(unit):
    return [
        shlex.split(line.split("=", 1)[1])
        for line in unit.read_text().splitlines()
        if line.startswith("ExecStart=")
    ]


def test_every_service_has_a_timer_or_stays_up():
    services = {unit.stem for unit in UNITS if unit.suffix == ".service"}
    timers = {unit.stem for unit in UNITS if unit.suffix == ".timer"}

    assert timers <= services
    for name in services - timers:
        assert "Restart=always" in (ROOT / "deploy" / "systemd" / f"{name}.service").read_text()


@pytest.mark.parametrize("unit", [u for u in UNITS if u.suffix == ".service"], ids=lambda u: u.name)
def test_each_managed_command_exists_and_accepts_its_options(unit, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # production's
    commands = get_commands()
    for command in exec_lines(unit):
        if "manage.py" not in command:
            assert Path(command[0]).name == "gunicorn"
            assert "deploy/gunicorn.conf.py" in command
            continue
        name, *options = command[command.index("manage.py") + 1 :]
        assert name in commands, f"{unit.name}: no command {name}"
        parser = load_command_class(commands[name], name).create_parser("manage.py", name)
        parser.parse_args(options)  # exits (fails the test) on an option it does not know


def test_the_daily_job_deletes_local_archives_older_than_a_week(tmp_path):
    """ExecStartPost's command as systemd runs it, BACKUP_DIR from the environment file."""
    unit = (ROOT / "deploy" / "systemd" / "pasarkriya-daily.service").read_text()
    [line] = [line for line in unit.splitlines() if line.startswith("ExecStartPost=")]
    command = shlex.split(line.split("=", 1)[1].replace("${BACKUP_DIR}", str(tmp_path)))
    now = time.time()
    ages = {"pasarkriya-20260501-033000.tar.gz": 9, "pasarkriya-20260501-033000-1.tar.gz": 9,
            "pasarkriya-20260508-033000.tar.gz": 2, "notes.txt": 30}  # fmt: skip
    for name, days in ages.items():
        (tmp_path / name).write_text("x")
        os.utime(tmp_path / name, (now - days * 86400, now - days * 86400))

    subprocess.run(command, check=True, timeout=30)

    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "notes.txt",
        "pasarkriya-20260508-033000.tar.gz",
    ]


def test_units_pass_systemds_own_check(tmp_path):
    needs_service("systemd-analyze", shutil.which("systemd-analyze"), "apt install systemd")
    for unit in UNITS:
        # Installed at the repository's place, with this virtual environment.
        text = unit.read_text().replace(INSTALLED_AT, str(ROOT))
        name = unit.name.replace("@.service", "@8001.service")
        (tmp_path / name).write_text(text)
    files = sorted(str(path) for path in tmp_path.iterdir())

    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *files],
        capture_output=True,
        text=True,
        timeout=60,
    )

    problems = [
        line
        for line in result.stderr.splitlines()
        # This machine has no pasarkriya user, PostgreSQL or Redis units: a server has them.
        if not re.search(r"(postgresql|redis-server)\.service|User|Group", line)
    ]
    assert problems == []
