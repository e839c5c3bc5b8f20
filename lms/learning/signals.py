"""What lms.learning announces to the apps above it (lms.certificates)."""

from django.dispatch import Signal

# A learner met a course's completion rule; sent once, after the commit.
# Arguments: enrolment (Enrolment).
course_completed = Signal()
