"""Who may list, create, edit, delete and approve products, through the artisans' shop and
the council's admin: every role against a product of artisan A."""

from django.urls import reverse

import pytest

from catalog.models import Product
from tests.catalog.factories import CategoryFactory, submitted_listing

from .accounts import artisan_account, buyer_account, editor_account

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "buyer", "artisan_a", "artisan_b", "editor", "admin"]
ALLOWED = {
    "list": {"artisan_a", "editor", "admin"},
    "create": {"artisan_a", "artisan_b", "editor", "admin"},
    "edit": {"artisan_a", "editor", "admin"},
    "delete": {"editor", "admin"},
    "approve": {"editor", "admin"},
}


@pytest.fixture
def world(django_user_model):
    user_a, artisan_a = artisan_account("artisan_a")
    user_b, _artisan_b = artisan_account("artisan_b")
    product = submitted_listing(artisan=artisan_a, name="Kain milik A")
    users = {
        "anonymous": None,
        "buyer": buyer_account(),
        "artisan_a": user_a,
        "artisan_b": user_b,
        "editor": editor_account(),
        "admin": django_user_model.objects.create_superuser("admin", "a@example.com", "x"),
    }
    return product, users


def admin_url(action, *args):
    return reverse(f"wagtailsnippets_catalog_product:{action}", args=args)


def can_list(client, product):
    shop = client.get(reverse("portal:my_listings"))
    admin = client.get(admin_url("list"))
    return any(r.status_code == 200 and product.name in r.content.decode() for r in (shop, admin))


def can_create(client, product):
    before = Product.objects.count()
    data = {"name": "Produk baru", "price": "50000", "stock": "1", "category": CategoryFactory().pk}
    from tests.catalog.test_portal import upload

    client.post(reverse("portal:listing_add"), {**data, "photos": [upload()]})
    return Product.objects.count() > before or client.get(admin_url("add")).status_code == 200


def can_edit(client, product):
    shop = client.get(reverse("portal:listing_edit", args=[product.pk]))
    admin = client.get(admin_url("edit", product.pk))
    return 200 in (shop.status_code, admin.status_code)


def can_delete(client, product):
    client.post(admin_url("delete", product.pk))
    return not Product.objects.filter(pk=product.pk).exists()


def can_approve(client, product):
    url = reverse("wagtail_bulk_action", args=["catalog", "product", "approve_listing"])
    client.post(f"{url}?id={product.pk}&next=/admin/")
    return Product.objects.get(pk=product.pk).live


CHECKS = {
    "list": can_list,
    "create": can_create,
    "edit": can_edit,
    "delete": can_delete,
    "approve": can_approve,
}


@pytest.mark.parametrize("action", list(CHECKS))
@pytest.mark.parametrize("role", ROLES)
def test_authorization_matrix(client, world, role, action):
    product, users = world
    if users[role] is not None:
        client.force_login(users[role])

    allowed = CHECKS[action](client, product)

    assert allowed == (role in ALLOWED[action])


def test_an_artisan_never_sees_another_artisans_listing(client, world):
    product, users = world
    client.force_login(users["artisan_b"])

    for url in (
        reverse("portal:listing_edit", args=[product.pk]),
        reverse("portal:listing_stock", args=[product.pk]),
        reverse("portal:listing_visibility", args=[product.pk]),
    ):
        assert client.post(url, {"action": "hide", f"p{product.pk}-stock": "0"}).status_code == 404
    assert Product.objects.get(pk=product.pk).stock == product.stock
