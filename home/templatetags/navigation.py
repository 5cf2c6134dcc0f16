"""Header, footer and language switcher data for the site-wide templates."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page, Site

register = template.Library()


def _home_page(request):
    """The home page in the active language (the site's root page, localized), once a request."""
    if not hasattr(request, "_localized_home_page"):
        site = Site.find_for_request(request)
        request._localized_home_page = site.root_page.localized if site else None
    return request._localized_home_page


@register.simple_tag(takes_context=True)
def home_page(context):
    request = context.get("request")
    return _home_page(request) if request else None


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """Pages the editors put in the menu: live children of the home page with 'show in menus'."""
    request = context.get("request")
    home = _home_page(request) if request else None
    if home is None:
        return []
    if not hasattr(request, "_menu_pages"):
        request._menu_pages = list(home.get_children().live().in_menu().specific(defer=True))
    return request._menu_pages


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
    links = []
    if isinstance(page, Page):
        translations = {
            translation.locale_id: translation
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        site = Site.find_for_request(request)
        home = site.root_page if site else page.get_site().root_page
    for code, _name in settings.LANGUAGES:
        if isinstance(page, Page):
            locale = locales.get(code)
            target = translations.get(locale.pk) if locale else None
            is_translation = target is not None
            if target is None and locale is not None:
                target = home.get_translation_or_none(locale)
            url = target.get_url(request) if target is not None else f"/{code}/"
            alternate = url + page_suffix(request)
        else:
            url = translate_url(request.get_full_path(), code)
            alternate = translate_url(request.path, code) + page_suffix(request)
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


@register.simple_tag(takes_context=True)
def absolute_url(context, url_or_page):
    """An absolute URL (of a path or a page) on the host the visitor asked for."""
    request = context.get("request")
    url = url_or_page.get_url(request) if isinstance(url_or_page, Page) else url_or_page
    return request.build_absolute_uri(url) if request else url
