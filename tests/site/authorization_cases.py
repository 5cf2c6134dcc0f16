"""The rows of the authorization table: each URL of the site, who may use it, and how.

A row names a URL (as `reverse` knows it), builds its arguments from the world
(tests/site/authorization_world.py) and lists the roles allowed; every other role is refused:
sent to sign in when anonymous (on pages that need an account), else a 403, a 404 or Wagtail's
"no permission" redirect. A POST refused changes nothing (`fingerprint`).
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from artisans.models import Artisan, Association, Certification, RegistryImport, Technique
from catalog.models import (
    CartLine,
    Category,
    ExchangeRate,
    Fulfilment,
    Material,
    Order,
    OrderNote,
    OutgoingEmail,
    Payment,
    Product,
    ShippingZone,
)
from inquiries.models import Inquiry, InquiryMessage, SavedReply

from .authorization_world import ROLES

ANY = frozenset(ROLES)
NOBODY = frozenset()
ARTISANS = frozenset({"artisan_a", "artisan_b"})
OWNER = frozenset({"artisan_a"})  # artisan A owns every object of the world
COUNCIL = frozenset({"editor", "admin"})
ADMIN = frozenset({"admin"})
ADMIN_USERS = ARTISANS | COUNCIL  # Wagtail's access_admin (artisans keep their profile there)
BUYER = frozenset({"buyer"})

REFUSALS = frozenset({"login", "denied", "missing"})


def no_args(world):
    return ()


@dataclass(frozen=True)
class Case:
    name: str  # the URL's name, "namespace:name" (the key the coverage check looks for)
    allowed: frozenset
    args: Callable = no_args
    method: str = "GET"
    data: Callable | None = None  # the POST body, from the world
    query: str | Callable = ""  # a query string, or a function of the world giving it
    login: bool = True  # an anonymous visitor refused is sent to sign in (not a 404)
    follow: bool = False  # judge the page a redirect leads to (views that only redirect)
    refusals: frozenset = REFUSALS  # what a refused role may get
    secret: Callable | None = None  # text of the world only `sees` may read on the page
    sees: frozenset = NOBODY
    prepare: Callable | None = None  # a change to the world for this row (rolled back)
    settings: dict = field(default_factory=dict)
    label: str = ""
    path: str = ""  # for a URL without a name: its path

    @property
    def id(self):
        return "-".join(part for part in (self.name, self.label, self.method) if part)


def get(name, allowed, args=no_args, **options):
    return Case(name, frozenset(allowed), args, **options)


def post(name, allowed, args=no_args, data=None, **options):
    return Case(name, frozenset(allowed), args, "POST", data or (lambda world: {}), **options)


def both(name, allowed, args=no_args, data=None, **options):
    return [get(name, allowed, args, **options), post(name, allowed, args, data, **options)]


def pk(attribute):
    return lambda world: (getattr(world, attribute).pk,)


def token(attribute):
    return lambda world: (getattr(world, attribute).access_token,)


# Everything a refused POST could change, read before and after it.
WATCHED = [
    Artisan,
    Association,
    CartLine,
    Category,
    Certification,
    ExchangeRate,
    Fulfilment,
    Inquiry,
    InquiryMessage,
    Material,
    Order,
    OrderNote,
    OutgoingEmail,
    Payment,
    Product,
    RegistryImport,
    SavedReply,
    ShippingZone,
    Technique,
]


def fingerprint():
    return {model.__name__: list(model.objects.order_by("pk").values()) for model in WATCHED}


CARD_SETTINGS = {
    "STRIPE_SECRET_KEY": "sk_test_authz",
    "STRIPE_PUBLISHABLE_KEY": "pk_test_authz",
    "STRIPE_WEBHOOK_SECRET": "whsec_authz",
}


def abroad(world):
    Order.objects.filter(pk=world.order.pk).update(country="NL")


def listing_data(world):
    return {
        "name": "Kain diubah",
        "price": "60000",
        "stock": "3",
        "category": world.category.pk,
    }


PUBLIC = [
    get("search", ANY, query="?q=batik", login=False),
    get("robots_txt", ANY, login=False),
    get("sitemap.xml", ANY, login=False, path="/sitemap.xml"),
    get("sitemap", ANY, lambda world: ("products",), login=False),
    get("wagtail_serve", ANY, lambda world: ("",), login=False),
    post(
        "stripe_webhook",
        NOBODY,
        data=lambda world: {"type": "payment_intent.succeeded"},
        login=False,
        refusals=frozenset({"invalid"}),
        settings=CARD_SETTINGS,
    ),
    get("catalog:product_list", ANY, login=False),
    get("catalog:product_detail", ANY, lambda world: (world.product_a.slug,), login=False),
    get(
        "catalog:product_detail",
        NOBODY,
        lambda world: (world.listing_a.slug,),
        login=False,
        label="not-live",
    ),
    post("catalog:set_currency", ANY, data=lambda world: {"currency": "USD"}, login=False),
    get("cart:detail", ANY, login=False),
    post("cart:add", ANY, pk("product_a"), lambda world: {"quantity": 1}, login=False),
    post(
        "cart:add",
        NOBODY,
        pk("listing_a"),
        lambda world: {"quantity": 1},
        login=False,
        label="not-live",
    ),
    # Cart lines are numbered in sequence: a line of another session's cart is a 404.
    post(
        "cart:update_line",
        BUYER,
        pk("cart_line"),
        lambda world: {"remove": "1"},
        login=False,
        label="buyers-line",
    ),
    get("checkout:checkout", ANY, login=False),
    get("checkout:regions", ANY, query="?parent=35", login=False),
    get("checkout:delivery", ANY, login=False),
    get(
        "checkout:my_orders",
        ANY,
        login=False,
        secret=lambda world: world.order.number,
        sees=BUYER,
    ),
]

# An order's and an inquiry's pages are opened by their private link (a token nobody can guess:
# see test_authorization_table.py): whoever holds the link is its buyer.
PRIVATE_LINKS = [
    *both("checkout:order", ANY, token("order"), login=False),
    post("checkout:cancel", ANY, token("order"), login=False),
    post("checkout:card", ANY, token("order"), login=False, settings=CARD_SETTINGS),
    post("checkout:card_return", ANY, token("order"), login=False, settings=CARD_SETTINGS),
    get("checkout:receipt", ANY, token("order"), login=False),
    get("checkout:proforma", ANY, token("order"), login=False, prepare=abroad),
    get("inquiries:ask", ANY, query=lambda world: f"?product={world.product_a.pk}", login=False),
    *both("inquiries:thread", ANY, token("inquiry"), lambda w: {"body": "Baik."}, login=False),
    get("inquiries:accept", ANY, token("inquiry"), login=False),
]

# The artisan's shop ("my-shop/"): an account sees and changes only its artisans' things;
# anything else, by its sequential id, is a 404.
PORTAL = [
    get(
        "portal:my_listings",
        ARTISANS,
        secret=lambda world: world.product_a.name,
        sees=OWNER,
    ),
    *both("portal:listing_add", ARTISANS, data=listing_data),
    *both("portal:listing_edit", OWNER, pk("product_a"), listing_data),
    post(
        "portal:listing_stock",
        OWNER,
        pk("product_a"),
        lambda world: {f"p{world.product_a.pk}-stock": "1"},
    ),
    post("portal:listing_visibility", OWNER, pk("product_a"), lambda world: {"action": "hide"}),
    get(
        "portal:my_orders",
        ARTISANS,
        secret=lambda world: world.order.number,
        sees=OWNER,
    ),
    post(
        "portal:fulfilment_step",
        OWNER,
        pk("part_a"),
        lambda world: {
            f"f{world.part_a.pk}-step": "shipped",
            f"f{world.part_a.pk}-courier": "JNE",
            f"f{world.part_a.pk}-tracking_number": "JNE123",
        },
    ),
    get(
        "inquiries_artisan_list",
        ARTISANS,
        secret=lambda world: world.inquiry.name,
        sees=OWNER,
    ),
    *both("inquiries_artisan_thread", OWNER, pk("inquiry"), lambda w: {"body": "Bisa."}),
    *both(
        "inquiries_artisan_quote",
        OWNER,
        pk("inquiry"),
        lambda world: {"amount": "5000000", "currency": "IDR", "valid_until": "2099-01-01"},
    ),
    *both("inquiries_artisan_close", OWNER, pk("inquiry")),
    get(
        "inquiries_saved_replies",
        ARTISANS,
        secret=lambda world: world.saved_reply_a.title,
        sees=OWNER,
    ),
    *both(
        "inquiries_saved_reply_add",
        ARTISANS,
        data=lambda world: {"title": "Baru", "body": "Terima kasih."},
    ),
    *both(
        "inquiries_saved_reply_edit",
        OWNER,
        pk("saved_reply_a"),
        lambda world: {"title": "Diubah", "body": "Terima kasih."},
    ),
    *both("inquiries_saved_reply_delete", OWNER, pk("saved_reply_a")),
    # The council's own saved replies are not an artisan's to change.
    *both(
        "inquiries_saved_reply_edit",
        NOBODY,
        pk("council_reply"),
        lambda world: {"title": "Diubah", "body": "Terima kasih."},
        label="council's",
    ),
]


def guest_key(world):
    from privacy.links import make_token

    return (make_token(world.order.email),)


SIGNED_IN = ANY - {"anonymous"}

# Signing in and out, resetting a password (home/account_urls.py): open to everyone.
ACCOUNTS = [
    get("login", ANY, login=False),
    post("logout", ANY, login=False),
    *both("password_reset", ANY, data=lambda world: {"email": "rina@example.com"}, login=False),
    get("password_reset_done", ANY, login=False),
    get("password_reset_complete", ANY, login=False),
    get("password_reset_confirm", ANY, lambda world: ("MQ", "not-a-token"), login=False),
]

# A buyer's own data (privacy/): an account's through its session, a guest's by a signed link
# mailed to them or from the order's private link.
PRIVACY = [
    get("privacy:overview", ANY, login=False),
    get(
        "privacy:export",
        SIGNED_IN,
        secret=lambda world: world.order.number,
        sees=BUYER,
    ),
    post("privacy:erase", SIGNED_IN, data=lambda world: {"confirm": "on"}),
    get("privacy:guest", ANY, guest_key, login=False),
    get(
        "privacy:guest_export",
        ANY,
        guest_key,
        login=False,
        secret=lambda world: (
            world.inquiry.message
        ),  # a guest's inquiry (the order is the account's)
        sees=ANY,
    ),
    post("privacy:order_link", ANY, token("order"), login=False),
]
