"""My certificates (with the name to confirm) and the public verification page."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from accounts.decorators import open_while_awaiting_consent

from . import selectors, services
from .forms import CertificateNameForm


@login_required
def my_certificates(request):
    confirmed = selectors.confirmed_name(user=request.user)
    form = CertificateNameForm(
        request.POST or None,
        initial={"name": confirmed.name if confirmed else request.user.display_name},
    )
    if request.method == "POST" and confirmed is None and form.is_valid():
        try:
            services.certificate_name_confirm(
                user=request.user, name=form.cleaned_data["name"]
            )
        except ValidationError as error:
            form.add_error("name", error)
        else:
            messages.success(
                request,
                _("Thank you. Your certificates will carry this name."),
            )
            return redirect("certificates:mine")
    return render(
        request,
        "certificates/my_certificates.html",
        {
            "certificates": selectors.my_certificates(user=request.user),
            "confirmed": confirmed,
            "form": form,
        },
    )


VERIFY_PER_MINUTE = 30


def _too_many_checks(request) -> bool:
    """Per client address: at most VERIFY_PER_MINUTE verifications a minute."""
    key = f"certificates:verify:{request.META.get('REMOTE_ADDR', '')}"
    if cache.add(key, 1, 60):
        return False
    try:
        return cache.incr(key) > VERIFY_PER_MINUTE
    except ValueError:  # expired between the two calls
        return False


@open_while_awaiting_consent
def verify(request, code: str):
    if _too_many_checks(request):
        return render(
            request,
            "certificates/verify_slow_down.html",
            status=429,
        )
    result = selectors.verify(code=code)
    return render(
        request,
        "certificates/verify.html",
        {"result": result, "code": code, "issuer": settings.CERTIFICATE_ISSUER_NAME},
        status=404 if result.status == selectors.UNKNOWN else 200,
    )
