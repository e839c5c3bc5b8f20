"""Reads of a learner's progress, in a fixed number of queries."""

from django.db.models import F, Q
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage

from .completion import CourseProgress, progress
from .models import Enrolment, LessonCompletion


def _done_keys(user, lesson_keys) -> set:
    return set(
        LessonCompletion.objects.filter(
            user=user, lesson_key__in=list(lesson_keys)
        ).values_list("lesson_key", flat=True)
    )


def course_progress(*, user, course: CoursePage) -> CourseProgress:
    """The learner's progress in one course (zero for visitors)."""
    lessons = course.lessons
    if not user.is_authenticated:
        return progress(course=course, lessons=lessons, done_keys=set())
    enrolment = (
        Enrolment.objects.filter(user=user, course_key=course.translation_key)
        .annotate(last_lesson_key=F("last_lesson__translation_key"))
        .first()
    )
    done = _done_keys(user, (lesson.translation_key for lesson in lessons))
    return progress(course=course, lessons=lessons, done_keys=done, enrolment=enrolment)


def lesson_is_done(*, user, lesson: LessonPage) -> bool:
    return (
        user.is_authenticated
        and LessonCompletion.objects.filter(
            user=user, lesson_key=lesson.translation_key
        ).exists()
    )


def dashboard(*, user, locale: Locale) -> list[CourseProgress]:
    """Every enrolled course, in the reader's language where it is translated."""
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("course")
        .annotate(last_lesson_key=F("last_lesson__translation_key"))
        .order_by("-last_visited_at", "-enrolled_at")
    )
    if not enrolments:
        return []
    keys = [e.course_key for e in enrolments]
    localized = {
        c.translation_key: c
        for c in CoursePage.objects.live().filter(
            translation_key__in=keys, locale=locale
        )
    }
    courses = [localized.get(e.course_key, e.course) for e in enrolments]
    by_path = Q()
    for course in courses:
        by_path |= Q(path__startswith=course.path, depth__gt=course.depth)
    lessons = list(LessonPage.objects.live().filter(by_path).order_by("path"))
    done = _done_keys(user, (lesson.translation_key for lesson in lessons))
    return [
        progress(
            course=course,
            lessons=[
                lesson for lesson in lessons if lesson.path.startswith(course.path)
            ],
            done_keys=done,
            enrolment=enrolment,
        )
        for course, enrolment in zip(courses, enrolments, strict=True)
    ]
