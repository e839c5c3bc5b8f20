import pytest
from django.db import transaction
from rest_framework.test import APIClient

from accounts.tests.factories import UserFactory
from courses.models import LessonPage
from courses.tests.conftest import verified
from lms.learning.models import Enrolment, LessonCompletion
from lms.learning.signals import course_completed

pytestmark = pytest.mark.django_db


def lesson(slug):
    return LessonPage.objects.get(slug=slug, locale__language_code="en")


@pytest.fixture
def learner():
    return UserFactory()


@pytest.fixture
def api(learner):
    client = APIClient()
    client.force_authenticate(learner)
    return client


class TestPages:
    def test_enrol_complete_and_resume(self, client, learner, public_course):
        client.force_login(learner)
        response = client.post(f"/en/learning/courses/{public_course.pk}/enrol/")
        assert response.url == "/en/courses/spot/lesson-1/"
        assert Enrolment.objects.filter(user=learner).count() == 1

        client.get("/en/courses/spot/lesson-2/")
        enrolment = Enrolment.objects.get(user=learner)
        assert enrolment.last_lesson.slug == "lesson-2"

        response = client.post(
            f"/en/learning/lessons/{lesson('lesson-1').pk}/complete/"
        )
        assert response.url == "/en/courses/spot/lesson-2/"
        course_page = client.get("/en/courses/spot/").content.decode()
        assert "50% complete" in course_page
        assert "Continue" in course_page

    def test_continue_resumes_the_lesson_last_opened(
        self, client, learner, public_course
    ):
        client.force_login(learner)
        client.get("/en/courses/spot/lesson-2/")
        html = client.get("/en/courses/spot/").content.decode()
        assert 'href="/en/courses/spot/lesson-2/">Continue' in html
        client.post(f"/en/learning/lessons/{lesson('lesson-2').pk}/complete/")
        html = client.get("/en/courses/spot/").content.decode()
        assert 'href="/en/courses/spot/lesson-1/">Continue' in html

    def test_moving_between_steps_of_a_lesson_records_the_visit_once(
        self, client, learner, public_course
    ):
        client.force_login(learner)
        client.get("/en/courses/spot/lesson-1/")
        first = Enrolment.objects.get(user=learner).last_visited_at
        client.get("/en/courses/spot/lesson-1/?step=2")
        assert Enrolment.objects.get(user=learner).last_visited_at == first
        client.get("/en/courses/spot/lesson-2/")
        enrolment = Enrolment.objects.get(user=learner)
        assert enrolment.last_lesson.slug == "lesson-2"
        assert enrolment.last_visited_at > first

    def test_first_lesson_visit_enrols(self, client, learner, public_course):
        client.force_login(learner)
        client.get("/en/courses/spot/lesson-1/")
        assert Enrolment.objects.filter(user=learner).exists()

    def test_dashboard_lists_progress_and_completed_courses(
        self, client, learner, public_course
    ):
        client.force_login(learner)
        client.post(f"/en/learning/lessons/{lesson('lesson-1').pk}/complete/")
        html = client.get("/en/learning/").content.decode()
        assert "Spot the scam" in html
        assert "50% complete" in html
        client.post(f"/en/learning/lessons/{lesson('lesson-2').pk}/complete/")
        html = client.get("/en/learning/").content.decode()
        assert "Completed" in html

    def test_dashboard_needs_log_in(self, client):
        assert client.get("/en/learning/").status_code == 302


class TestCompletionRule:
    def test_required_lessons_complete_the_course_once(
        self, learner, public_course, django_capture_on_commit_callbacks
    ):
        from lms.learning import services

        received = []

        def receiver(**kwargs):
            received.append(kwargs["enrolment"])

        course_completed.connect(receiver)
        try:
            with django_capture_on_commit_callbacks(execute=True):
                services.lesson_complete(user=learner, lesson=lesson("lesson-1"))
                first = services.lesson_complete(
                    user=learner, lesson=lesson("lesson-2")
                )
            with django_capture_on_commit_callbacks(execute=True):
                again = services.lesson_complete(
                    user=learner, lesson=lesson("lesson-2")
                )
                services.lesson_complete(user=learner, lesson=lesson("lesson-3"))
        finally:
            course_completed.disconnect(receiver)
        assert first.completed_at is not None
        assert again.completed_at == first.completed_at
        assert len(received) == 1
        assert LessonCompletion.objects.filter(user=learner).count() == 3

    def test_optional_lesson_does_not_count(self, api, public_course):
        response = api.post(f"/api/v1/lessons/{lesson('lesson-3').pk}/complete/")
        assert response.json()["percent"] == 0
        assert response.json()["completed"] is False


class TestApi:
    def test_list_and_detail(self, api, public_course, judges_course):
        listing = api.get("/api/v1/courses/").json()
        titles = [course["title"] for course in listing["results"]]
        assert titles == ["Spot the scam", "Electronic evidence for judges"]
        restricted = api.get("/api/v1/courses/?track=judges").json()["results"]
        assert [c["restricted"] for c in restricted] == [True]
        assert api.get("/api/v1/courses/?audience=young").json()["count"] == 1
        detail = api.get(f"/api/v1/courses/{public_course.pk}/").json()
        assert [item["title"] for item in detail["lessons"]] == [
            "Lesson 1",
            "Lesson 2",
            "Lesson 3",
        ]
        assert detail["lessons"][0]["url"].endswith("/en/courses/spot/lesson-1/")
        assert detail["quizzes"] == []

    def test_enrol_complete_and_progress(self, api, public_course):
        assert api.post(f"/api/v1/courses/{public_course.pk}/enrol/").status_code == 201
        assert api.post(f"/api/v1/courses/{public_course.pk}/enrol/").status_code == 201
        for slug in ("lesson-1", "lesson-1", "lesson-2"):
            response = api.post(f"/api/v1/lessons/{lesson(slug).pk}/complete/")
            assert response.status_code == 200
        progress = api.get("/api/v1/me/progress/").json()
        assert progress == [
            {
                "course": public_course.pk,
                "title": "Spot the scam",
                "url": progress[0]["url"],
                "percent": 100,
                "required": 2,
                "done": 2,
                "completed": True,
                "next_lesson": progress[0]["next_lesson"],
            }
        ]
        assert progress[0]["next_lesson"]["title"] == "Lesson 3"

    def test_completing_a_lesson_of_a_closed_track_records_nothing(
        self, api, learner, judges_course
    ):
        target = lesson("admissibility")
        assert api.post(f"/api/v1/lessons/{target.pk}/complete/").status_code == 404
        assert api.post(f"/api/v1/courses/{judges_course.pk}/enrol/").status_code == 403
        assert not LessonCompletion.objects.exists()
        assert not Enrolment.objects.exists()

    def test_verified_judge_completes_the_judges_track(self, judges_course):
        client = APIClient()
        client.force_authenticate(verified("judge"))
        response = client.post(
            f"/api/v1/lessons/{lesson('admissibility').pk}/complete/"
        )
        assert response.json()["percent"] == 50

    @pytest.mark.parametrize(
        "path", ["/api/v1/courses/999999/", "/api/v1/courses/999999/enrol/"]
    )
    def test_unknown_course_is_404(self, api, path):
        response = api.post(path) if path.endswith("enrol/") else api.get(path)
        assert response.status_code == 404

    def test_unknown_lesson_is_404(self, api):
        assert api.post("/api/v1/lessons/999999/complete/").status_code == 404

    def test_anonymous_may_list_but_not_enrol(self, public_course):
        anonymous = APIClient()
        assert anonymous.get("/api/v1/courses/").status_code == 200
        assert (
            anonymous.post(f"/api/v1/courses/{public_course.pk}/enrol/").status_code
            == 401
        )

    def test_progress_is_shared_across_translations(self, api, learner, public_course):
        from wagtail.models import Locale

        thai = Locale.objects.get(language_code="th")
        public_course.get_parent().specific.copy_for_translation(
            thai
        ).save_revision().publish()
        course_th = public_course.copy_for_translation(thai)
        course_th.save_revision().publish()
        lesson_th = lesson("lesson-1").copy_for_translation(thai)
        lesson_th.save_revision().publish()
        api.post(f"/api/v1/lessons/{lesson_th.pk}/complete/")
        with transaction.atomic():
            response = api.post(f"/api/v1/lessons/{lesson('lesson-1').pk}/complete/")
        assert response.json()["done"] == 1
        assert LessonCompletion.objects.filter(user=learner).count() == 1


class TestPageBadInput:
    def test_completing_a_closed_lesson_through_the_page_records_nothing(
        self, client, learner, judges_course
    ):
        client.force_login(learner)
        target = lesson("admissibility")
        response = client.post(f"/en/learning/lessons/{target.pk}/complete/")
        assert response.status_code == 404
        response = client.post(f"/en/learning/courses/{judges_course.pk}/enrol/")
        assert response.status_code == 302
        assert not Enrolment.objects.exists()
        assert not LessonCompletion.objects.exists()

    def test_get_on_actions_is_refused(self, client, learner, public_course):
        client.force_login(learner)
        assert (
            client.get(f"/en/learning/courses/{public_course.pk}/enrol/").status_code
            == 405
        )
        assert (
            client.get(
                f"/en/learning/lessons/{lesson('lesson-1').pk}/complete/"
            ).status_code
            == 405
        )
        assert not Enrolment.objects.exists()

    def test_unknown_ids_are_404(self, client, learner):
        client.force_login(learner)
        assert client.post("/en/learning/courses/999999/enrol/").status_code == 404
        assert client.post("/en/learning/lessons/999999/complete/").status_code == 404
