"""The buyer's side of inquiries: asking (from a product, an artisan's page or the contact
link), the private thread where they read the answers and reply without an account, and
accepting a quote, which places a payable order."""

from datetime import timedelta

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from artisans.models import Artisan
from catalog.checkout import notifications as order_notifications
from catalog.checkout.views import SESSION_ORDERS
from catalog.models import Product
from catalog.payments.bank_transfer import bank_transfer
from home.models import CouncilSettings

from . import limits
from .forms import AcceptQuoteForm, InquiryForm, ReplyForm
from .models import Author, Inquiry, InquiryKind
from .ordering import order_from_quote
from .services import InquiryError, reply, submit_inquiry

TOO_MANY = gettext_lazy(
    "You have sent several messages in a short time, so this one was not sent yet. Please wait "
    "an hour and send it again (it is still here), or write to us on WhatsApp."
)
SENT = gettext_lazy(
    "Thank you: your message was sent. We have emailed you the link to this page, where the "
    "answer will come."
)
DOUBLE_TAP = timedelta(minutes=2)
KINDS_FOR = {
    "product": [InquiryKind.QUESTION, InquiryKind.QUOTE, InquiryKind.CUSTOM],
    "artisan": [InquiryKind.CUSTOM, InquiryKind.QUOTE, InquiryKind.QUESTION],
    "council": [InquiryKind.MESSAGE, InquiryKind.QUOTE],
}


def _number(value):
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    return int(value) if value and value.isdecimal() else None


def inquiry_target(request):
    """What the inquiry is about, from the address: a product, an artisan, or the council;
    an unknown or unpublished product or artisan is a 404."""
    source = request.GET if request.method == "GET" else request.POST
    product = artisan = None
    if "product" in source:
        product = get_object_or_404(
            Product.objects.live().select_related("artisan"), pk=_number(source["product"])
        )
        artisan = product.artisan
    elif "artisan" in source:
        artisan = get_object_or_404(Artisan.objects.active(), pk=_number(source["artisan"]))
    about = "product" if product else "artisan" if artisan else "council"
    kinds = KINDS_FOR[about]
    kind = source.get("kind")
    if kind not in kinds:
        kind = kinds[0]
    return product, artisan, kind, kinds


def same_inquiry_just_sent(email, message):
    """The inquiry this buyer sent with these very words a moment ago, if any."""
    since = timezone.now() - DOUBLE_TAP
    same = Inquiry.objects.filter(email__iexact=email, message=message, created_at__gte=since)
    return same.first()


def whatsapp_alternative(request, product, artisan):
    """For buyers who prefer it: a WhatsApp chat, its message naming the product."""
    council = CouncilSettings.for_request(request)
    if product is not None:
        return product.whatsapp_inquiry_url(council.site_name)
    if artisan is not None:
        return artisan.whatsapp_url(site_name=council.site_name)
    return council.whatsapp_url if council.whatsapp else ""


def ask(request):
    product, artisan, kind, kinds = inquiry_target(request)
    form = InquiryForm(request.POST or None, kind=kind, user=request.user)
    if request.method == "POST" and form.is_valid():
        contact = form.contact()
        repeated = same_inquiry_just_sent(contact["email"], form.cleaned_data["message"])
        if repeated is not None:  # a double tap on "Send": the first one went
            return redirect("inquiries:thread", token=repeated.access_token)
        if not limits.take_a_turn(request, contact["email"]):
            form.add_error(None, TOO_MANY)
        else:
            inquiry = submit_inquiry(
                kind=kind,
                message=form.cleaned_data["message"],
                language=get_language(),
                artisan=artisan,
                product=product,
                buyer=request.user if request.user.is_authenticated else None,
                **form.details(),
            )
            messages.success(request, SENT)
            return redirect("inquiries:thread", token=inquiry.access_token)
    return TemplateResponse(
        request,
        "inquiries/ask.html",
        {
            "form": form,
            "kind": kind,
            "kinds": [(value, InquiryKind(value).label) for value in kinds],
            "product": product,
            "artisan": artisan,
            "whatsapp_url": whatsapp_alternative(request, product, artisan),
        },
    )


def _thread_of(token):
    inquiry = Inquiry.objects.by_link(token).select_related("product", "artisan").first()
    if inquiry is None:
        raise Http404
    return inquiry


def thread(request, token):
    """The buyer's private page of the conversation: anyone with the link, while it lasts."""
    inquiry = _thread_of(token)
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            reply(inquiry, form.cleaned_data["body"], author_kind=Author.BUYER)
        except InquiryError as error:
            form.add_error("body", str(error))
            messages.error(request, str(error))  # shown even where the form is not
        else:
            messages.success(request, _("Your reply was sent."))
            return redirect("inquiries:thread", token=token)
    return TemplateResponse(
        request,
        "inquiries/thread.html",
        {
            "inquiry": inquiry,
            "thread": inquiry.messages.all(),
            "form": form,
            "accept_form": AcceptQuoteForm(inquiry=inquiry) if inquiry.quote_is_valid else None,
        },
    )


def accept_quote(request, token):
    """The buyer accepts the quote with the address to send to: the order is placed and they
    pay it on its page, like any order."""
    inquiry = _thread_of(token)
    if inquiry.live_order is not None:
        return redirect("checkout:order", token=inquiry.order.access_token)
    if not inquiry.quote_is_valid:
        messages.error(request, _("This quote can no longer be accepted: ask for a new one."))
        return redirect("inquiries:thread", token=token)
    form = AcceptQuoteForm(request.POST or None, inquiry=inquiry)
    if request.method == "POST" and form.is_valid():
        try:
            order = order_from_quote(
                inquiry,
                buyer=request.user if request.user.is_authenticated else None,
                **form.order_details(),
            )
        except InquiryError as error:
            form.add_error(None, str(error))
            inquiry.refresh_from_db()  # show the quote as it is now, the address kept
            form.data = form.data.copy()
            form.data["seen_amount"] = inquiry.quoted_amount
            form.data["seen_currency"] = inquiry.quoted_currency
        else:
            bank_transfer.start(order)
            if not order.emails.exists():
                order_notifications.order_placed(order, request)
            request.session[SESSION_ORDERS] = [
                order.access_token,
                *request.session.get(SESSION_ORDERS, [])[:19],
            ]
            messages.success(
                request,
                _("Thank you! Order %(number)s is placed: pay it below.")
                % {"number": order.number},
            )
            return redirect("checkout:order", token=order.access_token)
    return TemplateResponse(request, "inquiries/accept.html", {"inquiry": inquiry, "form": form})
