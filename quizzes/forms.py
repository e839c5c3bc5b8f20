"""The attempt form: answers read from a posted page, and questions laid out for it.

Field names: `answer-<question id>` for choices and text,
`answer-<question id>-<item id>` for an ordering item's position or a matching
item's match. Only questions listed in `shown` are read, so a question on
screen with nothing ticked is cleared, and one on another screen is kept.
"""

from django.utils.translation import gettext as _

from .choices import QuestionType
from .questions import public_question
from .scoring import AnswerError

SINGLE = {QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.SCENARIO}
MULTI = {QuestionType.MULTIPLE_RESPONSE, QuestionType.RED_FLAGS}


def _ordering(question, post):
    positions = []
    for index, item in enumerate(question["items"]):
        raw = post.get(f"answer-{question['id']}-{item['id']}", "").strip()
        if not raw:
            positions.append((len(question["items"]) + 1, index, item["id"]))
            continue
        try:
            position = int(raw)
        except ValueError:
            raise AnswerError(
                _("Choose a position for each item."), question["id"]
            ) from None
        positions.append((position, index, item["id"]))
    if all(p[0] > len(question["items"]) for p in positions):
        return None
    return [item_id for _position, _index, item_id in sorted(positions)]


def _matching(question, post):
    matches = {}
    for left in question["lefts"]:
        right = post.get(f"answer-{question['id']}-{left['id']}", "").strip()
        if right:
            matches[left["id"]] = right
    return matches or None


def answers_from_post(questions: list[dict], post) -> dict:
    """The answers to the questions listed in `shown`, in the API's shapes.

    Unknown question ids in `shown` are ignored; answers are checked later by
    quizzes.scoring.clean_answers (via the services).
    """
    by_id = {question["id"]: question for question in questions}
    answers = {}
    for qid in post.getlist("shown"):
        question = by_id.get(qid)
        if question is None:
            continue
        kind, name = question["type"], f"answer-{qid}"
        if kind in SINGLE:
            value = post.get(name)
            answers[qid] = [value] if value else None
        elif kind in MULTI:
            answers[qid] = post.getlist(name) or None
        elif kind == QuestionType.SHORT_TEXT:
            answers[qid] = post.get(name, "").strip() or None
        elif kind == QuestionType.ORDERING:
            answers[qid] = _ordering(question, post)
        elif kind == QuestionType.MATCHING:
            answers[qid] = _matching(question, post)
    return answers


def question_fields(questions: list[dict], answers: dict, start: int = 1) -> list:
    """What the template needs per question: the public question and the answer.

    Built from public_question, so the page cannot show a key by mistake.
    """
    fields = []
    for number, question in enumerate(questions, start=start):
        public = public_question(question)
        answer = answers.get(question["id"])
        field = {"number": number, "question": public, "answer": answer}
        if public["type"] == QuestionType.ORDERING:
            order = answer or []
            field["items"] = [
                {
                    **item,
                    "position": order.index(item["id"]) + 1
                    if item["id"] in order
                    else None,
                }
                for item in public["items"]
            ]
            field["positions"] = list(range(1, len(public["items"]) + 1))
        elif public["type"] == QuestionType.MATCHING:
            chosen = answer or {}
            field["lefts"] = [
                {**left, "match": chosen.get(left["id"])} for left in public["lefts"]
            ]
        elif "choices" in public:
            picked = set(answer or [])
            field["choices"] = [
                {**choice, "checked": choice["id"] in picked}
                for choice in public["choices"]
            ]
        fields.append(field)
    return fields


def is_answered(answer) -> bool:
    return answer not in (None, [], {}, "")
