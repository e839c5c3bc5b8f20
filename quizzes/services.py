"""Every write of quizzes: starting, saving, submitting and scoring attempts.

Submitting and scoring are separate on purpose: the web process stores the
answers and returns; the worker scores from the key stored with the attempt.
"""

import hashlib
import json
import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.permissions import can_study

from . import policy
from .choices import AttemptStatus
from .models import Attempt, ChoicePick, QuestionResponse, QuizGrade, QuizPage
from .questions import draw, quiz_questions
from .scoring import clean_answers, picks, score_answers
from .signals import attempt_scored

# Answers saved this long after the deadline still count: the request was on
# its way when time ran out.
DEADLINE_GRACE_SECONDS = 10
# A submitted attempt still unscored after this long is sent to the workers
# again (at most once per this period): its task may have died with a worker.
RESEND_AFTER_SECONDS = 60


class AttemptRefused(Exception):
    """The learner may not do this now; the message says why, in their language."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class IdempotencyConflict(AttemptRefused):
    """An Idempotency-Key reused with different answers."""


def _lock_learner(user_id: int) -> None:
    """Serialise one learner's attempt starts and submissions on their user row."""
    get_user_model().objects.select_for_update().filter(pk=user_id).first()


def _submit(attempt: Attempt, *, submitted_at, late: bool = False) -> None:
    from .tasks import score_attempt

    attempt.status = AttemptStatus.PENDING
    attempt.submitted_at = submitted_at
    attempt.late = late
    attempt.save(
        update_fields=[
            "status",
            "submitted_at",
            "late",
            "answers",
            "idempotency_key",
            "submission_digest",
        ]
    )
    score_attempt.delay_on_commit(attempt.pk)


@transaction.atomic
def attempt_start(*, user, quiz: QuizPage, rng: random.Random | None = None) -> Attempt:
    """Start an attempt, drawing and ordering its questions; or resume the open one.

    Raises PermissionDenied if the learner may not study the course, and
    AttemptRefused when the attempt policy says no.
    """
    if not can_study(user, quiz.course):
        raise PermissionDenied
    _lock_learner(user.pk)
    return _open_or_new(user, quiz, rng=rng, close_overdue=True)


def _open_or_new(user, quiz, *, rng=None, close_overdue: bool) -> Attempt:
    """The learner's open attempt, or a new one if the policy allows.

    Call holding the learner's lock. With `close_overdue`, an open attempt past
    its time limit is submitted (with what was saved in time) and a new one
    started in its place.
    """
    attempts = Attempt.objects.filter(user=user, quiz_key=quiz.translation_key)
    open_attempt = attempts.filter(status=AttemptStatus.IN_PROGRESS).first()
    if open_attempt is not None:
        if not (
            close_overdue
            and open_attempt.is_overdue(grace_seconds=DEADLINE_GRACE_SECONDS)
        ):
            return open_attempt
        _submit(open_attempt, submitted_at=open_attempt.deadline, late=True)
    closed = attempts.exclude(status=AttemptStatus.IN_PROGRESS)
    count = closed.count()
    last = None
    if quiz.attempt_delay_minutes and count:
        last = closed.order_by("-submitted_at").first()
    refusal = policy.start_refusal(quiz, count=count, last=last)
    if refusal:
        raise AttemptRefused(refusal)
    rng = rng or random.SystemRandom()
    now = timezone.now()
    attempt = Attempt(
        user=user,
        quiz=quiz,
        quiz_key=quiz.translation_key,
        language=quiz.locale.language_code,
        # Attempts are never deleted one by one, so numbers run 1, 2, 3...; the
        # unique constraint catches anything else.
        number=count + 1,
        questions=draw(
            quiz_questions(quiz.questions),
            count=quiz.draw_count,
            shuffle_questions=quiz.shuffle_questions,
            shuffle_choices=quiz.shuffle_choices,
            rng=rng,
        ),
        started_at=now,
        deadline=now + timedelta(minutes=quiz.time_limit_minutes)
        if quiz.time_limit_minutes
        else None,
    )
    # The user and quiz are in hand and the database's constraints guard
    # uniqueness: checking them here would cost a query each, on every start.
    attempt.full_clean(
        exclude=["user", "quiz"], validate_unique=False, validate_constraints=False
    )
    attempt.save()
    return attempt


def attempt_expire(*, attempt: Attempt) -> Attempt:
    """Submit the attempt if its time ran out, with what was saved in time."""
    if attempt.is_open and attempt.is_overdue(grace_seconds=DEADLINE_GRACE_SECONDS):
        with transaction.atomic():
            _lock_learner(attempt.user_id)
            attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
            if attempt.is_open:
                _submit(attempt, submitted_at=attempt.deadline, late=True)
    return attempt


def attempt_scoring_resend(*, attempt: Attempt) -> None:
    """Send a long-pending attempt to the workers again; scoring is idempotent.

    The filesystem broker drops a task whose worker is killed, and Redis gives
    it back only after its visibility timeout: the learner waiting for the
    result should not depend on either.
    """
    from .tasks import score_attempt

    if attempt.status != AttemptStatus.PENDING or attempt.submitted_at is None:
        return
    waited = (timezone.now() - attempt.submitted_at).total_seconds()
    if waited > RESEND_AFTER_SECONDS and cache.add(
        f"quizzes:resent:{attempt.pk}", True, RESEND_AFTER_SECONDS
    ):
        score_attempt.delay(attempt.pk)


def _merge(attempt: Attempt, answers: dict) -> None:
    """Put checked answers into the attempt; a null or empty answer clears one."""
    cleaned = clean_answers(attempt.questions, answers)
    merged = {k: v for k, v in attempt.answers.items() if k not in answers}
    merged.update(cleaned)
    attempt.answers = merged


@transaction.atomic
def attempt_save(*, attempt: Attempt, answers: dict) -> Attempt:
    """Save some answers of an open attempt (raises AnswerError, AttemptRefused)."""
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if not attempt.is_open:
        raise AttemptRefused(
            _("This attempt has been submitted: its answers can no longer change.")
        )
    if attempt.is_overdue(grace_seconds=DEADLINE_GRACE_SECONDS):
        raise AttemptRefused(
            _("Time is up: answers given after the time limit are not saved.")
        )
    _merge(attempt, answers)
    attempt.answers_saved_at = timezone.now()
    attempt.save(update_fields=["answers", "answers_saved_at"])
    return attempt


@transaction.atomic
def attempt_submit(*, attempt: Attempt, answers: dict | None = None) -> Attempt:
    """Submit an attempt for scoring, with any last answers; exactly once.

    Submitting again, concurrently or from a stale page, changes nothing. After
    the time limit, the last answers are ignored and what was saved in time is
    scored.
    """
    _lock_learner(attempt.user_id)
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.is_open:
        _finish(attempt, answers)
    return attempt


def _finish(attempt: Attempt, answers: dict | None) -> None:
    late = attempt.is_overdue(grace_seconds=DEADLINE_GRACE_SECONDS)
    if answers is not None and not late:
        _merge(attempt, answers)
    _submit(attempt, submitted_at=timezone.now(), late=late)


def _digest(answers) -> str:
    canonical = json.dumps(answers, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


@transaction.atomic
def attempt_submit_keyed(
    *, user, quiz: QuizPage, answers: dict, idempotency_key: str
) -> tuple[Attempt, bool]:
    """Submit the learner's open attempt (or a new one) once per Idempotency-Key.

    Returns the attempt and whether this call submitted it. The same key with
    the same answers returns the first submission; with different answers it
    raises IdempotencyConflict. Nothing is stored when the answers are unfit.
    """
    if not can_study(user, quiz.course):
        raise PermissionDenied
    _lock_learner(user.pk)
    digest = _digest(answers)
    earlier = Attempt.objects.filter(user=user, idempotency_key=idempotency_key).first()
    if earlier is not None:
        if (
            earlier.submission_digest != digest
            or earlier.quiz_key != quiz.translation_key
        ):
            raise IdempotencyConflict(
                _(
                    "This Idempotency-Key was already used with different answers. "
                    "Use a new key for a new submission."
                )
            )
        return earlier, False
    # Under the learner's lock, the open attempt stays open until we submit it;
    # one past its time limit is submitted late, with what was saved in time.
    attempt = _open_or_new(user, quiz, close_overdue=False)
    attempt.idempotency_key = idempotency_key
    attempt.submission_digest = digest
    _finish(attempt, answers)
    return attempt, True


@transaction.atomic
def attempt_score(*, attempt_id: int) -> Attempt | None:
    """Score a submitted attempt from its stored key, record it and the grade.

    Idempotent: an attempt already scored (or not submitted) is left alone.
    """
    attempt = (
        Attempt.objects.select_for_update()
        .filter(pk=attempt_id, status=AttemptStatus.PENDING)
        .first()
    )
    if attempt is None:
        return None
    quiz = attempt.quiz
    result = score_answers(attempt.questions, attempt.answers)
    attempt.score = result.score
    attempt.max_score = result.max_score
    attempt.percent = result.percent
    attempt.passed = result.percent >= quiz.pass_mark
    attempt.results = result.results
    attempt.status = AttemptStatus.SCORED
    attempt.scored_at = timezone.now()
    attempt.save()
    responses = QuestionResponse.objects.bulk_create(
        QuestionResponse(
            attempt=attempt,
            question_id=question["id"],
            question_type=question["type"],
            score=row["score"],
            max_score=row["max"],
            outcome=row["outcome"],
            answer=attempt.answers.get(question["id"]),
        )
        for question, row in zip(attempt.questions, result.results, strict=True)
    )
    ChoicePick.objects.bulk_create(
        ChoicePick(response=response, question_id=response.question_id, choice=choice)
        for response in responses
        for choice in picks(response.question_type, response.answer)
    )
    _grade_update(user=attempt.user, quiz=quiz)
    transaction.on_commit(lambda: attempt_scored.send(sender=Attempt, attempt=attempt))
    return attempt


def _grade_update(*, user, quiz: QuizPage) -> QuizGrade:
    percents = list(
        Attempt.objects.filter(
            user=user, quiz_key=quiz.translation_key, status=AttemptStatus.SCORED
        )
        .order_by("number")
        .values_list("percent", flat=True)
    )
    percent = policy.grade(quiz, percents)
    grade, _created = QuizGrade.objects.update_or_create(
        user=user,
        quiz_key=quiz.translation_key,
        defaults={
            "quiz": quiz,
            "percent": percent,
            "passed": percent >= quiz.pass_mark,
            "attempts_scored": len(percents),
        },
    )
    return grade
