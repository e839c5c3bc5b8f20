"""Reads about accounts that views need."""

from .choices import VerificationStatus
from .models import ProfessionalVerification, User


def latest_verification(*, user: User) -> ProfessionalVerification | None:
    """The user's most recent verification request, if any."""
    return user.verifications.order_by("-requested_at").first()


def verified_professions(*, user: User) -> set[str]:
    """The professions staff have verified for this user."""
    if not user.is_authenticated:
        return set()
    return set(
        user.verifications.filter(status=VerificationStatus.APPROVED).values_list(
            "profession", flat=True
        )
    )


def pending_verifications():
    """Requests waiting for a staff decision, oldest first."""
    return ProfessionalVerification.objects.filter(
        status=VerificationStatus.PENDING
    ).select_related("user")


def recent_verification_decisions(*, limit: int = 50):
    """The latest decisions, newest first, with who decided."""
    return (
        ProfessionalVerification.objects.exclude(status=VerificationStatus.PENDING)
        .select_related("user", "decided_by")
        .order_by("-decided_at")[:limit]
    )
