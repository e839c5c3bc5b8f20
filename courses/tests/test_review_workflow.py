"""Educators write; course reviewers approve before anything is published."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from accounts.tests.factories import UserFactory
from courses.models import LessonPage
from lms.demo.courses import EDUCATORS_GROUP, REVIEWERS_GROUP, ensure_course_authoring

pytestmark = pytest.mark.django_db


@pytest.fixture
def authoring(public_course):
    ensure_course_authoring()
    educator = UserFactory(username="ayu")
    educator.groups.add(Group.objects.get(name=EDUCATORS_GROUP))
    reviewer = UserFactory(username="reviewer")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    return educator, reviewer


def lesson_form(**overrides):
    data = {
        "title": "Look-alike websites",
        "slug": "look-alike-websites",
        "summary": "Check the address.",
        "estimated_minutes": 8,
        "required": "on",
        "body": streamfield(
            [("glossary", {"term": "URL", "definition": "A web address."})]
        ),
    }
    data.update(overrides)
    return nested_form_data(data)


class TestReviewWorkflow:
    def test_submitted_lesson_goes_live_only_after_review(
        self, client, public_course, authoring
    ):
        educator, reviewer = authoring
        client.force_login(educator)
        add_url = f"/admin/pages/add/courses/lessonpage/{public_course.pk}/"
        response = client.post(add_url, {**lesson_form(), "action-submit": "Submit"})
        assert response.status_code == 302
        lesson = LessonPage.objects.get(slug="look-alike-websites")
        assert not lesson.live
        state = lesson.current_workflow_state
        assert state is not None and state.status == "in_progress"

        client.force_login(reviewer)
        task_state = state.current_task_state
        approve = reverse(
            "wagtailadmin_pages:workflow_action",
            args=[lesson.pk, "approve", task_state.pk],
        )
        response = client.post(approve, {"comment": "Clear and accurate."})
        assert response.status_code in (200, 302)
        lesson.refresh_from_db()
        assert lesson.live

    def test_educator_cannot_publish_directly(self, client, public_course, authoring):
        educator, _reviewer = authoring
        client.force_login(educator)
        add_url = f"/admin/pages/add/courses/lessonpage/{public_course.pk}/"
        client.post(add_url, {**lesson_form(), "action-publish": "Publish"})
        lesson = LessonPage.objects.filter(slug="look-alike-websites").first()
        assert lesson is None or not lesson.live

    def test_educator_permissions_stop_at_the_course_tree(
        self, client, home_pages, public_course, authoring
    ):
        educator, _reviewer = authoring
        client.force_login(educator)
        home_edit = client.get(f"/admin/pages/{home_pages.pk}/edit/")
        assert home_edit.status_code in (302, 403)
        course_edit = client.get(f"/admin/pages/{public_course.pk}/edit/")
        assert course_edit.status_code == 200
