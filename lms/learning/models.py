"""A learner's enrolments and completed lessons.

Progress belongs to the course and lesson in every language: rows carry the
Wagtail translation key, so a learner who switches from English to Thai keeps
what they have done.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """A learner taking a course."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="enrolments"
    )
    course_key = models.UUIDField(_("course translation key"), db_index=True)
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    last_visited_at = models.DateTimeField(_("last visited at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"], name="one_enrolment_per_course"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.course}"


class LessonCompletion(models.Model):
    """A lesson a learner has completed (in any of its languages)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_completions",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="completions"
    )
    lesson_key = models.UUIDField(_("lesson translation key"), db_index=True)
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key"], name="one_completion_per_lesson"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.lesson}"
