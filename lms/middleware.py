"""Language selection from the URL prefix."""

import re

from django.middleware.locale import LocaleMiddleware

# A first path segment shaped like a language code ("xx", "fil", "zh-hant").
LANGUAGE_LIKE = re.compile(r"^/([a-z]{2,3}(?:-[a-z0-9]{2,8})*)(?:/|$)", re.IGNORECASE)


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that an unknown language prefix is a plain 404.

    Django would answer /xx/ by redirecting to /en/xx/; a page in a language we
    do not serve is not found, and saying so at once is clearer.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and LANGUAGE_LIKE.match(request.path_info):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
