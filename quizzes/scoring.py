"""The scorer: pure functions from stored questions and a learner's answers to points.

Answers have the shapes of DESIGN.md's API contract: a list of choice ids
(single choice, multiple response, true/false, red flags, scenario), a list of
item ids in order (ordering), an object of left id to right id (matching), or a
string (short text). `clean_answers` refuses anything else before it is stored,
so the scorer only ever sees well-formed answers.
"""

import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django.utils.translation import gettext as _

from .choices import Outcome, QuestionType, ScenarioOutcome

SHORT_TEXT_MAX = 500
SINGLE_PICK = {
    QuestionType.SINGLE_CHOICE,
    QuestionType.TRUE_FALSE,
    QuestionType.SCENARIO,
}
MULTI_PICK = {QuestionType.MULTIPLE_RESPONSE, QuestionType.RED_FLAGS}


class AnswerError(ValueError):
    """An answer that does not fit its question; the message says why."""

    def __init__(self, message: str, question_id: str | None = None):
        super().__init__(message)
        self.message = message
        self.question_id = question_id


# --- checking answers -------------------------------------------------------


def _ids(question) -> set[str]:
    kind = question["type"]
    if kind == QuestionType.ORDERING:
        return {item["id"] for item in question["items"]}
    return {choice["id"] for choice in question["choices"]}


def _clean_one(question: dict, answer):
    kind, qid = question["type"], question["id"]
    if answer is None:
        return None
    if kind == QuestionType.SHORT_TEXT:
        if not isinstance(answer, str):
            raise AnswerError(_("This answer must be text."), qid)
        if len(answer) > SHORT_TEXT_MAX:
            raise AnswerError(
                _("Answers are at most %(count)d characters long.")
                % {"count": SHORT_TEXT_MAX},
                qid,
            )
        return answer
    if kind == QuestionType.MATCHING:
        if not isinstance(answer, dict):
            raise AnswerError(_("This answer must pair items with matches."), qid)
        lefts = {item["id"] for item in question["lefts"]}
        rights = {item["id"] for item in question["rights"]}
        for left, right in answer.items():
            if left not in lefts or not isinstance(right, str) or right not in rights:
                raise AnswerError(_("This answer names an unknown item."), qid)
        return dict(answer)
    if not isinstance(answer, list) or not all(isinstance(x, str) for x in answer):
        raise AnswerError(_("This answer must be a list of ids."), qid)
    if len(set(answer)) != len(answer):
        raise AnswerError(_("This answer names the same item twice."), qid)
    if set(answer) - _ids(question):
        raise AnswerError(_("This answer names an unknown choice."), qid)
    if kind in SINGLE_PICK and len(answer) > 1:
        raise AnswerError(_("Choose only one answer."), qid)
    if kind == QuestionType.ORDERING and answer and len(answer) != len(_ids(question)):
        raise AnswerError(_("Put every item in order."), qid)
    return list(answer)


def clean_answers(questions: list[dict], answers) -> dict:
    """The answers checked against the attempt's questions; AnswerError if unfit.

    Unanswered questions may be missing or null.
    """
    if not isinstance(answers, dict):
        raise AnswerError(_("Answers must be an object of question ids."))
    by_id = {question["id"]: question for question in questions}
    unknown = set(answers) - set(by_id)
    if unknown:
        raise AnswerError(_("These answers are for unknown questions."))
    cleaned = {}
    for qid, answer in answers.items():
        value = _clean_one(by_id[qid], answer)
        if value not in (None, [], {}, ""):
            cleaned[qid] = value
    return cleaned


# --- short text ---------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer.
_NO_SPACE_RANGES = (
    (0x0E00, 0x0EFF),
    (0x1000, 0x109F),
    (0xA9E0, 0xA9FF),
    (0xAA60, 0xAA7F),
    (0x1780, 0x17FF),
    (0x19E0, 0x19FF),
)


def _unspaced_script(text: str) -> bool:
    return any(lo <= ord(ch) <= hi for ch in text for lo, hi in _NO_SPACE_RANGES)


def normalise_text(text: str) -> str:
    """Compare typed answers by meaning, not by keyboard habits.

    Unicode NFKC (full-width, composed and decomposed forms), case folded,
    invisible characters dropped, runs of spaces collapsed, punctuation at the
    ends dropped; for scripts without word spaces, every space dropped.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = " ".join(text.split())
    while text and unicodedata.category(text[0]).startswith("P"):
        text = text[1:]
    while text and unicodedata.category(text[-1]).startswith("P"):
        text = text[:-1]
    text = text.strip()
    if _unspaced_script(text):
        text = text.replace(" ", "")
    return text


# --- scoring -----------------------------------------------------------------


@dataclass(frozen=True)
class QuestionScore:
    id: str
    score: Fraction
    max: int
    outcome: str

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "score": float(_points(self.score)),
            "max": self.max,
            "outcome": self.outcome,
        }


def _points(value: Fraction) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )


def _credit(question, answer) -> Fraction:
    """The share of the question's points this answer earns, from 0 to 1."""
    kind = question["type"]
    if kind in {QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE}:
        correct = {c["id"] for c in question["choices"] if c["correct"]}
        return Fraction(int(set(answer) == correct))
    if kind == QuestionType.SCENARIO:
        outcome = next(c["outcome"] for c in question["choices"] if c["id"] in answer)
        if outcome == ScenarioOutcome.BEST:
            return Fraction(1)
        if outcome == ScenarioOutcome.ACCEPTABLE:
            return Fraction(question["acceptable_credit"], 100)
        return Fraction(0)
    if kind in MULTI_PICK:
        correct = {c["id"] for c in question["choices"] if c["correct"]}
        chosen = set(answer)
        if kind == QuestionType.RED_FLAGS or question["partial_credit"]:
            right, wrong = len(chosen & correct), len(chosen - correct)
            return max(Fraction(0), Fraction(right - wrong, len(correct)))
        return Fraction(int(chosen == correct))
    if kind == QuestionType.ORDERING:
        key = question["order"]
        in_place = sum(
            1 for given, right in zip(answer, key, strict=True) if given == right
        )
        if question["partial_credit"]:
            return Fraction(in_place, len(key))
        return Fraction(int(in_place == len(key)))
    if kind == QuestionType.MATCHING:
        pairs = question["pairs"]
        matched = sum(1 for left, right in pairs.items() if answer.get(left) == right)
        if question["partial_credit"]:
            return Fraction(matched, len(pairs))
        return Fraction(int(matched == len(pairs)))
    if kind == QuestionType.SHORT_TEXT:
        accepted = {normalise_text(text) for text in question["accepted"]}
        return Fraction(int(normalise_text(answer) in accepted))
    raise ValueError(kind)


def score_question(question: dict, answer) -> QuestionScore:
    """Score one cleaned answer (None when unanswered)."""
    points = question["points"]
    if answer in (None, [], {}, ""):
        return QuestionScore(question["id"], Fraction(0), points, Outcome.UNANSWERED)
    credit = _credit(question, answer)
    if credit == 1:
        outcome = Outcome.CORRECT
    elif credit > 0:
        outcome = Outcome.PARTIAL
    else:
        outcome = Outcome.INCORRECT
    return QuestionScore(question["id"], credit * points, points, outcome)


@dataclass(frozen=True)
class AttemptScore:
    score: Decimal
    max_score: int
    results: list[dict]

    @property
    def percent(self) -> Decimal:
        if not self.max_score:
            return Decimal(0)
        return (self.score * 100 / self.max_score).quantize(Decimal("0.01"))


def score_answers(questions: list[dict], answers: dict) -> AttemptScore:
    """Score an attempt's cleaned answers against its questions' keys."""
    answers = clean_answers(questions, answers)
    scores = [score_question(q, answers.get(q["id"])) for q in questions]
    total = sum((s.score for s in scores), Fraction(0))
    return AttemptScore(
        score=_points(total),
        max_score=sum(s.max for s in scores),
        results=[s.as_dict() for s in scores],
    )


def picks(kind: str, answer) -> list[str]:
    """What an answer picked, for counting (see quizzes.models.ChoicePick)."""
    if answer in (None, [], {}, ""):
        return []
    if kind == QuestionType.SHORT_TEXT:
        return [normalise_text(answer)[:200]]
    if kind == QuestionType.MATCHING:
        return [f"{left}:{right}" for left, right in sorted(answer.items())]
    if kind == QuestionType.ORDERING:
        return []
    return list(answer)
