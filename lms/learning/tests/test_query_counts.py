"""Course pages cost the same queries with 3 courses as with 51 (10 lessons each)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.tests.factories import UserFactory
from courses.tests.factories import CoursePageFactory, LessonPageFactory
from lms.learning import services

pytestmark = pytest.mark.django_db

PAGES = {
    "course list": "/en/courses/",
    "course": "/en/courses/spot/",
    "lesson": "/en/courses/spot/lesson-2/",
    "dashboard": "/en/learning/",
}
# Pinned: a change that adds a query to any of these pages must say why.
LIMITS = {"course list": 12, "course": 13, "lesson": 16, "dashboard": 8}


def add_courses(index, learner, count, lessons=3):
    for _ in range(count):
        course = CoursePageFactory(parent=index)
        for _ in range(lessons):
            page = LessonPageFactory(parent=course)
        services.lesson_complete(user=learner, lesson=page)


def queries(client, path) -> int:
    client.get(path)  # warm Wagtail's site and locale caches
    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context)


def test_page_queries_are_pinned_and_do_not_grow(client, course_index, public_course):
    learner = UserFactory()
    client.force_login(learner)
    add_courses(course_index, learner, 2)
    few = {name: queries(client, path) for name, path in PAGES.items()}
    add_courses(course_index, learner, 48, lessons=10)
    many = {name: queries(client, path) for name, path in PAGES.items()}
    assert many == few
    for name, count in few.items():
        assert count <= LIMITS[name], f"{name}: {count} queries"
