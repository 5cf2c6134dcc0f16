"""The visitors of the load test (scripts/loadtest.py): plain HTTP with cookies, as a browser
without JavaScript would send it, so every form is the server-rendered one."""

import html
import http.cookiejar
import re
import time
import urllib.error
import urllib.parse
import urllib.request

CHECKOUT_DETAILS = {
    "name": "Rina Wulandari",
    "email": "rina@example.com",
    "phone": "0812 3456 7890",
    "country": "ID",
    "province_code": "35",
    "regency_code": "35.22",
    "district_code": "35.22.01",
    "village_code": "35.22.01.2001",
    "street": "Jl. Diponegoro 12, RT 02/RW 03",
    "postal_code": "62165",
    "payment_method": "bank_transfer",
}
BROWSING = [
    ("home", "/id/"),
    ("list", "/id/katalog/"),
    ("list filtered", "/id/katalog/?sort=cheapest&in_stock=on"),
    ("list searched", "/id/katalog/?q=batik"),
    ("search", "/id/cari/?q=batik"),
]
# Statuses a step may answer with; anything else is an error of the run.
EXPECTED = {200, 301, 302}


class BehindTls(http.cookiejar.DefaultCookiePolicy):
    """The site believes it is reached over HTTPS (the load test says so, as the proxy in front
    of production would), so its cookies are Secure: send them back over the loopback anyway."""

    def return_ok_secure(self, cookie, request):
        return True


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Visitor:
    """One person with their own cookies; records each request (kind, status, seconds)."""

    def __init__(self, base_url, rng, tls_context=None):
        self.base_url = base_url
        self.rng = rng
        self.cookies = http.cookiejar.CookieJar(policy=BehindTls())
        handlers = [urllib.request.HTTPCookieProcessor(self.cookies), NoRedirects]
        if tls_context is not None:  # real HTTPS (make prod-local), with the run's certificate
            handlers.append(urllib.request.HTTPSHandler(context=tls_context))
        self.opener = urllib.request.build_opener(*handlers)
        self.requests = []
        self.orders = {}
        self.sold_out = 0
        self.errors = []

    def request(self, kind, path, data=None):
        """(status, location, body) of one request; statuses outside EXPECTED are errors."""
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base_url + path, data=body)
        # As nginx terminating TLS in front of gunicorn would say; the CSRF check then wants
        # an https Referer from this site, as a browser sends.
        request.add_header("X-Forwarded-Proto", "https")
        if data is not None:
            https_url = self.base_url.replace("http://", "https://", 1)
            request.add_header("Referer", https_url + path)
        started = time.monotonic()
        try:
            with self.opener.open(request, timeout=60) as response:
                status, headers, content = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, headers, content = error.code, error.headers, error.read()
        except OSError as error:
            self.errors.append(f"{kind} {path}: {error}")
            return 0, "", ""
        self.requests.append((kind, status, time.monotonic() - started))
        if status not in EXPECTED:
            self.errors.append(f"{kind} {path}: {status}")
        return status, headers.get("Location", ""), content.decode("utf-8", "replace")

    def csrf_token(self):
        return next((c.value for c in self.cookies if c.name == "csrftoken"), "")

    def browse(self, product_path):
        for kind, path in self.rng.sample(BROWSING, 3):
            self.request(kind, path)
        self.request("product", product_path)

    def buy(self, product_id, product_path, quantity, payment_method="bank_transfer"):
        """Product page, add to cart, checkout (asking for the delivery options first, as the
        form does without JavaScript), then the order page."""
        status, _location, page = self.request("product", product_path)
        if status != 200:
            return
        form = re.search(r'<form class="add-to-cart" method="post" action="([^"]+)"', page)
        if not form:  # sold out meanwhile: the page offers no cart
            self.sold_out += 1
            return
        # No CSRF token in this form (the page is the same for everybody): the site checks
        # that the form comes from itself, by the Referer `request` sends.
        status, location, _ = self.request(
            "cart add", html.unescape(form[1]), {"quantity": quantity}
        )
        if not location.endswith(("/keranjang/", "/cart/")):
            self.sold_out += 1  # refused back to the product page
            return
        checkout = location.replace("keranjang/", "checkout/").replace("cart/", "checkout/")
        status, _location, page = self.request("checkout page", checkout)
        details = {
            **CHECKOUT_DETAILS,
            "payment_method": payment_method,
            "csrfmiddlewaretoken": self.csrf_token() or hidden_csrf(page),
        }
        status, _location, page = self.request("checkout form", checkout, details)
        options = re.findall(r'name="delivery" value="([^"]+)"', page)
        if status != 200 or not options:
            self.errors.append(f"checkout form without delivery options ({status})")
            return
        status, location, _ = self.request(
            "checkout place", checkout, {**details, "delivery": html.unescape(options[0])}
        )
        match = re.search(r"/pesanan/([^/]+)/$", location)
        if status == 302 and match:
            self.request("order page", location)
            self.orders[match[1]] = location
        elif status == 302:
            self.sold_out += 1  # the last pieces went to someone else: back to the cart
        else:
            self.errors.append(f"checkout not placed ({status})")


def hidden_csrf(page):
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    return match[1] if match else ""
