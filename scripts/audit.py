"""Injection scan of the public filter and search parameters with sqlmap (`make audit`).

Run with the project's Python: `.venv/bin/python scripts/audit.py` (`make audit`).

1. Builds the demo once in a PostgreSQL database (production's engine: our only raw SQL, the
   relevance order, runs on PostgreSQL alone), media under bench-results/audit/ (git-ignored).
2. Serves it with gunicorn and the production settings on 127.0.0.1, page cache off (no
   REDIS_URL), so every request reaches the database.
3. Runs sqlmap (tools/sqlmap, its own virtual environment, offline) on every parameter of the
   product list's filter form and of the search page, one parameter at a time, all techniques.
4. Prints, per parameter, whether sqlmap found it injectable, and counts the server's 5xx answers
   to sqlmap's junk (any is a finding too). Exits with 1 on any finding.
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from datetime import datetime
from pathlib import Path

from demo_site import ROOT, DemoSite, server_errors

WORK = ROOT / "bench-results" / "audit"
TOOLS = ROOT / "tools" / "sqlmap"
SQLMAP = TOOLS / ".venv" / "bin" / "sqlmap"
DATABASE_URL = "postgres://postgres@127.0.0.1:5432/pasarkriya_audit"
PORTS = range(8600, 8700)

# A valid value for every parameter (sqlmap injects into one at a time, the rest stay valid).
CATALOG_PARAMETERS = {
    "q": "batik",
    "category": "batik",
    "technique": "tulis",
    "motif": "kayangan",
    "material": "katun",
    "district": "35.22.01",
    "min_price": "1000",
    "max_price": "5000000",
    "in_stock": "on",
    "halal": "on",
    "export": "on",
    "sort": "newest",
    "page": "1",
}
SEARCH_PARAMETERS = {"q": "batik", "page": "1"}
TARGETS = {
    "/id/katalog/": CATALOG_PARAMETERS,
    "/en/catalog/": {"q": "batik", "sort": "relevance"},
    "/id/cari/": SEARCH_PARAMETERS,
}


def install_sqlmap():
    if SQLMAP.exists():
        return
    print("Installing sqlmap (tools/sqlmap, hashed requirements)...")
    venv.create(TOOLS / ".venv", with_pip=True)
    subprocess.run(
        [
            str(TOOLS / ".venv" / "bin" / "pip"),
            "install",
            "--quiet",
            "--require-hashes",
            "-r",
            str(TOOLS / "requirements.txt"),
        ],
        check=True,
    )


def run_sqlmap(url, parameter, output_dir, level, risk, name):
    """sqlmap on one parameter; returns (injectable, summary line, seconds)."""
    command = [
        str(SQLMAP),
        "-u",
        url,
        "-p",
        parameter,
        "--batch",
        "--flush-session",
        # Pages carry a fresh CSRF token each time: compare their text only, so that a change
        # an injection causes is not lost among changes that mean nothing.
        "--text-only",
        "--disable-coloring",
        f"--level={level}",
        f"--risk={risk}",
        "--dbms=PostgreSQL",
        "--time-sec=2",
        "--timeout=60",
        "--retries=3",
        "--threads=2",
        f"--output-dir={output_dir}",
    ]
    started = time.monotonic()
    finished = subprocess.run(command, capture_output=True, text=True)
    seconds = time.monotonic() - started
    log = output_dir / f"sqlmap-{name}.log"
    log.write_text(finished.stdout + finished.stderr)
    output = finished.stdout
    injectable = bool(re.search(r"^Parameter: .+ \(GET\)$", output, re.MULTILINE)) or (
        "is vulnerable" in output
    )
    if injectable:
        summary = "INJECTABLE"
    elif "do not appear to be injectable" in output or "does not seem to be injectable" in output:
        summary = "not injectable"
    else:
        critical = re.findall(r"\[CRITICAL\] (.+)", output)
        summary = f"inconclusive: {critical[-1] if critical else 'see ' + log.name}"
    return injectable, summary, seconds, log


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="Build the demo database again.")
    parser.add_argument("--level", type=int, default=1, help="sqlmap --level (1-5).")
    parser.add_argument("--risk", type=int, default=1, help="sqlmap --risk (1-3).")
    parser.add_argument(
        "--parameter", action="append", help="Scan only this parameter (repeatable)."
    )
    arguments = parser.parse_args()

    install_sqlmap()
    static_root = Path(tempfile.mkdtemp(prefix="audit-static-"))
    demo = DemoSite(WORK, static_root, database_url=DATABASE_URL)
    findings = []
    try:
        demo.prepare(arguments.rebuild)
        reports = WORK / "reports" / datetime.now().strftime("%Y%m%d-%H%M%S")
        reports.mkdir(parents=True)
        log_path = reports / "gunicorn.log"
        with demo.serving(PORTS, log_path) as base_url:
            print(f"{'page':<16}{'parameter':<12}{'result':<44}{'seconds':>8}")
            for path, parameters in TARGETS.items():
                query = "&".join(f"{name}={value}" for name, value in parameters.items())
                for parameter in parameters:
                    if arguments.parameter and parameter not in arguments.parameter:
                        continue
                    injectable, summary, seconds, sqlmap_log = run_sqlmap(
                        f"{base_url}{path}?{query}",
                        parameter,
                        reports,
                        arguments.level,
                        arguments.risk,
                        name=f"{path.strip('/').replace('/', '-')}-{parameter}",
                    )
                    print(f"{path:<16}{parameter:<12}{summary:<44}{seconds:>8.0f}", flush=True)
                    if injectable or summary.startswith("inconclusive"):
                        findings.append(f"{path} {parameter}: {summary} ({sqlmap_log})")
        errors = server_errors(log_path)
        print(f"\nServer errors (5xx) answering sqlmap: {len(errors)}")
        for line in errors[:20]:
            print("  " + line)
        if errors:
            findings.append(f"{len(errors)} server errors, see {log_path}")
        print(f"Logs: {reports.relative_to(ROOT)}/")
    finally:
        shutil.rmtree(static_root, ignore_errors=True)
    if findings:
        print("\nFindings:\n  " + "\n  ".join(findings))
        sys.exit(1)
    print("\nNo injectable parameter and no server error.")


if __name__ == "__main__":
    main()
