"""Reads of certificates: the learner's own, and anyone's by code."""

from dataclasses import dataclass

from django.http import Http404

from courses.models import CoursePage

from .codes import normalise_code
from .models import Certificate, CertificateName

VALID, REVOKED, UNKNOWN = "valid", "revoked", "unknown"


def my_certificates(*, user) -> list[Certificate]:
    """The learner's certificates, newest first (revoked ones too)."""
    return list(Certificate.objects.filter(user=user))


def access_my_certificate(*, user, code: str) -> Certificate:
    """One of the user's own certificates by code, or Http404."""
    certificate = Certificate.objects.filter(
        user_id=user.pk, code=normalise_code(code)
    ).first()
    if certificate is None:
        raise Http404
    return certificate


def course_for_achievement(*, course_key):
    """The live course (default language first) that a certificate stands for."""
    course = (
        CoursePage.objects.live()
        .filter(translation_key=course_key)
        .order_by("-locale__language_code__exact")
        .first()
    )
    if course is None:
        raise Http404
    return course


def confirmed_name(*, user) -> CertificateName | None:
    return CertificateName.objects.filter(user=user).first()


@dataclass(frozen=True)
class Verification:
    """What anyone may learn about a code: the status, and for a real one the
    holder's name, course, date and revocation; nothing else."""

    status: str
    certificate: Certificate | None = None


def verify(*, code: str) -> Verification:
    normalised = normalise_code(code)
    certificate = (
        Certificate.objects.filter(code=normalised).first() if normalised else None
    )
    if certificate is None:
        return Verification(UNKNOWN)
    return Verification(REVOKED if certificate.is_revoked else VALID, certificate)
