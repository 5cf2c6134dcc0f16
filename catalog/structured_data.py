"""JSON-LD for a product page: a Product with its Offer in rupiah."""

from django.utils.translation import gettext

from home.structured_data import absolute, breadcrumb_list, image_url


def product_structured_data(product, request, catalog_url):
    """The Product and its breadcrumb trail (catalog, category, product)."""
    offer = {
        "@type": "Offer",
        "price": str(product.price),
        "priceCurrency": "IDR",
        "availability": "https://schema.org/InStock"
        if product.is_in_stock
        else "https://schema.org/OutOfStock",
        "url": absolute(request, product.get_absolute_url()),
        "seller": {"@type": "Organization", "name": product.artisan.business_name},
    }
    photos = [photo.image for photo in product.images.all()]
    item = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.localized_name,
        "description": product.localized_description,
        "sku": product.slug,
        "image": [image_url(request, image, "format-jpeg|fill-1200x1200") for image in photos],
        "brand": {"@type": "Brand", "name": product.artisan.business_name},
        "category": product.category.localized_name,
        "offers": offer,
    }
    materials = ", ".join(material.localized_name for material in product.materials.all())
    if materials:
        item["material"] = materials
    crumbs = [
        (gettext("Catalog"), catalog_url),
        (product.category.localized_name, f"{catalog_url}?category={product.category.slug}"),
        (product.localized_name, product.get_absolute_url()),
    ]
    return [item, breadcrumb_list(request, crumbs)]
