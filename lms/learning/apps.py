from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    """Enrolments, lesson completion, progress and the learner dashboard."""

    name = "lms.learning"
    label = "learning"
    verbose_name = _("Learning")

    def ready(self):
        from courses.signals import lesson_viewed
        from quizzes.signals import attempt_scored

        from . import handlers

        lesson_viewed.connect(handlers.on_lesson_viewed, dispatch_uid="learning.viewed")
        attempt_scored.connect(
            handlers.on_attempt_scored, dispatch_uid="learning.scored"
        )
