"""What the demo products tell a buyer besides their texts: sizes, legality, variants,
wholesale prices and return terms, derived from each product's kind."""

from artisans.models import CertificationKind
from catalog.models import ProductVariant, ReturnPayer, WholesaleTier

CLOTHING_SIZES = ["S", "M", "L", "XL"]
CARE_BATIK = (
    "Cuci dengan tangan memakai sabun lerak atau sampo bayi, jangan diperas, "
    "jemur di tempat teduh.",
    "Hand wash with soapnut or mild shampoo, do not wring, dry in the shade.",
)


def add_listing_details(product, data):
    """Fill a new demo product's details from its photo kind and its artisan's papers."""
    kind = data["photo"]
    if kind == "cloth":
        product.length_cm, product.width_cm, product.height_cm = 200, 115, 1
        product.parcel_length_cm, product.parcel_width_cm, product.parcel_height_cm = 30, 25, 3
    if data["technique"] and data["technique"].startswith(("batik", "jumput", "ecoprint")):
        product.care, product.care_en = CARE_BATIK
    if data["technique"] == "batik-tulis" and data["price"] >= 1_000_000:
        product.made_to_order, product.production_days = True, 21
    if kind in {"food-pack", "drink"}:
        certificates = {c.kind: c.number for c in product.artisan.certifications.all()}
        product.pirt_number = certificates.get(CertificationKind.PIRT, "")
        product.halal_number = certificates.get(CertificationKind.HALAL, "")
        product.shelf_life_days = 180 if kind == "food-pack" else 365
        product.returns_accepted = False  # food is not returnable once delivered
        product.is_handmade = False
    if kind == "cloth" and data["price"] < 300_000:
        product.export_ready, product.hs_code = True, "5208.52"
        product.return_shipping_paid_by = ReturnPayer.BUYER
    product.save()
    if kind in {"shirt", "dress"}:
        for position, size in enumerate(CLOTHING_SIZES):
            ProductVariant.objects.create(
                product=product,
                label=size,
                sku=f"{product.pk:05d}-{size}",
                stock=max(product.stock - position, 0),
                sort_order=position,
            )
    if kind in {"cloth", "food-pack"} and not product.made_to_order:
        WholesaleTier.objects.create(
            product=product, min_quantity=10, unit_price=product.price * 9 // 10
        )
        WholesaleTier.objects.create(
            product=product, min_quantity=50, unit_price=product.price * 8 // 10, sort_order=1
        )
