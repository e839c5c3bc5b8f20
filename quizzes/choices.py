"""The vocabularies of quizzes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionType(models.TextChoices):
    SINGLE_CHOICE = "single_choice", _("Single choice")
    MULTIPLE_RESPONSE = "multiple_response", _("Multiple response")
    TRUE_FALSE = "true_false", _("True or false")
    ORDERING = "ordering", _("Ordering")
    MATCHING = "matching", _("Matching")
    SHORT_TEXT = "short_text", _("Short text")
    RED_FLAGS = "red_flags", _("Spot the red flags")
    SCENARIO = "scenario", _("Scenario judgment")


class Grading(models.TextChoices):
    BEST = "best", _("Best attempt")
    LAST = "last", _("Last attempt")
    AVERAGE = "average", _("Average of attempts")


class ReviewDetail(models.TextChoices):
    """What a learner sees after submitting; each level includes the ones above."""

    SCORE = "score", _("Score only")
    CORRECTNESS = "correctness", _("Score and which answers were right")
    ANSWERS = "answers", _("Score, correctness and the correct answers")
    FEEDBACK = "feedback", _("All of that, with feedback and explanations")


REVIEW_LEVELS = list(ReviewDetail.values)


class ReviewTiming(models.TextChoices):
    IMMEDIATELY = "immediately", _("Immediately after each attempt")
    AFTER_LAST_ATTEMPT = "after_last", _("After the last attempt (or once passed)")


class ScenarioOutcome(models.TextChoices):
    BEST = "best", _("Best")
    ACCEPTABLE = "acceptable", _("Acceptable")
    HARMFUL = "harmful", _("Harmful")


class MessageKind(models.TextChoices):
    SMS = "sms", _("Text message (SMS)")
    EMAIL = "email", _("Email")
    CHAT = "chat", _("Chat message")
    WEB = "web", _("Web page")


class AttemptStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    PENDING = "pending", _("Scoring")
    SCORED = "scored", _("Scored")


class Outcome(models.TextChoices):
    """How one question went."""

    CORRECT = "correct", _("Correct")
    PARTIAL = "partial", _("Partly correct")
    INCORRECT = "incorrect", _("Incorrect")
    UNANSWERED = "unanswered", _("Not answered")
