from courses.tests.conftest import (  # noqa: F401  (fixtures shared with courses)
    course_index,
    public_course,
)
