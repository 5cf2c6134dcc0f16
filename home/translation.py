"""Bilingual model fields: an Indonesian column and an optional English column."""

from django.utils.translation import get_language


class TranslatedField:
    """Read the English column when English is active and filled in, else the Indonesian one.

    Used for models that are not Wagtail pages (products, categories, techniques), whose
    stock and price must stay one row while their words exist in two languages.
    """

    def __init__(self, indonesian_field, english_field):
        self.indonesian_field = indonesian_field
        self.english_field = english_field

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if (get_language() or "").startswith("en"):
            english = getattr(instance, self.english_field)
            if english:
                return english
        return getattr(instance, self.indonesian_field)


def live_translation(page):
    """The live version of `page` in the active language, else `page` if live, else None.

    Wagtail's `Page.localized` may return a draft; a link must never lead to one. A page read
    with its locale (`select_related("locale")`) that is in the active language already costs
    no query.
    """
    if page is None:
        return None
    language = get_language()
    if page._meta.get_field("locale").is_cached(page) and page.locale.language_code == language:
        return page if page.live else None
    versions = {
        version.locale.language_code: version
        for version in page.get_translations(inclusive=True)
        .live()
        .select_related("locale")
        .specific()
    }
    return versions.get(language) or (page if page.live else None)
