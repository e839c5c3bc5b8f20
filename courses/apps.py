from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """Course, module and lesson pages, their blocks, and the reporting channels."""

    name = "courses"
    verbose_name = _("Courses")
