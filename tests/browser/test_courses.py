"""An older adult takes the simplified scam course with the keyboard only."""

import re

import pytest

from accounts.tests.factories import UserFactory
from lms.demo.courses import (
    ensure_course_audiences,
    ensure_course_index,
    ensure_demo_course,
)

from .conftest import axe_violations
from .test_pages import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCAMS = "staying-safe-from-scams"


@pytest.fixture
def site(live_server, home_pages):
    ensure_course_audiences()
    index = ensure_course_index(home_pages)
    ensure_demo_course(index, SCAMS, languages=["th"])
    ensure_demo_course(index, "readi-core-values", languages=[])
    return live_server.url


def press_tab_until(page, text: str, limit: int = 40) -> None:
    """Move focus with Tab alone until the focused element reads `text`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate("() => document.activeElement.innerText.trim()")
        if focused == text:
            return
    raise AssertionError(f"{text!r} cannot be reached with the keyboard")


class TestOlderAdultWithKeyboard:
    def test_walks_the_first_two_lessons_screen_by_screen(self, page, site):
        UserFactory(username="lola", audience="older", country="TH")
        log_in(page, site, "lola")
        page.goto(f"{site}/en/courses/{SCAMS}/")
        press_tab_until(page, "Start this course")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r".*/fake-bank-messages-and-websites/$"))

        for _lesson in range(2):
            step_text = page.inner_text(".step-count")
            total = int(re.search(r"of (\d+)", step_text)[1])
            for step in range(1, total + 1):
                assert page.inner_text(".step-count") == f"Step {step} of {total}"
                assert page.inner_text("#step-content").strip(), "empty screen"
                assert (
                    page.evaluate("() => document.documentElement.scrollWidth") <= 1024
                )
                if step < total:
                    press_tab_until(page, "Next")
                    page.keyboard.press("Enter")
                    page.wait_for_url(re.compile(rf".*\?step={step + 1}$"))
            press_tab_until(page, "Mark this lesson complete")
            page.keyboard.press("Enter")
            page.wait_for_load_state()
            assert "Lesson complete." in page.inner_text(".messages")
        assert "Lesson 3 of 6" in page.inner_text(".eyebrow")

    def test_back_returns_to_the_previous_screen(self, page, site):
        UserFactory(username="lola", audience="older")
        log_in(page, site, "lola")
        page.goto(f"{site}/en/courses/{SCAMS}/fake-bank-messages-and-websites/?step=3")
        press_tab_until(page, "Back")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r".*\?step=2$"))
        assert page.inner_text(".step-count").startswith("Step 2 of")


class TestCourseAccessibility:
    @pytest.mark.parametrize(
        "path",
        [
            "/en/courses/",
            f"/en/courses/{SCAMS}/",
            "/en/courses/readi-core-values/why-readi/",
            f"/en/courses/{SCAMS}/where-to-report/?step=5",
            f"/th/courses/{SCAMS}/fake-bank-messages-and-websites/",
            "/en/learning/",
            "/en/certificates/",
            "/en/certificates/verify/AAAA-BBBB/",
        ],
    )
    def test_no_axe_violations(self, audit_page, site, path):
        UserFactory(username="somchai", country="TH")
        log_in(audit_page, site, "somchai")
        audit_page.goto(site + path)
        assert audit_page.title()
        assert axe_violations(audit_page) == []


class TestReadAloud:
    def test_button_is_shown_only_where_the_browser_has_a_voice(self, page, site):
        page.goto(f"{site}/en/courses/readi-core-values/why-readi/")
        page.wait_for_load_state("load")
        page.wait_for_timeout(500)  # voices load asynchronously
        voices = page.evaluate(
            "() => speechSynthesis.getVoices()"
            ".filter(v => v.lang.startsWith('en')).length"
        )
        hidden = page.evaluate("() => document.querySelector('.read-aloud').hidden")
        assert hidden == (voices == 0)
