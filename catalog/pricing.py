"""What a piece costs: the one place where a unit price is worked out, always on the server."""


def unit_price(product, variant=None, product_quantity=1):
    """Rupiah per piece of `product` (in `variant`) when `product_quantity` pieces of the
    product are ordered in all (its variants together): a variant's own price, else the
    product's price lowered by the best wholesale price the quantity reaches."""
    if variant is not None and variant.price is not None:
        return variant.price
    reached = [
        tier.unit_price
        for tier in product.wholesale_tiers.all()
        if product_quantity >= tier.min_quantity
    ]
    return min([product.price, *reached])
