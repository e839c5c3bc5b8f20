"""Connected in LearningConfig.ready(): the lower apps' events, handed to services."""

from . import services

# The lesson this browser session last recorded, so that moving between the
# steps of one lesson (or reloading it) writes nothing.
LAST_RECORDED = "learning:last_recorded_lesson"


def on_lesson_viewed(sender, *, request, user, lesson, course, **kwargs):
    if request.session.get(LAST_RECORDED) == lesson.pk:
        return
    services.lesson_visit_record(user=user, lesson=lesson, course=course)
    request.session[LAST_RECORDED] = lesson.pk


def on_attempt_scored(sender, *, attempt, **kwargs):
    services.quiz_result_record(user=attempt.user, quiz=attempt.quiz)
