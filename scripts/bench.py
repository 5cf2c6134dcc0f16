"""The benchmark of issue 9: seeded PostgreSQL catalogs of several sizes served by gunicorn with
the production settings, driven by wrk, against a static file of the same server as the ceiling.

    .venv/bin/python scripts/bench.py [--sizes 1000,10000,100000] [--duration 10]

One database per size (pasarkriya_bench_<size>, cloned from pasarkriya_bench_base: migrated,
demo loaded, photo pool and motifs made), built only when missing, so a second run reuses them;
their media live in .bench/media. Two passes per size: the anonymous page cache off
("uncached", PAGE_CACHE_SECONDS=0) and on ("cached", the settings' default); with
--passes cold,uncached,cached also "cold": the catalog's data cache off too
(CATALOG_CACHE_SECONDS=0), what the database costs. Figures are
printed and written to bench-results/bench-<time>.txt (and .json).
"""

import argparse
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_report import parse_wrk, report
from local_server import free_port, stop, wait_until_serving

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
MEDIA = ROOT / ".bench" / "media"
RESULTS = ROOT / "bench-results"
BASE_DB = "pasarkriya_bench_base"
PORTS = range(8400, 8500)
REDIS_DB = {1000: 10, 10000: 11, 100000: 12}  # other sizes: 13
PAGES = ("home", "list", "filtered", "searched", "product", "artisan", "motif")


def database_url(name):
    base = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/")
    parts = urlsplit(base)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", "", ""))


def admin_sql(sql, params=None):
    """Run a statement on the server's maintenance database (autocommit); rows or None."""
    import psycopg

    with psycopg.connect(database_url("postgres"), autocommit=True) as connection:
        cursor = connection.execute(sql, params)
        return cursor.fetchall() if cursor.description else None


def database_exists(name):
    return bool(admin_sql("SELECT 1 FROM pg_database WHERE datname = %s", [name]))


def manage(name, *args, settings="siteconf.settings.dev"):
    env = {**os.environ, "DATABASE_URL": database_url(name), "MEDIA_ROOT": str(MEDIA)}
    env.update(DJANGO_SETTINGS_MODULE=settings, DJANGO_DEBUG="false")
    env.pop("REDIS_URL", None)
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def build(name, steps, template=None):
    """Make database `name` by `steps` under a temporary name, renamed once complete."""
    if database_exists(name):
        return False
    building = f"{name}_building"
    admin_sql(f'DROP DATABASE IF EXISTS "{building}"')
    admin_sql(f'CREATE DATABASE "{building}"' + (f' TEMPLATE "{template}"' if template else ""))
    for step in steps:
        manage(building, *step)
    admin_sql(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
    return True


def seeded_database(size):
    base_steps = [
        ("migrate", "--noinput", "-v0"),
        ("load_demo", "--force"),
        ("seed_bench", "--products", "0"),
    ]
    if build(BASE_DB, base_steps):
        print(f"Built {BASE_DB}.", flush=True)
    name = f"pasarkriya_bench_{size}"
    started = time.monotonic()
    if build(name, [("seed_bench", "--products", str(size))], template=BASE_DB):
        print(f"Seeded {name} in {time.monotonic() - started:.0f} s.", flush=True)
    else:
        manage(name, "migrate", "--noinput", "-v0")  # a database kept from an older code
    return name


def ensure_wrk():
    if shutil.which("wrk"):
        return
    if os.geteuid() != 0:
        sys.exit("wrk is missing: apt-get install wrk")
    lock = ["flock", "/work/tmp/apt.lock"] if Path("/work/tmp").is_dir() else []
    subprocess.run([*lock, "apt-get", "install", "-y", "-qq", "wrk"], check=True)


def has_redis_client():
    check = "import importlib.util, sys; sys.exit(importlib.util.find_spec('redis') is None)"
    return subprocess.run([PYTHON, "-c", check]).returncode == 0


# What each pass turns off: "uncached" the anonymous page cache, "cold" every cache of
# the catalog too (facet counts, totals, search rankings: the database's whole cost).
PASSES = {
    "uncached": {"PAGE_CACHE_SECONDS": "0"},
    "cached": {},
    "cold": {"PAGE_CACHE_SECONDS": "0", "CATALOG_CACHE_SECONDS": "0"},
}
CACHE_SETTINGS = ("PAGE_CACHE_SECONDS", "CATALOG_CACHE_SECONDS")


def server_env(name, size, kind, static_root, redis):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "siteconf.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(48)[:64],
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url(name),
        "DATABASE_CONN_MAX_AGE": "60",
        "MEDIA_ROOT": str(MEDIA),
        "STATIC_ROOT": str(static_root),
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    for setting in CACHE_SETTINGS:
        env.pop(setting, None)
    if redis:
        env["REDIS_URL"] = f"redis://127.0.0.1:6379/{REDIS_DB.get(size, 13)}"
    else:
        # The settings keep the caches off without Redis; each worker's local memory stands
        # in for it with the same lifetimes (no invalidation across workers: fine for reading).
        env.pop("REDIS_URL", None)
        env.update(dict.fromkeys(CACHE_SETTINGS, "600"))
    env.update(PASSES[kind])
    return env


def flush_redis(env):
    """Empty the bench's own Redis database (pages kept by an earlier run)."""
    if "REDIS_URL" in env:
        code = "from django.core.cache import cache; cache.clear()"
        subprocess.run(
            [PYTHON, "-c", f"import django; django.setup(); {code}"], cwd=ROOT, env=env, check=True
        )


@contextmanager
def gunicorn(env, log):
    """gunicorn on a free port; stopped by its process group id, whatever happens."""
    port = free_port(PORTS)
    command = [
        GUNICORN,
        "siteconf.wsgi",
        "--workers",
        "2",
        "--no-control-socket",
        "--bind",
        f"127.0.0.1:{port}",
        "--access-logfile",
        "-",
    ]
    with open(log, "ab") as output:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=output,
            start_new_session=True,
        )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_serving(base, process, log)
        yield base
    finally:
        stop(process)


def wrk(url, duration, connections, threads):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency"]
    command += ["--timeout", "10s"]  # a slow answer is measured, not dropped
    command += ["--header", "Accept-Encoding: gzip, deflate, br", url]  # as browsers ask
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    try:
        return parse_wrk(output)
    except (AttributeError, KeyError, ValueError) as error:
        raise RuntimeError(f"Unexpected output of {' '.join(command)}:\n{output}") from error


def static_path(static_root):
    manifest = json.loads((Path(static_root) / "staticfiles.json").read_text())["paths"]
    return "/static/" + manifest.get(
        "css/site.css", next(v for v in manifest.values() if v.endswith(".css"))
    )


def measure_pass(name, size, kind, args, static_root, redis, logs):
    env = server_env(name, size, kind, static_root, redis)
    flush_redis(env)
    probe = subprocess.run(
        [PYTHON, str(ROOT / "scripts" / "bench_probe.py")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(probe.stdout)
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    results = {"urls": found["urls"], "pages": {}, "load": load}
    with gunicorn(env, logs / f"gunicorn-{size}-{kind}.log") as base:
        targets = {**found["urls"], "static": static_path(static_root)}
        for path in targets.values():  # warm: renditions, caches, connections
            for _round in range(3):
                urllib.request.urlopen(base + path, timeout=60).read()  # nosec B310  # http://127.0.0.1
        for page, path in targets.items():
            figures = wrk(base + path, args.duration, args.connections, args.threads)
            figures.update(found["pages"].get(page, {}))
            results["pages"][page] = figures
            print(
                f"  {size:>7,} {kind:<8} {page:<9} "
                f"{figures['rps']:8.1f}/s p99 {figures['p99_ms']:7.1f} ms",
                flush=True,
            )
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--passes", default="uncached,cached", help=f"among {', '.join(PASSES)}, comma-separated"
    )
    args = parser.parse_args()
    if set(args.passes.split(",")) - set(PASSES):
        parser.error(f"--passes: choose among {', '.join(PASSES)}")
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))  # runs the clean-ups
    sizes = [int(size.replace("_", "")) for size in args.sizes.split(",")]
    ensure_wrk()
    MEDIA.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(exist_ok=True)
    redis = has_redis_client()
    notes = (
        []
        if redis
        else [
            "The redis package is not installed: REDIS_URL left unset; each worker's local-memory "
            "cache stands in for Redis (PAGE_CACHE_SECONDS and CATALOG_CACHE_SECONDS 600 but "
            "where a pass turns them off)."
        ]
    )
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    logs = Path(tempfile.mkdtemp(prefix="bench-logs-"))
    run = {"started": stamp, "args": vars(args), "notes": notes, "sizes": {}}
    with tempfile.TemporaryDirectory(prefix="bench-static-") as static_root:
        env = server_env(BASE_DB, 0, "cold", static_root, False)
        subprocess.run(
            [PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        for size in sizes:
            name = seeded_database(size)
            run["sizes"][size] = {
                kind: measure_pass(name, size, kind, args, static_root, redis, logs)
                for kind in args.passes.split(",")
            }
    text = report(run)
    print("\n" + text)
    path = RESULTS / f"bench-{stamp}.txt"
    path.write_text(text)
    path.with_suffix(".json").write_text(json.dumps(run, indent=1))
    print(f"Written to {path} (and .json); server logs in {logs}")


if __name__ == "__main__":
    main()
