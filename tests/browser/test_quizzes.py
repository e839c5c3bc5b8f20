"""A learner takes a quiz with the keyboard only; a real worker scores it."""

import re

import pytest

from accounts.tests.factories import UserFactory
from courses.tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
)
from quizzes.models import Attempt
from quizzes.questions import model_answers
from quizzes.tests.factories import QuizPageFactory

from .conftest import axe_violations
from .test_pages import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(live_server, home_pages):
    index = CourseIndexPageFactory(parent=home_pages)
    course = CoursePageFactory(parent=index, title="Spot the scam", slug="spot")
    LessonPageFactory(parent=course, slug="lesson")
    QuizPageFactory(parent=course, title="Check yourself", slug="check")
    older = CoursePageFactory(
        parent=index, slug="scams", simplified=True, audiences=["older"]
    )
    QuizPageFactory(parent=older, title="Check what you learned", slug="check")
    UserFactory(username="ana")
    return live_server.url


def tab_to(page, selector: str, limit: int = 80) -> None:
    """Press Tab until the focused element matches `selector`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} cannot be reached with the keyboard")


def focused_value(page) -> str:
    return page.evaluate("() => document.activeElement.value")


def choose_radio(page, name: str, value: str) -> None:
    tab_to(page, f'input[name="{name}"]')
    for _ in range(10):
        if focused_value(page) == value:
            break
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    assert page.is_checked(f'input[name="{name}"][value="{value}"]')


def tick(page, name: str, value: str) -> None:
    tab_to(page, f'input[name="{name}"][value="{value}"]')
    page.keyboard.press("Space")


def pick_option(page, name: str, value: str) -> None:
    tab_to(page, f'select[name="{name}"]')
    for _ in range(12):
        if focused_value(page) == value:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"option {value} of {name} cannot be chosen with the keys")


def answer_with_keyboard(page, attempt) -> None:
    """Give full-mark answers to every question, with Tab, arrows, Space and keys."""
    answers = model_answers(attempt.questions)
    for question in attempt.questions:
        qid, kind, answer = question["id"], question["type"], answers[question["id"]]
        name = f"answer-{qid}"
        if kind in {"single_choice", "true_false", "scenario"}:
            choose_radio(page, name, answer[0])
        elif kind in {"multiple_response", "red_flags"}:
            for choice in question["choices"]:
                if choice["id"] in answer:
                    tick(page, name, choice["id"])
        elif kind == "ordering":
            for item in question["items"]:
                position = answer.index(item["id"]) + 1
                pick_option(page, f"{name}-{item['id']}", str(position))
        elif kind == "matching":
            for left in question["lefts"]:
                pick_option(page, f"{name}-{left['id']}", answer[left["id"]])
        else:
            tab_to(page, f'input[name="{name}"]')
            page.keyboard.type(answer)


class TestKeyboardOnly:
    def test_take_a_quiz_and_see_the_result_appear_without_a_reload(
        self, page, site, start_worker
    ):
        # Scoring pauses a second, so that "Scoring…" is there to be replaced.
        start_worker(pause_scoring=1)
        log_in(page, site, "ana")
        page.goto(f"{site}/en/courses/spot/check/")
        tab_to(page, "button.button--primary")
        assert page.evaluate("() => document.activeElement.innerText") == (
            "Start the quiz"
        )
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r".*/quizzes/attempts/\d+/$"))
        attempt = Attempt.objects.get(user__username="ana")
        assert page.inner_text("#progress-label") == "Answered: 0 of 8"

        answer_with_keyboard(page, attempt)
        assert page.inner_text("#progress-label") == "Answered: 8 of 8"
        page.wait_for_selector("#save-status:has-text('Your answers are saved.')")

        tab_to(page, 'button[value="submit"]')
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r".*/result/$"))
        page.evaluate("() => { window.sameDocument = true; }")
        assert "Scoring…" in page.inner_text("#attempt-result")

        page.wait_for_selector("text=You scored 17 out of 17 (100%).", timeout=30_000)
        assert page.evaluate("() => window.sameDocument === true")
        assert page.evaluate("() => document.activeElement.id") == "result-heading"
        assert "✓ Passed" in page.inner_text("#attempt-result")

    def test_simplified_one_question_per_screen(self, page, site):
        log_in(page, site, "ana")
        page.goto(f"{site}/en/courses/scams/check/")
        tab_to(page, "button.button--primary")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r".*/quizzes/attempts/\d+/$"))
        assert page.inner_text("#progress-label") == "Question 1 of 8"
        attempt = Attempt.objects.get(user__username="ana")
        answer_with_keyboard(page, type(attempt)(questions=attempt.questions[:1]))
        tab_to(page, 'button[value="next"]')
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r".*\?step=2$"))
        assert page.inner_text("#progress-label") == "Question 2 of 8"
        attempt.refresh_from_db()
        assert attempt.questions[0]["id"] in attempt.answers
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 1024


class TestSmallScreens:
    @pytest.mark.parametrize("course", ["spot", "scams"])
    def test_every_question_fits_a_phone_at_200_percent_text(
        self, browser, site, course
    ):
        context = browser.new_context(viewport={"width": 360, "height": 740})
        page = context.new_page()
        log_in(page, site, "ana")
        page.goto(f"{site}/en/courses/{course}/check/")
        page.click("main button.button--primary")
        page.wait_for_url(re.compile(r".*/quizzes/attempts/\d+/$"))
        base = page.url
        for step in range(1, 9 if course == "scams" else 2):
            page.goto(f"{base}?step={step}")
            page.evaluate("() => { document.documentElement.style.fontSize = '200%'; }")
            width = page.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 360, f"step {step}: {width}px wide"
        context.close()


class TestQuizAccessibility:
    @pytest.mark.parametrize("course", ["spot", "scams"])
    def test_no_axe_violations_on_the_quiz_attempt_and_result(
        self, audit_page, site, course
    ):
        log_in(audit_page, site, "ana")
        audit_page.goto(f"{site}/en/courses/{course}/check/")
        assert axe_violations(audit_page) == []
        audit_page.click("main button.button--primary")
        audit_page.wait_for_url(re.compile(r".*/quizzes/attempts/\d+/$"))
        assert axe_violations(audit_page) == []
        attempt = Attempt.objects.get(user__username="ana")
        audit_page.goto(f"{site}/en/quizzes/attempts/{attempt.pk}/?step=4")
        assert axe_violations(audit_page) == []
        audit_page.goto(f"{site}/en/quizzes/attempts/{attempt.pk}/?step=8")
        audit_page.click('button[value="submit"]')
        audit_page.wait_for_selector("text=You scored")
        assert axe_violations(audit_page) == []
