"""Cache invalidation, connected in CoursesConfig.ready()."""

from wagtail.models import Page

from .outline import forget_outlines as _forget


def forget_outlines(sender, instance, **kwargs):
    """A page was published, unpublished or moved: its course's outline is stale."""
    _forget(instance)


def forget_outlines_on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _forget(instance)
