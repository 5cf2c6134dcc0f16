"""The configuration folder site/ is imported as `siteconf`; every package is declared."""

import sys
import tomllib
from pathlib import Path

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
