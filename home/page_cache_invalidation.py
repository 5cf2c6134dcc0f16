"""When the kept anonymous pages are forgotten (see `home.page_cache`).

Any saved or deleted object may be shown on a public page, except those listed below: what a
visitor's session, an order, an editor's draft or the search index writes while the site is
being used. A model missing from this list costs cache hits, never a stale page.
Writes that bypass signals (stock taken by an order, set from the artisan's shop) call
`invalidate_pages` themselves.
"""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from .page_cache import invalidate_pages

NEVER_ON_A_PUBLIC_PAGE = {
    "sessions",
    "auth",
    "admin",
    "contenttypes",
    "inquiries",
    "wagtailsearch",
    "wagtailadmin",
    "wagtailusers",
    "django_tasks_database",
    "home.SiteRendition",
    "wagtailimages.Rendition",
    "artisans.RegistryImport",
    "catalog.Cart",
    "catalog.CartLine",
    "catalog.OutgoingEmail",
    "catalog.Order",
    "catalog.Fulfilment",
    "catalog.OrderLine",
    "catalog.OrderNote",
    "catalog.Payment",
    "catalog.PaymentEvent",
    "wagtailcore.ModelLogEntry",
    "wagtailcore.PageLogEntry",
    "wagtailcore.Revision",
    "wagtailcore.ReferenceIndex",
    "wagtailcore.WorkflowState",
    "wagtailcore.TaskState",
    "wagtailcore.Comment",
    "wagtailcore.CommentReply",
    "wagtailcore.PageSubscription",
    "wagtailcore.UploadedFile",
}


def shows_on_public_pages(model):
    meta = model._meta
    return not {meta.app_label, meta.label} & NEVER_ON_A_PUBLIC_PAGE


# What Wagtail writes when a draft is saved, a page locked or a workflow moves: none of it is
# public (publishing sends `published`, which forgets the pages).
DRAFT_BOOKKEEPING = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
    "wagtail_admin_comments",
}


def forget_pages(sender, update_fields=None, **kwargs):
    if update_fields is not None and set(update_fields) <= DRAFT_BOOKKEEPING:
        return
    invalidate_pages()


def forget_pages_always(sender, **kwargs):
    invalidate_pages()


def connect():
    uid = "page_cache"
    # Connected model by model: a receiver for every sender would turn off Django's fast
    # deletes everywhere (sessions, cart lines, the search index).
    for model in apps.get_models(include_auto_created=True):
        if shows_on_public_pages(model):
            label = model._meta.label_lower
            post_save.connect(forget_pages, sender=model, dispatch_uid=f"{uid}_save_{label}")
            post_delete.connect(forget_pages, sender=model, dispatch_uid=f"{uid}_del_{label}")
            m2m_changed.connect(forget_pages, sender=model, dispatch_uid=f"{uid}_m2m_{label}")
    wagtail_signals = {
        "page_published": page_published,
        "page_unpublished": page_unpublished,
        "post_page_move": post_page_move,
        "published": published,
        "unpublished": unpublished,
    }
    for name, signal in wagtail_signals.items():
        signal.connect(forget_pages_always, dispatch_uid=f"{uid}_{name}")
