"""The question types educators put in a quiz.

Each question block turns its value into a *question*: a plain dict that an
attempt stores when it starts (see quizzes.questions). Question and choice ids
are Wagtail block ids, which translations keep, so an attempt in Thai is scored
exactly like one in English.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .choices import MessageKind, QuestionType, ScenarioOutcome


def _items(list_value):
    """(block id, value) of each item of a ListBlock value."""
    return [(child.id, child.value) for child in list_value.bound_blocks]


def _right_or_wrong_feedback():
    """The feedback fields of a question answered right or wrong as a whole."""
    return (
        blocks.CharBlock(
            max_length=500, required=False, label=_("Feedback when right")
        ),
        blocks.CharBlock(
            max_length=500, required=False, label=_("Feedback when wrong")
        ),
    )


def _right_or_wrong(value) -> dict:
    return {
        "feedback_correct": value["feedback_correct"],
        "feedback_incorrect": value["feedback_incorrect"],
    }


class QuestionBlock(blocks.StructBlock):
    """What every question has: a prompt, points and a general explanation."""

    prompt = blocks.TextBlock(label=_("Question"))
    points = blocks.IntegerBlock(min_value=1, max_value=100, default=1)
    explanation = blocks.TextBlock(
        required=False,
        label=_("Explanation"),
        help_text=_("Shown after submitting, if the review policy allows."),
    )

    question_type: str

    def question(self, value, question_id: str) -> dict:
        """The stored form of this question, answer key included."""
        return {
            "id": question_id,
            "type": self.question_type,
            "prompt": value["prompt"],
            "points": value["points"],
            "explanation": value["explanation"],
            **self.specifics(value),
        }

    def specifics(self, value) -> dict:
        raise NotImplementedError

    @staticmethod
    def _fail(field: str, message):
        raise StructBlockValidationError(block_errors={field: ValidationError(message)})


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300, label=_("Choice"))
    correct = blocks.BooleanBlock(required=False, label=_("Correct"))
    feedback = blocks.CharBlock(max_length=500, required=False, label=_("Feedback"))


class SingleChoiceQuestionBlock(QuestionBlock):
    """One correct choice among several."""

    choices = blocks.ListBlock(ChoiceBlock(), min_num=2, max_num=8)
    question_type = QuestionType.SINGLE_CHOICE

    class Meta:
        icon = "radio-full"
        label = _("Single choice")

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for choice in value["choices"] if choice["correct"]) != 1:
            self._fail("choices", _("Mark exactly one choice as correct."))
        return value

    def specifics(self, value):
        return {"choices": _choices(value["choices"])}


class MultipleResponseQuestionBlock(QuestionBlock):
    """Several correct choices; optionally partial credit (right minus wrong)."""

    choices = blocks.ListBlock(ChoiceBlock(), min_num=2, max_num=10)
    partial_credit = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("Partial credit"),
        help_text=_(
            "Each right choice earns a share of the points and each wrong one "
            "takes a share away (never below zero). Otherwise all or nothing."
        ),
    )
    question_type = QuestionType.MULTIPLE_RESPONSE

    class Meta:
        icon = "tick-inverse"
        label = _("Multiple response")

    def clean(self, value):
        value = super().clean(value)
        if not any(choice["correct"] for choice in value["choices"]):
            self._fail("choices", _("Mark at least one choice as correct."))
        return value

    def specifics(self, value):
        return {
            "choices": _choices(value["choices"]),
            "partial_credit": value["partial_credit"],
        }


class TrueFalseQuestionBlock(QuestionBlock):
    """A statement that is true or false."""

    answer = blocks.BooleanBlock(required=False, label=_("The statement is true"))
    feedback_true = blocks.CharBlock(
        max_length=500, required=False, label=_("Feedback for 'True'")
    )
    feedback_false = blocks.CharBlock(
        max_length=500, required=False, label=_("Feedback for 'False'")
    )
    question_type = QuestionType.TRUE_FALSE

    class Meta:
        icon = "radio-empty"
        label = _("True or false")

    def specifics(self, value):
        # The two choices have fixed ids, the same in every quiz and language.
        return {
            "choices": [
                {
                    "id": "true",
                    "text": "",
                    "correct": bool(value["answer"]),
                    "feedback": value["feedback_true"],
                },
                {
                    "id": "false",
                    "text": "",
                    "correct": not value["answer"],
                    "feedback": value["feedback_false"],
                },
            ]
        }


class OrderingQuestionBlock(QuestionBlock):
    """Items to put in order; enter them in the correct order."""

    items = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        min_num=2,
        max_num=8,
        label=_("Items, in the correct order"),
    )
    partial_credit = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("Partial credit"),
        help_text=_("A share of the points for each item in its right place."),
    )
    feedback_correct, feedback_incorrect = _right_or_wrong_feedback()
    question_type = QuestionType.ORDERING

    class Meta:
        icon = "order"
        label = _("Ordering")

    def specifics(self, value):
        items = [{"id": i, "text": text} for i, text in _items(value["items"])]
        return {
            "items": items,
            "order": [item["id"] for item in items],
            "partial_credit": value["partial_credit"],
            **_right_or_wrong(value),
        }


class PairBlock(blocks.StructBlock):
    left = blocks.CharBlock(max_length=200, label=_("Item"))
    right = blocks.CharBlock(max_length=200, label=_("Its match"))


class MatchingQuestionBlock(QuestionBlock):
    """Match each item on the left with one on the right."""

    pairs = blocks.ListBlock(PairBlock(), min_num=2, max_num=8, label=_("Pairs"))
    partial_credit = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("Partial credit"),
        help_text=_("A share of the points for each item matched right."),
    )
    feedback_correct, feedback_incorrect = _right_or_wrong_feedback()
    question_type = QuestionType.MATCHING

    class Meta:
        icon = "link"
        label = _("Matching")

    def clean(self, value):
        value = super().clean(value)
        rights = [pair["right"].strip().casefold() for pair in value["pairs"]]
        if len(set(rights)) != len(rights):
            self._fail("pairs", _("Each match on the right must be different."))
        return value

    def specifics(self, value):
        from .questions import right_id

        pairs = _items(value["pairs"])
        return {
            "lefts": [{"id": i, "text": pair["left"]} for i, pair in pairs],
            "rights": [{"id": right_id(i), "text": pair["right"]} for i, pair in pairs],
            "pairs": {i: right_id(i) for i, _pair in pairs},
            "partial_credit": value["partial_credit"],
            **_right_or_wrong(value),
        }


class ShortTextQuestionBlock(QuestionBlock):
    """A word or phrase typed by the learner, compared after normalising."""

    accepted = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        min_num=1,
        max_num=20,
        label=_("Accepted answers"),
        help_text=_(
            "Case, spacing, width and accents written in different ways are "
            "ignored; for Thai, Lao, Khmer and Burmese all spaces are ignored."
        ),
    )
    feedback_correct, feedback_incorrect = _right_or_wrong_feedback()
    question_type = QuestionType.SHORT_TEXT

    class Meta:
        icon = "edit"
        label = _("Short text")

    def specifics(self, value):
        return {
            "accepted": list(value["accepted"]),
            **_right_or_wrong(value),
        }


class MessagePartBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Part of the message"))
    red_flag = blocks.BooleanBlock(required=False, label=_("This part is a red flag"))
    feedback = blocks.CharBlock(
        max_length=500,
        required=False,
        label=_("Why"),
        help_text=_("Why this part is, or is not, suspicious."),
    )


class RedFlagsQuestionBlock(QuestionBlock):
    """A message, email or SMS whose suspicious parts the learner selects."""

    kind = blocks.ChoiceBlock(choices=MessageKind.choices, label=_("Kind of message"))
    sender = blocks.CharBlock(max_length=200, required=False, label=_("From"))
    subject = blocks.CharBlock(max_length=200, required=False, label=_("Subject"))
    parts = blocks.ListBlock(
        MessagePartBlock(),
        min_num=2,
        max_num=20,
        label=_("The message, part by part"),
    )
    question_type = QuestionType.RED_FLAGS

    class Meta:
        icon = "warning"
        label = _("Spot the red flags")

    def clean(self, value):
        value = super().clean(value)
        if not any(part["red_flag"] for part in value["parts"]):
            self._fail("parts", _("Mark at least one part as a red flag."))
        return value

    def specifics(self, value):
        return {
            "kind": value["kind"],
            "sender": value["sender"],
            "subject": value["subject"],
            "choices": [
                {
                    "id": i,
                    "text": part["text"],
                    "correct": part["red_flag"],
                    "feedback": part["feedback"],
                }
                for i, part in _items(value["parts"])
            ],
        }


class ScenarioChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300, label=_("Choice"))
    outcome = blocks.ChoiceBlock(choices=ScenarioOutcome.choices, label=_("Outcome"))
    feedback = blocks.CharBlock(max_length=500, required=False, label=_("Feedback"))


class ScenarioQuestionBlock(QuestionBlock):
    """A situation with best, acceptable and harmful responses."""

    choices = blocks.ListBlock(ScenarioChoiceBlock(), min_num=2, max_num=6)
    acceptable_credit = blocks.IntegerBlock(
        min_value=0,
        max_value=100,
        default=50,
        label=_("Credit for an acceptable choice (%)"),
    )
    question_type = QuestionType.SCENARIO

    class Meta:
        icon = "help"
        label = _("Scenario judgment")

    def clean(self, value):
        value = super().clean(value)
        if not any(c["outcome"] == ScenarioOutcome.BEST for c in value["choices"]):
            self._fail("choices", _("Mark at least one choice as the best."))
        return value

    def specifics(self, value):
        return {
            "choices": [
                {
                    "id": i,
                    "text": choice["text"],
                    "outcome": choice["outcome"],
                    "feedback": choice["feedback"],
                }
                for i, choice in _items(value["choices"])
            ],
            "acceptable_credit": value["acceptable_credit"],
        }


def _choices(list_value) -> list[dict]:
    return [
        {
            "id": i,
            "text": choice["text"],
            "correct": bool(choice["correct"]),
            "feedback": choice["feedback"],
        }
        for i, choice in _items(list_value)
    ]


class QuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_response = MultipleResponseQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    ordering = OrderingQuestionBlock()
    matching = MatchingQuestionBlock()
    short_text = ShortTextQuestionBlock()
    red_flags = RedFlagsQuestionBlock()
    scenario = ScenarioQuestionBlock()
