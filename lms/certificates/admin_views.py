"""Wagtail admin pages where staff find and revoke certificates."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import services
from .codes import normalise_code
from .models import Certificate

REVOKE_PERMISSION = "certificates.revoke_certificate"


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("The learner and anyone who checks the code see it."),
    )


@permission_required(REVOKE_PERMISSION, raise_exception=True)
def certificate_index(request):
    """The latest certificates, or those matching a code or a holder's name."""
    query = request.GET.get("q", "").strip()
    certificates = Certificate.objects.select_related("user")
    if query:
        code = normalise_code(query)
        certificates = certificates.filter(
            Q(holder_name__icontains=query) | Q(code=code or "")
        )
    return render(
        request,
        "certificates/admin/certificate_index.html",
        {"certificates": certificates[:50], "query": query},
    )


@permission_required(REVOKE_PERMISSION, raise_exception=True)
def certificate_revoke(request, pk: int):
    certificate = get_object_or_404(Certificate.objects.select_related("user"), pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and not certificate.is_revoked:
        try:
            services.certificate_revoke(
                certificate_id=certificate.pk,
                revoked_by=request.user,
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            form.add_error("reason", error)
        else:
            messages.success(
                request,
                _("Certificate %(code)s revoked; the learner will be emailed.")
                % {"code": certificate.code},
            )
            return redirect("certificates_admin:index")
    return render(
        request,
        "certificates/admin/certificate_revoke.html",
        {"certificate": certificate, "form": form},
    )
