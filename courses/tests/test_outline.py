"""The cached lesson outline follows every change editors make."""

import pytest

from courses.models import LessonPage

from .factories import LessonPageFactory

pytestmark = pytest.mark.django_db


def titles(client):
    html = client.get("/en/courses/spot/").content.decode()
    return [
        t
        for t in ("Lesson 1", "Lesson 2", "Lesson 3", "Phishing", "Renamed")
        if t in html
    ]


class TestOutline:
    def test_follows_publish_rename_unpublish_and_delete(self, client, public_course):
        assert titles(client) == ["Lesson 1", "Lesson 2", "Lesson 3"]

        new = LessonPageFactory(parent=public_course, title="Phishing", slug="phishing")
        new.save_revision().publish()
        assert "Phishing" in titles(client)

        first = LessonPage.objects.get(slug="lesson-1")
        first.title = "Renamed"
        first.save_revision().publish()
        assert titles(client)[0] == "Lesson 2" and "Renamed" in titles(client)

        LessonPage.objects.get(slug="lesson-2").unpublish()
        assert "Lesson 2" not in titles(client)

        LessonPage.objects.get(slug="lesson-3").delete()
        assert "Lesson 3" not in titles(client)

    def test_one_query_less_on_a_warm_page(
        self, client, public_course, django_assert_max_num_queries
    ):
        client.get("/en/courses/spot/")
        with django_assert_max_num_queries(13):
            client.get("/en/courses/spot/")
