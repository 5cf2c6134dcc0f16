"""A bounded load test on loopback: browsing, carts and checkouts at once (`make loadtest`).

Run with the project's Python: `.venv/bin/python scripts/loadtest.py [--duration 180]`.

1. The demo is built once in PostgreSQL (pasarkriya_load_template); every run starts from a fresh
   copy of it (pasarkriya_load), so runs do not depend on each other.
2. A few products are made scarce (3 pieces) so that concurrent buyers compete for the last ones;
   the others get plenty of stock.
3. gunicorn serves the copy with the production settings (2 workers, Redis for the cache, so
   anonymous pages are cached and forgotten as orders change stock); emails go to its log.
4. Virtual visitors, each with its own cookies, browse (home, list, filters, search, products),
   fill carts and check out by bank transfer, for --duration seconds.
5. It prints figures per kind of request and checks, in the database afterwards: no error
   response; no product sold beyond its stock; every order a visitor was shown exists with its
   lines, and no order exists that no visitor was shown. Exits with 1 when a check fails.
"""

import argparse
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

from demo_site import ROOT, DemoSite, copy_database, server_errors
from load_visitors import Visitor

WORK = ROOT / "bench-results" / "loadtest"
TEMPLATE_URL = "postgres://postgres@127.0.0.1:5432/pasarkriya_load_template"
DATABASE_URL = "postgres://postgres@127.0.0.1:5432/pasarkriya_load"
REDIS_URL = "redis://127.0.0.1:6379/3"
PORTS = range(8700, 8800)
SCARCE_STOCK = 3
PLENTY = 10_000


def use_django(environment):
    """This process talks to the run's database through the ORM, with the server's settings."""
    os.environ.update(environment)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def stock_products(scarce_count):
    """Products sold from stock without variants: the first `scarce_count` get 3 pieces, the
    rest plenty. Returns {product id: (url path, stock)}."""
    from django.db import transaction
    from django.utils import translation

    from catalog.models import Product

    products = list(
        Product.objects.live()
        .filter(made_to_order=False, variants__isnull=True)
        .order_by("pk")[: scarce_count + 8]
    )
    if len(products) < scarce_count + 1:
        raise SystemExit("The demo has too few products sold from stock.")
    stock = {}
    with transaction.atomic(), translation.override("id"):
        for index, product in enumerate(products):
            product.stock = SCARCE_STOCK if index < scarce_count else PLENTY
            product.save(update_fields=["stock"])
            stock[product.pk] = (product.get_absolute_url(), product.stock)
    return stock


def run_visitors(base_url, products, duration, visitors, seed):
    """Visitors until the time is up; returns their records."""
    stop_at = time.monotonic() + duration
    records = {"requests": [], "orders": {}, "sold_out": 0, "errors": []}
    lock = threading.Lock()
    scarce = [pk for pk, (_path, stock) in products.items() if stock == SCARCE_STOCK]

    def visit(number):
        rng = random.Random(seed + number)  # nosec B311  # seeded visitor choices, not a secret
        while time.monotonic() < stop_at:
            visitor = Visitor(base_url, rng)
            try:
                if rng.random() < 0.3:
                    product_id = (
                        rng.choice(scarce) if rng.random() < 0.5 else rng.choice(list(products))
                    )
                    visitor.buy(product_id, products[product_id][0], rng.choice([1, 1, 2]))
                else:
                    visitor.browse(rng.choice([path for path, _stock in products.values()]))
            finally:
                with lock:
                    records["requests"].extend(visitor.requests)
                    records["orders"].update(visitor.orders)
                    records["sold_out"] += visitor.sold_out
                    records["errors"].extend(visitor.errors)

    threads = [threading.Thread(target=visit, args=(n,)) for n in range(visitors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return records


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] if ordered else 0


def print_figures(records, duration):
    by_kind = defaultdict(list)
    for kind, _status, seconds in records["requests"]:
        by_kind[kind].append(seconds)
    print(f"\n{'request':<18}{'count':>8}{'per s':>8}{'p50 ms':>9}{'p99 ms':>9}")
    for kind, seconds in sorted(by_kind.items()):
        print(
            f"{kind:<18}{len(seconds):>8}{len(seconds) / duration:>8.1f}"
            f"{percentile(seconds, 0.5) * 1000:>9.0f}{percentile(seconds, 0.99) * 1000:>9.0f}"
        )
    total = len(records["requests"])
    orders = len(records["orders"])
    print(f"{'all':<18}{total:>8}{total / duration:>8.1f}")
    print(
        f"\nOrders placed: {orders} ({orders / duration:.2f}/s); "
        f"checkouts refused as sold out: {records['sold_out']}"
    )


def check_database(products, records, started):
    """What the database holds after the run, against what the visitors were shown."""
    from django.db.models import Sum

    from catalog.models import Order, OrderLine, Product

    problems = []
    placed = Order.objects.filter(created_at__gte=started)
    shown = records["orders"]
    in_database = dict(placed.values_list("access_token", "number"))
    for token in set(shown) - set(in_database):
        problems.append(f"order shown to a visitor but not in the database: {shown[token]}")
    for token in set(in_database) - set(shown):
        problems.append(f"order in the database that no visitor was shown: {in_database[token]}")
    sold = dict(
        OrderLine.objects.filter(order__in=placed, stock_reserved=True)
        .values_list("product_id")
        .annotate(pieces=Sum("quantity"))
    )
    for product in Product.objects.filter(pk__in=products):
        initial = products[product.pk][1]
        if sold.get(product.pk, 0) > initial:
            problems.append(f"{product}: {sold[product.pk]} sold of {initial}")
        if product.stock != initial - sold.get(product.pk, 0):
            problems.append(
                f"{product}: stock {product.stock}, expected {initial} - "
                f"{sold.get(product.pk, 0)} sold"
            )
    scarce_sold = sum(
        pieces for pk, pieces in sold.items() if products.get(pk, (0, 0))[1] == SCARCE_STOCK
    )
    scarce_pieces = SCARCE_STOCK * sum(
        1 for _path, stock in products.values() if stock == SCARCE_STOCK
    )
    print(f"Scarce products: {scarce_sold} of their {scarce_pieces} pieces sold.")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=180, help="Seconds of load.")
    parser.add_argument("--visitors", type=int, default=12, help="Concurrent visitors.")
    parser.add_argument("--scarce", type=int, default=4, help="Products with 3 pieces.")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="Build the demo again.")
    arguments = parser.parse_args()

    static_root = Path(tempfile.mkdtemp(prefix="loadtest-static-"))
    template = DemoSite(WORK, static_root, database_url=TEMPLATE_URL)
    template.prepare(arguments.rebuild)
    copy_database(TEMPLATE_URL, DATABASE_URL)
    demo = DemoSite(WORK, static_root, database_url=DATABASE_URL)
    demo.environment.update(
        REDIS_URL=REDIS_URL,
        DJANGO_EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend",
    )
    use_django(demo.environment)
    from django.core.cache import cache
    from django.utils import timezone

    cache.clear()
    products = stock_products(arguments.scarce)
    log_path = WORK / "gunicorn.log"
    try:
        with demo.serving(PORTS, log_path) as base_url:
            print(
                f"{arguments.visitors} visitors for {arguments.duration} s "
                f"({len(products)} products, {arguments.scarce} of them with "
                f"{SCARCE_STOCK} pieces; checkouts pay by bank transfer)"
            )
            started = timezone.now()
            records = run_visitors(
                base_url, products, arguments.duration, arguments.visitors, arguments.seed
            )
    finally:
        shutil.rmtree(static_root, ignore_errors=True)
    print_figures(records, arguments.duration)
    problems = [f"error response: {error}" for error in records["errors"][:50]]
    problems += check_database(products, records, started)
    problems += [f"server log: {line}" for line in server_errors(log_path)[:20]]
    if problems:
        print("\nProblems:\n  " + "\n  ".join(problems))
        sys.exit(1)
    print("\nNo error response, no oversell, no lost order.")


if __name__ == "__main__":
    main()
