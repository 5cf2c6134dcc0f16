from .carts import MAX_LINE_QUANTITY, Cart, CartLine
from .categories import Category
from .currencies import ExchangeRate, current_rates
from .emails import EmailStatus, OutgoingEmail
from .listing_details import ReturnPayer
from .listing_review import ListingStatus, ReviewState
from .materials import Material
from .orders import Fulfilment, FulfilmentStatus, Order, OrderLine, OrderStatus
from .payments import Payment, PaymentEvent, PaymentMethod, PaymentStatus
from .products import Product, ProductImage
from .variants import ProductVariant, WholesaleTier

__all__ = [
    "MAX_LINE_QUANTITY",
    "Cart",
    "CartLine",
    "Category",
    "EmailStatus",
    "ExchangeRate",
    "Fulfilment",
    "FulfilmentStatus",
    "ListingStatus",
    "Material",
    "Order",
    "OrderLine",
    "OrderStatus",
    "OutgoingEmail",
    "Payment",
    "PaymentEvent",
    "PaymentMethod",
    "PaymentStatus",
    "Product",
    "ProductImage",
    "ProductVariant",
    "ReturnPayer",
    "ReviewState",
    "WholesaleTier",
    "current_rates",
]
