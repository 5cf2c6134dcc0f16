"""Profile public pages in-process, uncached: what each request costs in function calls, SQL
queries and CPU time (issue 9, the costs every page shares).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/pk_perf MEDIA_ROOT=... \
        .venv/bin/python scripts/profile_pages.py [--requests 200] [--pages home,list]
        [--top 30] [--stats FILE] [--html DIR] [--sql]

The database should hold the demo (`manage.py load_demo`) and, best, a seeded catalog
(`manage.py seed_bench --products 2000`), as `make bench` builds them. The settings are the
production ones with the environment of make bench's "uncached" pass: no whole-page cache
(PAGE_CACHE_SECONDS=0), the catalog's figures kept (CATALOG_CACHE_SECONDS=600) in the local-memory
cache, or in Redis when REDIS_URL is set; static files collected once into .bench/static (or
STATIC_ROOT). Each page is asked with django.test.Client (gzip
accepted, as browsers ask) once to warm caches and renditions, then `--requests` times without
the profiler (CPU time, time.process_time) and as many times under cProfile (function calls).
Queries are counted by a database execute wrapper on every request.

Printed per page and request: function calls, SQL queries, CPU ms, and a digest of the HTML
(CSRF tokens masked) so that a change can be checked to leave the markup byte-identical.
Call counts and queries are deterministic; CPU time is noisy on a shared machine.
"""

import argparse
import cProfile
import gzip
import hashlib
import os
import pstats
import re
import secrets
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

HOST = "127.0.0.1"
PAGES = ("home", "list", "searched", "product", "artisan", "motif", "search")
CSRF_TOKEN = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')


def configure():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconf.settings.production")
    os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(48)[:64])
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", HOST)
    os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    os.environ.setdefault("CATALOG_CACHE_SECONDS", "600")
    os.environ.setdefault("STATIC_ROOT", str(ROOT / ".bench" / "static"))

    import django

    django.setup()
    if not (Path(os.environ["STATIC_ROOT"]) / "staticfiles.json").exists():
        from django.core.management import call_command

        call_command("collectstatic", interactive=False, verbosity=0)


def page_urls():
    """The pages of make bench (scripts/bench_probe.py) and the site search."""
    from django.urls import reverse
    from django.utils import translation

    from bench_probe import pick_urls

    urls = pick_urls()
    translation.activate("id")
    urls["search"] = reverse("search") + "?q=batik"
    translation.deactivate()
    return urls


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def html_digest(response):
    content = response.content
    if response.get("Content-Encoding") == "gzip":
        content = gzip.decompress(content)
    content = CSRF_TOKEN.sub(rb"\1-\2", content)
    return content, hashlib.sha256(content).hexdigest()[:12]


def measure(client, path, requests):
    """(calls, queries, cpu_ms) per request, the profile and the page's HTML."""
    from django.db import connection

    counter = QueryCounter()
    with connection.execute_wrapper(counter):
        response = client.get(path)  # warm: renditions, cached figures, connections
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}, not 200")
        html, digest = html_digest(response)
        counter.count = 0
        started = time.process_time()
        for _ in range(requests):
            client.get(path)
        cpu = time.process_time() - started
        queries = counter.count
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(requests):
            client.get(path)
        profile.disable()
    calls = pstats.Stats(profile).total_calls
    return (
        {
            "calls": calls / requests,
            "queries": queries / requests,
            "cpu_ms": cpu * 1000 / requests,
            "html": digest,
            "bytes": len(html),
        },
        profile,
        html,
    )


def print_queries(client, paths):
    """The SQL of a second request to each path."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for path in paths:
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        print(f"--- {path}: {len(queries)} queries")
        for query in queries:
            print("  " + query["sql"][:400])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200, help="requests per page and pass")
    parser.add_argument("--pages", default=",".join(PAGES), help=f"among {', '.join(PAGES)}")
    parser.add_argument("--top", type=int, default=0, help="print the N costliest functions")
    parser.add_argument("--stats", help="write the pages' joint profile (pstats) to this file")
    parser.add_argument("--html", help="write each page's HTML (tokens masked) to this folder")
    parser.add_argument("--sql", action="store_true", help="print each page's queries")
    args = parser.parse_args()
    configure()

    from django.test import Client

    urls = page_urls()
    client = Client(HTTP_HOST=HOST, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    if args.sql:
        print_queries(client, [urls[page] for page in args.pages.split(",")])
        return
    joint = None
    print(f"{'page':<9} {'calls':>8} {'queries':>7} {'CPU ms':>7} {'bytes':>7} html  path")
    for page in args.pages.split(","):
        figures, profile, html = measure(client, urls[page], args.requests)
        print(
            f"{page:<9} {figures['calls']:8.0f} {figures['queries']:7.1f} "
            f"{figures['cpu_ms']:7.1f} {figures['bytes']:7} {figures['html']} {urls[page]}",
            flush=True,
        )
        if args.html:
            Path(args.html).mkdir(parents=True, exist_ok=True)
            (Path(args.html) / f"{page}.html").write_bytes(html)
        stats = pstats.Stats(profile)
        joint = stats if joint is None else joint.add(stats)
    if args.stats:
        joint.dump_stats(args.stats)
    if args.top:
        joint.sort_stats("tottime").print_stats(args.top)
        joint.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
