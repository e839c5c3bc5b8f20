"""Reads of certificates: the learner's own, and anyone's by code."""

from dataclasses import dataclass

from .codes import normalise_code
from .models import Certificate, CertificateName

VALID, REVOKED, UNKNOWN = "valid", "revoked", "unknown"


def my_certificates(*, user) -> list[Certificate]:
    """The learner's certificates, newest first (revoked ones too)."""
    return list(Certificate.objects.filter(user=user))


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
