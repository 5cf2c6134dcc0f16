"""Turn the demo content's plain text into Wagtail rich text and StreamField data."""

from django.utils.html import escape


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def stream_data(entries):
    """Content entries ("heading", text) / ("paragraph", text) / ("quote", text, who)."""
    blocks = []
    for kind, text, *rest in entries:
        if kind == "paragraph":
            blocks.append({"type": "paragraph", "value": f"<p>{escape(text)}</p>"})
        elif kind == "quote":
            blocks.append(
                {"type": "quote", "value": {"text": text, "attribution": rest[0] if rest else ""}}
            )
        else:
            blocks.append({"type": kind, "value": text})
    return blocks
