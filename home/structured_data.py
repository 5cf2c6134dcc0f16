"""JSON-LD for search engines: what each kind of page says about itself (schema.org)."""

import json

from django.utils.safestring import mark_safe

# The same escapes Django's json_script uses, so data can never close the <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    """A <script type="application/ld+json"> element holding `data`, safely escaped."""
    payload = json.dumps(data, ensure_ascii=False, default=str).translate(JSON_SCRIPT_ESCAPES)
    # nosemgrep: mark-safe-of-formatted-string -- payload is JSON with <, > and & escaped
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # nosec B308 B703


def absolute(request, url):
    return request.build_absolute_uri(url) if url else None


def image_url(request, image, spec="fill-1200x630|format-jpeg"):
    """An absolute URL of a rendition of `image`, or None."""
    from home.renditions import rendition

    if image is None:
        return None
    return absolute(request, rendition(image, spec).url)


def organization(council, request, home_url):
    """The council as an Organization."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": council.name,
        "url": absolute(request, home_url),
        "sameAs": [url for _network, _label, url in council.social_links],
    }
    if council.logo:
        data["logo"] = image_url(request, council.logo, "height-200|format-png")
    if council.address:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": council.address,
            "addressCountry": "ID",
        }
    if council.phone or council.whatsapp:
        data["telephone"] = council.phone or council.whatsapp
    if council.email:
        data["email"] = council.email
    return data


def breadcrumb_list(request, crumbs):
    """A BreadcrumbList from (name, url) pairs, home first."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": absolute(request, url),
            }
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def page_breadcrumbs(page, request):
    """(title, url) of a page's ancestors below the root, and of the page itself."""
    ancestors = page.get_ancestors().filter(depth__gt=1).specific(defer=True)
    return [(ancestor.title, ancestor.get_url(request)) for ancestor in ancestors] + [
        (page.title, page.get_url(request))
    ]
