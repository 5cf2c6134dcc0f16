from .categories import Category
from .products import Product, ProductImage

__all__ = ["Category", "Product", "ProductImage"]
