"""Gunicorn's settings for Pasar Kriya: `gunicorn -c deploy/gunicorn.conf.py`.

Serves `siteconf.wsgi` (production settings unless DJANGO_SETTINGS_MODULE says otherwise), logs
to stderr (errors) and stdout (access), and writes its access lines like Django's logs: one JSON
object per line with DJANGO_LOG_FORMAT=json, plain text otherwise. An access line holds the
method, the path without its query string and with private links' secrets masked
(/id/pesanan/***/), the status, the bytes sent, the time taken and the request's id (the
X-Request-ID that Django answers with: nginx's $request_id, or Django's own); no address, no
user agent, no referrer (nginx's log keeps what the proxy needs). A load balancer's successful
polls of /health/ and /health/live/ are not logged. Gunicorn's own lines (stderr) go through
home.logging's formatters too, so "Error handling request <uri>" names the path with its
secrets masked and without its query string, in text as in JSON.

Anything here can be overridden on the command line (--bind, --workers...); gunicorn reads
WEB_CONCURRENCY for the number of workers.
"""

import logging
import os

from gunicorn.glogging import Logger

wsgi_app = "siteconf.wsgi:application"
accesslog = "-"
errorlog = "-"
LOG_FORMAT = os.environ.get("DJANGO_LOG_FORMAT", "text").strip().lower()
QUIET_PATHS = {"/health/", "/health/live/"}


class WithoutQueryString(logging.Filter):
    """Cuts the query string off the address in gunicorn's "Error handling request <uri>"
    (a query may hold anything a visitor typed; the path's secrets are masked by the
    formatter)."""

    def filter(self, record):
        if str(record.msg).startswith("Error handling request") and record.args:
            record.args = tuple(
                arg.split("?", 1)[0] if isinstance(arg, str) else arg for arg in record.args
            )
        return True


WITHOUT_QUERY_STRING = WithoutQueryString()


class SiteLogger(Logger):
    """Gunicorn's logger with access lines of our own (JSON or text) and error lines masked
    as Django's are (JSON or text)."""

    def setup(self, cfg):
        super().setup(cfg)
        from home.logging import JsonFormatter, TextFormatter

        self.error_log.addFilter(WITHOUT_QUERY_STRING)  # once: the same filter is kept once
        if LOG_FORMAT == "json":
            for handler in self.error_log.handlers + self.access_log.handlers:
                handler.setFormatter(JsonFormatter())
        else:
            for handler in self.error_log.handlers:
                handler.setFormatter(TextFormatter(self.error_fmt, self.datefmt))
            for handler in self.access_log.handlers:
                handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        status = int(str(resp.status).split(None, 1)[0])
        path = environ.get("PATH_INFO", "")
        if path in QUIET_PATHS and status < 400:
            return
        from home.logging import mask_secrets

        fields = {
            "method": environ.get("REQUEST_METHOD", "-"),
            "path": mask_secrets(path),
            "status": status,
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "request_id": _header(resp.headers, "x-request-id") or "-",
        }
        try:
            self.access_log.log(
                logging.INFO,
                "%(method)s %(path)s %(status)s %(bytes)sB %(duration_ms)sms [%(request_id)s]",
                fields,
                extra=fields,
            )
        except Exception:
            self.exception("Access line not written")


def _header(headers, name):
    return next((value for key, value in headers if key.lower() == name), None)


logger_class = SiteLogger
