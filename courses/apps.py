from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """Course, module and lesson pages, their blocks, and the reporting channels."""

    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from django.db.models.signals import pre_delete
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import handlers
        from .models import LessonPage
        from .outline import register_step_model

        register_step_model(LessonPage)

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(
                handlers.forget_outlines, dispatch_uid=f"outline-{id(signal)}"
            )
        pre_delete.connect(
            handlers.forget_outlines_on_delete, dispatch_uid="outline-del"
        )
