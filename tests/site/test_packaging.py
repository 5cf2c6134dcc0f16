"""The configuration folder site/ is imported as `siteconf`; every package is declared; the
locks install on Debian 12's Python."""

import platform
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

from tests.conftest import needs_service

ROOT = Path(__file__).resolve().parents[2]


def declared_packages():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    return set(config["packages"]), config["package-dir"]


def test_site_folder_is_imported_as_siteconf_not_as_the_standard_library_site():
    import site

    import siteconf.settings.base

    assert Path(siteconf.settings.base.__file__).parent.parent == ROOT / "site"
    assert Path(site.__file__).parent == Path(sys.modules["os"].__file__).parent


def test_every_python_package_folder_is_declared_in_pyproject():
    packages, package_dir = declared_packages()
    found = set()
    for init in ROOT.glob("**/__init__.py"):
        folder = init.parent.relative_to(ROOT)
        # Virtual environments (.venv, tools/*/.venv) and the tools' own folders are not ours.
        if folder.parts[0] in {"tests", "build", "tools"} or any(
            part.startswith(".") for part in folder.parts
        ):
            continue
        dotted = ".".join(folder.parts)
        for name, path in package_dir.items():
            if dotted == path or dotted.startswith(path + "."):
                dotted = name + dotted[len(path) :]
        found.add(dotted)

    assert found == packages


# --- The locks install on Debian 12's Python ---------------------------------------------------

# Debian 12's python3.11, what a council's server runs (docs/deployment.md); the locks are
# compiled on it (make lock), since pip-compile writes no markers: it pins what the Python it
# runs on needs (redis 7 needs async-timeout before 3.11.3) and admits (soupsieve 4 needs 3.11.5).
DEBIAN_12_PYTHON = "3.11.2"
LOCKS = {"requirements.lock": (), "requirements-dev.lock": ("dev",)}


def pins(lock):
    text = (ROOT / lock).read_text()
    return {
        canonicalize_name(name): version
        for name, version in re.findall(r"^([A-Za-z0-9][\w.-]*)==([^\s;]+)", text, re.MULTILINE)
    }


def installed_version(name):
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def needed(roots, python):
    """Every requirement reached from `roots` on `python`, as (who needs it, Requirement), read
    from the metadata of the installed distributions (the venv holds requirements-dev.lock)."""
    environment = {"python_version": ".".join(python.split(".")[:2]), "python_full_version": python}
    found, todo, done = [], [("pyproject.toml", Requirement(root)) for root in roots], set()
    while todo:
        who, requirement = todo.pop()
        found.append((who, requirement))
        name = canonicalize_name(requirement.name)
        if installed_version(name) is None:
            continue  # not in the venv, so in no lock either: reported as missing
        for extra in {"", *requirement.extras} - {e for n, e in done if n == name}:
            done.add((name, extra))
            for line in metadata.requires(name) or []:
                dependency = Requirement(line)
                marker = dependency.marker
                if marker is None or marker.evaluate({**environment, "extra": extra}):
                    todo.append((name, dependency))
    return found


@pytest.mark.parametrize("python", sorted({DEBIAN_12_PYTHON, platform.python_version()}))
@pytest.mark.parametrize("lock", LOCKS)
def test_the_locks_pin_what_debian_12s_python_needs_and_nothing_it_cannot_install(lock, python):
    stale = {
        name: version
        for name, version in pins("requirements-dev.lock").items()
        if installed_version(name) != version
    }
    needs_service("a .venv installed from requirements-dev.lock", not stale, "make install-dev")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    roots = project["dependencies"] + [
        line for extra in LOCKS[lock] for line in project["optional-dependencies"][extra]
    ]
    pinned = pins(lock)

    wanted = needed(roots, python)

    missing = sorted(
        {f"{r} (for {who})" for who, r in wanted if canonicalize_name(r.name) not in pinned}
    )
    assert not missing, f"{lock} leaves out what Python {python} needs: {missing}"
    refused = sorted(
        {
            f"{r.name}=={pinned[canonicalize_name(r.name)]} (for {who}: {r})"
            for who, r in wanted
            if not r.specifier.contains(pinned[canonicalize_name(r.name)], prereleases=True)
        }
    )
    assert not refused, f"{lock} pins versions their dependants refuse: {refused}"
    # Packages the two locks pin differently are read in their dev-lock version (the venv's).
    too_new = sorted(
        f"{name}=={version} (Requires-Python {requires})"
        for name, version in pinned.items()
        if installed_version(name) == version
        and (requires := metadata.metadata(name)["Requires-Python"])
        and not SpecifierSet(requires).contains(python)
    )
    assert not too_new, f"{lock} pins versions that Python {python} cannot install: {too_new}"
