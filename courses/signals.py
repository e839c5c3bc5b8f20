"""What the course pages announce to the apps above them (lms.learning)."""

from django.dispatch import Signal

# A signed-in learner who may study the course opened a lesson.
# Arguments: request, user, lesson (LessonPage), course (CoursePage).
lesson_viewed = Signal()
