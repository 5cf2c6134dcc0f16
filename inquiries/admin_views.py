"""The thread page of an inquiry in the council's inbox: what the buyer asked, the messages in
order, and what an editor does next (reply, with a saved reply or not; send a quote; assign;
close). The changes are made by `inquiries.services`; a refusal is shown with the form as it
was sent, so nothing typed is lost."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import log

from home.phones import whatsapp_url

from . import services
from .admin_forms import AssignForm, CouncilQuoteForm, CouncilReplyForm, council_saved_replies
from .admin_panels import LIST_URL_NAME
from .admin_viewsets import THREAD_URL_NAME, editor_name
from .forms import KIND_FIELDS
from .models import Author, Inquiry, InquiryMessage, InquiryStatus

VIEW_INQUIRY, CHANGE_INQUIRY = "inquiries.view_inquiry", "inquiries.change_inquiry"
CHOICE_FIELDS = {"incoterm"}


def contact_link(name, value):
    if name == "email":
        return f"mailto:{value}"
    if name == "whatsapp":
        return whatsapp_url(value)
    return ""


def inquiry_details(inquiry):
    """What the buyer gave, as {label, value, link}: contact, then the fields of this kind."""
    rows = []
    names = ["name", "email", "whatsapp", *KIND_FIELDS.get(inquiry.kind, [])]
    for name in dict.fromkeys(names):
        value = getattr(inquiry, name)
        if name in CHOICE_FIELDS:
            value = getattr(inquiry, f"get_{name}_display")()
        elif name == "country":
            value = inquiry.country.name if inquiry.country else ""
        elif isinstance(value, bool):
            value = _("Yes") if value else _("No")
        label = Inquiry._meta.get_field(name).verbose_name
        link = contact_link(name, value) if value else ""
        rows.append({"label": label, "value": value, "link": link})
    language = dict(settings.LANGUAGES).get(inquiry.language, inquiry.language)
    account = _("Signed-in buyer") if inquiry.buyer_id else _("Guest, without an account")
    rows.append({"label": _("Language"), "value": language, "link": ""})
    rows.append({"label": _("Account"), "value": account, "link": ""})
    return rows


class ThreadView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = VIEW_INQUIRY
    raise_exception = True
    template_name = "inquiries/admin/thread.html"
    header_icon = "mail"

    def load(self, pk):
        messages_in_order = InquiryMessage.objects.select_related("author").order_by(
            "created_at", "pk"
        )
        return get_object_or_404(
            Inquiry.objects.select_related(
                "artisan", "product", "buyer", "assigned_to", "order"
            ).prefetch_related(Prefetch("messages", queryset=messages_in_order)),
            pk=pk,
        )

    def thread_url(self):
        return reverse(THREAD_URL_NAME, args=[self.inquiry.pk])

    def get_page_title(self):
        return _("Inquiry #%(number)s") % {"number": self.inquiry.pk}

    def get_page_subtitle(self):
        return self.inquiry.get_kind_display()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(LIST_URL_NAME), "label": gettext_lazy("Inquiries")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_header_buttons(self):
        history = reverse("wagtailsnippets_inquiries_inquiry:history", args=[self.inquiry.pk])
        return [HeaderButton(_("History"), url=history, icon_name="history")]

    # Showing the page

    def get(self, request, pk):
        self.inquiry = self.load(pk)
        return self.render_to_response(self.get_context_data())

    def get_context_data(self, **forms):
        inquiry = self.inquiry
        can_change = self.request.user.has_perm(CHANGE_INQUIRY)
        open_for_quotes = inquiry.status not in (InquiryStatus.ACCEPTED, InquiryStatus.CLOSED)
        if "quote_form" not in forms:
            initial = {}
            if inquiry.quoted_amount is not None:  # a new quote starts from the last one
                initial = {"amount": inquiry.quoted_amount, "currency": inquiry.quoted_currency}
            forms["quote_form"] = CouncilQuoteForm(initial=initial)
        forms.setdefault("reply_form", CouncilReplyForm())
        forms.setdefault("assign_form", AssignForm(initial={"editor": inquiry.assigned_to_id}))
        saved_replies = {str(reply.pk): reply.body for reply in council_saved_replies()}
        return super().get_context_data(
            inquiry=inquiry,
            thread_messages=inquiry.messages.all(),
            details=inquiry_details(inquiry),
            quoted_price=inquiry.quoted_price_text,
            assignee=editor_name(inquiry.assigned_to),
            can_change=can_change,
            can_quote=can_change and open_for_quotes,
            saved_replies=saved_replies,
            list_url=reverse(LIST_URL_NAME),
            overdue_days=settings.INQUIRY_ANSWER_WORKING_DAYS,
            council=Author.COUNCIL,
            artisan_author=Author.ARTISAN,
            **forms,
        )

    def refused(self, text, **forms):
        messages.error(self.request, text)
        return self.render_to_response(self.get_context_data(**forms))

    def done(self, text):
        messages.success(self.request, text)
        return redirect(self.thread_url())

    # What editors do

    def post(self, request, pk):
        if not request.user.has_perm(CHANGE_INQUIRY):
            raise PermissionDenied
        self.inquiry = self.load(pk)
        action = {
            "reply": self.reply,
            "use_saved_reply": self.use_saved_reply,
            "quote": self.quote,
            "assign": self.assign,
            "assign_to_me": self.assign_to_me,
            "close": self.close,
        }.get(request.POST.get("action"))
        if action is None:
            return self.refused(_("Choose what to do with the buttons on this page."))
        return action()

    def use_saved_reply(self):
        """Without JavaScript: the chosen saved reply goes into the reply box, after what was
        typed there, and the page comes back for the editor to adjust it before sending."""
        form = CouncilReplyForm(self.request.POST)
        form.is_valid()
        form.errors.pop("body", None)  # nothing is sent yet
        if "saved_reply" in form.errors:
            return self.refused(_("That saved reply no longer exists."), reply_form=form)
        saved = form.cleaned_data.get("saved_reply")
        if saved is None:
            form.add_error("saved_reply", _("Choose a saved reply first."))
            return self.refused(_("Choose a saved reply first."), reply_form=form)
        typed = self.request.POST.get("body", "").rstrip()
        body = f"{typed}\n\n{saved.body}" if typed else saved.body
        prefilled = CouncilReplyForm(initial={"body": body, "saved_reply": saved.pk})
        messages.info(
            self.request, _("The saved reply is in the reply box: adjust it, then send it.")
        )
        return self.render_to_response(self.get_context_data(reply_form=prefilled))

    def reply(self):
        form = CouncilReplyForm(self.request.POST)
        if not form.is_valid():
            return self.refused(_("The reply was not sent: see below."), reply_form=form)
        try:
            services.reply(
                self.inquiry,
                form.cleaned_data["body"],
                author_kind=Author.COUNCIL,
                author=self.request.user,
            )
        except services.InquiryError as error:
            form.add_error(None, str(error))
            return self.refused(str(error), reply_form=form)
        return self.done(_("Reply sent: the buyer gets it by email."))

    def quote(self):
        form = CouncilQuoteForm(self.request.POST)
        if not form.is_valid():
            return self.refused(_("The quote was not sent: see below."), quote_form=form)
        data = form.cleaned_data
        try:
            services.send_quote(
                self.inquiry,
                amount=data["amount"],
                currency=data["currency"],
                valid_until=data["valid_until"],
                note=data["note"],
                author_kind=Author.COUNCIL,
                author=self.request.user,
            )
        except services.InquiryError as error:
            form.add_error(None, str(error))
            return self.refused(str(error), quote_form=form)
        return self.done(_("Quote sent: the buyer gets it by email."))

    def assign(self):
        form = AssignForm(self.request.POST)
        if not form.is_valid():
            return self.refused(_("Nobody was assigned: see below."), assign_form=form)
        return self.assigned(form.cleaned_data["editor"])

    def assign_to_me(self):
        return self.assigned(self.request.user)

    def assigned(self, editor):
        services.assign(self.inquiry, editor)
        log(
            self.inquiry,
            "inquiries.assign",
            user=self.request.user,
            data={"assigned_to": editor_name(editor)},
        )
        if editor is None:
            return self.done(_("Nobody is assigned to this inquiry now."))
        if editor == self.request.user:
            return self.done(_("This inquiry is assigned to you."))
        return self.done(_("Assigned to %(name)s.") % {"name": editor_name(editor)})

    def close(self):
        if not services.close(self.inquiry, author_kind=Author.COUNCIL, author=self.request.user):
            return self.done(_("This inquiry was already closed."))
        log(self.inquiry, "inquiries.close", user=self.request.user)
        return self.done(_("Inquiry closed. A new reply opens it again."))


def admin_urls():
    return [path("inquiries/<int:pk>/", ThreadView.as_view(), name=THREAD_URL_NAME)]
