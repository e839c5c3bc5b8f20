"""Official places where victims of scams and cybercrime can report, per country."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin

from accounts.choices import Country


class ChannelKind(models.TextChoices):
    # In the order learners see them: emergency first, then the fastest help.
    POLICE_EMERGENCY = "police-emergency", _("Police emergency")
    SCAM_HOTLINE = "scam-hotline", _("Anti-scam hotline")
    BANK_FRAUD = "bank-fraud", _("Bank fraud line")
    POLICE_REPORT_ONLINE = "police-report-online", _("Online police report")
    CERT = "cert", _("Computer emergency response team")
    CONSUMER_PROTECTION = "consumer-protection", _("Consumer protection")
    CONTENT_COMPLAINT = "content-complaint", _("Harmful content complaint")
    CHILD_HELPLINE = "child-helpline", _("Child helpline")
    OTHER = "other", _("Other")


KIND_ORDER = {kind: index for index, kind in enumerate(ChannelKind.values)}


class Confidence(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed on an official source")
    SECONDARY = "secondary", _("Reported by a secondary source")


class ReportingChannel(TranslatableMixin, models.Model):
    """One official channel; staff keep it current, retire it, or review it."""

    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    kind = models.CharField(_("kind"), max_length=30, choices=ChannelKind.choices)
    name = models.CharField(_("name"), max_length=200)
    name_local = models.CharField(
        _("name in the national language"), max_length=200, blank=True
    )
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    url = models.CharField(
        _("web address"),
        max_length=300,
        blank=True,
        help_text=_("As the source writes it; add https:// only after checking."),
    )
    hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    what_for = models.TextField(_("what it is for"), max_length=600)
    source = models.URLField(_("source"), max_length=500)
    source_seen = models.CharField(_("source seen"), max_length=300)
    confidence = models.CharField(
        _("confidence"), max_length=10, choices=Confidence.choices
    )
    needs_review = models.BooleanField(
        _("needs review"),
        default=False,
        help_text=_("Staff must re-check this channel before it is shown as official."),
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick to retire a channel.")
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("reporting channel")
        verbose_name_plural = _("reporting channels")
        ordering = ["country", "name"]

    def __str__(self):
        return f"{self.get_country_display()}: {self.name}"

    @property
    def is_confirmed(self) -> bool:
        return self.confidence == Confidence.CONFIRMED

    @property
    def link(self) -> str:
        """The address to link to: only one whose scheme the source gave.

        A scheme-less address ("www.example.go.th") is shown as text, since
        nobody has checked which scheme the site serves.
        """
        return self.url if self.url.startswith(("http://", "https://")) else ""
