"""Locked versions at or above every security release we know of.

pip-audit cannot reach its vulnerability database from these machines and then reports a false
pass (DESIGN.md), so this keeps its own short list: for each package below, the lowest version
that carries the fixes of the advisories we could establish, with the advisory that sets it. A
locked (or installed) version below its floor fails the suite.

What this covers: the packages listed, against the advisories cited, as known when the list was
last reviewed (the newest advisory cited is from November 2026). What it does NOT cover: any
advisory published after that review, or one we did not find; packages not listed (the rest of
the two lock files, transitive ones included); the Node packages of tools/lighthouse and the
semgrep environment in tools/semgrep. It is a floor, not an audit: when a security release
comes out for a listed package, raise its floor here (and the lock with `make lock`); when a new
dependency that handles untrusted input is added, add it here. `make scan` checks our own code.
"""

import importlib.metadata
import re
from pathlib import Path

import pytest
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCKS = ("requirements.lock", "requirements-dev.lock")

# (package as named in the lock files, lowest safe version, why). Sources: the Django security
# archive and announcements, the PyPA advisory database (PYSEC ids), GitHub advisories (GHSA),
# CVE records; read through the project's search tool.
FLOORS = [
    # CVE-2026-15307 (high: file write and request forgery via spatial lookups), CVE-2026-15337,
    # CVE-2026-15830, CVE-2026-15920 (XSS via URLField values in the admin): fixed in 5.2.17
    # (Django security releases of 4 August 2026). Earlier 5.2 fixes (5.2.11, 5.2.13, 5.2.16:
    # SQL injection in order_by/FilteredRelation/column aliases, ASGI body size, cached
    # Set-Cookie) are below this floor too.
    ("django", "5.2.17", "CVE-2026-15307 and three others, Django 5.2.17"),
    # PYSEC-2026-146 / PYSEC-2026-147, CVE-2026-44197 (permission checks: copying pages, page
    # history, revision comparison, Documents/Images API, deleting form submissions): fixed in
    # 7.0.7 and 7.3.2; the 7.4 series onward is not affected. We run 8.0.
    ("wagtail", "7.4", "CVE-2026-44197 and four other permission advisories"),
    # CVE-2026-40192 (FITS GZIP decompression bomb) fixed in 12.2.0; the advisories against
    # 12.2.0 (memory safety, denial of service) fixed in 12.3.0.
    ("pillow", "12.3.0", "CVE-2026-40192 and the 12.2.0 memory-safety advisories"),
    # CVE-2026-134820: request smuggling through the Python parser, 25.2.0 up to 27.0.0.
    ("gunicorn", "27.0.0", "CVE-2026-134820 request smuggling"),
    # Unauthorised file access in autorefresh mode, fixed in 6.12.0 (whitenoise changelog).
    ("whitenoise", "6.12.0", "autorefresh file access fix, whitenoise 6.12.0"),
    # CVE-2026-25645 (requests.utils.extract_zipped_paths), fixed in 2.33.0.
    ("requests", "2.33.0", "CVE-2026-25645"),
    # CVE-2026-44431 / CVE-2026-44432 fixed in 2.7.0; CVE-2026-97687 (HTTPS proxy TLS settings
    # ignored), CVE-2026-97688, CVE-2026-97689 (unbounded chunk-size line) fixed in 2.8.0.
    ("urllib3", "2.8.0", "CVE-2026-97687, CVE-2026-97688, CVE-2026-97689"),
    # Denial of service through deep grouping recursion (incomplete fix of CVE-2024-4340),
    # fixed in 0.5.4. Django's own debug tooling parses SQL with it.
    ("sqlparse", "0.5.4", "CVE-2024-4340 follow-up, sqlparse 0.5.4"),
    # XSS through the break_long_headers template filter, fixed in 3.15.2 (CVE-2024-21520).
    ("djangorestframework", "3.15.2", "CVE-2024-21520"),
    # CVE-2024-39689: GLOBALTRUST root certificates removed in 2024.07.04.
    ("certifi", "2024.7.4", "CVE-2024-39689"),
    # CVE-2024-3651: quadratic-time idna.encode, fixed in 3.7.
    ("idna", "3.7", "CVE-2024-3651"),
    # Development only (localstripe's server): PYSEC-2026-4369 / PYSEC-2026-4370, fixed in 3.14.4.
    ("aiohttp", "3.14.4", "PYSEC-2026-4369, PYSEC-2026-4370"),
]

# Looked up, no published advisory found against their current series: listed so that the lock
# still holds them (a removed or renamed package is noticed here), with no floor of their own.
NO_ADVISORY_FOUND = ["stripe", "psycopg", "redis", "django-axes", "django-otp"]

LOCKED = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", re.MULTILINE)


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def locked_versions(text):
    """{normalised name: version} of every `name==version` line of a pip-compile lock."""
    return {normalise(name): version for name, version in LOCKED.findall(text)}


def below_floor(versions, floors=FLOORS):
    """(package, locked, floor) for each listed package locked below its floor."""
    return [
        (package, versions[normalise(package)], floor)
        for package, floor, _why in floors
        if normalise(package) in versions and Version(versions[normalise(package)]) < Version(floor)
    ]


@pytest.fixture(scope="module")
def locks():
    return {name: locked_versions((ROOT / name).read_text()) for name in LOCKS}


@pytest.mark.parametrize("lock", LOCKS)
def test_locked_versions_at_or_above_security_floors(locks, lock):
    assert below_floor(locks[lock]) == []


def test_every_listed_package_is_locked(locks):
    """A floor for a package the locks do not hold checks nothing: rename or drop it here."""
    locked = set(locks["requirements.lock"]) | set(locks["requirements-dev.lock"])
    listed = [package for package, _floor, _why in FLOORS] + NO_ADVISORY_FOUND
    assert [package for package in listed if normalise(package) not in locked] == []


def test_installed_versions_at_or_above_security_floors():
    """The environment the tests run in, in case it was installed some other way."""
    installed = {}
    for package, _floor, _why in FLOORS:
        try:
            installed[normalise(package)] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            continue
    assert installed, "none of the listed packages is installed"
    assert below_floor(installed) == []


def test_a_version_below_its_floor_is_reported():
    lock = "django==5.2.16 \\\n    --hash=sha256:00\nurllib3==2.8.0 \\\n    --hash=sha256:11\n"
    assert below_floor(locked_versions(lock)) == [("django", "5.2.16", "5.2.17")]


def test_versions_compare_as_versions_not_text():
    """2.10.0 is above 2.8.0, and 2024.7.4 is the same release as 2024.07.04."""
    versions = locked_versions("urllib3==2.10.0 \\\ncertifi==2024.07.04 \\\nidna==3.10 \\\n")
    assert below_floor(versions) == []
