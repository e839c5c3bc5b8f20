"""Forms for sign-up, profile, verification requests and parental consent."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.template import loader
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from . import tasks
from .choices import Audience, Profession
from .models import DISPLAY_NAME_MAX_LENGTH, ProfessionalVerification, User
from .services import clean_display_text, needs_parental_consent

MINIMUM_AGE = 13


class SignUpForm(auth_forms.UserCreationForm):
    """A new account, with the verification or consent details its case needs."""

    email = forms.EmailField(label=_("Email"), max_length=254)
    birth_year = forms.IntegerField(
        label=_("Year of birth"),
        help_text=_("We ask so that we can keep young learners safe."),
    )
    profession = forms.ChoiceField(
        label=_("Profession"),
        choices=[("", "—")] + list(Profession.choices),
        required=False,
    )
    organisation = forms.CharField(
        label=_("Organisation"), max_length=200, required=False
    )
    position = forms.CharField(label=_("Position"), max_length=200, required=False)
    evidence_note = forms.CharField(
        label=_("How we can check your role"),
        help_text=ProfessionalVerification._meta.get_field("evidence_note").help_text,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )
    parent_email = forms.EmailField(
        label=_("Email of a parent or guardian"),
        help_text=_(
            "Learners under the age of digital consent in their country need a "
            "parent or guardian to agree. We will email them a link."
        ),
        required=False,
    )

    class Meta:
        model = User
        fields = [
            "username",
            "email",
            "display_name",
            "audience",
            "country",
            "preferred_language",
            "birth_year",
        ]

    PROFESSIONAL_FIELDS = ("profession", "organisation", "position", "evidence_note")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].max_length = DISPLAY_NAME_MAX_LENGTH
        self.fields["preferred_language"].initial = get_language()
        self.fields["audience"].widget = forms.RadioSelect(choices=Audience.choices)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["display_name"].widget.attrs["autocomplete"] = "nickname"
        self.fields["birth_year"].widget.attrs.update(
            {"inputmode": "numeric", "autocomplete": "bday-year"}
        )

    def clean_display_name(self):
        name = clean_display_text(self.cleaned_data["display_name"])
        if not name:
            raise forms.ValidationError(_("Please enter a name."))
        return name

    def clean_birth_year(self):
        year = self.cleaned_data["birth_year"]
        this_year = timezone.localdate().year
        if year > this_year:
            raise forms.ValidationError(_("The year of birth cannot be in the future."))
        if year < 1900:
            raise forms.ValidationError(_("Please check the year of birth."))
        if this_year - year < MINIMUM_AGE:
            raise forms.ValidationError(
                _("You must be at least %(age)s years old to join READI Learn.")
                % {"age": MINIMUM_AGE}
            )
        return year

    def clean_email(self):
        email = User.objects.normalize_email(self.cleaned_data["email"])
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("An account with this email already exists."))
        return email

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("audience") == Audience.PROFESSIONAL:
            for name in self.PROFESSIONAL_FIELDS:
                if not cleaned.get(name):
                    self.add_error(
                        name, _("Professionals must fill in this field to be verified.")
                    )
        year, country = cleaned.get("birth_year"), cleaned.get("country")
        if (
            year
            and country
            and needs_parental_consent(birth_year=year, country=country)
        ):
            parent_email = cleaned.get("parent_email")
            if not parent_email:
                self.add_error(
                    "parent_email",
                    _("At your age we need the email of a parent or guardian."),
                )
            elif parent_email.lower() == (cleaned.get("email") or "").lower():
                self.add_error(
                    "parent_email",
                    _("Use your parent's or guardian's email, not your own."),
                )
        return cleaned


class ProfileForm(forms.ModelForm):
    """What learners may change about themselves."""

    class Meta:
        model = User
        fields = [
            "display_name",
            "email",
            "country",
            "preferred_language",
            "simplified_mode",
            "text_size",
            "high_contrast",
            "reduced_motion",
        ]

    def clean_display_name(self):
        name = clean_display_text(self.cleaned_data["display_name"])
        if not name:
            raise forms.ValidationError(_("Please enter a name."))
        return name

    def clean_email(self):
        email = User.objects.normalize_email(self.cleaned_data["email"])
        taken = User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk)
        if email and taken.exists():
            raise forms.ValidationError(_("An account with this email already exists."))
        return email


class VerificationRequestForm(forms.ModelForm):
    """A new request to verify a professional role (after a rejection, or later)."""

    class Meta:
        model = ProfessionalVerification
        fields = ["profession", "organisation", "position", "evidence_note"]
        widgets = {"evidence_note": forms.Textarea(attrs={"rows": 3})}


class VerificationDecisionForm(forms.Form):
    """A staff member's decision on a verification request."""

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Approve")), ("reject", _("Reject"))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Note to the learner"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ParentalConsentForm(forms.Form):
    """A parent's or guardian's confirmation."""

    parent_name = forms.CharField(label=_("Your full name"), max_length=200)
    relationship = forms.CharField(
        label=_("Your relationship to the learner"),
        max_length=100,
        help_text=_("For example mother, father, grandparent or legal guardian."),
    )
    agree = forms.BooleanField(
        label=_(
            "I am this learner's parent or legal guardian and I agree to them "
            "using READI Learn."
        ),
    )


class ParentEmailForm(forms.Form):
    """A learner awaiting consent sends the link again, or to another address."""

    parent_email = forms.EmailField(label=_("Email of a parent or guardian"))


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's reset form; the worker sends the email, not the web process."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = "".join(
            loader.render_to_string(subject_template_name, context).splitlines()
        )
        body = loader.render_to_string(email_template_name, context)
        tasks.send_email.delay_on_commit(subject, body, to_email)
