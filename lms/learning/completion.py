"""The completion rule: what a learner must finish for a course to count as done.

Every live step marked "required": lessons marked complete, and quizzes passed
under their grading rule, as recorded on the server.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class CourseProgress:
    """Where a learner stands in one course."""

    course: object
    required: int
    done: int
    next_lesson: object | None
    enrolment: object | None = None

    @property
    def percent(self) -> int:
        if not self.required:
            return 100 if self.enrolment and self.enrolment.completed_at else 0
        return round(100 * self.done / self.required)

    @property
    def is_complete(self) -> bool:
        return self.required > 0 and self.done >= self.required


def progress(*, course, steps, done_keys, enrolment=None) -> CourseProgress:
    """Apply the rule to a course's steps (in order) and the learner's done keys.

    The next step resumes the lesson the learner last opened, if it is not
    done yet, else the first step not done.
    """
    required = [step for step in steps if step.required]
    done = sum(1 for step in required if step.translation_key in done_keys)
    open_steps = [step for step in steps if step.translation_key not in done_keys]
    last_key = getattr(enrolment, "last_lesson_key", None)
    next_lesson = next(
        (step for step in open_steps if step.translation_key == last_key),
        open_steps[0] if open_steps else None,
    )
    return CourseProgress(
        course=course,
        required=len(required),
        done=done,
        next_lesson=next_lesson,
        enrolment=enrolment,
    )
