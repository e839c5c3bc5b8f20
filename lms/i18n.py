"""Where the same page lives in another language."""

from urllib.parse import urlsplit

from django.http import Http404
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site


def _cms_page(path: str, request) -> Page | None:
    """The Wagtail page at `path`, resolved in the language the path is in."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    site = Site.find_for_request(request)
    if match.url_name != "wagtail_serve" or site is None:
        return None
    components = [part for part in match.kwargs.get("path", "").split("/") if part]
    try:
        return site.root_page.localized.specific.route(request, components).page
    except Http404:
        return None


def _language_home(language: str, request) -> str:
    site = Site.find_for_request(request)
    with translation.override(language):
        home = site.root_page.localized if site else None
        return (home and home.get_url(request)) or f"/{language}/"


def translated_path(path: str, language: str, request) -> str:
    """`path` in `language`: the page's translation, or the URL re-prefixed."""
    path = urlsplit(path).path or "/"
    source = translation.get_language_from_path(path)
    if source is None:
        return _language_home(language, request)
    with translation.override(source):
        page = _cms_page(path, request)
        if page is None:
            return translate_url(path, language)
    locale = Locale.objects.filter(language_code=language).first()
    translated = page.get_translation_or_none(locale) if locale else None
    if translated is not None and translated.live:
        return translated.get_url(request)
    return _language_home(language, request)
