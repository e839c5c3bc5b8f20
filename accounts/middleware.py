"""Holds accounts that are awaiting a parent's consent on the page that explains why."""

from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _


class ParentalConsentHoldMiddleware:
    """A learner awaiting consent reaches only the views marked open to them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not user.is_awaiting_consent:
            return None
        view = getattr(view_func, "view_class", view_func)
        if getattr(view, "open_while_awaiting_consent", False) or getattr(
            view_func, "open_while_awaiting_consent", False
        ):
            return None
        if request.path_info.startswith("/api/"):
            return JsonResponse(
                {
                    "detail": _(
                        "This account is waiting for a parent or guardian to agree."
                    ),
                    "code": "awaiting_parental_consent",
                },
                status=403,
            )
        return redirect("accounts:consent_waiting")
