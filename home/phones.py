"""Indonesian phone numbers: validation and WhatsApp click-to-chat links.

Parsing comes from the `lokal-id` package; only this module knows it.
"""

from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

import lokal


def whatsapp_digits(number):
    """The number as wa.me wants it (62812...), or '' when it is not a mobile number."""
    if not number:
        return ""
    return lokal.parse_phone(number).whatsapp or ""


def validate_whatsapp_number(value):
    if value and not whatsapp_digits(value):
        raise ValidationError(
            _("Enter an Indonesian mobile number, e.g. 0812 3456 7890 or +62 812 3456 7890."),
            code="invalid_whatsapp",
        )


def whatsapp_url(number, message=""):
    """A click-to-chat link, with a prefilled message if given, or '' for no usable number."""
    digits = whatsapp_digits(number)
    if not digits:
        return ""
    return f"https://wa.me/{digits}" + (f"?text={quote(message)}" if message else "")
