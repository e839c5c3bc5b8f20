"""Account pages: sign-up, log-in, profile, verification and parental consent."""

from dataclasses import replace

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import selectors, services
from .choices import Audience, TextSize
from .decorators import open_while_awaiting_consent
from .forms import (
    ParentalConsentForm,
    ParentEmailForm,
    PasswordResetForm,
    ProfileForm,
    SignUpForm,
    VerificationRequestForm,
)
from .preferences import preferences_for, preferences_save


def _apply_language(response, language: str):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
    )
    return response


def _home_after_login(user) -> str:
    with translation.override(user.preferred_language):
        if user.is_awaiting_consent:
            return reverse("accounts:consent_waiting")
        return reverse("accounts:profile")


def sign_up(request):
    """Create an account for any audience."""
    if request.user.is_authenticated:
        return redirect("accounts:profile")
    if request.method == "POST":
        form = SignUpForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            verification = None
            if data["audience"] == Audience.PROFESSIONAL:
                verification = services.VerificationRequest(
                    profession=data["profession"],
                    organisation=data["organisation"],
                    position=data["position"],
                    evidence_note=data["evidence_note"],
                )
            try:
                user = services.user_sign_up(
                    username=data["username"],
                    email=data["email"],
                    password=data["password1"],
                    display_name=data["display_name"],
                    audience=data["audience"],
                    country=data["country"],
                    preferred_language=data["preferred_language"],
                    birth_year=data["birth_year"],
                    verification=verification,
                    parent_email=data.get("parent_email") or "",
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                login(
                    request, user, backend="django.contrib.auth.backends.ModelBackend"
                )
                if user.audience == Audience.PROFESSIONAL:
                    messages.info(
                        request,
                        _(
                            "Welcome! We will check your professional role and "
                            "email you when it is verified."
                        ),
                    )
                response = redirect(_home_after_login(user))
                return _apply_language(response, user.preferred_language)
    else:
        initial = {}
        if request.GET.get("audience") in Audience.values:
            initial["audience"] = request.GET["audience"]
        form = SignUpForm(initial=initial)
    return render(request, "accounts/sign_up.html", {"form": form})


class LoginView(auth_views.LoginView):
    """Log-in that switches to the member's own language."""

    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return _home_after_login(self.request.user)

    def form_valid(self, form):
        response = super().form_valid(form)
        return _apply_language(response, form.get_user().preferred_language)


@open_while_awaiting_consent
class LogoutView(auth_views.LogoutView):
    """Log-out (POST only, as Django requires)."""

    template_name = "accounts/logged_out.html"
    next_page = None


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:password_change_done")


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "accounts/password_change_done.html"


class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetForm
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


@login_required
def profile(request):
    """The learner's own profile and settings."""
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=request.user)
        if form.is_valid():
            services.user_update_profile(
                user=request.user,
                **{name: form.cleaned_data[name] for name in form.changed_data},
            )
            messages.success(request, _("Your profile is saved."))
            language = request.user.preferred_language
            with translation.override(language):
                response = redirect("accounts:profile")
            return _apply_language(response, language)
    else:
        form = ProfileForm(instance=request.user)
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "verification": selectors.latest_verification(user=request.user),
        },
    )


@login_required
def verification_request(request):
    """A professional asks (again) for their role to be verified."""
    if request.method == "POST":
        form = VerificationRequestForm(request.POST)
        if form.is_valid():
            try:
                services.professional_verification_request(
                    user=request.user,
                    request=services.VerificationRequest(**form.cleaned_data),
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request, _("Thank you. We will email you when we have decided.")
                )
                return redirect("accounts:profile")
    else:
        form = VerificationRequestForm(initial={"profession": request.user.profession})
    return render(request, "accounts/verification_request.html", {"form": form})


@open_while_awaiting_consent
@login_required
def consent_waiting(request):
    """Where a learner waits for their parent, and can send the link again."""
    if not request.user.is_awaiting_consent:
        return redirect("accounts:profile")
    consent = getattr(request.user, "parental_consent", None)
    if request.method == "POST":
        form = ParentEmailForm(request.POST)
        if form.is_valid():
            try:
                services.parental_consent_request(
                    learner=request.user, parent_email=form.cleaned_data["parent_email"]
                )
            except ValidationError as error:
                form.add_error("parent_email", error.message_dict.get("parent_email"))
            else:
                messages.success(
                    request, _("We sent a new link to your parent or guardian.")
                )
                return redirect("accounts:consent_waiting")
    else:
        form = ParentEmailForm(
            initial={"parent_email": consent and consent.parent_email}
        )
    return render(
        request, "accounts/consent_waiting.html", {"form": form, "consent": consent}
    )


@open_while_awaiting_consent
def consent_confirm(request, token: str):
    """A parent or guardian confirms a young learner's account from the emailed link."""
    try:
        consent = services.parental_consent_for_token(token)
    except services.ConsentLinkError as error:
        return render(
            request,
            "accounts/consent_link_error.html",
            {"message": str(error)},
            status=410,
        )
    if request.method == "POST":
        form = ParentalConsentForm(request.POST)
        if form.is_valid():
            try:
                services.parental_consent_give(
                    token=token,
                    parent_name=form.cleaned_data["parent_name"],
                    relationship=form.cleaned_data["relationship"],
                )
            except services.ConsentLinkError as error:
                return render(
                    request,
                    "accounts/consent_link_error.html",
                    {"message": str(error)},
                    status=410,
                )
            return render(
                request, "accounts/consent_given.html", {"learner": consent.learner}
            )
    else:
        form = ParentalConsentForm()
    return render(
        request,
        "accounts/consent_confirm.html",
        {"form": form, "learner": consent.learner},
    )


@open_while_awaiting_consent
@require_POST
def display_preferences(request):
    """Save text size, contrast, simplified mode and motion, then go back."""
    current = preferences_for(request)
    changes = {}
    if request.POST.get("text_size") in TextSize.values:
        changes["text_size"] = request.POST["text_size"]
    for flag in ("high_contrast", "simplified_mode", "reduced_motion"):
        if flag in request.POST:
            changes[flag] = request.POST[flag] == "on"
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    preferences_save(request, response, replace(current, **changes))
    return response


def lockout_response(request, original_response, credentials):
    """What a client sees after too many wrong passwords (HTTP 429)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    message = _(
        "Too many failed log-in attempts. Please wait %(minutes)s minutes and try "
        "again, or reset your password."
    ) % {"minutes": minutes}
    if request.path_info.startswith("/api/"):
        return JsonResponse({"detail": message, "code": "locked_out"}, status=429)
    return render(request, "accounts/locked_out.html", {"message": message}, status=429)
