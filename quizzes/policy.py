"""The attempt, grading and review policies of a quiz, as pure functions."""

from datetime import timedelta
from decimal import Decimal

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .choices import REVIEW_LEVELS, Grading, ReviewDetail, ReviewTiming


def attempts_left(quiz, used: int) -> int | None:
    """Attempts the learner may still start (None: no limit)."""
    if not quiz.max_attempts:
        return None
    return max(quiz.max_attempts - used, 0)


def start_refusal(quiz, *, count: int, last, now=None) -> str | None:
    """Why the learner may not start another attempt now, or None.

    `count` is the number of the learner's submitted attempts, `last` the
    latest of them (or None).
    """
    now = now or timezone.now()
    if attempts_left(quiz, count) == 0:
        return _("You have used all %(count)d attempts at this quiz.") % {
            "count": quiz.max_attempts
        }
    if quiz.attempt_delay_minutes and last is not None:
        ready_at = last.submitted_at + timedelta(minutes=quiz.attempt_delay_minutes)
        if now < ready_at:
            return _("You can try again from %(time)s.") % {
                "time": formats.date_format(
                    timezone.localtime(ready_at), "DATETIME_FORMAT"
                )
            }
    return None


def grade(quiz, percents: list[Decimal]) -> Decimal:
    """The learner's grade from their scored attempts' percents, oldest first."""
    if quiz.grading == Grading.LAST:
        return percents[-1]
    if quiz.grading == Grading.AVERAGE:
        return (sum(percents) / len(percents)).quantize(Decimal("0.01"))
    return max(percents)


def review_level(quiz, *, attempts_used: int, passed: bool) -> str:
    """How much of a scored attempt the learner may see now (a ReviewDetail)."""
    if quiz.review_timing == ReviewTiming.AFTER_LAST_ATTEMPT:
        finished = passed or attempts_left(quiz, attempts_used) == 0
        if not finished:
            return ReviewDetail.SCORE
    return quiz.review_detail


def shows(level: str, detail: str) -> bool:
    """Whether review level `level` includes `detail`."""
    return REVIEW_LEVELS.index(level) >= REVIEW_LEVELS.index(detail)
