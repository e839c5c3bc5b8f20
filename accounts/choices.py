"""The vocabularies of a learner profile."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    YOUNG_PERSON = "young", _("Young person (13–24)")
    OLDER_ADULT = "older", _("Older adult")
    GENERAL_PUBLIC = "public", _("General public")
    PROFESSIONAL = "professional", _("Criminal-justice professional")
    EDUCATOR = "educator", _("Educator")


class Profession(models.TextChoices):
    JUDGE = "judge", _("Judge")
    PROSECUTOR = "prosecutor", _("Prosecutor")
    INVESTIGATOR = "investigator", _("Investigator")
    DEFENCE_COUNSEL = "defence", _("Defence counsel")
    OTHER_LAW_ENFORCEMENT = "law_enforcement", _("Other law enforcement")


class Country(models.TextChoices):
    """The eleven ASEAN member states (ISO 3166-1 alpha-2) and everyone else."""

    BRUNEI = "BN", _("Brunei Darussalam")
    CAMBODIA = "KH", _("Cambodia")
    INDONESIA = "ID", _("Indonesia")
    LAO_PDR = "LA", _("Lao PDR")
    MALAYSIA = "MY", _("Malaysia")
    MYANMAR = "MM", _("Myanmar")
    PHILIPPINES = "PH", _("Philippines")
    SINGAPORE = "SG", _("Singapore")
    THAILAND = "TH", _("Thailand")
    TIMOR_LESTE = "TL", _("Timor-Leste")
    VIET_NAM = "VN", _("Viet Nam")
    OTHER = "XX", _("Another country")


class TextSize(models.TextChoices):
    NORMAL = "normal", _("Normal")
    LARGE = "large", _("Large")
    EXTRA_LARGE = "xlarge", _("Extra large")


class AccountStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    AWAITING_CONSENT = "awaiting_consent", _("Awaiting parental consent")


class VerificationStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
