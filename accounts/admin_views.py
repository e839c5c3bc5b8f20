"""Wagtail admin pages where verifiers decide on professional roles."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from . import selectors, services
from .forms import VerificationDecisionForm
from .models import ProfessionalVerification

VERIFY_PERMISSION = "accounts.verify_professional"


@permission_required(VERIFY_PERMISSION, raise_exception=True)
def verification_index(request):
    """Pending requests, oldest first, and the latest decisions."""
    return render(
        request,
        "accounts/admin/verification_index.html",
        {
            "pending": selectors.pending_verifications(),
            "decided": selectors.recent_verification_decisions(),
        },
    )


@permission_required(VERIFY_PERMISSION, raise_exception=True)
def verification_decide(request, pk: int):
    """Show one request and record the verifier's decision."""
    verification = get_object_or_404(
        ProfessionalVerification.objects.select_related("user", "decided_by"), pk=pk
    )
    form = VerificationDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.professional_verification_decide(
                verification_id=verification.pk,
                decided_by=request.user,
                approve=form.cleaned_data["decision"] == "approve",
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("Decision recorded for %(name)s; they will be emailed.")
                % {"name": verification.user.display_name},
            )
            return redirect("accounts_admin:verification_index")
    return render(
        request,
        "accounts/admin/verification_decide.html",
        {"verification": verification, "form": form},
    )
