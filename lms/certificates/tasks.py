"""Issuing runs in the worker, after the completion that earned it; and emails."""

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from . import services
from .models import Certificate


@shared_task
def issue_certificate(enrolment_id: int) -> None:
    """Issue the certificate of a completed course; again, it changes nothing."""
    services.certificate_issue(enrolment_id=enrolment_id)


@shared_task
def render_certificate_pdf(certificate_id: int) -> None:
    """Render and store the certificate's PDF; once it exists, nothing happens."""
    services.certificate_pdf_render(certificate_id=certificate_id)


@shared_task
def send_revocation_notice(certificate_id: int) -> None:
    """Tell the learner, in their language, that a certificate was revoked."""
    certificate = (
        Certificate.objects.select_related("user")
        .filter(pk=certificate_id, revoked_at__isnull=False)
        .first()
    )
    if certificate is None or not certificate.user.email:
        return
    user = certificate.user
    with translation.override(user.preferred_language):
        subject, body = render_to_string(
            "certificates/email/revoked.txt",
            {
                "certificate": certificate,
                "user": user,
                "link": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("certificates:mine"),
            },
        ).split("\n", 1)
    send_mail(subject.strip(), body.lstrip(), None, [user.email])
