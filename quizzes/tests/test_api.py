"""The quiz API of DESIGN.md: questions without keys, keyed submissions, scoring."""

import json
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.tests.factories import UserFactory
from courses.tests.conftest import verified
from lms.learning.models import Enrolment
from quizzes.models import Attempt, QuestionResponse, QuizGrade
from quizzes.questions import model_answers

from .factories import QuizPageFactory

pytestmark = pytest.mark.django_db

# Strings of every question type's key and feedback (see factories): none may
# reach a client before the attempt is submitted.
KEY_STRINGS = [
    '"correct"',
    '"order"',
    '"pairs"',
    '"accepted"',
    '"outcome"',
    "feedback",
    "explanation",
    "phishing",
    "ฟิชชิง",
    "Yes: that number is real",
    "Banks do not send links",
    "A short link and a deadline",
    "He may invent one",
    "The bank comes first",
]


def submit(api, quiz, answers, key="key-1", **extra):
    return api.post(
        f"/api/v1/quizzes/{quiz.pk}/attempts/",
        {"answers": answers, **extra},
        format="json",
        HTTP_IDEMPOTENCY_KEY=key,
    )


@pytest.fixture
def scored_now(django_capture_on_commit_callbacks):
    """Run on-commit work (the eager scoring task) when each request commits."""

    def run(call, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return call(*args, **kwargs)

    return run


class TestReadingAQuiz:
    def test_questions_come_without_keys_or_feedback(self, api, quiz):
        response = api.get(f"/api/v1/quizzes/{quiz.pk}/")
        assert response.status_code == 200
        body = response.json()
        assert [q["type"] for q in body["questions"]] == [
            "single_choice",
            "multiple_response",
            "true_false",
            "ordering",
            "matching",
            "short_text",
            "red_flags",
            "scenario",
        ]
        assert body["questions"][0]["choices"][0] == {
            "id": "single-link",
            "text": "Tap the link",
        }
        text = response.content.decode()
        for secret in KEY_STRINGS:
            assert secret not in text, secret

    def test_an_open_attempt_shows_its_questions_without_keys(self, api, quiz):
        start = api.post(f"/api/v1/quizzes/{quiz.pk}/start/")
        assert start.status_code == 201
        for response in (start, api.get(f"/api/v1/attempts/{start.json()['id']}/")):
            text = response.content.decode()
            for secret in KEY_STRINGS:
                assert secret not in text, secret
        ordering = next(q for q in start.json()["questions"] if q["type"] == "ordering")
        assert [i["id"] for i in ordering["items"]] != [
            "order-bank",
            "order-police",
            "order-family",
        ]

    def test_anonymous_visitors_may_read_a_public_quiz_but_not_start(self, quiz):
        client = APIClient()
        assert client.get(f"/api/v1/quizzes/{quiz.pk}/").status_code == 200
        assert client.post(f"/api/v1/quizzes/{quiz.pk}/start/").status_code == 401

    def test_a_quiz_of_a_locked_track_is_refused_with_a_reason(self, judges_course):
        quiz = QuizPageFactory(parent=judges_course)
        api = APIClient()
        api.force_authenticate(UserFactory())
        response = api.get(f"/api/v1/quizzes/{quiz.pk}/")
        assert response.status_code == 403
        assert "professional track for Judges" in response.json()["detail"]
        assert submit(api, quiz, {}).status_code == 403
        assert not Attempt.objects.exists()

        api.force_authenticate(verified("judge"))
        assert api.get(f"/api/v1/quizzes/{quiz.pk}/").status_code == 200

    def test_an_unpublished_quiz_is_not_found(self, api, quiz):
        quiz.unpublish()
        assert api.get(f"/api/v1/quizzes/{quiz.pk}/").status_code == 404
        assert submit(api, quiz, {}).status_code == 404
        assert api.get("/api/v1/quizzes/999999/").status_code == 404


class TestSubmitting:
    def test_submit_returns_202_and_the_worker_scores_it(
        self, api, learner, quiz, scored_now
    ):
        questions = api.post(f"/api/v1/quizzes/{quiz.pk}/start/").json()["questions"]
        attempt = Attempt.objects.get(user=learner)
        response = scored_now(submit, api, quiz, model_answers(attempt.questions))
        assert response.status_code == 202
        assert response.json()["id"] == attempt.pk
        assert len(questions) == 8

        body = api.get(f"/api/v1/attempts/{attempt.pk}/").json()
        assert body["status"] == "scored"
        assert body["score"] == 17
        assert body["max_score"] == 17
        assert body["passed"] is True
        assert body["review"]["level"] == "feedback"
        assert {q["outcome"] for q in body["review"]["questions"]} == {"correct"}
        assert QuestionResponse.objects.filter(attempt=attempt).count() == 8
        assert QuizGrade.objects.get(user=learner).passed is True

    def test_submit_without_starting_starts_and_submits(
        self, api, learner, quiz, scored_now
    ):
        response = scored_now(submit, api, quiz, {"q-tf": ["false"]})
        assert response.status_code == 202
        attempt = Attempt.objects.get(user=learner)
        assert attempt.status == "scored"
        assert attempt.score == 1

    def test_score_and_pass_fields_a_client_sends_are_ignored(
        self, api, learner, quiz, scored_now
    ):
        scored_now(
            submit, api, quiz, {"q-tf": ["true"]}, score=17, passed=True, percent=100
        )
        attempt = Attempt.objects.get(user=learner)
        assert (attempt.score, attempt.passed) == (0, False)

    def test_a_replayed_key_returns_the_same_attempt(self, api, learner, quiz):
        first = submit(api, quiz, {"q-tf": ["false"]}, key="same")
        again = submit(api, quiz, {"q-tf": ["false"]}, key="same")
        assert first.status_code == again.status_code == 202
        assert first.json()["id"] == again.json()["id"]
        assert Attempt.objects.filter(user=learner).count() == 1

    def test_a_reused_key_with_different_answers_is_a_409(self, api, learner, quiz):
        submit(api, quiz, {"q-tf": ["false"]}, key="same")
        response = submit(api, quiz, {"q-tf": ["true"]}, key="same")
        assert response.status_code == 409
        assert "already used with different answers" in response.json()["detail"]
        assert Attempt.objects.filter(user=learner).count() == 1

    def test_a_missing_key_is_refused(self, api, learner, quiz):
        response = api.post(
            f"/api/v1/quizzes/{quiz.pk}/attempts/", {"answers": {}}, format="json"
        )
        assert response.status_code == 400
        assert "Idempotency-Key" in response.json()["errors"]
        assert not Attempt.objects.exists()

    @pytest.mark.parametrize(
        ("answers", "field", "message"),
        [
            ({"nope": ["x"]}, "answers", "unknown questions"),
            ({"q-single": ["nope"]}, "q-single", "unknown choice"),
            ({"q-short": 42}, "q-short", "must be text"),
            ({"q-order": {"a": "b"}}, "q-order", "list of ids"),
            ("not an object", "answers", "object of question ids"),
        ],
    )
    def test_unfit_answers_are_refused_and_nothing_is_stored(
        self, api, learner, quiz, answers, field, message
    ):
        response = submit(api, quiz, answers)
        assert response.status_code == 400
        assert message in json.dumps(response.json()["errors"][field])
        assert not Attempt.objects.exists()

    def test_an_open_attempt_is_kept_when_a_submission_is_unfit(self, api, quiz):
        attempt_id = api.post(f"/api/v1/quizzes/{quiz.pk}/start/").json()["id"]
        api.patch(
            f"/api/v1/attempts/{attempt_id}/",
            {"answers": {"q-tf": ["false"]}},
            format="json",
        )
        assert submit(api, quiz, {"q-single": ["nope"]}).status_code == 400
        attempt = Attempt.objects.get(pk=attempt_id)
        assert attempt.status == "in_progress"
        assert attempt.answers == {"q-tf": ["false"]}
        assert attempt.idempotency_key == ""

    def test_a_body_over_the_limit_is_refused(self, api, quiz):
        response = submit(api, quiz, {"q-short": "x" * 70_000})
        assert response.status_code == 413
        assert "too large" in response.json()["detail"]
        assert not Attempt.objects.exists()


class TestSavingAsYouGo:
    def test_answers_are_saved_merged_and_cleared(self, api, quiz):
        attempt_id = api.post(f"/api/v1/quizzes/{quiz.pk}/start/").json()["id"]
        url = f"/api/v1/attempts/{attempt_id}/"
        api.patch(url, {"answers": {"q-tf": ["false"]}}, format="json")
        api.patch(url, {"answers": {"q-short": "phish"}}, format="json")
        body = api.patch(url, {"answers": {"q-tf": None}}, format="json").json()
        assert body["answers"] == {"q-short": "phish"}

    def test_saving_after_submitting_is_refused(self, api, quiz):
        submit(api, quiz, {})
        attempt = Attempt.objects.get()
        response = api.patch(
            f"/api/v1/attempts/{attempt.pk}/",
            {"answers": {"q-tf": ["false"]}},
            format="json",
        )
        assert response.status_code == 409
        assert "can no longer change" in response.json()["detail"]


class TestPolicies:
    def test_attempts_beyond_the_maximum_are_refused(self, api, quiz):
        quiz.max_attempts = 2
        quiz.save_revision().publish()
        assert submit(api, quiz, {}, key="a").status_code == 202
        assert submit(api, quiz, {}, key="b").status_code == 202
        response = submit(api, quiz, {}, key="c")
        assert response.status_code == 409
        assert "used all 2 attempts" in response.json()["detail"]
        assert Attempt.objects.count() == 2

    def test_the_delay_between_attempts_is_kept(self, api, quiz):
        quiz.attempt_delay_minutes = 30
        quiz.save_revision().publish()
        with time_machine.travel(timezone.now(), tick=False) as clock:
            submit(api, quiz, {}, key="a")
            response = submit(api, quiz, {}, key="b")
            assert response.status_code == 409
            assert "try again from" in response.json()["detail"]
            clock.shift(timedelta(minutes=31))
            assert submit(api, quiz, {}, key="b").status_code == 202

    def test_after_the_time_limit_only_answers_saved_in_time_are_scored(
        self, api, learner, quiz, scored_now
    ):
        quiz.time_limit_minutes = 10
        quiz.save_revision().publish()
        with time_machine.travel(timezone.now(), tick=False) as clock:
            attempt_id = api.post(f"/api/v1/quizzes/{quiz.pk}/start/").json()["id"]
            url = f"/api/v1/attempts/{attempt_id}/"
            api.patch(url, {"answers": {"q-tf": ["false"]}}, format="json")
            clock.shift(timedelta(minutes=11))
            late_save = api.patch(url, {"answers": {"q-tf": ["true"]}}, format="json")
            assert late_save.status_code == 409
            assert "Time is up" in late_save.json()["detail"]
            everything = model_answers(Attempt.objects.get().questions)
            scored_now(submit, api, quiz, everything)
        attempt = Attempt.objects.get()
        assert attempt.late is True
        assert attempt.score == 1  # the true/false answer saved in time

    @pytest.mark.parametrize(
        ("grading", "percent", "passed"),
        [("best", 100, True), ("last", 0, False), ("average", 50, False)],
    )
    def test_the_grade_follows_the_grading_rule(
        self, api, learner, quiz, scored_now, grading, percent, passed
    ):
        quiz.grading = grading
        quiz.save_revision().publish()
        full = api.post(f"/api/v1/quizzes/{quiz.pk}/start/")
        answers = model_answers(Attempt.objects.get(pk=full.json()["id"]).questions)
        scored_now(submit, api, quiz, answers, key="a")
        scored_now(submit, api, quiz, {}, key="b")
        grade = QuizGrade.objects.get(user=learner)
        assert (grade.percent, grade.passed) == (percent, passed)


class TestStuckScoring:
    def test_an_attempt_pending_for_a_minute_is_sent_to_the_workers_again(
        self, api, learner, quiz, scored_now
    ):
        with time_machine.travel(timezone.now(), tick=False) as clock:
            submit(api, quiz, {"q-tf": ["false"]})  # its task never runs
            attempt = Attempt.objects.get()
            url = f"/api/v1/attempts/{attempt.pk}/"
            assert scored_now(api.get, url).json()["status"] == "pending"
            clock.shift(timedelta(seconds=61))
            scored_now(api.get, url)
            body = api.get(url).json()
        assert (body["status"], body["score"]) == ("scored", 1)


class TestOwnership:
    def test_another_learners_attempt_is_not_found_on_every_route(self, api, quiz):
        other = APIClient()
        other.force_authenticate(UserFactory())
        attempt_id = other.post(f"/api/v1/quizzes/{quiz.pk}/start/").json()["id"]
        url = f"/api/v1/attempts/{attempt_id}/"
        assert api.get(url).status_code == 404
        patch = api.patch(url, {"answers": {"q-tf": ["true"]}}, format="json")
        assert patch.status_code == 404
        assert Attempt.objects.get(pk=attempt_id).answers == {}
        assert api.get(f"/api/v1/quizzes/{quiz.pk}/attempts/").json() == []


class TestCompletion:
    def test_passing_the_required_quiz_completes_the_course(
        self, api, learner, public_course, quiz, scored_now
    ):
        for lesson in public_course.lessons:
            if lesson.required:
                api.post(f"/api/v1/lessons/{lesson.pk}/complete/")
        progress = api.get("/api/v1/me/progress/").json()[0]
        assert (progress["done"], progress["required"]) == (2, 3)
        assert progress["next_lesson"]["title"] == "Lesson 3"

        scored_now(submit, api, quiz, {"q-tf": ["false"]}, key="fail")
        assert api.get("/api/v1/me/progress/").json()[0]["completed"] is False

        attempt_id = api.post(f"/api/v1/quizzes/{quiz.pk}/start/").json()["id"]
        answers = model_answers(Attempt.objects.get(pk=attempt_id).questions)
        scored_now(submit, api, quiz, answers, key="pass")
        progress = api.get("/api/v1/me/progress/").json()[0]
        assert (progress["done"], progress["completed"]) == (3, True)
        assert Enrolment.objects.get(user=learner).completed_at is not None

    def test_the_course_lists_its_quiz(self, api, public_course, quiz):
        body = api.get(f"/api/v1/courses/{public_course.pk}/").json()
        assert [q["title"] for q in body["quizzes"]] == ["Check yourself"]
        assert body["quizzes"][0]["url"].endswith("/en/courses/spot/check/")
        assert len(body["lessons"]) == 3
