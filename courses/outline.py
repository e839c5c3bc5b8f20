"""A course's lessons in order, cached: every course and lesson page needs them.

The outline is rebuilt after any page in the course is published, unpublished,
moved or deleted. Production needs a shared cache (CACHE_URL) so that every
web process sees the change.
"""

from dataclasses import dataclass
from uuid import UUID

from django.core.cache import cache

OUTLINE_TIMEOUT = 60 * 60 * 24


@dataclass(frozen=True)
class LessonEntry:
    """What lists, navigation and progress need to know about one lesson."""

    id: int
    title: str
    summary: str
    url: str
    translation_key: UUID
    required: bool
    estimated_minutes: int

    @property
    def pk(self) -> int:
        return self.id


def _key(course_id: int) -> str:
    return f"courses:outline:{course_id}"


def lesson_outline(course) -> list[LessonEntry]:
    """The live lessons of the course in tree order, modules flattened."""
    entries = cache.get(_key(course.pk))
    if entries is None:
        from .models import LessonPage

        lessons = (
            LessonPage.objects.live()
            .descendant_of(course)
            .order_by("path")
            .only(
                "id",
                "title",
                "summary",
                "url_path",
                "translation_key",
                "locale",
                "required",
                "estimated_minutes",
                "path",
                "depth",
            )
            .select_related("locale")
        )
        # A lesson's URL is the course's plus its path below the course: one
        # URL lookup instead of one per lesson.
        base, below = course.get_url(), len(course.url_path)
        entries = [
            LessonEntry(
                id=lesson.pk,
                title=lesson.title,
                summary=lesson.summary,
                url=base + lesson.url_path[below:],
                translation_key=lesson.translation_key,
                required=lesson.required,
                estimated_minutes=lesson.estimated_minutes,
            )
            for lesson in lessons
        ]
        cache.set(_key(course.pk), entries, OUTLINE_TIMEOUT)
    return entries


def forget_outlines(page) -> None:
    """Drop the outline of every course this page is, or is in."""
    from .models import CoursePage

    course_ids = CoursePage.objects.ancestor_of(page, inclusive=True).values_list(
        "pk", flat=True
    )
    cache.delete_many([_key(course_id) for course_id in course_ids])
