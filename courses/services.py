"""Writes of the courses app that are not page edits: the reporting channels."""

from django.db import transaction
from wagtail.models import Locale

from .models import ReportingChannel
from .models.reporting import Confidence

CHANNEL_FIELDS = (
    "kind",
    "name_local",
    "phone",
    "url",
    "hours",
    "what_for",
    "source",
    "source_seen",
    "confidence",
)


@transaction.atomic
def reporting_channels_import(*, data: dict, locale: Locale) -> dict:
    """Create or refresh channels shaped as courses/data/reporting-channels.json.

    Keyed on country and name, so running it again changes nothing; a channel
    staff retired stays retired, and secondary ones are flagged for review.
    """
    counts = {"created": 0, "updated": 0}
    for country, channels in data.items():
        for entry in channels:
            values = {field: entry.get(field) or "" for field in CHANNEL_FIELDS}
            channel = ReportingChannel.objects.filter(
                country=country, name=entry["name"], locale=locale
            ).first()
            if channel is None:
                channel = ReportingChannel(
                    country=country,
                    name=entry["name"],
                    locale=locale,
                    needs_review=values["confidence"] == Confidence.SECONDARY,
                )
                counts["created"] += 1
            else:
                counts["updated"] += 1
            for field, value in values.items():
                setattr(channel, field, value)
            channel.full_clean()
            channel.save()
    return counts
