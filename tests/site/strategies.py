"""Hypothesis strategies for what a visitor can type or forge into a public form or URL, and a
check that text a visitor stored never comes back as live markup.

Every dangerous payload carries MARKER, so that the check can tell the visitor's text from the
site's own markup: a tag, an event handler or a script that holds MARKER came from a visitor.
"""

import re
from html.parser import HTMLParser
from urllib.parse import quote_from_bytes

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

MARKER = "pkxss"

# Repeatable on CI (derandomize), bounded, no deadline (the first request of a run warms up
# templates and translations). The fixtures' data is shared by a test's examples on purpose:
# it is built once in the test's rolled-back transaction and each example only adds to it.
PROPERTY_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Markup that runs script when rendered as is: tags, event handlers, attribute breakouts.
MARKUP_PAYLOADS = [
    f"<script>alert('{MARKER}')</script>",
    f'"><script>alert("{MARKER}")</script>',
    f"<img src=x onerror=alert('{MARKER}')>",
    f"\"'><img src=x onerror=alert(1) data-{MARKER}>",
    f'" onmouseover="alert(\'{MARKER}\')" x="',
    f"' onfocus='alert(\"{MARKER}\")' autofocus '",
    f"<svg/onload=alert('{MARKER}')>",
    f"</textarea><script>alert('{MARKER}')</script>",
    f"</title><iframe src=javascript:alert('{MARKER}')>",
    f"<a href=\"javascript:alert('{MARKER}')\">{MARKER}</a>",
    f"<body onload=alert('{MARKER}')>",
    f"</script><script>alert('{MARKER}')</script>",
]
# Text that is harmless as text but must stay text: a URL scheme, template syntax, SQL.
TEXT_PAYLOADS = [
    f"javascript:alert('{MARKER}')",
    f'JaVaScRiPt:alert("{MARKER}")',
    "{{ request.user }}{% debug %}",
    "' OR '1'='1' --",
    "1; DROP TABLE catalog_product; --",
    '"; SELECT pg_sleep(1); --',
    "%00%27%22",
]
# Characters that break naive code: NUL, RTL override, zero-width, BOM, line and paragraph
# separators, combining marks, digits that are not ASCII (superscript, Arabic-Indic, full-width).
AWKWARD_CHARACTERS = [
    "\x00",
    "\u202e",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u2028",
    "\r\n",
    "\t",
    "\u0301",
    "²",
    "٣",
    "\uff11\uff12",
    "\U0001f600",
    "ß",
    "İ",
]
NUMBERISH = [
    "",
    "0",
    "-1",
    "-0",
    "1.5",
    "1e9",
    "1e999",
    "0x10",
    " 7 ",
    "+3",
    "NaN",
    "inf",
    "-inf",
    "∞",
    "²",
    "٣",
    "\uff11\uff12",
    "9" * 30,
    "-" + "9" * 30,
    str(2**31),
    str(2**63),
    str(2**64),
]


def awkward_text(max_size=60):
    """Any text a keyboard, a paste or a script can produce (no lone surrogates: they cannot
    travel in UTF-8), with the awkward characters often."""
    characters = st.characters(exclude_categories=["Cs"])
    pieces = st.one_of(
        st.text(characters, max_size=max_size),
        st.sampled_from(AWKWARD_CHARACTERS),
        st.sampled_from(TEXT_PAYLOADS),
    )
    return st.lists(pieces, max_size=4).map("".join)


def long_text():
    """Longer than any field takes."""
    return st.builds(
        lambda piece, times: piece * times,
        st.sampled_from(["x", "é", "<b>"]),
        st.integers(100, 20_000),
    )


def markup(wrapped=True):
    """A dangerous payload, alone or inside ordinary text."""
    payload = st.sampled_from(MARKUP_PAYLOADS)
    if not wrapped:
        return payload
    return st.builds(
        lambda before, middle, after: f"{before}{middle}{after}",
        st.sampled_from(["", "Rina ", "Jl. Merdeka 1 ", "\u202e", "\u200b"]),
        payload,
        st.sampled_from(["", " batik", "\u202c", "\x00", " RT 02/RW 03"]),
    )


def numberish():
    """What people and scripts put where a number goes."""
    return st.one_of(
        st.sampled_from(NUMBERISH),
        st.integers(-(10**30), 10**30).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(str),
    )


class Encoded(str):
    """A URL value already percent-encoded (bytes that are not UTF-8)."""


def raw_bytes():
    """Bytes that are not UTF-8, percent-encoded as a browser or a script may send them."""
    return st.binary(min_size=1, max_size=12).map(quote_from_bytes).map(Encoded)


def form_value():
    """Any value of any parameter: text, numbers, markup, long text."""
    return st.one_of(
        awkward_text(), numberish(), markup(), long_text(), st.sampled_from(TEXT_PAYLOADS)
    )


def any_value():
    """A parameter's value as it reaches the server: any text, or bytes that are not UTF-8."""
    return st.one_of(form_value(), raw_bytes())


def path_token():
    """What a client can put in a path segment: text, numbers, markup, bytes."""
    return st.one_of(awkward_text(), numberish(), markup(wrapped=False), raw_bytes())


def query_params(names, value=None):
    """Some of `names`, each with a value (repeated parameters included)."""
    value = form_value() if value is None else value
    return st.lists(st.tuples(st.sampled_from(names), value), max_size=len(names) + 2)


def has_markup(text):
    return MARKER in text and bool(re.search(r"[<>\"']", text))


# --- The check -------------------------------------------------------------------------------

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "poster"}
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}


class _MarkupScanner(HTMLParser):
    """Collects what in a page came from the visitor as markup rather than as text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.script_type = None

    def handle_starttag(self, tag, attrs):
        self._check_tag(tag, attrs)
        if tag == "script":
            self.script_type = dict(attrs).get("type") or "text/javascript"

    def handle_startendtag(self, tag, attrs):
        self._check_tag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "script":
            self.script_type = None

    def handle_data(self, data):
        if self.script_type and self.script_type not in DATA_SCRIPT_TYPES and MARKER in data:
            self.problems.append(f"visitor text inside a script: {data[:120]!r}")

    def _check_tag(self, tag, attrs):
        if MARKER in tag:
            self.problems.append(f"a tag named by the visitor: <{tag}>")
        for name, value in attrs:
            value = value or ""
            if MARKER in name:
                self.problems.append(f"an attribute named by the visitor: <{tag} {name}>")
            elif name.startswith("on") and MARKER in value:
                self.problems.append(
                    f"an event handler with visitor text: <{tag} {name}={value!r}>"
                )
            elif name in URL_ATTRIBUTES and re.match(r"\s*javascript:", value, re.I):
                self.problems.append(f"a javascript: URL: <{tag} {name}={value!r}>")
        if tag in {"img", "svg", "iframe", "body", "script"} and any(
            MARKER in (value or "") for _name, value in attrs
        ):
            self.problems.append(f"a <{tag}> carrying visitor text: {attrs!r}")


def injected_markup(html, payloads=()):
    """What in `html` is a visitor's markup, rendered live: a list of problems (empty if none).

    Each payload sent must not come back verbatim, and no tag, attribute or script may carry
    MARKER, whatever the payload became on the way (trimmed, cut, joined to other text)."""
    problems = [
        f"payload rendered verbatim: {payload[:80]!r}"
        for payload in payloads
        if has_markup(payload) and payload in html
    ]
    scanner = _MarkupScanner()
    scanner.feed(html)
    scanner.close()
    return problems + scanner.problems
