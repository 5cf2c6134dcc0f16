"""localstripe, a stateful fake Stripe server from PyPI, for the tests: the real `stripe` library
talks to it over HTTP, it signs its webhooks like Stripe and serves a Stripe.js stand-in.

The test session starts one server in a subprocess on a free 127.0.0.1 port (the parent binds
the socket and hands it over, so no other process can take the port in between), waits until it
answers, and stops it at the end. Each test that uses it starts from an empty server.

localstripe keeps its objects in memory and, as shipped, also pickles all of them to the fixed
file /tmp/localstripe.pickle on every change (shared by every run on the machine, and ever
slower as objects pile up): the subprocess here turns that off. Its own command line listens on
every interface; this one only on 127.0.0.1.

Run as `python -m tests.catalog.stripe_server <fd>` by `running_localstripe`, not by hand.
"""

import importlib.util
import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_SECONDS = 30
STOP_TIMEOUT_SECONDS = 10
# localstripe accepts any key that starts with sk_ / pk_.
SECRET_KEY = "sk_test_pasarkriya"
PUBLISHABLE_KEY = "pk_test_pasarkriya"
WEBHOOK_SECRET = "whsec_test_pasarkriya"
# One webhook registration, replaced by each test that registers one: localstripe cannot forget
# a webhook, so a test never leaves a second one behind to post to a closed port.
WEBHOOK_ID = "pasar-kriya"

# Requests to 127.0.0.1 never go through a proxy from the environment.
_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class LocalStripe:
    """A running localstripe: its address, and its configuration endpoints."""

    def __init__(self, url, process, log_path):
        self.url = url
        self.process = process
        self.log_path = log_path

    @property
    def api_base(self):
        return self.url

    @property
    def js_url(self):
        return f"{self.url}/js.stripe.com/v3/"

    def _request(self, method, path, data=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(f"{self.url}{path}", data=body, method=method)
        with _opener.open(request, timeout=10) as response:
            return response.status, response.read()

    def register_webhook(self, url, secret=WEBHOOK_SECRET, events=None):
        """Have localstripe post its events to `url`, signed with `secret` (every event type
        unless `events` lists some). Replaces the webhook an earlier test registered."""
        data = {"url": url, "secret": secret}
        if events:
            data["events[]"] = list(events)
        self._request("POST", f"/_config/webhooks/{WEBHOOK_ID}", data)

    def flush(self):
        """Forget every object (PaymentIntents, customers, events...)."""
        self._request("DELETE", "/_config/data")

    def log(self):
        """What the server wrote (its access log and webhook deliveries), to explain a failure."""
        return self.log_path.read_text(errors="replace")


def _answers(url):
    request = urllib.request.Request(
        f"{url}/v1/payment_intents", headers={"Authorization": f"Bearer {SECRET_KEY}"}
    )
    try:
        with _opener.open(request, timeout=2) as response:
            json.load(response)
            return response.status == 200
    except OSError:
        return False


def running_localstripe(folder):
    """Start localstripe, yield a `LocalStripe` once it answers, stop it afterwards.

    Skipped with the reason when localstripe is not installed (a failure on CI)."""
    # Imported here: the subprocess runs this module without Django set up.
    from tests.conftest import needs_service

    needs_service(
        "localstripe",
        importlib.util.find_spec("localstripe") is not None,
        "the dev dependency is not installed (make install-dev)",
    )
    yield from serving_localstripe(folder)


def serving_localstripe(folder):
    """localstripe in a subprocess on a free 127.0.0.1 port, for tests and `make prod-local`
    alike: yields a `LocalStripe` once it answers, stops it afterwards."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    log_path = Path(folder) / "localstripe.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.catalog.stripe_server", str(listener.fileno())],
            cwd=ROOT,
            pass_fds=(listener.fileno(),),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    listener.close()  # the subprocess has its own copy
    server = LocalStripe(url, process, log_path)
    try:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not _answers(url):
            if process.poll() is not None:
                raise RuntimeError(f"localstripe exited with {process.returncode}:\n{server.log()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"localstripe did not answer at {url}:\n{server.log()}")
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def localstripe_for_test(server, settings):
    """An empty localstripe, with the site's Stripe settings pointing at it."""
    server.flush()
    settings.STRIPE_SECRET_KEY = SECRET_KEY
    settings.STRIPE_PUBLISHABLE_KEY = PUBLISHABLE_KEY
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.STRIPE_API_BASE = server.api_base
    settings.STRIPE_JS_URL = server.js_url
    yield server


def serve(fd):
    """The subprocess: localstripe's app on the socket `fd`, its objects in memory only."""
    import logging

    from aiohttp import web
    from localstripe.resources import store
    from localstripe.server import app

    store.dump_to_disk = lambda: None
    # Webhook deliveries and requests are logged at INFO: they end up in the log file.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    web.run_app(app, sock=socket.socket(fileno=fd), print=None)


if __name__ == "__main__":
    serve(int(sys.argv[1]))
