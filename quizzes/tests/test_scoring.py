"""The scorer: every question type right, wrong, partly and empty; its properties."""

import random
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizzes.blocks import QuestionStreamBlock
from quizzes.questions import quiz_questions, right_id
from quizzes.scoring import AnswerError, clean_answers, normalise_text, score_answers

from .factories import every_question_type


@pytest.fixture(scope="module")
def questions():
    return quiz_questions(QuestionStreamBlock().to_python(every_question_type()))


def by_id(questions, qid):
    return next(q for q in questions if q["id"] == qid)


def score_one(questions, qid, answer):
    result = score_answers([by_id(questions, qid)], {qid: answer})
    return result.score, result.results[0]["outcome"]


CASES = [
    # question, answer, score, outcome
    ("q-single", ["single-call"], "2.00", "correct"),
    ("q-single", ["single-link"], "0.00", "incorrect"),
    ("q-single", [], "0.00", "unanswered"),
    ("q-multi", ["multi-urgent", "multi-otp"], "2.00", "correct"),
    ("q-multi", ["multi-urgent"], "1.00", "partial"),
    ("q-multi", ["multi-urgent", "multi-otp", "multi-name"], "1.00", "partial"),
    ("q-multi", ["multi-name", "multi-branch"], "0.00", "incorrect"),
    ("q-multi", None, "0.00", "unanswered"),
    ("q-tf", ["false"], "1.00", "correct"),
    ("q-tf", ["true"], "0.00", "incorrect"),
    ("q-tf", [], "0.00", "unanswered"),
    ("q-order", ["order-bank", "order-police", "order-family"], "3.00", "correct"),
    ("q-order", ["order-bank", "order-family", "order-police"], "1.00", "partial"),
    ("q-order", ["order-family", "order-bank", "order-police"], "0.00", "incorrect"),
    ("q-order", [], "0.00", "unanswered"),
    ("q-short", "  Phishing. ", "1.00", "correct"),
    ("q-short", "ฟิช ชิง", "1.00", "correct"),
    ("q-short", "smishing", "0.00", "incorrect"),
    ("q-short", "", "0.00", "unanswered"),
    ("q-flags", ["flag-locked", "flag-link"], "2.00", "correct"),
    ("q-flags", ["flag-locked"], "1.00", "partial"),
    ("q-flags", ["flag-locked", "flag-hello"], "0.00", "incorrect"),
    ("q-flags", [], "0.00", "unanswered"),
    ("q-scenario", ["scen-hang"], "4.00", "correct"),
    ("q-scenario", ["scen-ask"], "2.00", "partial"),
    ("q-scenario", ["scen-pay"], "0.00", "incorrect"),
    ("q-scenario", None, "0.00", "unanswered"),
]


class TestEachQuestionType:
    @pytest.mark.parametrize(("qid", "answer", "score", "outcome"), CASES)
    def test_answer_scores_as_expected(self, questions, qid, answer, score, outcome):
        assert score_one(questions, qid, answer) == (Decimal(score), outcome)

    def test_matching_right_partial_wrong_and_empty(self, questions):
        phishing, otp = right_id("pair-lure"), right_id("pair-code")
        right = {"pair-lure": phishing, "pair-code": otp}
        assert score_one(questions, "q-match", right) == (Decimal(2), "correct")
        half = {"pair-lure": phishing, "pair-code": phishing}
        assert score_one(questions, "q-match", half) == (Decimal(1), "partial")
        wrong = {"pair-lure": otp, "pair-code": phishing}
        assert score_one(questions, "q-match", wrong) == (Decimal(0), "incorrect")
        assert score_one(questions, "q-match", {}) == (Decimal(0), "unanswered")

    def test_right_ids_do_not_reveal_their_left_side(self, questions):
        match = by_id(questions, "q-match")
        lefts = {item["id"] for item in match["lefts"]}
        assert lefts.isdisjoint(item["id"] for item in match["rights"])

    def test_all_or_nothing_gives_no_partial_credit(self, questions):
        multi = dict(by_id(questions, "q-multi"), partial_credit=False)
        result = score_answers([multi], {"q-multi": ["multi-urgent"]})
        assert result.score == 0
        order = dict(by_id(questions, "q-order"), partial_credit=False)
        answer = ["order-bank", "order-family", "order-police"]
        assert score_answers([order], {"q-order": answer}).score == 0

    def test_whole_attempt_adds_up_and_gives_a_percent(self, questions):
        result = score_answers(
            questions, {"q-single": ["single-call"], "q-tf": ["true"]}
        )
        assert result.max_score == 17
        assert result.score == Decimal(2)
        assert result.percent == Decimal("11.76")


class TestShortTextNormalisation:
    @pytest.mark.parametrize(
        ("typed", "accepted"),
        [
            ("PHISHING", "phishing"),
            ("ｐｈｉｓｈｉｎｇ", "phishing"),  # full-width letters
            ("phishing\u200b", "phishing"),  # zero-width space
            ("one  time   code", "one time code"),
            ("lừa đảo", "lu\u031b\u0300a đa\u0309o"),  # composed and decomposed
            ("ការ ឆបោក", "ការឆបោក"),  # Khmer without word spaces
            ("လိမ် လည်မှု", "လိမ်လည်မှု"),  # Burmese
            ("ການ ສໍ້ໂກງ", "ການສໍ້ໂກງ"),  # Lao
        ],
    )
    def test_same_meaning_compares_equal(self, typed, accepted):
        assert normalise_text(typed) == normalise_text(accepted)

    def test_spaces_still_separate_words_in_latin_scripts(self):
        assert normalise_text("is hing") != normalise_text("ishing")

    def test_vietnamese_tone_marks_still_matter(self):
        assert normalise_text("lừa") != normalise_text("lua")


class TestBadAnswers:
    @pytest.mark.parametrize(
        ("answers", "message"),
        [
            ({"q-unknown": ["x"]}, "unknown questions"),
            ({"q-single": ["nope"]}, "unknown choice"),
            ({"q-single": "single-call"}, "list of ids"),
            ({"q-single": ["single-call", "single-link"]}, "only one"),
            ({"q-multi": ["multi-otp", "multi-otp"]}, "twice"),
            ({"q-order": ["order-bank"]}, "every item"),
            ({"q-match": ["pair-code"]}, "pair items"),
            ({"q-match": {"pair-code": "pair-code"}}, "unknown item"),
            ({"q-short": ["phishing"]}, "must be text"),
            ({"q-short": "x" * 501}, "at most 500"),
            (["q-single"], "object of question ids"),
        ],
    )
    def test_unfit_answer_is_refused_with_a_reason(self, questions, answers, message):
        with pytest.raises(AnswerError, match=message):
            clean_answers(questions, answers)


# --- properties ---------------------------------------------------------------


def _answers_strategy(questions):
    """Any well-formed answers to the questions (or none), drawn by Hypothesis."""
    strategies = {}
    for q in questions:
        kind = q["type"]
        if kind in {"single_choice", "true_false", "scenario"}:
            ids = [c["id"] for c in q["choices"]]
            strategies[q["id"]] = st.one_of(
                st.just([]), st.sampled_from(ids).map(lambda i: [i])
            )
        elif kind in {"multiple_response", "red_flags"}:
            ids = [c["id"] for c in q["choices"]]
            strategies[q["id"]] = st.lists(st.sampled_from(ids), unique=True)
        elif kind == "ordering":
            ids = [i["id"] for i in q["items"]]
            strategies[q["id"]] = st.permutations(ids).map(list)
        elif kind == "matching":
            lefts = [i["id"] for i in q["lefts"]]
            rights = [i["id"] for i in q["rights"]]
            strategies[q["id"]] = st.dictionaries(
                st.sampled_from(lefts), st.sampled_from(rights)
            )
        else:
            strategies[q["id"]] = st.text(max_size=30)
    return st.fixed_dictionaries({}, optional=strategies)


class TestScorerProperties:
    @settings(max_examples=150, deadline=None)
    @given(data=st.data())
    def test_score_lies_between_zero_and_the_maximum(self, questions, data):
        answers = data.draw(_answers_strategy(questions))
        result = score_answers(questions, answers)
        assert 0 <= result.score <= result.max_score
        assert all(0 <= r["score"] <= r["max"] for r in result.results)

    @settings(max_examples=100, deadline=None)
    @given(data=st.data())
    def test_order_of_answers_does_not_matter(self, questions, data):
        answers = data.draw(_answers_strategy(questions))
        shuffled = list(answers.items())
        random.Random(data.draw(st.integers())).shuffle(shuffled)
        reordered = {
            qid: (
                sorted(a, reverse=True)
                if isinstance(a, list) and by_id(questions, qid)["type"] != "ordering"
                else a
            )
            for qid, a in shuffled
        }
        assert score_answers(questions, reordered) == score_answers(questions, answers)

    @settings(max_examples=50, deadline=None)
    @given(data=st.data())
    def test_scoring_is_deterministic(self, questions, data):
        answers = data.draw(_answers_strategy(questions))
        assert score_answers(questions, answers) == score_answers(questions, answers)

    @settings(max_examples=100, deadline=None)
    @given(bogus=st.text(min_size=1, max_size=12))
    def test_unknown_choice_ids_are_refused(self, questions, bogus):
        known = {c["id"] for q in questions for c in q.get("choices", [])}
        if bogus in known:
            return
        with pytest.raises(AnswerError):
            score_answers(questions, {"q-multi": ["multi-otp", bogus]})
