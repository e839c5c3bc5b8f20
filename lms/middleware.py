"""Language selection from the URL prefix."""

import re

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.http import JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation import gettext as _

from .settings.languages import LANGUAGE_CODES

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


class ApiLanguageMiddleware:
    """`?lang=<code>` picks the language of an API response; an unknown one is a 400."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        code = request.GET.get("lang")
        if code is None or not request.path_info.startswith("/api/"):
            return self.get_response(request)
        if code not in LANGUAGE_CODES:
            return JsonResponse(
                {
                    "detail": _("Unknown language: %(code)s.") % {"code": code[:20]},
                    "code": "unknown_language",
                },
                status=400,
            )
        with translation.override(code):
            request.LANGUAGE_CODE = code
            response = self.get_response(request)
        response.headers["Content-Language"] = code
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp, relaxed for Wagtail's admin only.

    Wagtail 8's admin still applies inline styles and starts its date-time
    pickers with inline scripts, so /admin/ (staff only) allows them; every
    page learners see keeps the strict 'self' policy.
    """

    ADMIN_UPDATE = {
        "style-src": [UNSAFE_INLINE],
        "script-src": [UNSAFE_INLINE],
        "img-src": ["blob:"],
    }

    def get_policy_parts(self, request, response, report_only=False):
        if request.path_info.startswith("/admin/") and not report_only:
            response._csp_update = {
                **self.ADMIN_UPDATE,
                **(getattr(response, "_csp_update", None) or {}),
            }
        return super().get_policy_parts(request, response, report_only)
