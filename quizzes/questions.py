"""Questions as plain dicts: drawn and shuffled for an attempt, shown without keys.

A *question* (what QuestionBlock.question returns, and what an attempt stores)
holds the answer key. Only `public_question` may build what leaves the server
before submitting, and it copies named fields, never the whole dict.
"""

import hashlib
import hmac
import random

from django.conf import settings
from django.utils.translation import gettext as _

from .choices import QuestionType

CHOICE_TYPES = {
    QuestionType.SINGLE_CHOICE,
    QuestionType.MULTIPLE_RESPONSE,
    QuestionType.TRUE_FALSE,
    QuestionType.RED_FLAGS,
    QuestionType.SCENARIO,
}

# True and false stay in that order; a message's parts keep theirs, or it
# would not read.
SHUFFLED_CHOICES = {
    QuestionType.SINGLE_CHOICE,
    QuestionType.MULTIPLE_RESPONSE,
    QuestionType.SCENARIO,
}


def right_id(pair_id: str) -> str:
    """The id of a matching pair's right side: stable, but not the left side's id.

    If both sides had the same id, the page would give the key away.
    """
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"right:{pair_id}".encode(), hashlib.sha256
    )
    return "r" + digest.hexdigest()[:20]


def quiz_questions(stream_value) -> list[dict]:
    """Every question of a quiz's StreamField, in authored order, with keys."""
    return [block.block.question(block.value, block.id) for block in stream_value]


def _shuffled(items: list, rng: random.Random, *, avoid: list | None = None) -> list:
    result = list(items)
    rng.shuffle(result)
    if avoid is not None and len(result) > 1 and result == avoid:
        result.append(result.pop(0))  # never show an ordering already solved
    return result


def draw(
    questions: list[dict],
    *,
    count: int | None,
    shuffle_questions: bool,
    shuffle_choices: bool,
    rng: random.Random,
) -> list[dict]:
    """The questions of one attempt: `count` of them (all if None), in display order.

    Ordering items are always shuffled (their authored order is the key);
    matching's right column always is too.
    """
    chosen = list(questions)
    if count and count < len(chosen):
        picked = set(rng.sample(range(len(chosen)), count))
        chosen = [q for i, q in enumerate(chosen) if i in picked]
    if shuffle_questions:
        chosen = _shuffled(chosen, rng)
    drawn = []
    for question in chosen:
        question = dict(question)
        kind = question["type"]
        if kind == QuestionType.ORDERING:
            by_id = {item["id"]: item for item in question["items"]}
            ids = _shuffled(list(by_id), rng, avoid=question["order"])
            question["items"] = [by_id[i] for i in ids]
        elif kind == QuestionType.MATCHING:
            question["rights"] = _shuffled(question["rights"], rng)
            if shuffle_choices:
                question["lefts"] = _shuffled(question["lefts"], rng)
        elif shuffle_choices and kind in SHUFFLED_CHOICES:
            question["choices"] = _shuffled(question["choices"], rng)
        drawn.append(question)
    return drawn


def neutral_order(questions: list[dict]) -> list[dict]:
    """Questions shown outside an attempt: orderings sorted by id, not by key."""
    result = []
    for question in questions:
        question = dict(question)
        if question["type"] == QuestionType.ORDERING:
            items = sorted(question["items"], key=lambda item: item["id"])
            if [item["id"] for item in items] == question["order"]:
                items.reverse()
            question["items"] = items
        elif question["type"] == QuestionType.MATCHING:
            question["rights"] = sorted(question["rights"], key=lambda r: r["id"])
        result.append(question)
    return result


def true_false_label(choice_id: str) -> str:
    return _("True") if choice_id == "true" else _("False")


def _public_choices(question) -> list[dict]:
    if question["type"] == QuestionType.TRUE_FALSE:
        return [
            {"id": c["id"], "text": true_false_label(c["id"])}
            for c in question["choices"]
        ]
    return [{"id": c["id"], "text": c["text"]} for c in question["choices"]]


def public_question(question: dict) -> dict:
    """What a learner may see of a question before submitting: no key, no feedback."""
    kind = question["type"]
    public = {
        "id": question["id"],
        "type": kind,
        "prompt": question["prompt"],
        "points": question["points"],
    }
    if kind in CHOICE_TYPES:
        public["choices"] = _public_choices(question)
        public["multiple"] = kind in {
            QuestionType.MULTIPLE_RESPONSE,
            QuestionType.RED_FLAGS,
        }
    if kind == QuestionType.RED_FLAGS:
        public["message"] = {
            "kind": question["kind"],
            "sender": question["sender"],
            "subject": question["subject"],
        }
    elif kind == QuestionType.ORDERING:
        public["items"] = [
            {"id": i["id"], "text": i["text"]} for i in question["items"]
        ]
    elif kind == QuestionType.MATCHING:
        public["lefts"] = [
            {"id": i["id"], "text": i["text"]} for i in question["lefts"]
        ]
        public["rights"] = [
            {"id": i["id"], "text": i["text"]} for i in question["rights"]
        ]
    return public


def model_answers(questions: list[dict]) -> dict:
    """Answers that earn full marks, read from the keys (the demo graduate, tests)."""
    answers = {}
    for question in questions:
        kind, qid = question["type"], question["id"]
        if kind == QuestionType.ORDERING:
            answers[qid] = list(question["order"])
        elif kind == QuestionType.MATCHING:
            answers[qid] = dict(question["pairs"])
        elif kind == QuestionType.SHORT_TEXT:
            answers[qid] = question["accepted"][0]
        elif kind == QuestionType.SCENARIO:
            answers[qid] = [
                next(c["id"] for c in question["choices"] if c["outcome"] == "best")
            ]
        else:
            answers[qid] = [c["id"] for c in question["choices"] if c["correct"]]
    return answers
