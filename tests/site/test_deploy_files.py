"""The systemd units of deploy/systemd/ (docs/deployment.md) are valid and name commands that
exist, with options they accept. (deploy/nginx/ is tested by test_prod_local.py, which starts
nginx with it.)"""

import re
import shlex
import shutil
import subprocess
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
