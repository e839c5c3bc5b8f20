"""Admin for reporting channels and track access grants."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ReportingChannel, TrackAccessGrant


class ReportingChannelViewSet(SnippetViewSet):
    """Staff keep each country's channels current; secondary ones wait for review."""

    model = ReportingChannel
    icon = "site"
    menu_label = _("Reporting channels")
    menu_order = 300
    add_to_admin_menu = True
    list_display = [
        "name",
        "country",
        "kind",
        "confidence",
        "needs_review",
        "is_active",
    ]
    list_filter = ["country", "kind", "confidence", "needs_review", "is_active"]
    search_fields = ["name", "name_local", "what_for"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldPanel("kind"),
                FieldPanel("name"),
                FieldPanel("name_local"),
            ],
            heading=_("Channel"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("url"),
                FieldPanel("hours"),
                FieldPanel("what_for"),
            ],
            heading=_("For learners"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("source"),
                FieldPanel("source_seen"),
                FieldPanel("confidence"),
                FieldPanel("needs_review"),
                FieldPanel("is_active"),
            ],
            heading=_("Source and review"),
        ),
    ]


class TrackAccessGrantViewSet(SnippetViewSet):
    """Staff open a professional track to someone outside its profession."""

    model = TrackAccessGrant
    icon = "key"
    menu_label = _("Track access")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["user", "track", "reason", "granted_by", "granted_at"]
    list_filter = ["track"]
    panels = [FieldPanel("user"), FieldPanel("track"), FieldPanel("reason")]


register_snippet(ReportingChannelViewSet)
register_snippet(TrackAccessGrantViewSet)


@hooks.register("after_create_snippet")
def record_who_granted(request, instance):
    if isinstance(instance, TrackAccessGrant) and instance.granted_by_id is None:
        instance.granted_by = request.user
        instance.save(update_fields=["granted_by"])
