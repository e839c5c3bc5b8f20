"""StreamField blocks of the home page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from accounts.choices import Audience


class AudienceRouteBlock(blocks.StructBlock):
    """A card that sends one audience to its place on the platform."""

    audience = blocks.ChoiceBlock(choices=Audience.choices, label=_("Audience"))
    heading = blocks.CharBlock(max_length=80, label=_("Heading"))
    summary = blocks.TextBlock(max_length=400, label=_("Summary"))
    link_text = blocks.CharBlock(max_length=60, label=_("Link text"))
    page = blocks.PageChooserBlock(
        required=False,
        label=_("Page"),
        help_text=_("Where the card leads; without one it leads to sign-up."),
    )

    class Meta:
        icon = "user"
        label = _("Audience route")
        template = "lms/blocks/audience_route_block.html"


class ValueBlock(blocks.StructBlock):
    """One of the READI core values of digital literacy."""

    name = blocks.CharBlock(max_length=40, label=_("Value"))
    description = blocks.TextBlock(max_length=300, label=_("What it means"))

    class Meta:
        icon = "pick"
        label = _("Core value")
        template = "lms/blocks/value_block.html"
