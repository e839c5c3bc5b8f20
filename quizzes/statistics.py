"""Item statistics for educators, aggregated by the database.

Per quiz: attempts, mean and median percent, pass rate. Per question: facility
(the mean share of its points learners earned) and discrimination (Pearson's
correlation between the question's score and the rest of the attempt's
score), and how often each choice was picked. Python only does the final
arithmetic on a handful of sums per question.
"""

import math
from dataclasses import dataclass, field

from django.db.models import (
    Avg,
    Count,
    DecimalField,
    ExpressionWrapper,
    F,
    FloatField,
    Q,
    Sum,
)

from .choices import AttemptStatus
from .models import Attempt, ChoicePick, QuestionResponse, QuizPage
from .questions import quiz_questions, true_false_label


@dataclass
class QuestionStats:
    id: str
    prompt: str
    type: str
    responses: int
    facility: float | None
    discrimination: float | None
    # (choice text, times picked), most picked first
    picks: list = field(default_factory=list)


@dataclass
class QuizStats:
    attempts: int
    mean: float | None
    median: float | None
    pass_rate: float | None
    questions: list[QuestionStats]


def scored_attempts(*, quiz: QuizPage, language: str = "", country: str = ""):
    """Scored attempts at the quiz in every language, optionally filtered."""
    attempts = Attempt.objects.filter(
        quiz_key=quiz.translation_key, status=AttemptStatus.SCORED
    )
    if language:
        attempts = attempts.filter(language=language)
    if country:
        attempts = attempts.filter(user__country=country)
    return attempts


def _median(attempts, count: int) -> float | None:
    if not count:
        return None
    ordered = attempts.order_by("percent").values_list("percent", flat=True)
    middle = ordered[(count - 1) // 2 : count // 2 + 1]
    values = [float(v) for v in middle]
    return sum(values) / len(values)


def _correlation(n, sx, sy, sxy, sxx, syy) -> float | None:
    """Pearson's r from sums; None where a side does not vary."""
    spread = (n * sxx - sx * sx) * (n * syy - sy * sy)
    if n < 2 or spread <= 0:
        return None
    return (n * sxy - sx * sy) / math.sqrt(spread)


def _labels(quiz: QuizPage) -> dict:
    """Question prompts and choice texts by id, in the quiz's language."""
    labels = {}
    for question in quiz_questions(quiz.questions):
        texts = {}
        for choice in question.get("choices", []):
            texts[choice["id"]] = choice["text"] or true_false_label(choice["id"])
        lefts = {item["id"]: item["text"] for item in question.get("lefts", [])}
        rights = {item["id"]: item["text"] for item in question.get("rights", [])}
        for left_id, left_text in lefts.items():
            for right_id, right_text in rights.items():
                texts[f"{left_id}:{right_id}"] = f"{left_text} → {right_text}"
        labels[question["id"]] = (question["prompt"], question["type"], texts)
    return labels


def quiz_statistics(
    *, quiz: QuizPage, language: str = "", country: str = ""
) -> QuizStats:
    """The statistics of a quiz, in a fixed number of queries."""
    attempts = scored_attempts(quiz=quiz, language=language, country=country)
    summary = attempts.aggregate(
        count=Count("id"),
        mean=Avg("percent"),
        passed=Count("id", filter=Q(passed=True)),
    )
    count = summary["count"]
    rest = ExpressionWrapper(
        F("attempt__score") - F("score"), output_field=DecimalField()
    )
    rows = (
        QuestionResponse.objects.filter(attempt__in=attempts)
        .values("question_id")
        .annotate(
            n=Count("id"),
            facility=Avg(
                ExpressionWrapper(
                    F("score") / F("max_score"), output_field=FloatField()
                )
            ),
            sx=Sum("score"),
            sy=Sum(rest),
            sxy=Sum(F("score") * rest),
            sxx=Sum(F("score") * F("score")),
            syy=Sum(rest * rest),
        )
    )
    by_question = {row["question_id"]: row for row in rows}
    picked = {}
    for row in (
        ChoicePick.objects.filter(response__attempt__in=attempts)
        .values("question_id", "choice")
        .annotate(n=Count("id"))
        .order_by("question_id", "-n", "choice")
    ):
        picked.setdefault(row["question_id"], []).append((row["choice"], row["n"]))

    questions = []
    for qid, (prompt, kind, texts) in _labels(quiz).items():
        row = by_question.get(qid)
        stats = QuestionStats(
            id=qid,
            prompt=prompt,
            type=kind,
            responses=0,
            facility=None,
            discrimination=None,
        )
        if row:
            sums = [float(row[k] or 0) for k in ("sx", "sy", "sxy", "sxx", "syy")]
            stats.responses = row["n"]
            stats.facility = float(row["facility"])
            stats.discrimination = _correlation(row["n"], *sums)
        stats.picks = [
            (texts.get(choice, choice), n) for choice, n in picked.get(qid, [])
        ]
        questions.append(stats)
    return QuizStats(
        attempts=count,
        mean=float(summary["mean"]) if count else None,
        median=_median(attempts, count),
        pass_rate=summary["passed"] / count if count else None,
        questions=questions,
    )
