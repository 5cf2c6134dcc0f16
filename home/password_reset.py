"""Password reset that does not tell who has an account.

The request does the same work for every address typed: it checks the form, queues one task
with the address and the page's language, and answers with the same "check your mailbox" page.
No account is looked up while the visitor waits; the task looks the address up and, if an
active account with a password has it, sends the link (Django's tokens: single use, valid for
PASSWORD_RESET_TIMEOUT) in the language the visitor asked in. Run on a worker (a durable task
queue) the answer takes the same time too; with the in-process backend the mail is sent before
the answer.
"""

from django.contrib.auth import forms as auth_forms
from django.contrib.auth import views as auth_views
from django.urls import reverse_lazy
from django.utils import translation

from django_tasks import task

from .models import CouncilSettings

EMAIL_TEMPLATES = {
    "subject_template_name": "registration/password_reset_subject.txt",
    "email_template_name": "registration/password_reset_email.txt",
}


class PasswordResetRequestForm(auth_forms.PasswordResetForm):
    """Django's form, whose save() only queues the task (see the module's docstring)."""

    def save(self, request=None, **kwargs):
        send_password_reset.enqueue(
            email=self.cleaned_data["email"],
            language=translation.get_language(),
            domain=request.get_host(),
            use_https=request.is_secure(),
            site_name=CouncilSettings.for_request(request).site_name,
        )


@task()
def send_password_reset(email, language, domain, use_https, site_name):
    """Send the reset link to every active account with this address and a usable password
    (Django's PasswordResetForm.get_users); nothing when there is none."""
    form = auth_forms.PasswordResetForm({"email": email})
    if not form.is_valid():
        return
    with translation.override(language):
        form.save(
            domain_override=domain,
            use_https=use_https,
            extra_email_context={"site_name": site_name},
            **EMAIL_TEMPLATES,
        )


class RequestView(auth_views.PasswordResetView):
    form_class = PasswordResetRequestForm
    template_name = "registration/password_reset_form.html"
    success_url = reverse_lazy("password_reset_done")


class SentView(auth_views.PasswordResetDoneView):
    template_name = "registration/password_reset_done.html"


class NewPasswordView(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_reset_confirm.html"
    success_url = reverse_lazy("password_reset_complete")


class DoneView(auth_views.PasswordResetCompleteView):
    template_name = "registration/password_reset_complete.html"
