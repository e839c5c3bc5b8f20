"""Every write of learning: enrolling, visiting and completing lessons."""

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.models import CoursePage, LessonPage
from courses.permissions import can_study

from .models import Enrolment, LessonCompletion
from .selectors import course_progress
from .signals import course_completed


@transaction.atomic
def enrolment_create(*, user, course: CoursePage) -> Enrolment:
    """Enrol the learner (once per course, in whichever language)."""
    if not can_study(user, course):
        raise PermissionDenied
    enrolment, _created = Enrolment.objects.get_or_create(
        user=user, course_key=course.translation_key, defaults={"course": course}
    )
    return enrolment


def lesson_visit_record(*, user, lesson: LessonPage, course: CoursePage) -> None:
    """Remember where the learner is, enrolling them on their first lesson visit.

    Runs on every lesson view, so the usual case is a single UPDATE.
    """
    enrolments = Enrolment.objects.filter(user=user, course_key=course.translation_key)
    visit = {"last_lesson": lesson, "last_visited_at": timezone.now()}
    if enrolments.update(**visit) or not can_study(user, course):
        return
    enrolment_create(user=user, course=course)
    enrolments.update(**visit)


@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage) -> Enrolment:
    """Record the lesson as done (again is harmless); settle the course's completion."""
    course = lesson.course
    enrolment = enrolment_create(user=user, course=course)
    try:
        with transaction.atomic():
            LessonCompletion.objects.get_or_create(
                user=user,
                lesson_key=lesson.translation_key,
                defaults={"lesson": lesson},
            )
    except IntegrityError:
        pass  # a concurrent request recorded it first
    return course_completion_settle(enrolment=enrolment, course=course)


@transaction.atomic
def quiz_result_record(*, user, quiz) -> Enrolment:
    """A quiz attempt was scored: enrol the learner if need be, settle the course."""
    course = quiz.course
    enrolment = enrolment_create(user=user, course=course)
    return course_completion_settle(enrolment=enrolment, course=course)


def course_completion_settle(*, enrolment: Enrolment, course: CoursePage) -> Enrolment:
    """Mark the enrolment complete the first time the rule holds, and announce it once.

    Call inside a transaction; the row lock makes concurrent calls announce once.
    """
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.completed_at is not None:
        return enrolment
    if course_progress(user=enrolment.user, course=course).is_complete:
        enrolment.completed_at = timezone.now()
        enrolment.save(update_fields=["completed_at"])
        transaction.on_commit(
            lambda: course_completed.send(sender=Enrolment, enrolment=enrolment)
        )
    return enrolment
