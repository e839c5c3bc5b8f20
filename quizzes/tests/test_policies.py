"""Pools and orders fixed per attempt, review policies, translations, concurrency."""

import random
import threading

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import close_old_connections
from rest_framework.test import APIClient
from wagtail.models import Locale
from wagtail_localize.models import Translation

from accounts.tests.factories import UserFactory
from quizzes import services
from quizzes.blocks import QuestionStreamBlock
from quizzes.models import Attempt, QuizPage
from quizzes.questions import draw, model_answers, quiz_questions

from .factories import every_question_type

pytestmark = pytest.mark.django_db


def publish(quiz, **fields):
    for name, value in fields.items():
        setattr(quiz, name, value)
    quiz.save_revision().publish()
    return quiz


class TestDrawing:
    @pytest.fixture
    def bank(self):
        return quiz_questions(QuestionStreamBlock().to_python(every_question_type()))

    def test_a_pool_draws_that_many_in_a_random_order(self, bank):
        drawn = [
            draw(bank, count=3, shuffle_questions=True, shuffle_choices=True, rng=rng)
            for rng in (random.Random(1), random.Random(2))
        ]
        assert [len(d) for d in drawn] == [3, 3]
        assert [q["id"] for q in drawn[0]] != [q["id"] for q in drawn[1]]

    def test_an_ordering_question_never_starts_solved(self, bank):
        ordering = next(q for q in bank if q["type"] == "ordering")
        for seed in range(50):
            (question,) = draw(
                [ordering],
                count=None,
                shuffle_questions=False,
                shuffle_choices=False,
                rng=random.Random(seed),
            )
            assert [i["id"] for i in question["items"]] != ordering["order"]

    def test_the_draw_is_fixed_for_the_attempt(self, api, quiz):
        publish(quiz, draw_count=4, shuffle_questions=True)
        started = api.post(f"/api/v1/quizzes/{quiz.pk}/start/").json()
        again = api.post(f"/api/v1/quizzes/{quiz.pk}/start/").json()
        read = api.get(f"/api/v1/attempts/{started['id']}/").json()
        shown = api.get(f"/api/v1/quizzes/{quiz.pk}/").json()
        assert again["id"] == started["id"]
        assert len(started["questions"]) == 4
        assert started["questions"] == again["questions"] == read["questions"]
        assert shown["questions"] == started["questions"]
        assert shown["attempt"] == started["id"]

    def test_answers_to_questions_not_drawn_are_refused(self, api, quiz):
        publish(quiz, draw_count=1)
        drawn = api.post(f"/api/v1/quizzes/{quiz.pk}/start/").json()["questions"][0]
        other = "q-tf" if drawn["id"] != "q-tf" else "q-single"
        response = api.patch(
            f"/api/v1/attempts/{Attempt.objects.get().pk}/",
            {"answers": {other: ["true"]}},
            format="json",
        )
        assert response.status_code == 400


def submit_and_score(api, quiz, answers_for, key, scored_now):
    attempt_id = api.post(f"/api/v1/quizzes/{quiz.pk}/start/").json()["id"]
    answers = answers_for(Attempt.objects.get(pk=attempt_id).questions)
    with scored_now(execute=True):
        api.post(
            f"/api/v1/quizzes/{quiz.pk}/attempts/",
            {"answers": answers},
            format="json",
            HTTP_IDEMPOTENCY_KEY=key,
        )
    return api.get(f"/api/v1/attempts/{attempt_id}/").json()["review"]


class TestReviewPolicy:
    @pytest.mark.parametrize(
        ("detail", "keys"),
        [
            ("score", None),
            ("correctness", {"id", "prompt", "score", "max", "outcome"}),
            (
                "answers",
                {"id", "prompt", "score", "max", "outcome", "correct_answer"},
            ),
            (
                "feedback",
                {
                    "id",
                    "prompt",
                    "score",
                    "max",
                    "outcome",
                    "correct_answer",
                    "feedback",
                    "explanation",
                },
            ),
        ],
    )
    def test_each_level_shows_what_it_promises(
        self, api, quiz, django_capture_on_commit_callbacks, detail, keys
    ):
        publish(quiz, review_detail=detail)
        review = submit_and_score(
            api, quiz, lambda q: {}, "k", django_capture_on_commit_callbacks
        )
        assert review["level"] == detail
        if keys is None:
            assert review["questions"] == []
        else:
            assert {frozenset(q) for q in review["questions"]} == {frozenset(keys)}

    def test_after_the_last_attempt_shows_details_only_then(
        self, api, quiz, django_capture_on_commit_callbacks
    ):
        publish(quiz, review_timing="after_last", max_attempts=2)
        first = submit_and_score(
            api, quiz, lambda q: {}, "a", django_capture_on_commit_callbacks
        )
        assert (first["level"], first["questions"]) == ("score", [])
        second = submit_and_score(
            api, quiz, lambda q: {}, "b", django_capture_on_commit_callbacks
        )
        assert second["level"] == "feedback"
        assert len(second["questions"]) == 8

    def test_after_the_last_attempt_also_means_once_passed(
        self, api, quiz, django_capture_on_commit_callbacks
    ):
        publish(quiz, review_timing="after_last", max_attempts=3)
        review = submit_and_score(
            api, quiz, model_answers, "a", django_capture_on_commit_callbacks
        )
        assert review["level"] == "feedback"


class TestTranslatedQuiz:
    def test_an_attempt_in_thai_scores_exactly_like_one_in_english(
        self, quiz, django_capture_on_commit_callbacks
    ):
        thai_locale = Locale.objects.get(language_code="th")
        thai_course = quiz.get_parent().copy_for_translation(
            thai_locale, copy_parents=True
        )
        thai_course.save_revision().publish()
        thai = quiz.copy_for_translation(thai_locale).specific
        for block in thai.questions:
            block.value["prompt"] = "คำถาม: " + block.value["prompt"]
        publish(thai)

        def scores(page, answers_for):
            user = UserFactory()
            attempt = services.attempt_start(user=user, quiz=page)
            with django_capture_on_commit_callbacks(execute=True):
                services.attempt_submit(
                    attempt=attempt, answers=answers_for(attempt.questions)
                )
            attempt.refresh_from_db()
            return attempt.language, attempt.score, attempt.results

        def partly(questions):
            answers = model_answers(questions)
            answers["q-multi"] = ["multi-urgent"]
            answers["q-order"] = ["order-bank", "order-family", "order-police"]
            answers["q-short"] = "ฟิช ชิง"
            del answers["q-tf"]
            return answers

        for answers_for in (model_answers, partly, lambda q: {}):
            english = scores(quiz, answers_for)
            in_thai = scores(thai, answers_for)
            assert (english[0], in_thai[0]) == ("en", "th")
            assert english[1:] == in_thai[1:]


@pytest.mark.django_db(transaction=True)
class TestConcurrentSubmissions:
    def test_two_submissions_at_once_score_one_attempt(self, quiz):
        learner = UserFactory()
        attempt = services.attempt_start(user=learner, quiz=quiz)
        answers = model_answers(attempt.questions)
        barrier = threading.Barrier(2)
        results = []

        def submit(key):
            client = APIClient()
            client.force_authenticate(learner)
            barrier.wait()
            response = client.post(
                f"/api/v1/quizzes/{quiz.pk}/attempts/",
                {"answers": answers},
                format="json",
                HTTP_IDEMPOTENCY_KEY=key,
            )
            results.append((response.status_code, response.json().get("id")))
            close_old_connections()

        threads = [threading.Thread(target=submit, args=("same",)) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(code for code, _id in results) == [202, 202]
        assert {attempt_id for _code, attempt_id in results} == {attempt.pk}
        assert Attempt.objects.filter(user=learner).count() == 1
        attempt.refresh_from_db()
        assert attempt.status == "scored"
        assert attempt.responses.count() == 8


class TestWagtailLocalize:
    def test_a_quiz_translated_in_the_admin_keeps_its_ids_and_key(self, client, quiz):
        client.force_login(UserFactory(is_superuser=True, is_staff=True))
        thai = Locale.objects.get(language_code="th")
        index = quiz.get_parent().get_parent()
        response = client.post(
            f"/admin/localize/submit/page/{index.pk}/",
            {"locales": [thai.pk], "include_subtree": "on"},
        )
        assert response.status_code == 302
        translation = Translation.objects.get(
            source__object_id=quiz.translation_key, target_locale=thai
        )
        po = polib.pofile(
            client.get(
                f"/admin/localize/translate/{translation.pk}/pofile/download/"
            ).content.decode()
        )
        msgids = {entry.msgid for entry in po}
        assert "Tap the link" in msgids
        assert "phishing" in msgids  # accepted answers are translated text
        entry = next(e for e in po if e.msgid == "Tap the link")
        entry.msgstr = "แตะลิงก์"
        upload = SimpleUploadedFile("quiz.po", str(po).encode(), "text/x-gettext")
        client.post(
            f"/admin/localize/translate/{translation.pk}/pofile/upload/",
            {"file": upload, "next": "/admin/"},
        )
        translation.save_target(publish=True)

        translated = QuizPage.objects.get(
            translation_key=quiz.translation_key, locale=thai
        )
        english = quiz_questions(quiz.questions)
        in_thai = quiz_questions(translated.questions)
        assert in_thai[0]["choices"][0] == {
            **english[0]["choices"][0],
            "text": "แตะลิงก์",
        }

        def key(questions):
            return [
                {k: v for k, v in q.items() if k in {"id", "order", "pairs", "points"}}
                | {
                    "choices": [
                        (c["id"], c.get("correct")) for c in q.get("choices", [])
                    ]
                }
                for q in questions
            ]

        assert key(in_thai) == key(english)
