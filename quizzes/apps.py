from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    """Quiz pages, attempts, scoring in the worker, and item statistics."""

    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        from courses.outline import register_step_model

        from .models import QuizPage

        register_step_model(QuizPage)
