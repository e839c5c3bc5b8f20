import pytest

from accounts.tests.factories import (
    ProfessionalFactory,
    ProfessionalVerificationFactory,
)

from .factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory


@pytest.fixture
def course_index(home_pages):
    return CourseIndexPageFactory(parent=home_pages)


@pytest.fixture
def public_course(course_index):
    """A public course with three lessons (the third not required)."""
    course = CoursePageFactory(parent=course_index, title="Spot the scam", slug="spot")
    for number in (1, 2, 3):
        LessonPageFactory(
            parent=course,
            title=f"Lesson {number}",
            slug=f"lesson-{number}",
            required=number != 3,
        )
    return course


@pytest.fixture
def judges_course(course_index):
    course = CoursePageFactory(
        parent=course_index,
        title="Electronic evidence for judges",
        slug="judges",
        track="judges",
        cpd_hours=4,
        audiences=["professional"],
    )
    LessonPageFactory(parent=course, title="Admissibility", slug="admissibility")
    LessonPageFactory(parent=course, title="Instruments", slug="instruments")
    return course


def verified(profession: str):
    """A professional whose role staff have approved."""
    user = ProfessionalFactory(profession=profession)
    ProfessionalVerificationFactory(user=user, profession=profession, status="approved")
    return user
