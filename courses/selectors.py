"""Reads of the course tree that views and the API need."""

from django.conf import settings
from django.http import Http404
from wagtail.models import Locale

from .choices import Track
from .models import CoursePage, LessonPage, ReportingChannel
from .models.reporting import KIND_ORDER, ChannelKind
from .permissions import can_study


def course_list(
    *, locale: Locale, audience: str | None = None, track: str | None = None
):
    """Live courses of a locale, then untranslated ones in the default language.

    Optionally for one audience or track. Courses shown in the default
    language because no translation exists carry `is_fallback = True`.
    """
    courses = CoursePage.objects.live().order_by("path").prefetch_related("audiences")
    if audience:
        courses = courses.filter(audiences__code=audience)
    if track in Track.values:
        courses = courses.filter(track=track)
    local = list(courses.filter(locale=locale))
    if locale.language_code == settings.LANGUAGE_CODE:
        return local
    translated = {course.translation_key for course in local}
    fallback = [
        course
        for course in courses.filter(locale__language_code=settings.LANGUAGE_CODE)
        if course.translation_key not in translated
    ]
    for course in fallback:
        course.is_fallback = True
    return local + fallback


def access_course(*, course_id: int) -> CoursePage:
    """A live course by id, or Http404."""
    course = CoursePage.objects.live().filter(pk=course_id).first()
    if course is None:
        raise Http404
    return course


def access_lesson_for_study(*, user, lesson_id: int) -> LessonPage:
    """A live lesson the user may study (record progress in), or Http404."""
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None or not can_study(user, lesson.course):
        raise Http404
    return lesson


def reporting_channels(*, country: str, locale: Locale | None = None) -> list:
    """Active channels of a country: the emergency number, then confirmed, then others.

    Uses the translation in `locale` where one exists, else the original.
    """
    channels = ReportingChannel.objects.filter(country=country, is_active=True)
    by_key = {}
    for channel in channels.select_related("locale"):
        current = by_key.get(channel.translation_key)
        if current is None or (locale and channel.locale_id == locale.pk):
            by_key[channel.translation_key] = channel
    return sorted(
        by_key.values(),
        key=lambda c: (
            c.kind != ChannelKind.POLICE_EMERGENCY,
            not c.is_confirmed,
            KIND_ORDER.get(c.kind, len(KIND_ORDER)),
            c.name,
        ),
    )
