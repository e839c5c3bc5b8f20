"""Connected in LearningConfig.ready(): the lower apps' events, handed to services."""

from . import services


def on_lesson_viewed(sender, *, user, lesson, course, **kwargs):
    services.lesson_visit_record(user=user, lesson=lesson, course=course)
