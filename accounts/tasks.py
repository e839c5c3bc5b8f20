"""Emails to learners and parents, sent by the worker in the reader's language."""

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .choices import VerificationStatus
from .models import ParentalConsent, ProfessionalVerification


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(*, template: str, context: dict, to: str, language: str) -> None:
    with translation.override(language):
        subject, body = render_to_string(template, context).split("\n", 1)
        send_mail(subject.strip(), body.lstrip(), None, [to])


@shared_task
def send_email(subject: str, body: str, to: str) -> None:
    """Send one already-rendered email (password resets)."""
    send_mail(subject, body, None, [to])


@shared_task
def send_parental_consent_request(consent_id: int, token: str) -> None:
    """Email the parent or guardian the link that confirms their child's account."""
    consent = (
        ParentalConsent.objects.select_related("learner")
        .filter(pk=consent_id, status=ParentalConsent.Status.PENDING)
        .first()
    )
    if consent is None or consent.token_hash != ParentalConsent.hash_token(token):
        return  # already given, or superseded by a newer link
    learner = consent.learner
    with translation.override(learner.preferred_language):
        link = _absolute(reverse("accounts:consent_confirm", args=[token]))
    _send(
        template="accounts/email/parental_consent.txt",
        context={"learner": learner, "link": link, "expires_at": consent.expires_at},
        to=consent.parent_email,
        language=learner.preferred_language,
    )


@shared_task
def send_verification_decision(verification_id: int) -> None:
    """Tell the learner whether their professional role was verified."""
    verification = (
        ProfessionalVerification.objects.select_related("user")
        .exclude(status=VerificationStatus.PENDING)
        .filter(pk=verification_id)
        .first()
    )
    if verification is None or not verification.user.email:
        return
    user = verification.user
    with translation.override(user.preferred_language):
        link = _absolute(reverse("accounts:profile"))
    _send(
        template="accounts/email/verification_decision.txt",
        context={"verification": verification, "user": user, "link": link},
        to=user.email,
        language=user.preferred_language,
    )
