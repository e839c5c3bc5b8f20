"""A learner's attempts at a quiz, their scored answers, and their grade.

Rows carry the quiz's Wagtail translation key, like lms.learning's: an attempt
in Thai counts for the quiz in every language.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import AttemptStatus, Outcome


class Attempt(models.Model):
    """One go at a quiz: the questions drawn at the start, the answers, the score."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts"
    )
    quiz = models.ForeignKey(
        "quizzes.QuizPage", on_delete=models.CASCADE, related_name="attempts"
    )
    quiz_key = models.UUIDField(_("quiz translation key"), db_index=True)
    language = models.CharField(_("language"), max_length=10)
    number = models.PositiveSmallIntegerField(_("attempt number"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=AttemptStatus.choices,
        default=AttemptStatus.IN_PROGRESS,
    )
    # Shape: the drawn questions in display order, as quizzes.questions builds
    # them, answer keys included: [{"id", "type", "prompt", "points", ...}].
    # Never sent to a client as is (see quizzes.questions.public_question).
    questions = models.JSONField(_("questions"))
    # Shape: {question id: answer} in the API's answer shapes, already checked
    # by quizzes.scoring.clean_answers.
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    answers_saved_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    late = models.BooleanField(
        _("submitted after the time limit"),
        default=False,
        help_text=_("Scored with the answers saved in time."),
    )
    # The client's Idempotency-Key, and a digest of what it submitted with it.
    idempotency_key = models.CharField(max_length=100, blank=True)
    submission_digest = models.CharField(max_length=64, blank=True)
    scored_at = models.DateTimeField(_("scored at"), null=True, blank=True)
    score = models.DecimalField(
        _("score"), max_digits=7, decimal_places=2, null=True, blank=True
    )
    max_score = models.PositiveIntegerField(_("maximum score"), null=True, blank=True)
    percent = models.DecimalField(
        _("percent"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), null=True, blank=True)
    # Shape: [{"id": question id, "score": 1.5, "max": 2, "outcome": "partial"}]
    # in the order of `questions`.
    results = models.JSONField(_("results"), null=True, blank=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz_key", "number"], name="attempt_number_unique"
            ),
            models.UniqueConstraint(
                fields=["user", "quiz_key"],
                condition=Q(status=AttemptStatus.IN_PROGRESS),
                name="one_open_attempt_per_quiz",
            ),
            models.UniqueConstraint(
                fields=["user", "idempotency_key"],
                condition=~Q(idempotency_key=""),
                name="attempt_idempotency_key_unique",
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.quiz} #{self.number}"

    @property
    def is_open(self) -> bool:
        return self.status == AttemptStatus.IN_PROGRESS

    def is_overdue(self, now=None, grace_seconds: int = 0) -> bool:
        if self.deadline is None:
            return False
        now = now or timezone.now()
        return (now - self.deadline).total_seconds() > grace_seconds


class QuestionResponse(models.Model):
    """How one scored question went, a row per question for item statistics."""

    attempt = models.ForeignKey(
        Attempt, on_delete=models.CASCADE, related_name="responses"
    )
    question_id = models.CharField(max_length=64, db_index=True)
    question_type = models.CharField(max_length=20)
    score = models.DecimalField(max_digits=7, decimal_places=2)
    max_score = models.PositiveIntegerField()
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    # Shape: the learner's answer as stored in Attempt.answers (or null).
    answer = models.JSONField(null=True, blank=True)

    class Meta:
        verbose_name = _("question response")
        verbose_name_plural = _("question responses")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_id"], name="one_response_per_question"
            )
        ]

    def __str__(self):
        return f"{self.attempt} – {self.question_id}: {self.score}/{self.max_score}"


class ChoicePick(models.Model):
    """One thing a learner picked in a scored answer, counted by item statistics.

    `choice` is a choice id (choice, true/false, red flags and scenario
    questions), "<left id>:<right id>" (matching) or the normalised text typed
    (short text). Orderings have none.
    """

    response = models.ForeignKey(
        QuestionResponse, on_delete=models.CASCADE, related_name="picks"
    )
    question_id = models.CharField(max_length=64)
    choice = models.CharField(max_length=200)

    class Meta:
        verbose_name = _("choice picked")
        verbose_name_plural = _("choices picked")
        indexes = [models.Index(fields=["question_id", "choice"])]

    def __str__(self):
        return f"{self.question_id}: {self.choice}"


class QuizGrade(models.Model):
    """A learner's standing in a quiz under its grading rule (best, last, average)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_grades"
    )
    quiz = models.ForeignKey(
        "quizzes.QuizPage", on_delete=models.CASCADE, related_name="grades"
    )
    quiz_key = models.UUIDField(_("quiz translation key"), db_index=True)
    percent = models.DecimalField(_("grade (%)"), max_digits=5, decimal_places=2)
    passed = models.BooleanField(_("passed"))
    attempts_scored = models.PositiveSmallIntegerField(_("attempts scored"))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("quiz grade")
        verbose_name_plural = _("quiz grades")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz_key"], name="one_grade_per_quiz"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.quiz}: {self.percent}%"
