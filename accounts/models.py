"""Users and their learner profiles, professional verification and parental consent."""

import hashlib

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import (
    AccountStatus,
    Audience,
    Country,
    Profession,
    TextSize,
    VerificationStatus,
)

DISPLAY_NAME_MAX_LENGTH = 80


class User(AbstractUser):
    """A person with an account; the learner profile lives on the user row itself."""

    display_name = models.CharField(
        _("display name"),
        max_length=DISPLAY_NAME_MAX_LENGTH,
        help_text=_("How your name appears to others, in any script."),
    )
    audience = models.CharField(
        _("I am"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.GENERAL_PUBLIC,
    )
    profession = models.CharField(
        _("profession"), max_length=20, choices=Profession.choices, blank=True
    )
    country = models.CharField(
        _("country"), max_length=2, choices=Country.choices, default=Country.OTHER
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    birth_year = models.PositiveSmallIntegerField(
        _("year of birth"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    account_status = models.CharField(
        _("account status"),
        max_length=20,
        choices=AccountStatus.choices,
        default=AccountStatus.ACTIVE,
    )
    simplified_mode = models.BooleanField(
        _("simplified mode"),
        default=False,
        help_text=_("One idea per screen, large buttons and plain navigation."),
    )
    text_size = models.CharField(
        _("text size"), max_length=10, choices=TextSize.choices, default=TextSize.NORMAL
    )
    high_contrast = models.BooleanField(_("high contrast"), default=False)
    reduced_motion = models.BooleanField(_("reduced motion"), default=False)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        permissions = [
            (
                "verify_professional",
                _("Can approve or reject professional verification"),
            ),
        ]

    def __str__(self):
        return self.display_name or self.username

    @property
    def is_awaiting_consent(self) -> bool:
        return self.account_status == AccountStatus.AWAITING_CONSENT


class ProfessionalVerification(models.Model):
    """A professional's request to have their role verified, and the staff decision."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="verifications",
        verbose_name=_("user"),
    )
    profession = models.CharField(
        _("profession"), max_length=20, choices=Profession.choices
    )
    organisation = models.CharField(_("organisation"), max_length=200)
    position = models.CharField(_("position"), max_length=200)
    evidence_note = models.TextField(
        _("how we can check"),
        max_length=2000,
        help_text=_(
            "For example your staff number, a colleague or office we may contact, "
            "or your bar or court registration."
        ),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=VerificationStatus.choices,
        default=VerificationStatus.PENDING,
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_note = models.TextField(
        _("note to the learner"), blank=True, max_length=2000
    )

    class Meta:
        verbose_name = _("professional verification")
        verbose_name_plural = _("professional verifications")
        ordering = ["requested_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(status="pending"),
                name="one_pending_verification_per_user",
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.get_profession_display()}"


class ParentalConsent(models.Model):
    """A request to a parent or guardian to confirm a young learner's account."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        GIVEN = "given", _("Given")

    learner = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="parental_consent",
        verbose_name=_("learner"),
    )
    parent_email = models.EmailField(_("parent or guardian's email"))
    # Only the SHA-256 of the emailed token is kept, so a database leak
    # cannot be turned into consent links.
    token_hash = models.CharField(max_length=64, unique=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    expires_at = models.DateTimeField(_("link expires at"))
    consented_at = models.DateTimeField(_("consented at"), null=True, blank=True)
    consented_by_name = models.CharField(
        _("name of the parent or guardian"), max_length=200, blank=True
    )
    consented_by_relationship = models.CharField(
        _("relationship to the learner"), max_length=100, blank=True
    )

    class Meta:
        verbose_name = _("parental consent")
        verbose_name_plural = _("parental consents")

    def __str__(self):
        return f"{self.learner} – {self.get_status_display()}"

    @staticmethod
    def hash_token(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    @property
    def is_expired(self) -> bool:
        return timezone.now() >= self.expires_at
