"""A course's steps (lessons, and quizzes from the app above) in order, cached.

Every course page, lesson page, progress figure and the dashboard needs them.
The outline is rebuilt after any page in the course is published, unpublished,
moved or deleted. Production needs a shared cache (CACHE_URL) so that every
web process sees the change.
"""

from dataclasses import dataclass
from uuid import UUID

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from wagtail.models import Page

OUTLINE_TIMEOUT = 60 * 60 * 24

# The page models that are steps of a course. LessonPage registers here; apps
# above courses (quizzes) register theirs in AppConfig.ready(). Each has the
# fields of STEP_FIELDS and a `step_kind`.
STEP_MODELS: list = []
STEP_FIELDS = ("summary", "required", "estimated_minutes")


def register_step_model(model) -> None:
    if model not in STEP_MODELS:
        STEP_MODELS.append(model)


@dataclass(frozen=True)
class StepEntry:
    """What lists, navigation and progress need to know about one step."""

    id: int
    kind: str  # "lesson" or "quiz"
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


def _step_field(name: str):
    """A field of whichever step model a page is (one LEFT JOIN per model)."""
    columns = [F(f"{model._meta.model_name}__{name}") for model in STEP_MODELS]
    return Coalesce(*columns) if len(columns) > 1 else columns[0]


def _build(courses) -> dict[int, list[StepEntry]]:
    """Read the steps of the courses in one query, whatever their number and kind."""
    below_any = Q()
    for course in courses:
        below_any |= Q(path__startswith=course.path, depth__gt=course.depth)
    kinds = {
        ContentType.objects.get_for_model(model).pk: model.step_kind
        for model in STEP_MODELS
    }
    pages = (
        Page.objects.live()
        .filter(below_any, content_type_id__in=kinds)
        .annotate(**{f"step_{name}": _step_field(name) for name in STEP_FIELDS})
        .order_by("path")
        .values(
            "id",
            "title",
            "url_path",
            "translation_key",
            "path",
            "content_type_id",
            *(f"step_{name}" for name in STEP_FIELDS),
        )
    )
    outlines = {}
    for course in courses:
        # A step's URL is the course's plus its path below the course: one URL
        # lookup per course instead of one per step.
        base, below = course.get_url(), len(course.url_path)
        outlines[course.pk] = [
            StepEntry(
                id=page["id"],
                kind=kinds[page["content_type_id"]],
                title=page["title"],
                summary=page["step_summary"],
                url=base + page["url_path"][below:],
                translation_key=page["translation_key"],
                required=page["step_required"],
                estimated_minutes=page["step_estimated_minutes"],
            )
            for page in pages
            if page["path"].startswith(course.path)
        ]
    return outlines


def course_outlines(courses) -> dict[int, list[StepEntry]]:
    """The live steps of each course in tree order, modules flattened, by course id."""
    keys = {_key(course.pk): course for course in courses}
    found = cache.get_many(keys)
    missing = [course for key, course in keys.items() if key not in found]
    outlines = {keys[key].pk: entries for key, entries in found.items()}
    if missing:
        built = _build(missing)
        cache.set_many(
            {_key(pk): entries for pk, entries in built.items()}, OUTLINE_TIMEOUT
        )
        outlines.update(built)
    return outlines


def course_outline(course) -> list[StepEntry]:
    """The live steps of one course in tree order."""
    return course_outlines([course])[course.pk]


def forget_outlines(page) -> None:
    """Drop the outline of every course this page is, or is in."""
    from .models import CoursePage

    course_ids = CoursePage.objects.ancestor_of(page, inclusive=True).values_list(
        "pk", flat=True
    )
    cache.delete_many([_key(course_id) for course_id in course_ids])
