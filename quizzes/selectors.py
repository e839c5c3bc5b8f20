"""Reads of quizzes and attempts, permission-checked."""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from courses.permissions import can_study, open_tracks

from . import policy
from .choices import AttemptStatus, Outcome, QuestionType, ReviewDetail
from .models import Attempt, QuizGrade, QuizPage
from .questions import true_false_label


def access_quiz(*, user, quiz_id: int) -> QuizPage:
    """A live quiz whose questions the user may read, or Http404 / PermissionDenied.

    Quizzes of professional tracks are for verified members of the profession.
    """
    quiz = QuizPage.objects.live().filter(pk=quiz_id).select_related("locale").first()
    if quiz is None:
        raise Http404
    course = quiz.course
    if course.is_restricted and course.track not in open_tracks(user):
        raise PermissionDenied(
            _(
                "This quiz belongs to the professional track for %(track)s: it "
                "opens once your professional role is verified."
            )
            % {"track": course.get_track_display()}
        )
    return quiz


def access_attempt(*, user, attempt_id: int) -> Attempt:
    """The user's own attempt, or Http404 (whoever else's it is)."""
    attempt = (
        Attempt.objects.filter(pk=attempt_id, user_id=user.pk)
        .select_related("quiz")
        .first()
    )
    if attempt is None:
        raise Http404
    return attempt


def open_attempt(*, user, quiz: QuizPage) -> Attempt | None:
    """The learner's attempt in progress at this quiz (in any language), if any."""
    if not user.is_authenticated:
        return None
    return Attempt.objects.filter(
        user=user, quiz_key=quiz.translation_key, status=AttemptStatus.IN_PROGRESS
    ).first()


def attempts_of(*, user, quiz: QuizPage) -> list[Attempt]:
    """The learner's attempts at this quiz, newest first."""
    return list(
        Attempt.objects.filter(user=user, quiz_key=quiz.translation_key)
        .select_related("quiz")
        .order_by("-number")
    )


def passed_quiz_keys(*, user, keys):
    """The translation keys among `keys` of quizzes the learner has passed.

    A lazy queryset of one column, so callers may combine it (UNION).
    """
    return QuizGrade.objects.filter(
        user=user, quiz_key__in=list(keys), passed=True
    ).values_list("quiz_key", flat=True)


@dataclass
class QuizOverview:
    """Where a learner stands in one quiz."""

    can_study: bool
    open_attempt: Attempt | None = None
    attempts: list = field(default_factory=list)  # submitted, newest first
    grade: QuizGrade | None = None
    refusal: str | None = None
    attempts_left: int | None = None  # None: no limit


def quiz_overview(*, user, quiz: QuizPage, course) -> QuizOverview:
    """The learner's attempts, grade and whether they may start another."""
    if not can_study(user, course):
        return QuizOverview(can_study=False)
    attempts = list(
        Attempt.objects.filter(user=user, quiz_key=quiz.translation_key).order_by(
            "-number"
        )
    )
    open_attempt = next((a for a in attempts if a.is_open), None)
    closed = [a for a in attempts if not a.is_open]
    return QuizOverview(
        can_study=True,
        open_attempt=open_attempt,
        attempts=closed,
        grade=QuizGrade.objects.filter(
            user=user, quiz_key=quiz.translation_key
        ).first(),
        refusal=None
        if open_attempt
        else policy.start_refusal(
            quiz,
            count=len(closed),
            last=max(closed, key=lambda a: a.submitted_at, default=None),
        ),
        attempts_left=policy.attempts_left(quiz, len(closed)),
    )


def _correct_answer(question: dict) -> list[str]:
    """The key, as text a learner can read."""
    kind = question["type"]
    if kind == QuestionType.TRUE_FALSE:
        return [true_false_label(c["id"]) for c in question["choices"] if c["correct"]]
    if kind == QuestionType.SCENARIO:
        return [c["text"] for c in question["choices"] if c["outcome"] == "best"]
    if kind == QuestionType.ORDERING:
        texts = {item["id"]: item["text"] for item in question["items"]}
        return [texts[i] for i in question["order"]]
    if kind == QuestionType.MATCHING:
        rights = {item["id"]: item["text"] for item in question["rights"]}
        return [
            f"{left['text']} → {rights[question['pairs'][left['id']]]}"
            for left in question["lefts"]
        ]
    if kind == QuestionType.SHORT_TEXT:
        return list(question["accepted"][:1])
    return [c["text"] for c in question["choices"] if c["correct"]]


def _feedback(question: dict, answer, outcome: str) -> list[str]:
    kind = question["type"]
    if kind in {QuestionType.ORDERING, QuestionType.MATCHING, QuestionType.SHORT_TEXT}:
        text = question[
            "feedback_correct" if outcome == Outcome.CORRECT else "feedback_incorrect"
        ]
        return [text] if text and outcome != Outcome.UNANSWERED else []
    chosen = set(answer or [])
    if kind == QuestionType.RED_FLAGS:
        # Every flag's reason, whether it was spotted or missed.
        return [
            c["feedback"]
            for c in question["choices"]
            if c["feedback"] and (c["correct"] or c["id"] in chosen)
        ]
    return [
        c["feedback"]
        for c in question["choices"]
        if c["id"] in chosen and c["feedback"]
    ]


def attempt_review(*, attempt: Attempt) -> dict:
    """What the learner may see of their scored attempt under the review policy."""
    quiz = attempt.quiz
    used = Attempt.objects.filter(
        user_id=attempt.user_id, quiz_key=attempt.quiz_key
    ).exclude(status=AttemptStatus.IN_PROGRESS)
    grade = QuizGrade.objects.filter(
        user_id=attempt.user_id, quiz_key=attempt.quiz_key
    ).first()
    level = policy.review_level(
        quiz, attempts_used=used.count(), passed=bool(grade and grade.passed)
    )
    questions = []
    if policy.shows(level, ReviewDetail.CORRECTNESS):
        results = {r["id"]: r for r in attempt.results or []}
        for question in attempt.questions:
            result = results[question["id"]]
            item = {
                "id": question["id"],
                "prompt": question["prompt"],
                "score": result["score"],
                "max": result["max"],
                "outcome": result["outcome"],
            }
            if policy.shows(level, ReviewDetail.ANSWERS):
                item["correct_answer"] = _correct_answer(question)
            if policy.shows(level, ReviewDetail.FEEDBACK):
                answer = attempt.answers.get(question["id"])
                item["feedback"] = _feedback(question, answer, result["outcome"])
                item["explanation"] = question["explanation"]
            questions.append(item)
    return {"level": level, "questions": questions}
