"""What quizzes announce to the apps above them (lms.learning)."""

from django.dispatch import Signal

# An attempt was scored, once per attempt, after the transaction committed.
# Arguments: attempt (Attempt, with its QuizGrade updated).
attempt_scored = Signal()
