"""The buyers' inquiries in the artisan's portal, on the phone: the list, the thread with its
reply and quote forms, and the artisan's saved replies.

An account sees only the inquiries and saved replies of the artisans it keeps: anything else is
a 404. A refused change shows why and keeps what was typed.
"""

from django.contrib import messages
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DeleteView, FormView, ListView

from catalog.portal.views import ArtisanAccountMixin

from . import services
from .forms import ReplyForm
from .models import Author, Inquiry, InquiryKind, InquiryStatus, SavedReply
from .portal_forms import QuoteForm, SavedReplyForm
from .services import InquiryError

QUOTED_KINDS = {InquiryKind.QUOTE, InquiryKind.CUSTOM}


class InquiryAccountMixin(ArtisanAccountMixin):
    """Signed in as one of an active artisan's accounts; only its artisans' inquiries."""

    def own_inquiries(self):
        return Inquiry.objects.visible_to_artisan(self.request.user)

    def own_saved_replies(self):
        return SavedReply.objects.filter(artisan__in=self.artisans)


class InquiryListView(InquiryAccountMixin, ListView):
    """The inquiries of this account's artisans, newest first, optionally of one status."""

    template_name = "inquiries/portal/inquiry_list.html"
    context_object_name = "inquiries"
    paginate_by = 30

    @cached_property
    def status(self):
        status = self.request.GET.get("status", "")
        return status if status in InquiryStatus.values else ""  # anything else: all of them

    def get_queryset(self):
        inquiries = self.own_inquiries().select_related("product", "artisan")
        if self.status:
            inquiries = inquiries.filter(status=self.status)
        return inquiries.order_by("-created_at", "-pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = dict(
            self.own_inquiries()
            .order_by()
            .values_list("status")
            .annotate(count=Count("pk", distinct=True))
        )
        context["status"] = self.status
        context["status_tabs"] = [
            (value, label, counts.get(value, 0)) for value, label in InquiryStatus.choices
        ]
        context["total"] = sum(counts.values())
        context["several_artisans"] = len(self.artisans) > 1
        return context


class InquiryThreadMixin(InquiryAccountMixin):
    @cached_property
    def inquiry(self):
        return get_object_or_404(
            self.own_inquiries().select_related("product", "artisan"), pk=self.kwargs["pk"]
        )

    @cached_property
    def saved_replies(self):
        if self.inquiry.artisan_id is None:
            return []
        return list(SavedReply.objects.filter(artisan_id=self.inquiry.artisan_id))

    def thread_url(self, anchor=""):
        url = reverse("inquiries_artisan_thread", args=[self.inquiry.pk])
        return f"{url}#{anchor}" if anchor else url

    def can_quote(self):
        return self.inquiry.kind in QUOTED_KINDS and self.inquiry.status not in (
            InquiryStatus.ACCEPTED,
            InquiryStatus.CLOSED,
        )

    def render_thread(self, reply_form=None, quote_form=None, saved_error=""):
        inquiry = self.inquiry
        thread = list(inquiry.messages.all())
        for message in thread:
            message.side, message.who = self.author(message)
        if quote_form is None and self.can_quote():
            quote_form = QuoteForm(inquiry=inquiry)
        context = {
            "inquiry": inquiry,
            "thread": thread,
            "reply_form": reply_form or ReplyForm(),
            # A refused quote comes back with its error and as typed, whatever the state.
            "quote_form": quote_form,
            "saved_replies": self.saved_replies,
            "saved_error": saved_error,
            "several_artisans": len(self.artisans) > 1,
        }
        return render(self.request, "inquiries/portal/thread.html", context)

    def author(self, message):
        """(side, name) of who wrote `message`, as this account reads the thread."""
        if message.author_kind == Author.BUYER:
            return "buyer", self.inquiry.name
        if message.author_kind == Author.COUNCIL:
            return "council", _("Dekranasda")
        if message.author_id == self.request.user.pk:
            return "you", _("You")
        return "you", self.inquiry.artisan.business_name if self.inquiry.artisan else _("Artisan")


class InquiryThreadView(InquiryThreadMixin, View):
    """The thread; a reply (POST), or a saved reply put into the reply box without JavaScript
    (POST with action=use_saved: nothing is sent, the page comes back with the text)."""

    def get(self, request, pk):
        return self.render_thread()

    def post(self, request, pk):
        if request.POST.get("action") == "use_saved":
            return self.use_saved_reply()
        form = ReplyForm(request.POST)
        if form.is_valid():
            try:
                message = services.reply(
                    self.inquiry,
                    form.cleaned_data["body"],
                    author_kind=Author.ARTISAN,
                    author=request.user,
                )
            except InquiryError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Your reply is sent: the buyer gets it by email."))
                return redirect(self.thread_url(f"message-{message.pk}"))
        return self.render_thread(reply_form=form)

    def use_saved_reply(self):
        typed = self.request.POST.get("body", "").strip()
        chosen = self.request.POST.get("saved_reply", "")
        saved = next((reply for reply in self.saved_replies if str(reply.pk) == chosen), None)
        if saved is None:
            return self.render_thread(
                reply_form=ReplyForm(initial={"body": typed}),
                saved_error=_("Choose one of your saved replies first."),
            )
        body = f"{typed}\n\n{saved.body}" if typed else saved.body
        return self.render_thread(reply_form=ReplyForm(initial={"body": body}))


class InquiryQuoteView(InquiryThreadMixin, View):
    """The artisan's price for a quote or custom order request (an accepted or closed one
    takes none: services.send_quote says so, and the form comes back as typed)."""

    def get(self, request, pk):
        return redirect(self.thread_url("quote"))

    def post(self, request, pk):
        if self.inquiry.kind not in QUOTED_KINDS:
            messages.error(request, _("Only quote and custom order requests take a price."))
            return redirect(self.thread_url())
        form = QuoteForm(request.POST, inquiry=self.inquiry)
        if form.is_valid():
            data = form.cleaned_data
            try:
                message = services.send_quote(
                    self.inquiry,
                    amount=data["amount"],
                    currency=data["currency"],
                    valid_until=data["valid_until"],
                    note=data["note"],
                    author_kind=Author.ARTISAN,
                    author=request.user,
                )
            except InquiryError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Your quote is sent: the buyer gets it by email."))
                return redirect(self.thread_url(f"message-{message.pk}"))
        return self.render_thread(quote_form=form)


class InquiryCloseView(InquiryThreadMixin, View):
    def get(self, request, pk):
        return redirect(self.thread_url())

    def post(self, request, pk):
        if services.close(self.inquiry, author_kind=Author.ARTISAN, author=request.user):
            messages.success(
                request, _("The conversation is closed. A reply from you opens it again.")
            )
        else:
            messages.info(request, _("This conversation was already closed."))
        return redirect(self.thread_url())


class SavedReplyListView(InquiryAccountMixin, ListView):
    template_name = "inquiries/portal/saved_replies.html"
    context_object_name = "saved_replies"

    def get_queryset(self):
        return self.own_saved_replies().select_related("artisan")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["several_artisans"] = len(self.artisans) > 1
        return context


class SavedReplyFormView(InquiryAccountMixin, FormView):
    """Add a saved reply, or change one of this account's artisans'."""

    form_class = SavedReplyForm
    template_name = "inquiries/portal/saved_reply_form.html"
    success_url = reverse_lazy("inquiries_saved_replies")

    @cached_property
    def saved_reply(self):
        if "pk" not in self.kwargs:
            return None
        return get_object_or_404(self.own_saved_replies(), pk=self.kwargs["pk"])

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = self.saved_reply or SavedReply()
        kwargs["artisans"] = self.artisans
        return kwargs

    def form_valid(self, form):
        saved = form.save()
        messages.success(self.request, _("Saved reply “%(title)s” kept.") % {"title": saved})
        return super().form_valid(form)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["saved_reply"] = self.saved_reply
        return context


class SavedReplyDeleteView(InquiryAccountMixin, DeleteView):
    template_name = "inquiries/portal/saved_reply_delete.html"
    context_object_name = "saved_reply"
    success_url = reverse_lazy("inquiries_saved_replies")

    def get_queryset(self):
        return self.own_saved_replies()

    def form_valid(self, form):
        messages.success(
            self.request, _("Saved reply “%(title)s” deleted.") % {"title": self.object}
        )
        return super().form_valid(form)
