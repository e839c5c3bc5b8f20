"""Platform views: the language switch."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.decorators import open_while_awaiting_consent
from accounts.services import user_update_profile

from .i18n import translated_path
from .settings.languages import LANGUAGE_CODES


@require_POST
@open_while_awaiting_consent
def switch_language(request):
    """Show the same page in another language, and remember the choice."""
    language = request.POST.get("language", "")
    next_path = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        next_path, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_path = "/"
    if language not in LANGUAGE_CODES:
        return render(
            request,
            "lms/language_error.html",
            {"message": _("Sorry, we do not offer that language."), "next": next_path},
            status=400,
        )
    if request.user.is_authenticated and request.user.preferred_language != language:
        user_update_profile(user=request.user, preferred_language=language)
    translation.activate(language)
    response = redirect(translated_path(next_path, language, request))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
    )
    return response
