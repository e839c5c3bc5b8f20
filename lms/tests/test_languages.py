import pytest
from django.conf import settings
from django.utils import translation

from accounts.tests.factories import UserFactory
from lms.settings.languages import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def nav_links(html: str) -> str:
    return html.split('<nav class="site-nav"', 1)[1].split("</nav>", 1)[0]


class TestEveryLanguage:
    @pytest.mark.parametrize("code", LANGUAGE_CODES)
    def test_home_page_answers_in_its_language(self, client, home_pages, code):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{code}"' in html
        with translation.override(code):
            log_in = translation.gettext("Log in")
            sign_up = translation.gettext("Sign up")
        assert log_in in nav_links(html)
        assert sign_up in nav_links(html)
        if code != "en":
            assert "Sign up" not in nav_links(html), (
                f"navigation untranslated in {code}"
            )

    def test_each_locale_has_its_own_published_home_page(self, home_pages):
        translations = home_pages.get_translations(inclusive=True).live()
        assert sorted(p.locale.language_code for p in translations) == sorted(
            LANGUAGE_CODES
        )

    @pytest.mark.parametrize(
        "path", ["/xx/", "/xx/accounts/login/", "/zh-hant/", "/de/", "/pt-br/"]
    )
    def test_unknown_language_prefix_is_not_found(self, client, home_pages, path):
        response = client.get(path)
        assert response.status_code == 404
        # The friendly 404 page, not a redirect and not a server error.
        assert 'class="skip-link"' in response.content.decode()

    def test_path_without_a_prefix_goes_to_the_preferred_language(self, client):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "km"
        response = client.get("/accounts/login/")
        assert response.status_code == 302
        assert response.url == "/km/accounts/login/"


class TestLanguageSwitcher:
    def switch(self, client, language, next_path):
        return client.post("/i18n/switch/", {"language": language, "next": next_path})

    def test_switch_keeps_the_same_page(self, client, home_pages):
        response = self.switch(client, "th", "/en/accounts/login/")
        assert response.url == "/th/accounts/login/"
        assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "th"

    def test_switch_on_a_cms_page_goes_to_its_translation(self, client, home_pages):
        response = self.switch(client, "km", "/en/")
        assert response.url == "/km/"
        assert client.get(response.url).status_code == 200

    def test_switch_remembers_the_members_preference(self, client, home_pages):
        user = UserFactory(preferred_language="en")
        client.force_login(user)
        self.switch(client, "vi", "/en/accounts/profile/")
        user.refresh_from_db()
        assert user.preferred_language == "vi"

    def test_unknown_language_is_refused_and_changes_nothing(self, client, home_pages):
        user = UserFactory(preferred_language="en")
        client.force_login(user)
        response = self.switch(client, "xx", "/en/")
        assert response.status_code == 400
        assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
        user.refresh_from_db()
        assert user.preferred_language == "en"

    def test_next_pointing_elsewhere_stays_on_the_platform(self, client, home_pages):
        response = self.switch(client, "th", "https://evil.example.com/")
        assert response.url == "/th/"

    def test_switcher_lists_each_language_in_its_own_name(self, client, home_pages):
        html = client.get("/en/").content.decode()
        for name in ("ภาษาไทย", "ລາວ", "ភាសាខ្មែរ", "Tiếng Việt", "தமிழ்", "简体中文"):
            assert name in html


class TestDisplayPreferences:
    def test_visitor_preferences_persist_in_a_cookie(self, client, home_pages):
        client.post("/en/accounts/display/", {"text_size": "xlarge", "next": "/en/"})
        client.post("/en/accounts/display/", {"high_contrast": "on", "next": "/en/"})
        html = client.get("/en/").content.decode()
        assert 'class="text-xlarge high-contrast"' in html

    def test_member_preferences_persist_on_the_profile(self, client, home_pages):
        user = UserFactory()
        client.force_login(user)
        client.post("/en/accounts/display/", {"simplified_mode": "on", "next": "/en/"})
        user.refresh_from_db()
        assert user.simplified_mode is True
        assert "simplified" in client.get("/en/").content.decode().split(">", 2)[1]

    def test_forged_values_are_ignored(self, client, home_pages):
        client.post("/en/accounts/display/", {"text_size": "gigantic", "next": "/en/"})
        assert 'class="text-normal"' in client.get("/en/").content.decode()


class TestContentSecurityPolicy:
    def test_public_pages_allow_no_inline_code(self, client, home_pages):
        policy = client.get("/en/")["Content-Security-Policy"]
        assert "script-src 'self';" in policy or policy.endswith("script-src 'self'")
        assert "unsafe-inline" not in policy
        assert "frame-ancestors 'self'" in policy

    def test_only_the_admin_is_relaxed_for_wagtails_inline_code(self, client):
        policy = client.get("/admin/login/")["Content-Security-Policy"]
        assert "style-src 'self' 'unsafe-inline'" in policy
