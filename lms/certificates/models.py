"""Certificates and the name learners confirm for them.

A certificate keeps its own copy of what it certifies (holder name, course
title, track, CPD hours, score), so that it verifies the same way even after
the course is edited or deleted.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NAME_MAX_LENGTH = 120


class CertificateName(models.Model):
    """The name a learner confirmed, once, for their certificates."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="certificate_name",
    )
    name = models.CharField(_("name on certificates"), max_length=NAME_MAX_LENGTH)
    confirmed_at = models.DateTimeField(_("confirmed at"), default=timezone.now)

    class Meta:
        verbose_name = _("certificate name")
        verbose_name_plural = _("certificate names")

    def __str__(self):
        return self.name


class Certificate(models.Model):
    """A course completed, certified: one valid certificate per learner and course."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
    )
    course_key = models.UUIDField(_("course translation key"), db_index=True)
    code = models.CharField(_("verification code"), max_length=40, unique=True)
    holder_name = models.CharField(_("holder"), max_length=NAME_MAX_LENGTH)
    course_title = models.CharField(_("course"), max_length=255)
    track = models.CharField(_("track"), max_length=20)
    cpd_hours = models.DecimalField(
        _("CPD hours"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    score = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    language = models.CharField(_("language"), max_length=10)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.CharField(
        _("reason for revoking"), max_length=500, blank=True
    )
    # The signed OpenBadgeCredential (VC-JWT), made when the certificate is.
    credential = models.TextField(_("signed credential"), blank=True)
    # Rendered by the worker just after issuing (lms.certificates.pdf).
    pdf = models.FileField(_("PDF"), upload_to="certificates/%Y/", blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"],
                condition=Q(revoked_at__isnull=True),
                name="one_valid_certificate_per_course",
            )
        ]
        permissions = [("revoke_certificate", _("Can revoke a certificate"))]

    def __str__(self):
        return f"{self.code} – {self.holder_name}, {self.course_title}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None
