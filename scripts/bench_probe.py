"""Pick the benchmark's pages in a seeded database and measure one request to each in-process:
SQL queries and HTML bytes of a second request (after a first one warmed caches and renditions).

Run by scripts/bench.py with the same environment as the server (DATABASE_URL, REDIS_URL,
production settings...); prints one JSON object: {"urls": {page: path}, "pages": {page: figures}}.
With `--explain PATH` it prints each query of a request to PATH with its EXPLAIN ANALYZE.
"""

import gzip
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconf.settings.production")


def pick_urls():
    """The paths measured: the same kind of page in every size of catalog."""
    from django.urls import reverse
    from django.utils import translation

    from artisans.models import ArtisanPage
    from catalog.bench_seed import SLUG_PREFIX
    from catalog.models import Product
    from home.models import MotifPage

    translation.activate("id")
    catalog = reverse("catalog:product_list")
    bench = Product.objects.live().filter(artisan__slug__startswith=SLUG_PREFIX)
    with_variants = bench.filter(variants__isnull=False).order_by("pk").values_list("pk", flat=True)
    middle = with_variants[with_variants.count() // 2] if with_variants.exists() else None
    product = Product.objects.get(pk=middle) if middle else Product.objects.live().first()
    profiles = ArtisanPage.objects.live().filter(locale__language_code="id").order_by("pk")
    profile = profiles.filter(artisan__slug__startswith=SLUG_PREFIX).first() or profiles.first()
    motifs = MotifPage.objects.live().filter(locale__language_code="id")
    motif = motifs.filter(slug="truntum").first() or motifs.order_by("path").first()
    return {
        "home": "/id/",
        "list": catalog,
        "filtered": f"{catalog}?technique=batik-tulis&in_stock=on",
        "searched": f"{catalog}?q=batik",
        "product": product.get_absolute_url(),
        "artisan": profile.url,
        "motif": motif.url,
    }


def measure(urls, host):
    """Queries and bytes of the second request to each path."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=host)
    figures = {}
    for page, path in urls.items():
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        figures[page] = {
            "status": response.status_code,
            "queries": len(queries),
            "bytes": len(response.content),
            "gzip_bytes": len(gzip.compress(response.content, 6)),
            "slowest": sorted(
                ({"ms": float(q["time"]) * 1000, "sql": q["sql"][:300]} for q in queries),
                key=lambda q: -q["ms"],
            )[:3],
        }
    return figures


def explain(path, host):
    """Each query of one request to `path` (after a warming one), slowest first, with
    PostgreSQL's EXPLAIN ANALYZE: what to index."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=host)
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    for query in sorted(queries, key=lambda q: -float(q["time"])):
        with connection.cursor() as cursor:
            # nosemgrep: sql-built-by-string-formatting -- the SQL Django itself just ran
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {query['sql']}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
        print(f"--- {float(query['time']) * 1000:.1f} ms\n{query['sql']}\n{plan}\n")


def main():
    import django

    django.setup()
    if len(sys.argv) > 2 and sys.argv[1] == "--explain":
        explain(sys.argv[2], "127.0.0.1")
        return
    urls = pick_urls()
    print(json.dumps({"urls": urls, "pages": measure(urls, "127.0.0.1")}))


if __name__ == "__main__":
    main()
