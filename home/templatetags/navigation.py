"""Header, footer and language switcher data for the site-wide templates."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page, Site

from home.page_cache import remembered, site_address

register = template.Library()


@dataclass(frozen=True)
class Link:
    """A page linked from the header's menu or the footer, as the templates show it."""

    title: str
    url: str
    path: str
    depth: int


@dataclass(frozen=True)
class Navigation:
    """The site's own links: its home page in the active language (`home_url` None without a
    site), the menu (live children of the home page with 'show in menus') and the footer's
    other pages (the live children left out of the menu)."""

    home_url: str | None
    menu: tuple[Link, ...]
    more: tuple[Link, ...]


def site_navigation(request):
    """The header's and footer's links for this request's host and language, once a request;
    with the catalog cache on, kept until anything a public page shows changes (a page
    published, moved or edited, a site or locale changed: home.page_cache_invalidation)."""
    if not hasattr(request, "_site_navigation"):
        parts = ("navigation", *site_address(request), get_language())
        request._site_navigation = remembered(parts, lambda: _navigation(request))
    return request._site_navigation


def _navigation(request):
    site = Site.find_for_request(request)
    if site is None:
        return Navigation(None, (), ())
    home = site.root_page.localized
    # One query for the menu and the footer, in the tree's order.
    children = home.get_children().live()
    links = {True: [], False: []}
    for child in children:
        links[child.show_in_menus].append(
            Link(child.title, child.get_url(request), child.path, child.depth)
        )
    return Navigation(home.get_url(request), tuple(links[True]), tuple(links[False]))


@register.simple_tag(takes_context=True)
def navigation(context):
    """`{% navigation as nav %}`: the links of `site_navigation`, None without a request."""
    request = context.get("request")
    return site_navigation(request) if request else None


def page_suffix(request):
    """ "?page=N" for page N > 1 of a list: each page of a list is its own canonical URL,
    while filters and sorting are not."""
    number = request.GET.get("page", "")
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    return f"?page={int(number)}" if number.isdecimal() and 1 < int(number) < 100_000 else ""


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The absolute canonical URL of what is being shown."""
    request = context["request"]
    page = context.get("page")
    path = page.get_url(request) if isinstance(page, Page) else request.path
    return request.build_absolute_uri(path + page_suffix(request))


@register.simple_tag(takes_context=True)
def language_links(context):
    """For each language: where this same page lives in that language.

    A Wagtail page links to its translation (or, if it has none, to the home page in that
    language); any other view links to its own URL in the other language.
    """
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    current = get_language()
    if isinstance(page, Page):
        page_urls = page_language_urls(request, page)
    links = []
    for code, _name in settings.LANGUAGES:
        if isinstance(page, Page):
            url, is_translation = page_urls[code]
            alternate = url + page_suffix(request)
        else:
            path = translate_url(request.path, code)
            url = view_url_in(request, code, path)
            alternate = path + page_suffix(request)
            is_translation = True
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                # The same page in that language as search engines should know it.
                "alternate_url": request.build_absolute_uri(alternate),
                "is_current": code == current,
                # False when the page has no version in that language and the link leads
                # to that language's home page instead: not an hreflang alternate.
                "is_translation": is_translation,
            }
        )
    return links


def view_url_in(request, code, translated_path):
    """`translate_url(request.get_full_path(), code)` from the path already translated (one
    URL resolution instead of two): the same path with the same query string."""
    full_path = request.get_full_path()
    escaped_path, _, query = full_path.partition("?")
    if escaped_path != request.path:  # a path that needs escaping: translated as it is
        return translate_url(full_path, code)
    return f"{translated_path}?{query}" if query else translated_path


def page_language_urls(request, page):
    """{language code: (URL, is a translation of `page`)} for a Wagtail page; with the catalog
    cache on, kept until anything a public page shows changes (a translation published, a
    locale added...), but never for an editor's preview."""
    if getattr(request, "is_preview", False):
        return _page_language_urls(request, page)
    parts = ("page-language-urls", page.pk, *site_address(request))
    return remembered(parts, lambda: _page_language_urls(request, page))


def _page_language_urls(request, page):
    translations = {
        translation.locale_id: translation
        for translation in page.get_translations(inclusive=True).live().select_related("locale")
    }
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    site = Site.find_for_request(request)
    home = site.root_page if site else page.get_site().root_page
    urls = {}
    for code, _name in settings.LANGUAGES:
        locale = locales.get(code)
        target = translations.get(locale.pk) if locale else None
        is_translation = target is not None
        if target is None and locale is not None:
            target = home.get_translation_or_none(locale)
        url = target.get_url(request) if target is not None else f"/{code}/"
        urls[code] = (url, is_translation)
    return urls


@register.simple_tag(takes_context=True)
def absolute_url(context, url_or_page):
    """An absolute URL (of a path or a page) on the host the visitor asked for."""
    request = context.get("request")
    url = url_or_page.get_url(request) if isinstance(url_or_page, Page) else url_or_page
    return request.build_absolute_uri(url) if request else url
