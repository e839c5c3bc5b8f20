"""Quiz pages and API answer in a fixed number of queries, however many attempts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.tests.factories import UserFactory
from quizzes import services
from quizzes.models import Attempt
from quizzes.questions import model_answers

pytestmark = pytest.mark.django_db

PINS = {
    "quiz page": 15,
    "attempt page": 5,
    "result page": 9,
    "api quiz": 5,
    "api attempt": 5,
    "api submit": 10,
}


def take(quiz, user, times):
    for _ in range(times):
        attempt = services.attempt_start(user=user, quiz=quiz)
        services.attempt_submit(
            attempt=attempt, answers=model_answers(attempt.questions)
        )
        services.attempt_score(attempt_id=attempt.pk)


def count(call) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = call()
    assert response.status_code in (200, 202), response.status_code
    return len(queries)


def measure(client, quiz, learner) -> dict:
    scored = Attempt.objects.filter(user=learner, status="scored").latest("number")
    open_attempt = services.attempt_start(user=learner, quiz=quiz)
    figures = {
        "quiz page": count(lambda: client.get("/en/courses/spot/check/")),
        "attempt page": count(
            lambda: client.get(f"/en/quizzes/attempts/{open_attempt.pk}/")
        ),
        "result page": count(
            lambda: client.get(f"/en/quizzes/attempts/{scored.pk}/result/")
        ),
        "api quiz": count(lambda: client.get(f"/api/v1/quizzes/{quiz.pk}/")),
        "api attempt": count(lambda: client.get(f"/api/v1/attempts/{scored.pk}/")),
    }
    answers = model_answers(open_attempt.questions)
    figures["api submit"] = count(
        lambda: client.post(
            f"/api/v1/quizzes/{quiz.pk}/attempts/",
            {"answers": answers},
            content_type="application/json",
            headers={"Idempotency-Key": f"pin-{open_attempt.pk}"},
        )
    )
    return figures


class TestQueryCounts:
    def test_counts_are_pinned_and_do_not_grow_with_attempts(self, client, quiz):
        learner = UserFactory()
        client.force_login(learner)
        take(quiz, learner, 1)
        take(quiz, UserFactory(), 1)
        measure(client, quiz, learner)  # caches warm (outline, site root)
        few = measure(client, quiz, learner)
        take(quiz, learner, 8)
        for _ in range(5):
            take(quiz, UserFactory(), 2)
        many = measure(client, quiz, learner)
        assert few == many
        assert many == PINS, many
