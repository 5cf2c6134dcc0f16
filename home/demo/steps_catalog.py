"""Demo step for the catalog: categories, and the products with their photos."""

from artisans.models import Technique
from catalog.models import Category, Material, Product, ProductImage

from . import content, patterns
from .listing_details import add_listing_details


def load_catalog(loader):
    """Needs `loader.artisans` and `loader.motifs` (loaded by the showcase steps)."""
    categories = {}
    for order, data in enumerate(content.CATEGORIES):
        categories[data["slug"]], _created = Category.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "name": data["id"],
                "name_en": data["en"],
                "parent": categories.get(data["parent"]),
                "sort_order": order,
            },
        )
    materials = {}
    for data in content.MATERIALS:
        materials[data["slug"]], _created = Material.objects.get_or_create(
            slug=data["slug"], defaults={"name": data["id"], "name_en": data["en"]}
        )
    techniques = {technique.slug: technique for technique in Technique.objects.all()}
    # Created last to first, so the first products of the content are the newest ones
    # and lead the home page's "new in the catalog".
    for seed, data in reversed(list(enumerate(content.PRODUCTS))):
        if Product.objects.filter(slug=data["slug"]).exists():
            continue
        product = Product.objects.create(
            slug=data["slug"],
            artisan=loader.artisans[data["artisan"]],
            name=data["id"]["name"],
            name_en=data["en"]["name"],
            description=data["id"]["description"],
            description_en=data["en"]["description"],
            category=categories[data["category"]],
            technique=techniques.get(data["technique"]),
            motif=loader.motifs.get(data["motif"]) if data["motif"] else None,
            ingredients=data.get("ingredients", {}).get("id", ""),
            ingredients_en=data.get("ingredients", {}).get("en", ""),
            price=data["price"],
            stock=data["stock"],
            weight_grams=data["weight_grams"],
        )
        product.materials.set([materials[slug] for slug in data["materials"]])
        add_listing_details(product, data)
        photo = loader.image(
            f"Product {data['slug']}",
            patterns.draw_product_photo,
            kind=data["photo"],
            motif_key=data["motif"] or None,
            width=loader.photo_size,
            height=loader.photo_size,
            seed=seed,
        )
        ProductImage.objects.create(
            product=product,
            image=photo,
            sort_order=0,
            alt_text=data["id"]["name"],
            alt_text_en=data["en"]["name"],
        )
        loader.created += 1
