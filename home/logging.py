"""Log lines: plain text for a developer, one JSON object per line for a log collector
(DJANGO_LOG_FORMAT=json), both with the request's id and without secrets.

Private links carry their secret in the path (an order's `/id/pesanan/<token>/`, an inquiry's,
a guest's data link, which holds their email address, a password reset): every formatted
line has those path segments replaced by `***`, whatever logged it (Django's "Not Found:
/id/pesanan/...", an exception's text, gunicorn's access line). Which URLs hold a secret is
read from the URL configuration itself, in every language: any route whose parameter is named
`token`, `key` or `uidb64`. Email addresses are masked too, as a safety net.
"""

import logging
import re
import threading
from datetime import UTC, datetime

from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter as BaseJsonFormatter

from home.request_id import current_request_id

SECRET_PARAMETERS = frozenset({"token", "key", "uidb64"})
MASK = "***"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# One path segment inside a line of text (a URL ends at a space, a quote or a query string).
_SEGMENT = r"[^/\s?#\"'<>]+"
_NAMED_GROUP = re.compile(r"\(\?P<(\w+)>")

_patterns = {}  # URLconf name -> compiled pattern of the secret paths
_building = threading.local()


def mask_secrets(text):
    """`text` with private-link secrets and email addresses masked."""
    pattern = _secret_paths()
    if pattern is not None:
        text = pattern.sub(_masked, text)
    return EMAIL.sub("[email]", text)


def _masked(match):
    text, start = match.group(0), match.start()
    pieces, last = [], 0
    for index in range(1, match.re.groups + 1):
        if match.start(index) >= 0:
            pieces += [text[last : match.start(index) - start], MASK]
            last = match.end(index) - start
    return "".join(pieces) + text[last:]


def _secret_paths():
    """The compiled pattern of every path holding a secret, or None before Django is ready
    (gunicorn's master process, a settings module being imported)."""
    from django.apps import apps

    if not apps.ready or getattr(_building, "active", False):
        return None  # gunicorn's master, or a line logged while the URLconf is imported
    try:
        from django.conf import settings
        from django.urls import get_urlconf

        urlconf = get_urlconf() or settings.ROOT_URLCONF
        if urlconf not in _patterns:
            _building.active = True
            try:
                _patterns[urlconf] = _compile(urlconf, [code for code, _ in settings.LANGUAGES])
            finally:
                _building.active = False
        return _patterns[urlconf]
    except Exception:  # not configured yet: only the addresses are masked
        return None


def _compile(urlconf, languages):
    from django.urls import get_resolver
    from django.utils import translation

    routes = set()
    for language in languages:
        with translation.override(language):
            routes.update(_secret_routes(get_resolver(urlconf).url_patterns, ""))
    return re.compile("/(?:" + "|".join(sorted(routes)) + ")") if routes else None


def _secret_routes(patterns, prefix):
    from django.urls import URLResolver

    for pattern in patterns:
        regex = prefix + pattern.pattern.regex.pattern.removeprefix("^")
        if isinstance(pattern, URLResolver):
            yield from _secret_routes(pattern.url_patterns, regex)
        elif SECRET_PARAMETERS.intersection(re.compile(regex).groupindex):
            yield _searchable(regex)


def _searchable(regex):
    """A route's regex cut after its last secret parameter, to be found inside a line: the
    secrets as the only capturing groups, each one path segment."""
    starts = [m for m in _NAMED_GROUP.finditer(regex) if m.group(1) in SECRET_PARAMETERS]
    regex = regex[: _group_end(regex, starts[-1].start())]
    regex = _NAMED_GROUP.sub(lambda m: "(" if m.group(1) in SECRET_PARAMETERS else "(?:", regex)
    return regex.replace("[^/]+", _SEGMENT)


def _group_end(regex, start):
    depth, index = 0, start
    while index < len(regex):
        char = regex[index]
        if char == "\\":
            index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return len(regex)


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record: the current request's, or "-"."""

    def filter(self, record):
        if not getattr(record, "request_id", None):
            record.request_id = current_request_id() or "-"
        return True


class TextFormatter(logging.Formatter):
    """Django's usual text lines, secrets masked."""

    def format(self, record):
        return mask_secrets(super().format(record))


class JsonFormatter(BaseJsonFormatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, request_id,
    the record's extra fields (e.g. Django's status_code) and any traceback; secrets masked."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("fmt", ["levelname", "name", "message", "request_id"])
        kwargs.setdefault("rename_fields", {"levelname": "level", "name": "logger"})
        # Django passes the request object along: its text is the full path with the query.
        kwargs.setdefault("reserved_attrs", [*RESERVED_ATTRS, "request", "server_time"])
        super().__init__(*args, **kwargs)

    def add_fields(self, log_data, record, message_dict):
        log_data["time"] = datetime.fromtimestamp(record.created, tz=UTC).isoformat(
            timespec="milliseconds"
        )
        super().add_fields(log_data, record, message_dict)

    def serialize_log_record(self, log_data):
        return mask_secrets(super().serialize_log_record(log_data))
