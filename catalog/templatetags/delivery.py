from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


@register.simple_tag
def days_on_the_way(low, high):
    """A range of days on the way ("2 to 4"), or one number when both ends are the same."""
    if low == high or not low:
        return ngettext("%(days)s day on the way", "%(days)s days on the way", high) % {
            "days": high
        }
    range_text = _("%(low)s–%(high)s days on the way")  # noqa: RUF001 (an en dash)
    return range_text % {"low": low, "high": high}
