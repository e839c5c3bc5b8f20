"""The home page: what READI Learn is, and where each audience goes."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .blocks import AudienceRouteBlock, ValueBlock


class HomePage(Page):
    """The root page of each language's site."""

    lead = models.CharField(
        _("lead"),
        max_length=300,
        help_text=_(
            "One or two sentences under the title saying what the platform is."
        ),
    )
    body = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    routes = StreamField(
        [("audience", AudienceRouteBlock())],
        verbose_name=_("audience routes"),
        blank=True,
    )
    values_heading = models.CharField(_("values heading"), max_length=120, blank=True)
    values = StreamField(
        [("value", ValueBlock())], verbose_name=_("core values"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("routes"),
        FieldPanel("values_heading"),
        FieldPanel("values"),
    ]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
