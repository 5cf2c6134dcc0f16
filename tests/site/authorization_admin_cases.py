"""The admin's rows of the authorization table: our own admin views (orders, payments, inquiries,
registry, figures, payouts), each snippet view set of our models, and one row for each group of
Wagtail's own views (the coverage check lists those groups in `WAGTAIL_GROUPS`).

Artisans' accounts may enter the Wagtail admin (they keep their own profile page there), so
every council view is checked against them too.
"""

from .authorization_cases import (
    ADMIN,
    ADMIN_USERS,
    COUNCIL,
    NOBODY,
    both,
    get,
    pk,
    post,
)

# What the council's editors may do to each of our snippet models (home/migrations/00*_editor_*
# grant it); a superuser may do everything, nobody else anything.
ALL = {"add", "change", "delete", "view"}
EDITOR_MAY = {
    "artisans_artisan": {"add", "change", "view"},
    "artisans_association": set(),
    "artisans_technique": {"add", "change", "view"},
    "catalog_category": {"add", "change", "view"},
    "catalog_exchangerate": ALL,
    "catalog_material": ALL,
    "catalog_order": {"change", "view"},
    "catalog_outgoingemail": {"view"},
    "catalog_payment": {"change", "view"},
    "catalog_product": ALL | {"publish"},
    "catalog_shippingzone": ALL,
    "inquiries_inquiry": {"change", "view"},
    "inquiries_savedreply": ALL,
}
# The world's object each model's views open.
OBJECT_OF = {
    "artisans_artisan": "artisan_a",
    "artisans_association": "association",
    "artisans_technique": "technique",
    "catalog_category": "category",
    "catalog_exchangerate": "rate",
    "catalog_material": "material",
    "catalog_order": "order",
    "catalog_outgoingemail": "email",
    "catalog_payment": "payment",
    "catalog_product": "product_a",
    "catalog_shippingzone": "zone",
    "inquiries_inquiry": "inquiry",
    "inquiries_savedreply": "council_reply",
}
# The permissions each snippet view asks for (any one of them).
ANY_PERMISSION = frozenset(ALL)
NEEDS = {
    "list": ANY_PERMISSION,
    "list_results": ANY_PERMISSION,
    "inspect": ANY_PERMISSION,
    "add": {"add"},
    "copy": {"add"},
    "edit": {"change"},
    "usage": {"change"},
    "delete": {"delete"},
    "history": {"add", "change", "delete"},
    "history_results": {"add", "change", "delete"},
    "revisions_revert": {"change"},
    "revisions_compare": {"change"},
    "revisions_unschedule": {"publish"},
    "unpublish": {"publish"},
}
# Views that only redirect (order edit -> its page, inquiry add -> the inbox, inquiry edit ->
# its thread): judged by where they lead.
REDIRECTS = {
    ("catalog_order", "edit"): ANY_PERMISSION,
    ("inquiries_inquiry", "add"): ANY_PERMISSION,
    ("inquiries_inquiry", "edit"): {"view"},
    ("catalog_payment", "edit"): {"view"},
}
# Views refused to everyone, the superuser included: a payment changes only through its ledger.
REFUSED_TO_ALL = {("catalog_payment", "add")}
# Choosers list every object of a model: the council's, except products, which artisans put in
# their own profile's story (home.blocks.ProductChooserBlock). None has a creation form, so
# their "create" view is a 404 (home.admin_access).
CHOOSER_OPEN_TO_ARTISANS = {"catalog_product"}
# Objects others depend on (an artisan's products, a category's, an order's lines): deleting
# them is refused to everyone, the superuser included.
PROTECTED = {"artisans_artisan", "catalog_category", "catalog_order"}


def allowed_for(model, needs):
    return ADMIN | (frozenset({"editor"}) if EDITOR_MAY[model] & set(needs) else NOBODY)


def snippet_args(model, view):
    attribute = OBJECT_OF[model]
    if view in ("list", "list_results", "add"):
        return lambda world: ()
    # Revisions: of the listing A sent for review (the live product has none).
    if view == "revisions_compare":
        return lambda world: (world.listing_a.pk, "earliest", "latest")
    if view in ("revisions_revert", "revisions_unschedule"):
        return lambda world: (world.listing_a.pk, world.listing_a.latest_revision.pk)
    return pk(attribute)


def snippet_cases(model, views):
    cases = []
    for view in views:
        name = f"wagtailsnippets_{model}:{view}"
        args = snippet_args(model, view)
        if (model, view) in REDIRECTS:
            cases.append(get(name, allowed_for(model, REDIRECTS[model, view]), args, follow=True))
            continue
        allowed = allowed_for(model, NEEDS[view])
        if (model, view) in REFUSED_TO_ALL:
            cases += both(name, NOBODY, args)
            continue
        if view == "delete" and model in PROTECTED:
            cases += [get(name, allowed, args), post(name, NOBODY, args)]
            continue
        if view in ("add", "edit", "delete", "unpublish"):
            cases += both(name, allowed, args)
        else:
            cases.append(get(name, allowed, args))
    return cases


def chooser_cases(model):
    namespace = f"wagtailsnippetchoosers_{model}"
    allowed = allowed_for(model, ANY_PERMISSION)
    if model in CHOOSER_OPEN_TO_ARTISANS:
        allowed = ADMIN_USERS
    chosen = pk(OBJECT_OF[model])
    ids = lambda world: f"?id={getattr(world, OBJECT_OF[model]).pk}"  # noqa: E731
    return [
        get(f"{namespace}:choose", allowed),
        get(f"{namespace}:choose_results", allowed),
        get(f"{namespace}:chosen", allowed, chosen),
        get(f"{namespace}:chosen_multiple", allowed, query=ids),
        post(f"{namespace}:create", NOBODY),
    ]


SNIPPET_VIEWS = {
    "artisans_artisan": "list list_results add edit delete usage history history_results copy",
    "artisans_association": (
        "list list_results add edit delete usage history history_results copy"
    ),
    "artisans_technique": "list list_results add edit delete usage history history_results copy",
    "catalog_category": "list list_results add edit delete usage history history_results copy",
    "catalog_exchangerate": (
        "list list_results add edit delete usage history history_results copy"
    ),
    "catalog_material": "list list_results add edit delete usage history history_results copy",
    "catalog_order": "list list_results add edit delete usage history history_results inspect",
    "catalog_outgoingemail": (
        "list list_results add edit delete usage history history_results copy inspect"
    ),
    "catalog_payment": "list list_results add edit delete usage history history_results inspect",
    "catalog_product": (
        "list list_results add edit delete usage history history_results copy "
        "revisions_revert revisions_compare revisions_unschedule unpublish"
    ),
    "catalog_shippingzone": (
        "list list_results add edit delete usage history history_results copy"
    ),
    "inquiries_inquiry": "list list_results add edit delete usage history history_results",
    "inquiries_savedreply": "list list_results add edit delete usage history history_results",
}

SNIPPETS = [
    case
    for model, views in SNIPPET_VIEWS.items()
    for case in [*snippet_cases(model, views.split()), *chooser_cases(model)]
]


def order_and(attribute):
    return lambda world: (world.order.pk, getattr(world, attribute).pk)


FIGURES = [
    "sectors",
    "districts",
    "associations",
    "nib",
    "certifications",
    "expiring",
    "review",
    "months",
    "sales-by-sector",
    "sales-by-artisan",
    "owed",
]

OUR_ADMIN = [
    *both("catalog_order_note", COUNCIL, pk("order"), lambda world: {"text": "Catatan."}),
    *both(
        "catalog_order_cancel",
        COUNCIL,
        pk("order"),
        lambda world: {"reason": "Habis.", "refund_amount": "0"},
    ),
    *both(
        "catalog_order_refund",
        COUNCIL,
        order_and("payment"),
        lambda world: {"amount": "1000", "note": "Sebagian."},
    ),
    *both(
        "catalog_order_fulfilment",
        COUNCIL,
        order_and("part_a"),
        lambda world: {"status": "delivered", "courier": "JNE", "tracking": "J1"},
    ),
    *both("catalog_order_line_refund", COUNCIL, pk("order")),
    get("catalog_transfer_proof", COUNCIL, pk("payment")),
    get("catalog_payouts", COUNCIL),
    get("catalog_payouts_results", COUNCIL),
    *both(
        "inquiry_admin_thread",
        COUNCIL,
        pk("inquiry"),
        lambda world: {"action": "reply", "body": "Dari Dekranasda."},
    ),
    *both("registry_import", COUNCIL),
    get("registry_import_list", COUNCIL),
    get("registry_import_report", COUNCIL, pk("registry_import")),
    get("registry_export", COUNCIL),
    get("registry_template", COUNCIL),
    get("artisans_certificate_evidence", COUNCIL, pk("certification")),
    *[get(f"figures_{slug}", COUNCIL) for slug in FIGURES],
    *[get(f"figures_{slug}_results", COUNCIL) for slug in FIGURES],
    get("wagtailsettings:edit", COUNCIL, lambda world: ("home", "councilsettings")),
    # The council settings have no preview: the URL serves nobody.
    post(
        "wagtailsettings:preview_on_edit",
        NOBODY,
        lambda world: ("home", "councilsettings", world.site.pk),
    ),
]


def bulk(model_args, action, allowed, attribute):
    return both(
        "wagtail_bulk_action",
        allowed,
        lambda world: (*model_args, action),
        query=lambda world: f"?id={getattr(world, attribute).pk}&next=/admin/reports/payouts/",
        label=action,
    )


BULK_ACTIONS = [
    *bulk(("catalog", "product"), "approve_listing", COUNCIL, "listing_a"),
    *bulk(("catalog", "product"), "send_back_listing", COUNCIL, "listing_a"),
    *bulk(("catalog", "payment"), "confirm_transfer", COUNCIL, "payment"),
    *bulk(("catalog", "payment"), "reject_transfer", COUNCIL, "payment"),
    *bulk(("catalog", "outgoingemail"), "send_again", COUNCIL, "email"),
    *bulk(("catalog", "product"), "delete", COUNCIL, "product_a"),
]


def device_of_artisan_a(world):
    """A confirmed two-step device of artisan A (made in the row's savepoint only: with one,
    every admin page asks A for a code)."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    world.objects["device"] = TOTPDevice.objects.create(
        user=world.users["artisan_a"], name="Telepon A", confirmed=True
    )


def device(world):
    return (world.device.pk,)


A_AND_ADMIN = frozenset({"artisan_a", "admin"})

# Two-step sign-in (home/two_factor.py over wagtail-2fa): each account its own devices; a
# superuser may see and remove anyone's.
TWO_FACTOR = [
    get("wagtail_2fa_auth", ADMIN_USERS),
    get(
        "wagtail_2fa_device_list",
        A_AND_ADMIN,
        lambda world: (world.users["artisan_a"].pk,),
        prepare=device_of_artisan_a,
    ),
    get("wagtail_2fa_device_new", ADMIN_USERS),
    get("wagtail_2fa_device_qrcode", NOBODY),  # no enrolment under way: a 404
    *both(
        "wagtail_2fa_device_update",
        frozenset({"artisan_a"}),
        device,
        lambda world: {"name": "Diubah"},
        prepare=device_of_artisan_a,
    ),
    # wagtail-2fa refuses even a superuser another account's device (it asks for the
    # nonexistent "user.change_user" permission and a verified device of the superuser's own).
    *both("wagtail_2fa_device_remove", {"artisan_a"}, device, prepare=device_of_artisan_a),
]
