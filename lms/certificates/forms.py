from django import forms
from django.utils.translation import gettext_lazy as _

from .models import NAME_MAX_LENGTH


class CertificateNameForm(forms.Form):
    name = forms.CharField(
        label=_("Your name as it should appear on certificates"),
        max_length=NAME_MAX_LENGTH,
        help_text=_("In any script. You confirm it once; it is printed as written."),
    )
