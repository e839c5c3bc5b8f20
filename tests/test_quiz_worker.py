"""Scoring in a real worker process, including one killed in the middle of it."""

import os
import signal
import time

import pytest
from django.conf import settings

from accounts.tests.factories import UserFactory
from courses.tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
)
from quizzes import services
from quizzes.models import Attempt, QuestionResponse, QuizGrade
from quizzes.questions import model_answers
from quizzes.tests.factories import QuizPageFactory
from tests.conftest import wait_for_line

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.worker]

REDIS = settings.CELERY_BROKER_URL.startswith("redis")


@pytest.fixture
def quiz(home_pages):
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home_pages))
    LessonPageFactory(parent=course)
    return QuizPageFactory(parent=course)


def submitted_attempt(quiz):
    """An attempt submitted with full marks; its scoring task is on the broker."""
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz)
    return services.attempt_submit(
        attempt=attempt, answers=model_answers(attempt.questions)
    )


def wait_until_scored(attempt, timeout: float) -> Attempt:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        attempt.refresh_from_db()
        if attempt.status == "scored":
            return attempt
        time.sleep(0.1)
    raise AssertionError(f"attempt still {attempt.status} after {timeout} s")


class TestScoringInTheWorker:
    def test_a_real_worker_scores_a_submitted_attempt(self, start_worker, quiz):
        start_worker()
        attempt = wait_until_scored(submitted_attempt(quiz), timeout=30)
        assert (attempt.score, attempt.max_score, attempt.passed) == (17, 17, True)
        assert QuizGrade.objects.get(user=attempt.user).passed

    @pytest.mark.skipif(not REDIS, reason="the filesystem broker has no redelivery")
    def test_a_worker_killed_while_scoring_leaves_it_to_the_next_one(
        self, start_worker, quiz
    ):
        # Both workers restore unacknowledged tasks after 3 s instead of 300 s.
        fast_restore = {"CELERY_VISIBILITY_TIMEOUT": "3"}
        first = start_worker(pause_scoring=60, extra_env=fast_restore)
        attempt = submitted_attempt(quiz)
        wait_for_line(first, "SCORING STARTED")
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
        attempt.refresh_from_db()
        assert attempt.status == "pending"

        start_worker(extra_env=fast_restore)
        attempt = wait_until_scored(attempt, timeout=60)
        assert attempt.score == 17
        assert QuestionResponse.objects.filter(attempt=attempt).count() == 8
        assert Attempt.objects.filter(user=attempt.user).count() == 1
        # Delivered once more (a duplicate), the task changes nothing.
        assert services.attempt_score(attempt_id=attempt.pk) is None
        assert QuestionResponse.objects.filter(attempt=attempt).count() == 8
