"""Taking a quiz through the pages: start, answer, submit once, see the result."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from accounts.tests.factories import UserFactory
from courses.models import CoursePage, ModulePage
from courses.tests.factories import CoursePageFactory
from quizzes.models import Attempt, QuizPage
from quizzes.models.pages import QuizPageForm
from quizzes.questions import model_answers

from .factories import QuizPageFactory
from .test_api import KEY_STRINGS

pytestmark = pytest.mark.django_db


def form_data(questions, answers, action="submit"):
    """The POST a browser sends for these answers on a screen of these questions."""
    data = {"action": action, "shown": [q["id"] for q in questions]}
    by_id = {q["id"]: q for q in questions}
    for qid, answer in answers.items():
        kind = by_id[qid]["type"]
        if kind == "ordering":
            for position, item in enumerate(answer, start=1):
                data[f"answer-{qid}-{item}"] = str(position)
        elif kind == "matching":
            for left, right in answer.items():
                data[f"answer-{qid}-{left}"] = right
        else:
            data[f"answer-{qid}"] = answer
    return data


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    return client


def start(client, quiz):
    response = client.post(f"/en/quizzes/{quiz.pk}/start/")
    assert response.status_code == 302
    return Attempt.objects.get(pk=response.url.rstrip("/").split("/")[-1])


class TestPageTypes:
    def test_a_quiz_sits_in_a_course_or_a_module(self):
        assert set(QuizPage.allowed_parent_page_models()) == {CoursePage, ModulePage}
        assert QuizPage in CoursePage.allowed_subpage_models()
        assert QuizPage.allowed_subpage_models() == []

    def test_no_time_limit_on_a_course_for_older_adults(self, course_index):
        course = CoursePageFactory(
            parent=course_index, simplified=True, audiences=["older"]
        )
        form_class = QuizPage.get_edit_handler().get_form_class()
        assert issubclass(form_class, QuizPageForm)
        quiz = QuizPageFactory.build()
        data = nested_form_data(
            {
                "title": "Quiz",
                "slug": "quiz",
                "time_limit_minutes": "10",
                "questions": streamfield([]),
            }
        )
        form = form_class(data=data, instance=quiz, parent_page=course, for_user=None)
        form.is_valid()
        assert "Courses for older adults have no timers" in str(
            form.errors["time_limit_minutes"]
        )


class TestTakingAQuiz:
    def test_visitors_are_asked_to_sign_in(self, client, quiz):
        html = client.get("/en/courses/spot/check/").content.decode()
        assert "Log in or sign up to take this quiz" in html
        assert client.post(f"/en/quizzes/{quiz.pk}/start/").status_code == 302
        assert not Attempt.objects.exists()

    def test_the_attempt_page_shows_every_question_type_without_the_key(
        self, signed_in, quiz
    ):
        attempt = start(signed_in, quiz)
        html = signed_in.get(f"/en/quizzes/attempts/{attempt.pk}/").content.decode()
        assert html.count('class="question question--') == 8
        assert "Answered: 0 of 8" in html
        assert '<select id="answer-q-order-' in html
        assert 'name="answer-q-flags" value="flag-locked"' in html
        for secret in KEY_STRINGS:
            assert secret not in html, secret

    def test_answers_are_saved_then_submitted_once_and_scored(
        self, signed_in, learner, quiz, django_capture_on_commit_callbacks
    ):
        attempt = start(signed_in, quiz)
        url = f"/en/quizzes/attempts/{attempt.pk}/"
        answers = model_answers(attempt.questions)
        saved = signed_in.post(
            url, form_data(attempt.questions, answers, action="save")
        )
        assert saved.status_code == 302
        attempt.refresh_from_db()
        assert attempt.answers == answers

        with django_capture_on_commit_callbacks(execute=True):
            submitted = signed_in.post(url, form_data(attempt.questions, answers))
        assert submitted.url == f"/en/quizzes/attempts/{attempt.pk}/result/"
        # A stale page submitted again changes nothing.
        again = signed_in.post(url, form_data(attempt.questions, {}, action="submit"))
        assert again.url == submitted.url
        attempt.refresh_from_db()
        assert (attempt.status, attempt.score) == ("scored", 17)
        assert attempt.answers == answers
        assert Attempt.objects.filter(user=learner).count() == 1

        html = signed_in.get(submitted.url).content.decode()
        assert "You scored 17 out of 17 (100%)." in html
        assert "Passed" in html
        assert "✓ Correct" in html
        assert "Yes: that number is real." in html  # feedback, after submitting

    def test_an_empty_checkbox_question_on_screen_clears_its_answer(
        self, signed_in, quiz
    ):
        attempt = start(signed_in, quiz)
        url = f"/en/quizzes/attempts/{attempt.pk}/"
        signed_in.post(
            url, form_data(attempt.questions, {"q-multi": ["multi-otp"]}, "save")
        )
        signed_in.post(url, form_data(attempt.questions, {}, "save"))
        attempt.refresh_from_db()
        assert attempt.answers == {}

    def test_a_forged_choice_is_refused_with_a_message(self, signed_in, quiz):
        attempt = start(signed_in, quiz)
        url = f"/en/quizzes/attempts/{attempt.pk}/"
        forged = form_data(attempt.questions, {"q-single": "not-a-choice"}, "submit")
        response = signed_in.post(url, forged)
        assert response.status_code == 400
        assert "This answer names an unknown choice." in response.content.decode()
        attempt.refresh_from_db()
        assert (attempt.status, attempt.answers) == ("in_progress", {})

    def test_pending_result_says_scoring(self, signed_in, quiz):
        attempt = start(signed_in, quiz)
        url = f"/en/quizzes/attempts/{attempt.pk}/"
        signed_in.post(
            url, form_data(attempt.questions, {}, "submit")
        )  # no on-commit run
        html = signed_in.get(url + "result/").content.decode()
        assert "Scoring…" in html
        assert f'data-poll="/api/v1/attempts/{attempt.pk}/"' in html

    def test_another_learners_attempt_is_not_found(self, client, quiz):
        other = UserFactory()
        client.force_login(other)
        attempt = start(client, quiz)
        client.force_login(UserFactory())
        for path in ("", "result/"):
            url = f"/en/quizzes/attempts/{attempt.pk}/{path}"
            assert client.get(url).status_code == 404
        response = client.post(f"/en/quizzes/attempts/{attempt.pk}/", {"shown": []})
        assert response.status_code == 404


class TestSimplified:
    def test_one_question_per_screen_with_back_and_next(self, client, course_index):
        course = CoursePageFactory(
            parent=course_index, slug="scams", simplified=True, audiences=["older"]
        )
        quiz = QuizPageFactory(parent=course, slug="quiz")
        client.force_login(UserFactory())
        attempt = start(client, quiz)
        url = f"/en/quizzes/attempts/{attempt.pk}/"
        html = client.get(url).content.decode()
        assert "Question 1 of 8" in html
        assert html.count('class="question question--') == 1
        assert 'value="next"' in html and 'value="back"' not in html

        first = attempt.questions[0]
        answer = model_answers([first])
        response = client.post(url + "?step=1", form_data([first], answer, "next"))
        assert response.url == url + "?step=2"
        attempt.refresh_from_db()
        assert attempt.answers == answer

        html = client.get(url + "?step=8").content.decode()
        assert "Question 8 of 8" in html
        assert 'value="submit"' in html and 'value="back"' in html
