"""Factories for quizzes; other apps' tests import them from here.

The question ids are fixed so that tests can name them; in the admin, Wagtail
makes them (UUIDs).
"""

import factory
import wagtail_factories

from accounts.tests.factories import UserFactory
from quizzes.models import Attempt, QuizPage


def _item(item_id, value):
    return {"type": "item", "id": item_id, "value": value}


def every_question_type() -> list:
    """One question of each type, as raw StreamField data with known ids."""
    return [
        {
            "type": "single_choice",
            "id": "q-single",
            "value": {
                "prompt": "Your bank sends an SMS with a link. What is safest?",
                "points": 2,
                "explanation": "Banks do not send links that ask you to log in.",
                "choices": [
                    _item(
                        "single-link",
                        {"text": "Tap the link", "correct": False, "feedback": "No."},
                    ),
                    _item(
                        "single-call",
                        {
                            "text": "Call the number on your card",
                            "correct": True,
                            "feedback": "Yes: that number is real.",
                        },
                    ),
                    _item(
                        "single-reply",
                        {"text": "Reply STOP", "correct": False, "feedback": ""},
                    ),
                ],
            },
        },
        {
            "type": "multiple_response",
            "id": "q-multi",
            "value": {
                "prompt": "Which are signs of a scam?",
                "points": 2,
                "explanation": "Scammers rush you and ask for secrets.",
                "partial_credit": True,
                "choices": [
                    _item(
                        "multi-urgent",
                        {"text": "Act now", "correct": True, "feedback": "Pressure."},
                    ),
                    _item(
                        "multi-otp",
                        {"text": "Send your OTP", "correct": True, "feedback": ""},
                    ),
                    _item(
                        "multi-name",
                        {"text": "Uses your name", "correct": False, "feedback": ""},
                    ),
                    _item(
                        "multi-branch",
                        {"text": "Visit a branch", "correct": False, "feedback": ""},
                    ),
                ],
            },
        },
        {
            "type": "true_false",
            "id": "q-tf",
            "value": {
                "prompt": "A bank may ask for your one-time code by phone.",
                "points": 1,
                "explanation": "Never share an OTP.",
                "answer": False,
                "feedback_true": "No: nobody needs your OTP.",
                "feedback_false": "Right.",
            },
        },
        {
            "type": "ordering",
            "id": "q-order",
            "value": {
                "prompt": "Put the first steps after a scam in order.",
                "points": 3,
                "explanation": "Stop the money first.",
                "partial_credit": True,
                "items": [
                    _item("order-bank", "Call your bank"),
                    _item("order-police", "Report to the police"),
                    _item("order-family", "Tell your family"),
                ],
                "feedback_correct": "Well done.",
                "feedback_incorrect": "The bank comes first.",
            },
        },
        {
            "type": "matching",
            "id": "q-match",
            "value": {
                "prompt": "Match each word with its meaning.",
                "points": 2,
                "explanation": "",
                "partial_credit": True,
                "pairs": [
                    _item("pair-lure", {"left": "Phishing", "right": "Bait"}),
                    _item("pair-code", {"left": "OTP", "right": "One-time code"}),
                ],
                "feedback_correct": "",
                "feedback_incorrect": "",
            },
        },
        {
            "type": "short_text",
            "id": "q-short",
            "value": {
                "prompt": "What do you call a fake message that steals details?",
                "points": 1,
                "explanation": "",
                "accepted": [_item("short-1", "phishing"), _item("short-2", "ฟิชชิง")],
                "feedback_correct": "",
                "feedback_incorrect": "It is called phishing.",
            },
        },
        {
            "type": "red_flags",
            "id": "q-flags",
            "value": {
                "prompt": "Select the suspicious parts of this SMS.",
                "points": 2,
                "explanation": "",
                "kind": "sms",
                "sender": "+66 81 000 0000",
                "subject": "",
                "parts": [
                    _item(
                        "flag-hello",
                        {"text": "Dear customer,", "red_flag": False, "feedback": ""},
                    ),
                    _item(
                        "flag-locked",
                        {
                            "text": "your account is LOCKED.",
                            "red_flag": True,
                            "feedback": "Fear.",
                        },
                    ),
                    _item(
                        "flag-link",
                        {
                            "text": "Verify at bit.ly/x within 30 minutes",
                            "red_flag": True,
                            "feedback": "A short link and a deadline.",
                        },
                    ),
                ],
            },
        },
        {
            "type": "scenario",
            "id": "q-scenario",
            "value": {
                "prompt": "A caller says he is from the police and needs a transfer.",
                "points": 4,
                "explanation": "Police never ask for money transfers.",
                "acceptable_credit": 50,
                "choices": [
                    _item(
                        "scen-hang",
                        {
                            "text": "Hang up and call the police yourself",
                            "outcome": "best",
                            "feedback": "Best.",
                        },
                    ),
                    _item(
                        "scen-ask",
                        {
                            "text": "Ask for his badge number",
                            "outcome": "acceptable",
                            "feedback": "He may invent one.",
                        },
                    ),
                    _item(
                        "scen-pay",
                        {"text": "Transfer", "outcome": "harmful", "feedback": "No."},
                    ),
                ],
            },
        },
    ]


class QuizPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = QuizPage

    title = factory.Sequence(lambda n: f"Quiz {n}")
    slug = factory.Sequence(lambda n: f"quiz-{n}")
    pass_mark = 60
    shuffle_choices = False
    questions = factory.LazyFunction(every_question_type)


class AttemptFactory(factory.django.DjangoModelFactory):
    """An open attempt at every question of the quiz, in authored order."""

    class Meta:
        model = Attempt

    user = factory.SubFactory(UserFactory)
    quiz_key = factory.LazyAttribute(lambda a: a.quiz.translation_key)
    language = "en"
    number = factory.Sequence(lambda n: n + 1)
    questions = factory.LazyAttribute(lambda a: _questions(a.quiz))


def _questions(quiz):
    from quizzes.questions import quiz_questions

    return quiz_questions(quiz.questions)
