"""Every write of certificates: the confirmed name, and issuing once per course."""

from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Avg
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from accounts.services import clean_display_text
from lms.learning.models import Enrolment
from quizzes.models import QuizGrade

from .codes import new_code
from .credential import build_credential, sign
from .models import NAME_MAX_LENGTH, Certificate, CertificateName
from .pdf import render_pdf


@transaction.atomic
def certificate_name_confirm(*, user, name: str) -> CertificateName:
    """Record the name the learner wants on certificates; issue what waited for it.

    Raises ValidationError for an empty or over-long name. The name is stored
    as written (normalised, without control characters) and escaped wherever
    it is shown.
    """
    from .tasks import issue_certificate

    name = clean_display_text(name or "")
    if not name:
        raise ValidationError(_("Write your name as it should appear."))
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError(
            _("A name on a certificate has at most %(count)d characters.")
            % {"count": NAME_MAX_LENGTH}
        )
    confirmed, _created = CertificateName.objects.update_or_create(
        user=user, defaults={"name": name, "confirmed_at": timezone.now()}
    )
    waiting = Enrolment.objects.filter(
        user=user, completed_at__isnull=False, course__awards_certificate=True
    ).exclude(
        course_key__in=Certificate.objects.filter(
            user=user, revoked_at__isnull=True
        ).values("course_key")
    )
    for enrolment_id in waiting.values_list("pk", flat=True):
        issue_certificate.delay_on_commit(enrolment_id)
    return confirmed


def _score(enrolment, course) -> Decimal | None:
    """The mean grade of the course's required quizzes, or None if it has none."""
    keys = [s.translation_key for s in course.steps if s.kind == "quiz" and s.required]
    if not keys:
        return None
    mean = QuizGrade.objects.filter(user=enrolment.user, quiz_key__in=keys).aggregate(
        mean=Avg("percent")
    )["mean"]
    # PostgreSQL's average carries many decimals; the certificate keeps two.
    return None if mean is None else Decimal(mean).quantize(Decimal("0.01"))


@transaction.atomic
def certificate_issue(*, enrolment_id: int) -> Certificate | None:
    """Issue the certificate of a completed course, exactly once.

    Only a completion recorded on the server issues one, and only once the
    learner has confirmed their name. Running it again, or two workers at
    once, leaves one certificate.
    """
    enrolment = (
        Enrolment.objects.select_for_update()
        .select_related("course", "user")
        .filter(pk=enrolment_id, completed_at__isnull=False)
        .first()
    )
    if enrolment is None or not enrolment.course.awards_certificate:
        return None
    user = enrolment.user
    existing = Certificate.objects.filter(
        user=user, course_key=enrolment.course_key, revoked_at__isnull=True
    ).first()
    if existing is not None:
        return existing
    name = CertificateName.objects.filter(user=user).first()
    if name is None:
        return None  # issued when the learner confirms their name
    course = enrolment.course.specific
    language = user.preferred_language or course.locale.language_code
    localized = (
        course.get_translations(inclusive=True)
        .filter(locale__language_code=language)
        .live()
        .specific()
        .first()
        or course
    )
    certificate = Certificate(
        user=user,
        course=course,
        course_key=enrolment.course_key,
        code=new_code(),
        holder_name=name.name,
        course_title=localized.title,
        track=course.track,
        cpd_hours=course.cpd_hours,
        score=_score(enrolment, course),
        language=localized.locale.language_code,
    )
    certificate.full_clean(exclude=["user", "course"], validate_constraints=False)
    try:
        with transaction.atomic():
            certificate.save()
    except IntegrityError:
        # Another worker issued it between our check and our insert.
        return Certificate.objects.get(
            user=user, course_key=enrolment.course_key, revoked_at__isnull=True
        )
    # The credential names its status list entry, the certificate's id.
    certificate.credential = sign(
        build_credential(certificate, description=localized.summary)
    )
    certificate.save(update_fields=["credential"])
    from .tasks import render_certificate_pdf

    render_certificate_pdf.delay_on_commit(certificate.pk)
    return certificate


@transaction.atomic
def certificate_pdf_render(*, certificate_id: int) -> Certificate | None:
    """Render the certificate's PDF once (the row lock keeps two workers to one)."""
    certificate = (
        Certificate.objects.select_for_update().filter(pk=certificate_id).first()
    )
    if certificate is None or certificate.pdf:
        return certificate
    certificate.pdf.save(
        f"{certificate.code}.pdf", ContentFile(render_pdf(certificate)), save=False
    )
    certificate.save(update_fields=["pdf"])
    return certificate


@transaction.atomic
def certificate_revoke(*, certificate_id: int, revoked_by, reason: str) -> Certificate:
    """Revoke a certificate with a reason, log who did it, and tell the learner.

    Only holders of *Can revoke a certificate*; revoking again changes nothing.
    The revocation status list reads revoked certificates as it is served.
    """
    from .tasks import send_revocation_notice

    if not revoked_by.has_perm("certificates.revoke_certificate"):
        raise PermissionDenied
    reason = clean_display_text(reason or "")
    if not reason:
        raise ValidationError(_("Give the reason: the learner and verifiers see it."))
    certificate = Certificate.objects.select_for_update().get(pk=certificate_id)
    if certificate.is_revoked:
        return certificate
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = revoked_by
    certificate.revocation_reason = reason[:500]
    certificate.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])
    log(
        instance=certificate,
        action="certificates.revoke",
        user=revoked_by,
        data={"code": certificate.code, "reason": certificate.revocation_reason},
    )
    send_revocation_notice.delay_on_commit(certificate.pk)
    return certificate
