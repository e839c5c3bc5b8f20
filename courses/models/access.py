"""Staff grants of access to a professional track beyond one's own profession."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import PROFESSION_FOR_TRACK, Track

PROFESSIONAL_TRACKS = [(t.value, t.label) for t in PROFESSION_FOR_TRACK]


class TrackAccessGrant(models.Model):
    """Lets a user study a professional track their verified role does not open."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="track_grants",
        verbose_name=_("user"),
    )
    track = models.CharField(_("track"), max_length=20, choices=PROFESSIONAL_TRACKS)
    reason = models.CharField(_("reason"), max_length=300)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("granted by"),
    )
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)

    class Meta:
        verbose_name = _("track access grant")
        verbose_name_plural = _("track access grants")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "track"], name="one_grant_per_track"
            )
        ]
        permissions = [
            ("study_all_tracks", _("Can study every professional track")),
        ]

    def __str__(self):
        return f"{self.user} – {Track(self.track).label}"
