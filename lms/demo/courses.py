"""The demo courses, built from courses/demo/*.json with Wagtail's page API."""

import json
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from courses.models import CourseAudience, CourseIndexPage, CoursePage, LessonPage
from courses.services import reporting_channels_import
from lms.models import HomePage

DEMO = Path(settings.BASE_DIR) / "courses" / "demo"
CHANNELS = Path(settings.BASE_DIR) / "courses" / "data" / "reporting-channels.json"


def publish(page):
    page.save_revision().publish()


def _body(blocks: list) -> list:
    """The JSON blocks as StreamField raw data; text headings become h2s."""
    raw = []
    for block in blocks:
        value = block["value"]
        if block["type"] == "text":
            value = re.sub(r"<(/?)h3>", r"<\1h2>", value)
        raw.append({"type": block["type"], "value": value})
    return raw


def _course_fields(data: dict) -> dict:
    return {
        "title": data["title"],
        "summary": data["summary"],
        "description": data["description"],
        "track": data["track"],
        "level": data["level"],
        "estimated_minutes": data["estimated_minutes"],
        "readi_values": data["readi_values"],
        "cpd_hours": data.get("cpd_hours"),
        "awards_certificate": data["awards_certificate"],
        "simplified": data["simplified"],
        "learning_outcomes": [
            {"type": "outcome", "value": text} for text in data["learning_outcomes"]
        ],
    }


def _lesson_fields(lesson: dict) -> dict:
    return {
        "title": lesson["title"],
        "summary": lesson["summary"],
        "estimated_minutes": lesson["estimated_minutes"],
        "body": _body(lesson["body"]),
    }


def _without_ids(data):
    """StreamField data with its generated block ids removed, for comparing."""
    if isinstance(data, dict):
        return {k: _without_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    return data


def _comparable(page, name, value, keep_ids):
    field = page._meta.get_field(name)
    if isinstance(field, StreamField):
        block = field.stream_block
        value = block.get_prep_value(block.to_python(value))
        return value if keep_ids else _without_ids(value)
    return value


def apply_fields(page, fields: dict, *, keep_ids: bool = False) -> bool:
    """Set the fields on the page; True if any of them changed.

    StreamField block ids count as a change only with `keep_ids` (quizzes,
    whose ids are the answer key's ids in every language).
    """
    changed = False
    for name, value in fields.items():
        current = getattr(page, name)
        if isinstance(current, StreamValue):
            current = current.get_prep_value()
            current = current if keep_ids else _without_ids(current)
        if current != _comparable(page, name, value, keep_ids):
            changed = True
        setattr(page, name, value)
    return changed


def publish_if_changed(page, changed: bool) -> None:
    """Publish a revision only when something is new, so seeding again adds none."""
    if changed or not page.live or page.has_unpublished_changes:
        publish(page)


def ensure_course_index(home: HomePage) -> CourseIndexPage:
    """The course list under each language's home page."""
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CourseIndexPage(title="Courses", slug="courses")
        home.add_child(instance=index)
        publish(index)
    for locale in Locale.objects.exclude(pk=index.locale_id):
        translated = index.get_translation_or_none(locale)
        if translated is None:
            translated = index.copy_for_translation(locale)
        with translation.override(locale.language_code):
            title = _("Courses")
        publish_if_changed(translated, apply_fields(translated, {"title": title}))
    return index


def _ensure_course(index: CourseIndexPage, data: dict) -> CoursePage:
    course = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
    changed = course is None
    if course is None:
        course = CoursePage(slug=data["slug"], **_course_fields(data))
        index.add_child(instance=course)
    else:
        changed = apply_fields(course, _course_fields(data))
    audiences = set(data["audiences"])
    if {a.code for a in course.audiences.all()} != audiences:
        course.audiences.set(CourseAudience.objects.filter(code__in=audiences))
        changed = True
    publish_if_changed(course, changed)
    for lesson_data in data["lessons"]:
        lesson = (
            LessonPage.objects.child_of(course).filter(slug=lesson_data["slug"]).first()
        )
        if lesson is None:
            lesson = LessonPage(slug=lesson_data["slug"], **_lesson_fields(lesson_data))
            course.add_child(instance=lesson)
            publish(lesson)
        else:
            publish_if_changed(
                lesson, apply_fields(lesson, _lesson_fields(lesson_data))
            )
    return course


def _ensure_translation(course: CoursePage, locale: Locale, data: dict) -> None:
    translated = course.get_translation_or_none(locale) or course.copy_for_translation(
        locale
    )
    translated = translated.specific
    publish_if_changed(translated, apply_fields(translated, _course_fields(data)))
    for lesson_data in data["lessons"]:
        original = LessonPage.objects.child_of(course).get(slug=lesson_data["slug"])
        lesson = original.get_translation_or_none(
            locale
        ) or original.copy_for_translation(locale)
        lesson = lesson.specific
        publish_if_changed(lesson, apply_fields(lesson, _lesson_fields(lesson_data)))


def ensure_demo_course(index: CourseIndexPage, slug: str, languages=None) -> CoursePage:
    """A course of courses/demo/ and its translations (all, or those in `languages`)."""
    data = json.loads((DEMO / f"{slug}.json").read_text(encoding="utf-8"))
    course = _ensure_course(index, data)
    for path in sorted(DEMO.glob(f"{slug}.*.json")):
        code = path.stem.split(".", 1)[1]
        locale = Locale.objects.filter(language_code=code).first()
        if locale is not None and (languages is None or code in languages):
            data = json.loads(path.read_text(encoding="utf-8"))
            _ensure_translation(course, locale, data)
    return course


def ensure_course_audiences() -> None:
    """The audience rows (made by a migration; a flushed test database lacks them)."""
    for code in ("young", "older", "public", "professional", "educator"):
        CourseAudience.objects.get_or_create(code=code)


def ensure_demo_courses(home: HomePage) -> list[CoursePage]:
    """Every course of courses/demo/ and its translations; the reporting channels."""
    ensure_course_audiences()
    english = Locale.objects.get(language_code="en")
    reporting_channels_import(
        data=json.loads(CHANNELS.read_text(encoding="utf-8")), locale=english
    )
    index = ensure_course_index(home)
    slugs = sorted(path.stem for path in DEMO.glob("*.json") if "." not in path.stem)
    courses = [ensure_demo_course(index, slug) for slug in slugs]
    ensure_course_authoring()
    return courses


EDUCATORS_GROUP = "Educators"
REVIEWERS_GROUP = "Course reviewers"
REVIEW_WORKFLOW = "Course review"


def ensure_course_authoring() -> None:
    """Educators edit the course tree only; reviewers approve before publishing."""
    educators = Group.objects.get_or_create(name=EDUCATORS_GROUP)[0]
    reviewers = Group.objects.get_or_create(name=REVIEWERS_GROUP)[0]
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    media = Permission.objects.filter(
        content_type__app_label__in=["wagtailimages", "wagtaildocs"],
        codename__regex=r"^(add|change|choose)_(image|document)$",
    )
    root_collection = Collection.get_first_root_node()
    for group in (educators, reviewers):
        group.permissions.add(access_admin)
        for permission in media:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )

    page_permission = {
        codename: Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        for codename in ("add_page", "change_page", "publish_page")
    }
    task = GroupApprovalTask.objects.get_or_create(name="Review by course reviewers")[0]
    task.groups.set([reviewers])
    workflow = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)[0]
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    for index in CourseIndexPage.objects.all():
        for codename in ("add_page", "change_page"):
            GroupPagePermission.objects.get_or_create(
                group=educators, page=index, permission=page_permission[codename]
            )
        for permission in page_permission.values():
            GroupPagePermission.objects.get_or_create(
                group=reviewers, page=index, permission=permission
            )
        WorkflowPage.objects.update_or_create(
            page=index, defaults={"workflow": workflow}
        )
