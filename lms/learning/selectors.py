"""Reads of a learner's progress, in a fixed number of queries."""

from django.db.models import F
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage
from courses.outline import course_outlines
from quizzes.selectors import passed_quiz_keys

from .completion import CourseProgress, progress
from .models import Enrolment, LessonCompletion


def _done_keys(user, steps) -> set:
    """Translation keys of the steps done: lessons completed, quizzes passed."""
    lesson_keys = [s.translation_key for s in steps if s.kind == "lesson"]
    quiz_keys = [s.translation_key for s in steps if s.kind == "quiz"]
    lessons = LessonCompletion.objects.filter(
        user=user, lesson_key__in=lesson_keys
    ).values_list("lesson_key", flat=True)
    if not quiz_keys:
        return set(lessons) if lesson_keys else set()
    return set(lessons.union(passed_quiz_keys(user=user, keys=quiz_keys)))


def course_progress(*, user, course: CoursePage) -> CourseProgress:
    """The learner's progress in one course (zero for visitors)."""
    steps = course.steps
    if not user.is_authenticated:
        return progress(course=course, steps=steps, done_keys=set())
    enrolment = (
        Enrolment.objects.filter(user=user, course_key=course.translation_key)
        .annotate(last_lesson_key=F("last_lesson__translation_key"))
        .first()
    )
    done = _done_keys(user, steps)
    return progress(course=course, steps=steps, done_keys=done, enrolment=enrolment)


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
    outlines = course_outlines(courses)
    done = _done_keys(user, [step for steps in outlines.values() for step in steps])
    return [
        progress(
            course=course,
            steps=outlines[course.pk],
            done_keys=done,
            enrolment=enrolment,
        )
        for course, enrolment in zip(courses, enrolments, strict=True)
    ]
