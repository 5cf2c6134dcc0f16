"""Error reports to Sentry or a compatible collector (GlitchTip...), when SENTRY_DSN is set.

Server errors (the Django integration), errors logged at ERROR (the logging integration) and
failed tasks (django-tasks' `task_finished` with a FAILED status, from the worker or the
in-process backend) are sent; the ADMINS keep their error mails as before.

A report carries no personal data and no secret: no cookies, no Authorization or CSRF header,
no query string, no request body, no user or IP address (send_default_pii off), no local
variables (their values are whatever the code held: an inquiry's repr is its buyer's name, a
message its text, under names no list can foresee); fields with a sensitive name are filtered
at any depth (`SCRUBBED_NAMES`), and every string has private links' secrets and email
addresses masked (home.logging.mask_secrets) and the query strings of paths cut. Each report
is tagged with the request's id, as in the logs.
"""

import importlib.metadata
import re
import sys

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration
from sentry_sdk.integrations.logging import ignore_logger
from sentry_sdk.scrubber import DEFAULT_DENYLIST, DEFAULT_PII_DENYLIST, EventScrubber

from home.logging import mask_secrets
from home.request_id import current_request_id

# Names whose values never leave the server (matched without regard to case, at any depth:
# local variables, dictionaries, headers).
SCRUBBED_NAMES = [
    "email",
    "phone",
    "whatsapp",
    "name",
    "owner_name",
    "address",
    "street",
    "postal_code",
    "key",
    "uidb64",
    "access_token",
    "stripe_signature",
    "http_stripe_signature",
    "http_authorization",
    "http_cookie",
    "x-csrftoken",
]
DROPPED_HEADERS = {
    "cookie",
    "authorization",
    "proxy-authorization",
    "x-csrftoken",
    "stripe-signature",
}
QUERY_STRING = re.compile(r"(/[^\s?#\"'<>]*)\?[^\s#\"'<>]*")


def init_error_reporting(dsn, environment="production", release=None, traces_sample_rate=0.0):
    """Start sending reports to `dsn` (nothing happens without one)."""
    if not dsn:
        return
    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        environment=environment,
        release=release or default_release(),
        traces_sample_rate=traces_sample_rate,
        # send_default_pii is left unset, which is False (no user, IP address or cookies) in
        # every sentry-sdk version; 2.75 deprecates setting it in favour of `data_collection`,
        # which older versions do not know and which turns the scrubber below off.
        max_request_body_size="never",
        include_local_variables=False,
        event_scrubber=EventScrubber(
            denylist=DEFAULT_DENYLIST + SCRUBBED_NAMES,
            pii_denylist=DEFAULT_PII_DENYLIST,
            recursive=True,
        ),
        before_send=scrub_event,
        before_send_transaction=scrub_event,
    )
    # django-tasks logs a failed task with its traceback; it is reported once, with its task.
    ignore_logger("django_tasks")
    # A request for a host the site does not serve (scanners, bots) is not an error of ours.
    ignore_logger("django.security.DisallowedHost")
    from django_tasks.signals import task_finished

    task_finished.connect(report_failed_task, dispatch_uid="home.error_reporting.failed_task")


def default_release():
    """SENTRY_RELEASE, else the git commit (or a platform's), else the package's version."""
    from sentry_sdk.utils import get_default_release

    release = get_default_release()
    if release:
        return release
    try:
        return f"pasar-kriya@{importlib.metadata.version('pasar-kriya')}"
    except importlib.metadata.PackageNotFoundError:
        return None


def report_failed_task(sender, task_result, **kwargs):
    """task_finished: a failed task is reported with its task's path, id and backend."""
    from django_tasks import TaskResultStatus

    if task_result.status != TaskResultStatus.FAILED or not sentry_sdk.get_client().is_active():
        return
    error = sys.exc_info()[1]  # both backends send the signal while handling the error
    with sentry_sdk.new_scope() as scope:
        scope.set_tag("task", task_result.task.module_path)
        scope.set_tag("task_id", str(task_result.id))
        scope.set_tag("task_backend", task_result.backend)
        if error is not None:
            sentry_sdk.capture_exception(error)
        else:
            failure = task_result.errors[-1].exception_class_path if task_result.errors else "?"
            sentry_sdk.capture_message(
                f"Task {task_result.task.module_path} failed: {failure}", level="error"
            )


def scrub_event(event, hint):
    """before_send: the request without what identifies or authorises a visitor, every
    string with its secrets masked, and the request's id as a tag."""
    request = event.get("request")
    if isinstance(request, dict):
        for field in ("cookies", "query_string", "data", "env"):
            request.pop(field, None)
        if isinstance(request.get("headers"), dict):
            request["headers"] = {
                name: value
                for name, value in request["headers"].items()
                if name.lower() not in DROPPED_HEADERS
            }
        if isinstance(request.get("url"), str):
            request["url"] = request["url"].split("?", 1)[0]
    request_id = current_request_id()
    if request_id:
        event.setdefault("tags", {})["request_id"] = request_id
    return _masked(event)


def _masked(value):
    if isinstance(value, str):
        return mask_secrets(QUERY_STRING.sub(r"\1?[Filtered]", value))
    if isinstance(value, dict):
        return {key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    return value
