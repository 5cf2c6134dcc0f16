from .categories import Category
from .listing_details import ReturnPayer
from .products import Product, ProductImage
from .variants import ProductVariant, WholesaleTier

__all__ = [
    "Category",
    "Product",
    "ProductImage",
    "ProductVariant",
    "ReturnPayer",
    "WholesaleTier",
]
