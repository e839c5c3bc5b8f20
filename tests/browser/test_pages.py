"""The pages as a learner meets them in a real browser."""

import pytest

from accounts.tests.factories import PASSWORD, UserFactory

from .conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(live_server, home_pages):
    return live_server.url


def log_in(page, site, username, language="en"):
    page.goto(f"{site}/{language}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"**/{language}/accounts/profile/")


class TestFontsAndLanguages:
    def test_thai_home_page_renders_with_the_noto_thai_web_font(self, page, site):
        page.goto(f"{site}/th/")
        page.evaluate("() => document.fonts.ready")
        assert page.get_attribute("html", "lang") == "th"
        heading = page.inner_text("h1")
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in heading), heading
        loaded = page.evaluate(
            """() => [...document.fonts]
                .filter(f => f.status === 'loaded')
                .map(f => f.family.replaceAll('"', ''))"""
        )
        assert "Noto Sans Thai" in loaded
        # Only the scripts on the page are fetched: no Khmer or Chinese faces.
        assert "Noto Sans Khmer" not in loaded
        assert "Noto Sans SC" not in loaded

    @pytest.mark.parametrize(
        ("language", "family"),
        [
            ("lo", "Noto Sans Lao"),
            ("km", "Noto Sans Khmer"),
            ("my", "Noto Sans Myanmar"),
            ("ta", "Noto Sans Tamil"),
            ("zh-hans", "Noto Sans SC"),
            ("vi", "Noto Sans"),
        ],
    )
    def test_every_script_renders_with_its_web_font(self, page, site, language, family):
        page.goto(f"{site}/{language}/")
        page.evaluate("() => document.fonts.ready")
        loaded = page.evaluate(
            """() => [...document.fonts]
                .filter(f => f.status === 'loaded')
                .map(f => f.family.replaceAll('"', ''))"""
        )
        assert family in loaded
        heading = page.inner_text("h1")
        assert page.evaluate(
            '([family, text]) => document.fonts.check(`16px "${family}"`, text)',
            [family, heading],
        )

    def test_switcher_changes_the_language_and_keeps_the_page(self, page, site):
        page.goto(f"{site}/en/accounts/login/")
        page.click("summary:has-text('English')")
        page.click("button[lang=th]")
        page.wait_for_url(f"{site}/th/accounts/login/")
        assert page.get_attribute("html", "lang") == "th"
        assert page.inner_text("h1") != "Log in"


class TestKeyboardAndLayout:
    def test_skip_link_is_first_and_moves_focus_to_the_main_content(self, page, site):
        page.goto(f"{site}/en/")
        page.keyboard.press("Tab")
        focused = page.evaluate("() => document.activeElement.textContent.trim()")
        assert focused == "Skip to main content"
        assert page.is_visible(".skip-link")
        page.keyboard.press("Enter")
        assert page.evaluate("() => document.activeElement.id") == "main"

    @pytest.mark.parametrize("path", ["/en/", "/th/accounts/signup/", "/my/"])
    def test_no_sideways_scrolling_on_a_360_px_phone(self, browser, site, path):
        context = browser.new_context(viewport={"width": 360, "height": 740})
        page = context.new_page()
        page.goto(site + path)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        context.close()
        assert width <= 360

    def test_text_at_200_percent_stays_on_screen(self, page, site):
        page.set_viewport_size({"width": 640, "height": 800})
        page.goto(f"{site}/en/accounts/signup/")
        page.evaluate("() => { document.documentElement.style.fontSize = '200%'; }")
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 640


class TestAccessibility:
    @pytest.mark.parametrize("language", ["en", "th"])
    @pytest.mark.parametrize("path", ["", "accounts/signup/"])
    def test_public_pages_have_no_axe_violations(
        self, audit_page, site, language, path
    ):
        audit_page.goto(f"{site}/{language}/{path}")
        assert axe_violations(audit_page) == []

    @pytest.mark.parametrize("language", ["en", "th"])
    def test_profile_page_has_no_axe_violations(self, audit_page, site, language):
        UserFactory(username="somsri", preferred_language=language)
        log_in(audit_page, site, "somsri", language)
        assert axe_violations(audit_page) == []

    def test_sign_up_errors_have_no_axe_violations(self, audit_page, site):
        audit_page.goto(f"{site}/en/accounts/signup/")
        audit_page.click("main button[type=submit]")
        audit_page.wait_for_selector(".error-summary")
        assert axe_violations(audit_page) == []


class TestDisplayPreferencesInTheBrowser:
    @pytest.mark.parametrize(
        ("preferences", "least_px"),
        [
            ({"text_size": "large"}, 19.2),
            ({"text_size": "xlarge"}, 23.2),
            ({"simplified_mode": True}, 19.2),
            ({"simplified_mode": True, "text_size": "xlarge"}, 23.2),
        ],
    )
    def test_text_size_follows_the_profile(self, page, site, preferences, least_px):
        UserFactory(username="lola", **preferences)
        log_in(page, site, "lola")
        size = page.evaluate("() => getComputedStyle(document.body).fontSize")
        assert float(size.removesuffix("px")) >= least_px - 0.1
