"""Writes to accounts: sign-up, profile, verification, parental consent."""

import secrets
import unicodedata
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import tasks
from .choices import AccountStatus, Audience, VerificationStatus
from .consent_ages import consent_age_for
from .models import ParentalConsent, ProfessionalVerification, User


def clean_display_text(value: str) -> str:
    """NFC-normalise user-written text and drop control characters."""
    value = unicodedata.normalize("NFC", value)
    return "".join(
        ch
        for ch in value
        if unicodedata.category(ch) not in {"Cc", "Cf"} or ch in "\u200c\u200d"
    ).strip()


def youngest_possible_age(birth_year: int, *, today=None) -> int:
    """The least age someone born in `birth_year` can have today."""
    today = today or timezone.localdate()
    return today.year - birth_year - 1


def needs_parental_consent(*, birth_year: int | None, country: str) -> bool:
    """Whether a learner must wait for a parent's or guardian's consent."""
    if birth_year is None:
        return False
    return youngest_possible_age(birth_year) < consent_age_for(country)


@dataclass(frozen=True)
class VerificationRequest:
    """What a professional tells us so that staff can verify their role."""

    profession: str
    organisation: str
    position: str
    evidence_note: str


@transaction.atomic
def user_sign_up(
    *,
    username: str,
    email: str,
    password: str,
    display_name: str,
    audience: str,
    country: str,
    preferred_language: str,
    birth_year: int | None,
    verification: VerificationRequest | None = None,
    parent_email: str = "",
) -> User:
    """Create an account; hold it for consent or queue its verification."""
    user = User(
        username=username,
        email=email,
        display_name=clean_display_text(display_name),
        audience=audience,
        country=country,
        preferred_language=preferred_language,
        birth_year=birth_year,
    )
    user.set_password(password)
    if needs_parental_consent(birth_year=birth_year, country=country):
        if not parent_email:
            raise ValidationError(
                {"parent_email": _("We need the email of a parent or guardian.")}
            )
        user.account_status = AccountStatus.AWAITING_CONSENT
    user.full_clean()
    user.save()
    if user.is_awaiting_consent:
        parental_consent_request(learner=user, parent_email=parent_email)
    if audience == Audience.PROFESSIONAL:
        if verification is None:
            raise ValidationError(
                _("Tell us about your role so that we can verify it.")
            )
        professional_verification_request(user=user, request=verification)
    return user


@transaction.atomic
def user_update_profile(*, user: User, **fields) -> User:
    """Save the learner's own profile fields."""
    allowed = {
        "display_name",
        "email",
        "country",
        "preferred_language",
        "simplified_mode",
        "text_size",
        "high_contrast",
        "reduced_motion",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"not editable on a profile: {sorted(unknown)}")
    if "display_name" in fields:
        fields["display_name"] = clean_display_text(fields["display_name"])
    for name, value in fields.items():
        setattr(user, name, value)
    user.full_clean()
    user.save(update_fields=list(fields))
    return user


# --- Professional verification -----------------------------------------------------


@transaction.atomic
def professional_verification_request(
    *, user: User, request: VerificationRequest
) -> ProfessionalVerification:
    """Ask staff to verify the user's professional role (one open request at a time)."""
    if user.verifications.filter(status=VerificationStatus.PENDING).exists():
        raise ValidationError(_("Your request is already waiting for a decision."))
    verification = ProfessionalVerification(
        user=user,
        profession=request.profession,
        organisation=clean_display_text(request.organisation),
        position=clean_display_text(request.position),
        evidence_note=request.evidence_note.strip(),
    )
    verification.full_clean()
    verification.save()
    User.objects.filter(pk=user.pk).update(profession=request.profession)
    return verification


@transaction.atomic
def professional_verification_decide(
    *,
    verification_id: int,
    decided_by: User,
    approve: bool,
    note: str = "",
) -> ProfessionalVerification:
    """Approve or reject a pending request, record who and when, tell the learner."""
    if not decided_by.has_perm("accounts.verify_professional"):
        raise PermissionDenied
    verification = ProfessionalVerification.objects.select_for_update().get(
        pk=verification_id
    )
    if verification.status != VerificationStatus.PENDING:
        raise ValidationError(_("This request has already been decided."))
    if verification.user_id == decided_by.pk:
        raise PermissionDenied
    verification.status = (
        VerificationStatus.APPROVED if approve else VerificationStatus.REJECTED
    )
    verification.decided_by = decided_by
    verification.decided_at = timezone.now()
    verification.decision_note = note.strip()
    verification.full_clean()
    verification.save()
    tasks.send_verification_decision.delay_on_commit(verification.pk)
    return verification


# --- Parental consent -------------------------------------------------------


# Resending is allowed once a minute, so the parent's inbox cannot be flooded.
CONSENT_RESEND_INTERVAL = timedelta(minutes=1)


class ConsentLinkError(Exception):
    """A consent link that cannot be used; the message says why."""


@transaction.atomic
def parental_consent_request(*, learner: User, parent_email: str) -> ParentalConsent:
    """Create or renew the consent request and email the parent a fresh link."""
    if parent_email.strip().lower() == (learner.email or "").strip().lower():
        raise ValidationError(
            {"parent_email": _("Use your parent's or guardian's email, not your own.")}
        )
    recent = ParentalConsent.objects.filter(
        learner=learner,
        status=ParentalConsent.Status.PENDING,
        requested_at__gt=timezone.now() - CONSENT_RESEND_INTERVAL,
    )
    if recent.exists():
        raise ValidationError(
            {
                "parent_email": _(
                    "We have just sent a link. Please wait a minute before "
                    "sending another."
                )
            }
        )
    token = secrets.token_urlsafe(32)
    expires_at = timezone.now() + timedelta(days=settings.PARENTAL_CONSENT_LINK_DAYS)
    consent, _created = ParentalConsent.objects.update_or_create(
        learner=learner,
        status=ParentalConsent.Status.PENDING,
        defaults={
            "parent_email": parent_email,
            "token_hash": ParentalConsent.hash_token(token),
            "requested_at": timezone.now(),
            "expires_at": expires_at,
        },
    )
    consent.full_clean()
    tasks.send_parental_consent_request.delay_on_commit(consent.pk, token)
    return consent


def parental_consent_for_token(token: str) -> ParentalConsent:
    """The pending consent of a link, or ConsentLinkError saying why not."""
    consent = (
        ParentalConsent.objects.select_related("learner")
        .filter(token_hash=ParentalConsent.hash_token(token))
        .first()
    )
    if consent is None:
        raise ConsentLinkError(
            _("This consent link is not valid. Please use the latest email we sent.")
        )
    if consent.status == ParentalConsent.Status.GIVEN:
        raise ConsentLinkError(
            _("Consent was already given with this link. Nothing more is needed.")
        )
    if consent.is_expired:
        raise ConsentLinkError(
            _(
                "This consent link has expired. Your child can send a new one "
                "from their account."
            )
        )
    return consent


@transaction.atomic
def parental_consent_give(
    *, token: str, parent_name: str, relationship: str
) -> ParentalConsent:
    """Record that a parent or guardian consented, and release the learner's account."""
    consent = parental_consent_for_token(token)
    consent = ParentalConsent.objects.select_for_update().get(pk=consent.pk)
    if consent.status == ParentalConsent.Status.GIVEN:
        raise ConsentLinkError(
            _("Consent was already given with this link. Nothing more is needed.")
        )
    consent.status = ParentalConsent.Status.GIVEN
    consent.consented_at = timezone.now()
    consent.consented_by_name = clean_display_text(parent_name)
    consent.consented_by_relationship = clean_display_text(relationship)
    consent.full_clean()
    consent.save()
    User.objects.filter(pk=consent.learner_id).update(
        account_status=AccountStatus.ACTIVE
    )
    return consent
