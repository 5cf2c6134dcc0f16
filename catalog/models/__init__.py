from .carts import MAX_LINE_QUANTITY, Cart, CartLine
from .categories import Category
from .currencies import ExchangeRate, current_rates
from .emails import EmailStatus, OutgoingEmail
from .listing_details import ReturnPayer
from .listing_review import ListingStatus, ReviewState
from .materials import Material
from .orders import (
    DeliveryMethod,
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderLine,
    OrderNote,
    OrderStatus,
)
from .payments import Payment, PaymentEvent, PaymentMethod, PaymentStatus
from .products import Product, ProductImage
from .shipping import INDONESIA, ShippingRate, ShippingScope, ShippingZone
from .variants import ProductVariant, WholesaleTier

__all__ = [
    "INDONESIA",
    "MAX_LINE_QUANTITY",
    "Cart",
    "CartLine",
    "Category",
    "DeliveryMethod",
    "EmailStatus",
    "ExchangeRate",
    "Fulfilment",
    "FulfilmentStatus",
    "ListingStatus",
    "Material",
    "Order",
    "OrderLine",
    "OrderNote",
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
    "ShippingRate",
    "ShippingScope",
    "ShippingZone",
    "WholesaleTier",
    "current_rates",
]
