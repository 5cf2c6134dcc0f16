"""How a product is edited in the admin, grouped the way an artisan thinks about it."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

PRODUCT_PANELS = [
    FieldPanel("artisan"),
    MultiFieldPanel(
        [
            FieldPanel("name"),
            FieldPanel("name_en"),
            FieldPanel("slug"),
            FieldPanel("description"),
            FieldPanel("description_en"),
        ],
        heading=_("Name and description"),
    ),
    InlinePanel("images", label=_("Photos"), min_num=1),
    MultiFieldPanel(
        [
            FieldPanel("price"),
            FieldPanel(
                "stock",
                help_text=_(
                    "Sets the stock of a new product. Afterwards stock changes through the "
                    "artisan's shop and orders; a change here is not kept."
                ),
            ),
            InlinePanel("variants", label=_("Variant")),
            InlinePanel("wholesale_tiers", label=_("Wholesale price")),
        ],
        heading=_("Price and stock"),
    ),
    MultiFieldPanel(
        [
            FieldPanel("category"),
            FieldPanel("technique"),
            FieldPanel("motif"),
            FieldPanel("materials"),
            FieldRowPanel([FieldPanel("colours"), FieldPanel("colours_en")]),
            FieldRowPanel(
                [FieldPanel("length_cm"), FieldPanel("width_cm"), FieldPanel("height_cm")]
            ),
            FieldPanel("weight_grams"),
            FieldRowPanel(
                [
                    FieldPanel("parcel_length_cm"),
                    FieldPanel("parcel_width_cm"),
                    FieldPanel("parcel_height_cm"),
                ],
                heading=_("Packed size, for the courier (cm)"),
            ),
            FieldPanel("care"),
            FieldPanel("care_en"),
            FieldPanel("is_handmade"),
            FieldRowPanel([FieldPanel("made_to_order"), FieldPanel("production_days")]),
        ],
        heading=_("What it is"),
    ),
    MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("pirt_number"), FieldPanel("bpom_number")]),
            FieldRowPanel([FieldPanel("halal_number"), FieldPanel("halal_expires_on")]),
            FieldRowPanel([FieldPanel("net_content"), FieldPanel("shelf_life_days")]),
            FieldPanel("ingredients"),
            FieldPanel("ingredients_en"),
            FieldRowPanel([FieldPanel("allergens"), FieldPanel("allergens_en")]),
        ],
        heading=_("Food and drink"),
        classname="collapsed",
    ),
    MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("export_ready"), FieldPanel("hs_code")]),
            FieldRowPanel(
                [
                    FieldPanel("returns_accepted"),
                    FieldPanel("return_window_days"),
                    FieldPanel("return_shipping_paid_by"),
                ]
            ),
        ],
        heading=_("Export and returns"),
    ),
]
