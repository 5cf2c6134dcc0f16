from django import template

from inquiries.models import Inquiry, InquiryStatus

register = template.Library()


@register.simple_tag(takes_context=True)
def new_inquiry_count(context):
    """{% new_inquiry_count as count %}: the signed-in account's artisans' inquiries waiting
    for a first answer (one query)."""
    user = context["request"].user
    if not user.is_authenticated:
        return 0
    return Inquiry.objects.visible_to_artisan(user).filter(status=InquiryStatus.NEW).count()
