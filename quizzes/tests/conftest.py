import pytest

from courses.tests.conftest import (  # noqa: F401  (fixtures shared with courses)
    course_index,
    judges_course,
    public_course,
)

from .factories import QuizPageFactory


@pytest.fixture
def quiz(public_course):  # noqa: F811
    """A required quiz with one question of each type, after the lessons."""
    return QuizPageFactory(parent=public_course, title="Check yourself", slug="check")


@pytest.fixture
def learner():
    from accounts.tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def api(learner):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(learner)
    return client
