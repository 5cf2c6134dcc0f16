"""The smoke test of `make prod-local`: a buyer's walk through the whole stack (nginx, two
gunicorns, the worker, PostgreSQL, Redis, localstripe), each step checked from outside (what
the buyer gets) and inside (what the database holds). Prints one line per check."""

import json
import os
import random
import re
import ssl
import time
import urllib.error
import urllib.request

from load_visitors import Visitor, hidden_csrf

WAIT_SECONDS = 30
VISA = {"number": "4242424242424242", "exp_month": 12, "exp_year": 2030, "cvc": "123"}


class Checks:
    def __init__(self):
        self.failed = []

    def __call__(self, name, passed, detail=""):
        print(f"  {'ok  ' if passed else 'FAIL'} {name}{f' ({detail})' if detail else ''}")
        if not passed:
            self.failed.append(name)
        return passed


def fetch(url, context, headers=None):
    """(status, headers, body) of a GET without cookies, as a first-time visitor."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30, context=context) as answer:  # nosec B310
            return answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def eventually(condition, seconds=WAIT_SECONDS):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return condition()


def run_smoke(base_url, internal_url, environment, certificate, work):
    """Walk through the stack; True when every check passed."""
    os.environ.update(environment)
    import django

    django.setup()
    from django.db import close_old_connections

    from wagtail.contrib.frontend_cache.utils import purge_url_from_cache

    from catalog.models import Order, OrderStatus, OutgoingEmail, PaymentEvent
    from catalog.payments.stripe_client import stripe_client
    from inquiries.models import Inquiry

    context = ssl.create_default_context(cafile=str(certificate))
    check = Checks()
    started = time.monotonic()
    # What nginx logged while the stack was starting (a 502 before both app servers answer)
    # is not the walk's.
    log_start = (work / "nginx-access.log").stat().st_size
    emails_before = set(OutgoingEmail.objects.values_list("pk", flat=True))
    print(f"Smoke test against {base_url}")

    def healthy():
        status, _headers, body = fetch(f"{internal_url}/health/", None)
        return status == 200 and json.loads(body)["status"] == "ok"

    # The demo's copy may hold tasks queued when it was built: "degraded" until the worker
    # has caught up with them.
    check("health check answers ok", eventually(healthy, seconds=120))
    check(
        "no health check over the public HTTPS port",
        fetch(f"{base_url}/health/", context)[0] == 404,
    )

    status, headers, _ = fetch(f"{base_url}/id/", context, {"Accept-Encoding": "gzip"})
    compressed = headers.get("Content-Encoding") == "gzip"
    check("home page over HTTPS, compressed", status == 200 and compressed)
    status, _headers, page = fetch(f"{base_url}/id/katalog/", context)
    page = page.decode()
    products = re.findall(r'href="(/id/katalog/[a-z0-9-]+/)"', page)
    check("catalog lists products", status == 200 and bool(products), f"{len(products)} links")
    stylesheet = re.search(r'<link[^>]+href="(/static/[^"]+\.css)"', page)
    status, headers, _ = fetch(f"{base_url}{stylesheet[1]}", context, {"Accept-Encoding": "gzip"})
    check(
        "static file from nginx: immutable, compressed",
        status == 200
        and "immutable" in headers.get("Cache-Control", "")
        and headers.get("Content-Encoding") == "gzip",
    )
    photo = re.search(r'(?:src|srcset)="(/media/[^" ]+)', page)
    status, headers, _ = fetch(f"{base_url}{photo[1]}", context)
    check(
        "photo from nginx: image type, nosniff, sandboxed",
        status == 200
        and headers["Content-Type"].startswith("image/")
        and headers.get("X-Content-Type-Options") == "nosniff"
        and "sandbox" in headers.get("Content-Security-Policy", ""),
    )
    status, _headers, _ = fetch(f"{base_url}/media/documents/anything.pdf", context)
    check("documents are not served from the media folder", status == 404)

    # The front-end cache: kept for visitors without a session, purged when a product changes.
    fetch(f"{base_url}/id/", context)
    _status, headers, _ = fetch(f"{base_url}/id/", context)
    check("home page served from nginx's cache", headers.get("X-Cache-Status") == "HIT")
    # Another port in the Host header: the site writes it into the page's links, so that copy
    # must stay that Host's own.
    fetch(f"{base_url}/en/", context, {"Host": "127.0.0.1:9"})
    _status, _headers, page = fetch(f"{base_url}/en/", context)
    check("a forged Host does not change the kept page", b"127.0.0.1:9/" not in page)
    # A kept address with an encoded character (as a slug with an accent has) is purged too.
    encoded = "/en/%61bout-us/"
    fetch(f"{base_url}{encoded}", context)
    kept = fetch(f"{base_url}{encoded}", context)[1].get("X-Cache-Status") == "HIT"
    purge_url_from_cache(f"{base_url}{encoded}")
    check(
        "a page at an encoded address is purged",
        kept
        and eventually(
            lambda: fetch(f"{base_url}{encoded}", context)[1].get("X-Cache-Status") != "HIT"
        ),
    )

    product_path = products[0]
    slug = product_path.rstrip("/").rsplit("/", 1)[1]
    from catalog.models import Product

    product = Product.objects.get(slug=slug)
    product.save()  # as an artisan's edit would
    check(
        "a product saved: the worker purges the kept home page",
        eventually(lambda: fetch(f"{base_url}/id/", context)[1].get("X-Cache-Status") != "HIT"),
    )

    # An inquiry to the maker.
    buyer = Visitor(base_url, random.Random(7), tls_context=context)  # nosec B311  # not a secret
    status, _location, form = buyer.request("ask", f"/id/tanya/?product={product.pk}")
    inquiries_before = Inquiry.objects.count()
    status, location, _ = buyer.request(
        "ask send",
        f"/id/tanya/?product={product.pk}",
        {
            "csrfmiddlewaretoken": buyer.csrf_token() or hidden_csrf(form),
            "kind": "question",
            "product": product.pk,
            "name": "Rina Wulandari",
            "email": "rina@example.com",
            "message": "Apakah kain ini bisa dipesan dengan warna biru?",
        },
    )
    check(
        "inquiry sent and kept",
        status == 302 and Inquiry.objects.count() == inquiries_before + 1,
        f"{status} {location}",
    )

    check_registry_import(check)

    # A card checkout through localstripe; the payment confirmed as Stripe.js would.
    buyer.buy(product.pk, product_path, 1, payment_method="card")
    check("order placed by card", len(buyer.orders) == 1 and not buyer.errors, str(buyer.errors))
    if buyer.orders:
        token = next(iter(buyer.orders))
        order = Order.objects.get(access_token=token)
        payment = order.payments.get()
        # What Stripe.js does with the card the buyer types on the order page.
        client = stripe_client()
        card = client.v1.payment_methods.create(params={"type": "card", "card": VISA})
        client.v1.payment_intents.update(
            payment.provider_reference, params={"payment_method": card.id}
        )
        intent = client.v1.payment_intents.confirm(payment.provider_reference)
        check("localstripe took the card", intent.status == "succeeded")

        def paid():
            close_old_connections()
            return Order.objects.get(pk=order.pk).status == OrderStatus.PAID

        check("webhook through nginx marked the order paid", eventually(paid))
        check(
            "the signed event was recorded once",
            PaymentEvent.objects.filter(event_id__startswith="evt_", payment=payment).count() == 1,
        )
        _status, _location, page = buyer.request("order page", buyer.orders[token])
        check("the buyer's order page says paid", "Sudah dibayar" in page)

    new_emails = OutgoingEmail.objects.exclude(pk__in=emails_before)

    def all_sent():
        close_old_connections()
        return new_emails.exists() and not new_emails.exclude(status="sent").exists()

    check(
        "every email queued on the way was sent by the worker",
        eventually(all_sent),
        ", ".join(sorted(new_emails.values_list("kind", flat=True))),
    )
    access_log = (work / "nginx-access.log").read_bytes()[log_start:].decode()
    server_errors = [line for line in access_log.splitlines() if re.search(r" [A-Z]+ 5\d\d ", line)]
    check("no server error in nginx's log", not server_errors, "; ".join(server_errors[:3]))
    print(
        f"{'PASSED' if not check.failed else 'FAILED: ' + ', '.join(check.failed)}"
        f" in {time.monotonic() - started:.0f} s"
    )
    return not check.failed


def check_registry_import(check):
    """An editor's registry sheet, previewed and confirmed as the admin does it: the confirmation
    only queues the import, and the worker writes the row."""
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import close_old_connections

    from artisans.models import Artisan, ImportStatus, RegistryImport
    from artisans.registry_import.services import confirm_import, preview_import
    from home.models import CouncilSettings

    council = CouncilSettings.objects.first()
    editor = get_user_model().objects.get(username="editor")
    nib = f"91{random.randrange(10**10, 10**11)}"  # nosec B311  # not a secret
    sheet = "Nama Usaha;Nama Pemilik;NIB;Sektor;Kecamatan\n"
    sheet += f"Batik Uji Asap;Sri Lestari;{nib};Batik;Dander\n"
    upload = SimpleUploadedFile("ikm-uji.csv", sheet.encode())
    record = preview_import(upload, editor, council.regency_code)
    confirmed = confirm_import(record, editor, council.regency_code)

    def imported():
        close_old_connections()
        return RegistryImport.objects.get(pk=record.pk).status == ImportStatus.APPLIED

    check(
        "a confirmed registry import is written by the worker",
        confirmed and eventually(imported) and Artisan.objects.filter(nib=nib).exists(),
        RegistryImport.objects.get(pk=record.pk).get_status_display(),
    )
