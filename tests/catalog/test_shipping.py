"""Shipping: zones and weight bands kept by editors, one parcel per artisan, volumetric
weight, pickup at the gallery, and addresses in Indonesia (Kemendagri codes) or abroad."""

import re

from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

from catalog.cart.services import CartContents, add_to_cart
from catalog.models import Cart, DeliveryMethod, Order, ShippingScope
from catalog.shipping.quotes import Destination, shipping_options
from tests.catalog.accounts import editor_account
from tests.catalog.factories import (
    AMSTERDAM_BUYER,
    BOJONEGORO_ADDRESS,
    RINA,
    ProductFactory,
    ShippingZoneFactory,
    courier_key,
    zone_with_rates,
)

pytestmark = pytest.mark.django_db

EAST_JAVA = Destination("ID", "35")


def contents_of(*items):
    cart = Cart.objects.create()
    for product, quantity in items:
        add_to_cart(cart, product, None, quantity)
    return CartContents(cart)


def couriers(contents, destination):
    return {o.service: o for o in shipping_options(contents, destination) if o.method == "courier"}


def test_each_artisan_sends_a_parcel_billed_by_its_own_weight():
    zone_with_rates((1000, 9_000), (3000, 27_000))
    light = ProductFactory(weight_grams=400)
    heavy = ProductFactory(weight_grams=1200)

    option = couriers(contents_of((light, 2), (heavy, 2)), EAST_JAVA)["JNE Reguler"]

    assert [(p.weight_grams, p.price) for p in option.parcels] == [(800, 9_000), (2400, 27_000)]
    assert option.total == 36_000


def test_a_bulky_light_piece_is_billed_by_its_volume():
    zone_with_rates((1000, 9_000), (5000, 45_000))
    pillow = ProductFactory(
        weight_grams=300, length_cm=45, parcel_length_cm=40, parcel_width_cm=30, parcel_height_cm=20
    )

    parcel = couriers(contents_of((pillow, 1)), EAST_JAVA)["JNE Reguler"].parcels[0]

    assert (parcel.weight_grams, parcel.price) == (4000, 45_000)  # 24,000 cm3 / 6000


def test_abroad_the_express_divisor_applies_and_the_country_picks_the_zone():
    zone_with_rates(
        (5000, 300_000),
        scope=ShippingScope.INTERNATIONAL,
        provinces=[],
        countries=["NL", "DE"],
        service="EMS",
    )
    zone_with_rates(
        (5000, 500_000),
        scope=ShippingScope.INTERNATIONAL,
        provinces=[],
        countries=[],
        service="EMS",
    )
    pillow = ProductFactory(
        weight_grams=300, length_cm=45, parcel_length_cm=40, parcel_width_cm=30, parcel_height_cm=20
    )
    contents = contents_of((pillow, 1))

    dutch = couriers(contents, Destination("NL"))["EMS"]
    chilean = couriers(contents, Destination("CL"))["EMS"]

    assert dutch.parcels[0].weight_grams == 4800  # 24,000 cm3 / 5000
    assert (dutch.total, chilean.total) == (300_000, 500_000)


def test_a_service_that_cannot_carry_every_parcel_is_not_offered():
    zone_with_rates((1000, 9_000))
    zone_with_rates((20_000, 90_000), service="Cargo", provinces=["33"])
    heavy = ProductFactory(weight_grams=5000)

    options = shipping_options(contents_of((heavy, 1)), EAST_JAVA)

    assert [option.method for option in options] == [DeliveryMethod.PICKUP]


def test_pickup_can_be_switched_off(settings):
    settings.GALLERY_PICKUP = False
    assert shipping_options(contents_of((ProductFactory(), 1)), EAST_JAVA) == []


def test_a_province_belongs_to_one_zone_only():
    ShippingZoneFactory(name="Jawa Timur", provinces=["35"])
    clash = ShippingZoneFactory.build(provinces=["33", "35"])

    with pytest.raises(ValidationError) as raised:
        clash.full_clean()

    assert "Jawa Timur sudah termasuk zona “Jawa Timur”" in str(
        raised.value.message_dict["provinces"]
    )


def test_only_one_zone_covers_the_rest_of_the_world():
    ShippingZoneFactory(scope=ShippingScope.INTERNATIONAL, provinces=[], countries=[])
    second = ShippingZoneFactory.build(scope=ShippingScope.INTERNATIONAL, provinces=[])

    with pytest.raises(ValidationError) as raised:
        second.full_clean()

    assert "countries" in raised.value.message_dict


def test_the_address_selects_are_fed_level_by_level(client):
    regencies = client.get(reverse("checkout:regions"), {"parent": "35"}).json()["regions"]
    villages = client.get(reverse("checkout:regions"), {"parent": "35.22.01"}).json()["regions"]
    unknown = client.get(reverse("checkout:regions"), {"parent": "99.99"})

    assert ["35.22", "Kabupaten Bojonegoro", ""] in regencies
    assert ["35.22.01.2001", "Luwihaji", "62165"] in villages
    assert unknown.status_code == 404 and unknown.json()["error"] == "Wilayah tidak dikenal."


def test_the_delivery_choices_follow_the_province(client, home_page):
    zone = zone_with_rates((1000, 9_000))
    client.post(reverse("cart:add", args=[ProductFactory(stock=3).pk]), {"quantity": 1})

    east = client.get(reverse("checkout:delivery"), {"country": "ID", "province_code": "35"})
    west = client.get(reverse("checkout:delivery"), {"country": "ID", "province_code": "32"})

    assert courier_key(zone) in east.content.decode()
    assert "Rp9.000" in east.content.decode()
    assert courier_key(zone) not in west.content.decode()
    assert "Belum ada kurir kami" in west.content.decode()


def test_a_buyer_abroad_types_the_address_and_gets_the_incoterm(client, home_page):
    zone = zone_with_rates(
        (2000, 420_000),
        scope=ShippingScope.INTERNATIONAL,
        provinces=[],
        countries=["NL"],
        service="Pos Indonesia EMS",
    )
    client.post(reverse("cart:add", args=[ProductFactory(stock=3).pk]), {"quantity": 1})
    address = {**AMSTERDAM_BUYER, "delivery": courier_key(zone, "Pos Indonesia EMS")}

    response = client.post(reverse("checkout:checkout"), address)

    order = Order.objects.get()
    assert response.status_code == 302
    assert (order.country.code, order.regency, order.incoterm) == ("NL", "Amsterdam", "DAP")
    assert (order.province_code, order.shipping_cost) == ("", 420_000)


def test_abroad_a_local_phone_number_is_refused(client, home_page):
    zone_with_rates((2000, 1), scope=ShippingScope.INTERNATIONAL, provinces=[], countries=[])
    client.post(reverse("cart:add", args=[ProductFactory(stock=3).pk]), {"quantity": 1})

    response = client.post(
        reverse("checkout:checkout"),
        {
            "name": "Anna",
            "email": "a@example.nl",
            "phone": "06 1234 5678",
            "country": "NL",
            "street": "Prinsengracht 263",
            "regency": "Amsterdam",
            "postal_code": "1016 GV",
            "delivery": "pickup",
        },
    )

    assert "kode negaranya" in str(response.context["form"].errors["phone"])
    assert not Order.objects.exists()


def test_picking_up_needs_no_address(client, home_page):
    client.post(reverse("cart:add", args=[ProductFactory(stock=3).pk]), {"quantity": 1})

    client.post(
        reverse("checkout:checkout"),
        {
            **RINA,
            "country": "ID",
            "delivery": "pickup",
        },
    )

    order = Order.objects.get()
    assert (order.delivery_method, order.shipping_cost, order.street) == ("pickup", 0, "")


def test_without_javascript_the_form_offers_the_next_level_after_an_update(client, home_page):
    client.post(reverse("cart:add", args=[ProductFactory(stock=3).pk]), {"quantity": 1})

    response = client.post(
        reverse("checkout:checkout"), {"country": "ID", "province_code": "35", "update": "1"}
    )

    form = response.context["form"]
    assert ("35.22", "Kabupaten Bojonegoro") in form.fields["regency_code"].choices
    assert form.fields["district_code"].choices == [("", "Kecamatan…")]
    assert not Order.objects.exists()


def test_a_village_outside_its_district_is_refused(client, home_page):
    client.post(reverse("cart:add", args=[ProductFactory(stock=3).pk]), {"quantity": 1})

    response = client.post(
        reverse("checkout:checkout"),
        {
            **RINA,
            **BOJONEGORO_ADDRESS,
            "village_code": "35.22.02.2001",
            "delivery": "pickup",
        },
    )

    assert "village_code" in response.context["form"].errors
    assert not Order.objects.exists()


def test_editors_keep_the_zones_in_the_admin(client):
    zone = zone_with_rates((1000, 9_000))
    client.force_login(editor_account())

    listing = client.get(reverse("wagtailsnippets_catalog_shippingzone:list"))
    editing = client.get(reverse("wagtailsnippets_catalog_shippingzone:edit", args=[zone.pk]))

    assert listing.status_code == editing.status_code == 200
    ticked = re.findall(
        r'<input type="checkbox" name="provinces" value="(\d+)"[^>]*checked',
        editing.content.decode(),
    )
    assert ticked == ["35"]


def test_the_country_list_speaks_indonesian(client, home_page):
    client.post(reverse("cart:add", args=[ProductFactory(stock=3).pk]), {"quantity": 1})

    page = client.get(reverse("checkout:checkout")).content.decode()

    assert '<option value="NL">Belanda</option>' in page
    assert '<option value="ID" selected>Indonesia</option>' in page


def test_a_cloth_is_billed_folded_not_spread_out():
    zone_with_rates((1000, 9_000), (5000, 45_000))
    cloth = ProductFactory(weight_grams=330, length_cm=200, width_cm=115, height_cm=1)

    parcel = couriers(contents_of((cloth, 1)), EAST_JAVA)["JNE Reguler"].parcels[0]

    assert (parcel.weight_grams, parcel.price) == (330, 9_000)


def test_a_buyer_from_abroad_collecting_at_the_gallery_has_no_incoterm(client, home_page):
    client.post(reverse("cart:add", args=[ProductFactory(stock=3).pk]), {"quantity": 1})

    client.post(
        reverse("checkout:checkout"),
        {
            "name": "Anna",
            "email": "a@example.nl",
            "phone": "+31 6 1234 5678",
            "country": "NL",
            "delivery": "pickup",
        },
    )

    assert Order.objects.get().incoterm == ""


def test_a_delivery_price_changed_since_the_page_was_shown_is_shown_again(client, home_page):
    zone = zone_with_rates((1000, 9_000))
    client.post(reverse("cart:add", args=[ProductFactory(stock=3).pk]), {"quantity": 1})
    shown = f"{courier_key(zone)}@9000"
    zone.rates.update(price=12_000)

    response = client.post(
        reverse("checkout:checkout"),
        {
            **RINA,
            **BOJONEGORO_ADDRESS,
            "delivery": shown,
        },
    )

    assert "sekarang Rp12.000" in str(response.context["form"].errors["delivery"])
    assert not Order.objects.exists()


@pytest.mark.parametrize("postal_code", ["10110", "6216\uff15"])
def test_a_postal_code_not_of_the_village_is_refused(client, home_page, postal_code):
    client.post(reverse("cart:add", args=[ProductFactory(stock=3).pk]), {"quantity": 1})

    response = client.post(
        reverse("checkout:checkout"),
        {
            **RINA,
            **BOJONEGORO_ADDRESS,
            "postal_code": postal_code,
            "delivery": "pickup",
        },
    )

    assert "postal_code" in response.context["form"].errors
    assert not Order.objects.exists()


def test_only_the_names_of_the_regions_chosen_are_kept(client, home_page):
    client.post(reverse("cart:add", args=[ProductFactory(stock=3).pk]), {"quantity": 1})

    client.post(
        reverse("checkout:checkout"),
        {
            **RINA,
            "country": "ID",
            "province_code": "35",
            "regency": "Atlantis",
            "delivery": "pickup",
        },
    )

    order = Order.objects.get()
    assert (order.province, order.regency, order.regency_code) == ("Jawa Timur", "", "")
