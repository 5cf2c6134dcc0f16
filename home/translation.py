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
