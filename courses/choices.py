"""The vocabularies of courses."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.choices import Profession


class Track(models.TextChoices):
    READI = "readi", _("READI core values")
    AWARENESS = "awareness", _("Cybercrime awareness")
    JUDGES = "judges", _("Judges")
    PROSECUTORS = "prosecutors", _("Prosecutors")
    INVESTIGATORS = "investigators", _("Investigators")
    DEFENCE = "defence", _("Defence counsel")


# The professional tracks, and the verified profession each one is for.
PROFESSION_FOR_TRACK = {
    Track.JUDGES: Profession.JUDGE,
    Track.PROSECUTORS: Profession.PROSECUTOR,
    Track.INVESTIGATORS: Profession.INVESTIGATOR,
    Track.DEFENCE: Profession.DEFENCE_COUNSEL,
}


class Level(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class ReadiValue(models.TextChoices):
    RESPONSIBILITY = "responsibility", _("Responsibility")
    EMPATHY = "empathy", _("Empathy")
    AUTHENTICITY = "authenticity", _("Authenticity")
    DISCERNMENT = "discernment", _("Discernment")
    INTEGRITY = "integrity", _("Integrity")


class CalloutKind(models.TextChoices):
    TIP = "tip", _("Tip")
    WARNING = "warning", _("Warning")
    RED_FLAG = "red_flag", _("Red flag")


class ChoiceQuality(models.TextChoices):
    BEST = "best", _("Best choice")
    ACCEPTABLE = "acceptable", _("Acceptable")
    POOR = "poor", _("Risky choice")
