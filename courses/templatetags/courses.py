"""Template helpers of the lesson blocks."""

from django import template
from wagtail.models import Locale

from accounts.choices import Country

from ..selectors import reporting_channels

register = template.Library()

# The national language of each country, for the `lang` of a channel's local name.
NATIONAL_LANGUAGE = {
    "BN": "ms",
    "KH": "km",
    "ID": "id",
    "LA": "lo",
    "MY": "ms",
    "MM": "my",
    "PH": "fil",
    "TH": "th",
    "TL": "tet",
    "VN": "vi",
}
MEMBER_STATES = [(code, label) for code, label in Country.choices if code != "XX"]


@register.simple_tag(takes_context=True)
def reporting_channels_for_reader(context):
    """The channels of the country the reader chose, or of their profile's country."""
    request = context["request"]
    codes = {code for code, _label in MEMBER_STATES}
    country = request.GET.get("country")
    if country not in codes:
        user = request.user
        country = (
            user.country if user.is_authenticated and user.country in codes else None
        )
    channels = []
    if country:
        channels = reporting_channels(country=country, locale=Locale.get_active())
    return {
        "country": country,
        "countries": MEMBER_STATES,
        "channels": channels,
        "local_language": NATIONAL_LANGUAGE.get(country, ""),
    }
