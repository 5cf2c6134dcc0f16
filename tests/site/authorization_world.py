"""The people and things of the authorization table, built once per test module.

Artisan A owns a live listing, a quote request, a saved reply, a certificate and the paid part of
the buyer's order; artisan B owns a listing of its own; the council (editor, admin) owns nothing.
`open_world` keeps everything in one transaction rolled back when the module ends; each test runs
in a savepoint inside it (pytest-django's `db`), so a change a test makes is gone for the next.
"""

import contextlib
from dataclasses import dataclass, field
from io import BytesIO

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import override_settings

from wagtail.models import Locale, Page, Site

from PIL import Image

from artisans.models import Association, Certification, RegistryImport
from catalog.cart.services import add_to_cart
from catalog.checkout.services import place_order
from catalog.models import Cart, Material, OutgoingEmail, Product
from catalog.payments.bank_transfer import bank_transfer
from inquiries.models import InquiryKind
from inquiries.services import submit_inquiry
from tests.artisans.factories import TechniqueFactory
from tests.catalog.accounts import artisan_account, buyer_account, editor_account
from tests.catalog.factories import (
    CategoryFactory,
    ExchangeRateFactory,
    ProductFactory,
    ShippingZoneFactory,
    submitted_listing,
)
from tests.home.factories import HomePageFactory
from tests.inquiries.factories import SavedReplyFactory

ROLES = ("anonymous", "buyer", "artisan_a", "artisan_b", "editor", "admin")
BUYER = {"name": "Rina", "email": "rina@example.com", "phone": "081234567890"}


@dataclass
class World:
    users: dict
    objects: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.__dict__["objects"][name]
        except KeyError:
            raise AttributeError(name) from None


def png(name="bukti.png"):
    buffer = BytesIO()
    Image.new("RGB", (30, 20), (250, 240, 230)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), "image/png")


def home_site():
    """The Indonesian home page as the root of the default site (tests/conftest.py's
    home_page, which is function-scoped)."""
    Locale.objects.get_or_create(language_code="en")
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="beranda")
    site = Site.objects.get(is_default_site=True)
    old_root = site.root_page
    site.root_page, site.hostname = home, "testserver"
    site.save()
    old_root.delete()
    return home


def paid_order(buyer, product):
    """The buyer's order of one piece of `product`, its transfer proof sent and confirmed."""
    cart = Cart.objects.create(user=buyer)
    add_to_cart(cart, product, None, 1)
    order = place_order(cart, buyer=buyer, delivery="pickup", **BUYER)
    payment = bank_transfer.start(order)
    bank_transfer.submit_proof(payment, png())
    editor = get_user_model().objects.get(username="editor")
    bank_transfer.confirm(payment, editor)
    order.refresh_from_db()
    payment.refresh_from_db()
    return order, payment


def build_world():
    user_model = get_user_model()
    user_a, artisan_a = artisan_account("artisan_a")
    user_b, artisan_b = artisan_account("artisan_b")
    users = {
        "anonymous": None,
        "buyer": buyer_account(),
        "artisan_a": user_a,
        "artisan_b": user_b,
        "editor": editor_account(),
        "admin": user_model.objects.create_superuser("admin", "admin@example.com", "x"),
    }
    world = World(users)
    objects = world.objects
    objects["home"] = home_site()
    objects["site"] = Site.objects.get(is_default_site=True)
    objects["artisan_a"], objects["artisan_b"] = artisan_a, artisan_b
    objects["product_a"] = ProductFactory(artisan=artisan_a, name="Kain milik A", stock=5)
    objects["listing_a"] = submitted_listing(artisan=artisan_a, name="Kain baru milik A")
    objects["product_b"] = ProductFactory(artisan=artisan_b, name="Kain milik B", stock=5)
    objects["order"], objects["payment"] = paid_order(users["buyer"], world.product_a)
    objects["part_a"] = world.order.fulfilments.get(artisan=artisan_a)
    # The buyer's next cart, with a line no other session may change.
    cart = Cart.objects.create(user=users["buyer"])
    add_to_cart(cart, world.product_b, None, 1)
    objects["cart_line"] = cart.lines.get()
    objects["inquiry"] = submit_inquiry(
        kind=InquiryKind.QUOTE,
        message="Berapa harga 50 lembar?",
        language="id",
        product=world.product_a,
        quantity=50,
        name=BUYER["name"],
        email=BUYER["email"],
    )
    objects["saved_reply_a"] = SavedReplyFactory(artisan=artisan_a, title="Balasan milik A")
    objects["council_reply"] = SavedReplyFactory(title="Balasan Dekranasda")
    certification = Certification(artisan=artisan_a, kind="pirt", number="P-IRT 1")
    certification.evidence.save("sertifikat.pdf", ContentFile(b"%PDF-1.4 bukti"), save=True)
    objects["certification"] = certification
    objects["registry_import"] = RegistryImport.objects.create(
        file_name="registri.xlsx", uploaded_by=users["editor"]
    )
    objects["email"] = OutgoingEmail.objects.filter(order=world.order).first()
    objects["category"] = world.product_a.category
    objects["material"] = Material.objects.create(name="Katun", name_en="Cotton", slug="katun")
    objects["technique"] = TechniqueFactory()
    objects["association"] = Association.objects.create(name="Paguyuban Batik")
    objects["rate"] = ExchangeRateFactory()
    objects["zone"] = ShippingZoneFactory()
    objects["new_category"] = CategoryFactory()
    assert objects["email"] is not None, "placing the order sends the buyer an email"
    assert Product.objects.filter(pk=world.product_a.pk, live=True).exists()
    return world


@contextlib.contextmanager
def open_world(django_db_blocker, media_root):
    """The world, in a transaction rolled back on exit, files under `media_root`."""
    media = override_settings(
        MEDIA_ROOT=str(media_root / "media"), PRIVATE_MEDIA_ROOT=str(media_root / "private")
    )
    with django_db_blocker.unblock(), media, transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)
