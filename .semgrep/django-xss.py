# ruff: noqa: UP031, UP032 -- the formatting styles these rules must catch
from django.http import HttpResponse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe


def formatted(name, items):
    # ruleid: mark-safe-of-formatted-string
    mark_safe(f"<b>{name}</b>")
    # ruleid: mark-safe-of-formatted-string
    mark_safe("<b>%s</b>" % name)
    # ruleid: mark-safe-of-formatted-string
    SafeString("<b>{}</b>".format(name))
    # ruleid: mark-safe-of-formatted-string
    mark_safe("<b>" + name)
    # ok: mark-safe-of-formatted-string
    mark_safe("<br>")
    # ok: mark-safe-of-formatted-string
    format_html("<b>{}</b>", name)


def pre_formatted(name):
    # ruleid: format-html-pre-formatted
    format_html(f"<b>{name}</b>")
    # ruleid: format-html-pre-formatted
    format_html("<b>%s</b>" % name)
    # ruleid: format-html-pre-formatted
    format_html("<b>{}</b>".format(name))
    # ok: format-html-pre-formatted
    format_html("<b>{}</b>", name)


def reflected(request):
    query = request.GET.get("q", "")
    # ruleid: request-data-into-safe-html
    mark_safe(query)
    # ruleid: request-data-into-safe-html
    HttpResponse(f"<p>{request.POST['note']}</p>")
    # ok: request-data-into-safe-html
    HttpResponse(query, content_type="text/plain; charset=utf-8")
    # ok: request-data-into-safe-html
    return format_html("<p>{}</p>", query)
