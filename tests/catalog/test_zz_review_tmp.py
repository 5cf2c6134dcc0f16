from django.urls import reverse
import pytest
from catalog.listings import send_back_listing
from catalog.models import Product
from tests.catalog.factories import ProductFactory
from .accounts import artisan_account

pytestmark = pytest.mark.django_db


def test_hide_one_way(client):
    user, artisan = artisan_account("sri")
    client.force_login(user)
    product = ProductFactory(artisan=artisan)
    product.save_revision().publish()
    data = {"name": "Baru", "price": "150000", "stock": "5", "category": product.category_id}
    client.post(reverse("portal:listing_edit", args=[product.pk]), data)
    send_back_listing(Product.objects.get(pk=product.pk), None, "Foto buram")
    url = reverse("portal:listing_visibility", args=[product.pk])
    client.post(url, {"action": "hide"})
    page = client.get(reverse("portal:my_listings")).content.decode()
    client.post(url, {"action": "show"})
    p = Product.objects.get(pk=product.pk)
    print("LIVE", p.live, p.listing_status, "show button:", 'value="show"' in page)
    r = client.post(reverse("catalog:set_currency"), {"currency": "USD", "next": "//evil.example/"})
    print("REDIRECT", r["Location"])
