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
