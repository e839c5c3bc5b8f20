"""Where the same page lives in another language."""

from urllib.parse import urlsplit

from django.http import Http404
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site


def _wagtail_page_for(path: str, request) -> Page | None:
    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        match = resolve(path)
    except Resolver404:
        return None
    if match.url_name != "wagtail_serve":
        return None
    language = translation.get_language_from_path(path)
    if language is None:
        return None
    with translation.override(language):
        root = site.root_page.localized
        components = [c for c in match.kwargs.get("path", "").split("/") if c]
        try:
            return root.specific.route(request, components).page
        except Http404:
            return None


def translated_path(path: str, language: str, request) -> str:
    """`path` in `language`: the page's translation, or the URL re-prefixed."""
    path = urlsplit(path).path or "/"
    page = _wagtail_page_for(path, request)
    if page is not None:
        locale = Locale.objects.filter(language_code=language).first()
        translation_page = page.get_translation_or_none(locale) if locale else None
        if translation_page is not None and translation_page.live:
            return translation_page.get_url(request) or path
        with translation.override(language):
            home = Site.find_for_request(request).root_page.localized
            return home.get_url(request) or f"/{language}/"
    return translate_url(path, language)
