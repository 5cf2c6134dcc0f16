"""In real Chromium, with the Content-Security-Policy on: a buyer's way from the home page to a
card payment through localstripe's Stripe.js stand-in, and an editor in Wagtail's page editor
(preview and checks panels, a chooser, a date picker), without one violation of the policy.

Chromium reports each blocked script, style, frame or connection in the console ("...violates
the following Content Security Policy directive...") and with a `securitypolicyviolation` event:
both are collected, and the last step of the buyer's test shows that an inline script is caught.
"""

from django.urls import reverse

import pytest

from catalog.models import Order
from tests.catalog import conftest as catalog_fixtures
from tests.catalog.browsing import PHONE, in_database, sign_in
from tests.catalog.order_browsing import add_to_cart, fill_address
from tests.catalog.test_browser_card import what_stripe_js_does_with_the_card
from tests.home.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# The catalog's browser, localstripe and shop fixtures (tests/catalog/conftest.py).
browser = catalog_fixtures.browser
localstripe_server = catalog_fixtures.localstripe_server
localstripe = catalog_fixtures.localstripe
market = catalog_fixtures.market

LISTEN = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(
    `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`
  );
});
"""
COLLECT = "() => window.cspViolations || []"


class Violations:
    """Every violation a page reports, from the console and from the page's own listener."""

    def __init__(self, page):
        self.page = page
        self.found = []
        page.context.add_init_script(LISTEN)
        page.on("console", self._console)

    def _console(self, message):
        text = message.text
        if "Content Security Policy" in text or "Permissions-Policy" in text:
            self.found.append(f"{self.page.url}: {text}")

    def collect(self):
        """Read the listener's list in every frame (before the page goes away)."""
        for frame in self.page.frames:
            try:
                self.found += [f"{frame.url}: {item}" for item in frame.evaluate(COLLECT)]
            except Exception:  # a frame gone or from another origin (Stripe's)
                continue
        self.page.evaluate("() => { window.cspViolations = []; }")

    def visit(self, url):
        self.collect()
        self.page.goto(url)
        self.page.wait_for_load_state("networkidle")


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def test_a_buyer_meets_no_policy_violation_on_the_way_to_a_card_payment(
    market, browser, live_server, localstripe, page_cache_on
):
    cloth, _ledre = market["products"]
    buyer = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    violations = Violations(buyer)
    for url in ("/id/", "/id/", reverse("catalog:product_list"), cloth.get_absolute_url()):
        violations.visit(f"{live_server.url}{url}")
    violations.collect()
    add_to_cart(buyer, live_server, cloth, 1)
    violations.visit(f"{live_server.url}{reverse('cart:detail')}")
    violations.visit(f"{live_server.url}{reverse('checkout:checkout')}")
    fill_address(buyer)
    by_jne = f"input[name=delivery][value^='{market['delivery']}@']"
    buyer.wait_for_selector(by_jne)
    buyer.check(by_jne)
    buyer.check("input[name=payment_method][value=card]")
    violations.collect()
    with buyer.expect_navigation():
        buyer.click("button.portal-form__submit")

    # The order's payment page: Stripe.js from localstripe mounts its card form, and the
    # payment goes through (Stripe.js asks localstripe's API for the intent).
    buyer.wait_for_selector("[data-card-element] input[placeholder=number]")
    payment = in_database(lambda: Order.objects.get().payments.get())
    what_stripe_js_does_with_the_card(payment)
    for field, value in (("number", "4000002760003184"), ("exp_month", "12"), ("exp_year", "30")):
        buyer.fill(f"[data-card-element] input[placeholder={field}]", value)
    buyer.fill("[data-card-element] input[placeholder=cvc]", "123")
    violations.collect()
    buyer.click("[data-card-submit]")
    with buyer.expect_navigation():
        buyer.click("text=Complete authentication")
    buyer.wait_for_load_state("networkidle")
    violations.collect()

    assert "Sudah dibayar" in buyer.inner_text("h1 + .lead")
    assert violations.found == []
    # The watch works: an inline script put in the page is refused and reported.
    buyer.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.inlineRan = true'; document.body.append(s); }"
    )
    buyer.wait_for_timeout(200)
    violations.collect()
    assert buyer.evaluate("() => window.inlineRan") is None
    assert any("script-src" in found for found in violations.found)


@pytest.fixture
def story(home_page):
    return StoryPageFactory(parent=StoryIndexPageFactory(parent=home_page))


def test_an_editor_meets_no_policy_violation_in_the_page_editor(
    market, story, browser, live_server
):
    desk = browser.new_page(viewport={"width": 1400, "height": 900})
    violations = Violations(desk)
    edit = reverse("wagtailadmin_pages:edit", args=[story.pk])
    sign_in(desk, live_server, market["editor"].username, edit)
    desk.wait_for_load_state("networkidle")

    desk.click("button[data-side-panel-toggle='preview']")
    # The preview, once loaded, takes the placeholder's id.
    desk.wait_for_selector("#w-preview-iframe[src*=preview]", state="attached")
    desk.frame_locator("#w-preview-iframe").locator("main").wait_for(state="attached")
    desk.click("button[data-side-panel-toggle='checks']")
    desk.wait_for_selector("[data-side-panel='checks']", state="visible")
    desk.wait_for_timeout(1500)  # the accessibility checks run in the preview
    pickers = desk.locator(".xdsoft_datetimepicker").count()  # made by the widgets' inline scripts
    # "Choose another image" sits in a menu: its button is clicked as the menu would.
    desk.locator("#id_image-chooser [data-chooser-action-choose]").first.dispatch_event("click")
    desk.wait_for_selector(".modal-content form, .modal-content .listing", state="attached")
    violations.collect()

    assert desk.url.endswith(edit)
    assert pickers >= 2  # the story's date and the go-live and expiry dates
    assert violations.found == []
