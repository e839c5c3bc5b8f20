import pytest
from rest_framework.test import APIClient
from rest_framework.throttling import UserRateThrottle

from accounts.tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    return APIClient()


class TestTokenAuth:
    def test_token_for_username_and_password(self, api):
        user = UserFactory(username="ana")
        response = api.post(
            "/api/v1/auth/token/", {"username": "ana", "password": PASSWORD}
        )
        assert response.status_code == 200
        api.credentials(HTTP_AUTHORIZATION=f"Token {response.json()['token']}")
        me = api.get("/api/v1/me/")
        assert me.status_code == 200
        assert me.json()["username"] == user.username

    def test_wrong_password_has_the_common_error_shape(self, api):
        UserFactory(username="ana")
        response = api.post("/api/v1/auth/token/", {"username": "ana", "password": "x"})
        assert response.status_code == 400
        body = response.json()
        assert body["code"] == "invalid"
        assert "non_field_errors" in body["errors"]

    def test_anonymous_caller_gets_401_with_detail_and_code(self, api):
        response = api.get("/api/v1/me/")
        assert response.status_code == 401
        assert set(response.json()) == {"detail", "code"}
        assert response.json()["code"] == "not_authenticated"


class TestMe:
    def test_patch_updates_only_profile_fields(self, api):
        user = UserFactory(audience="public")
        api.force_authenticate(user)
        response = api.patch(
            "/api/v1/me/",
            {"display_name": "Ána", "audience": "professional", "text_size": "large"},
            format="json",
        )
        assert response.status_code == 200
        user.refresh_from_db()
        assert user.display_name == "Ána"
        assert user.text_size == "large"
        assert user.audience == "public"

    def test_bad_value_answers_400_per_field(self, api):
        user = UserFactory()
        api.force_authenticate(user)
        response = api.patch("/api/v1/me/", {"preferred_language": "xx"}, format="json")
        assert response.status_code == 400
        assert "preferred_language" in response.json()["errors"]
        user.refresh_from_db()
        assert user.preferred_language == "en"

    def test_errors_follow_the_requested_language(self, api):
        api.force_authenticate(UserFactory())
        response = api.get("/api/v1/me/", HTTP_ACCEPT_LANGUAGE="th")
        assert response.status_code == 200
        response = api.patch(
            "/api/v1/me/",
            {"display_name": "x" * 500},
            format="json",
            HTTP_ACCEPT_LANGUAGE="th",
        )
        assert response.status_code == 400
        assert "Ensure this field" not in str(response.json())


class TestPlumbing:
    def test_schema_is_openapi_3(self, api):
        response = api.get("/api/schema/", HTTP_ACCEPT="application/json")
        assert response.status_code == 200
        schema = response.json()
        assert schema["openapi"].startswith("3.")
        assert "/api/v1/auth/token/" in schema["paths"]
        assert "/api/v1/me/" in schema["paths"]

    def test_docs_are_self_hosted(self, client):
        html = client.get("/api/docs/").content.decode()
        assert "swagger-ui" in html
        assert "cdn" not in html.lower()

    def test_per_user_rate_limit(self, api, monkeypatch):
        monkeypatch.setitem(UserRateThrottle.THROTTLE_RATES, "user", "3/minute")
        api.force_authenticate(UserFactory())
        codes = [api.get("/api/v1/me/").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]


class TestApiLanguage:
    def test_lang_parameter_picks_the_language(self, api):
        api.force_authenticate(UserFactory())
        response = api.patch(
            "/api/v1/me/?lang=vi", {"display_name": "x" * 500}, format="json"
        )
        assert response["Content-Language"] == "vi"
        assert "Ensure this field" not in str(response.json())

    def test_unknown_lang_is_a_clear_400(self, api):
        api.force_authenticate(UserFactory())
        response = api.get("/api/v1/me/?lang=xx")
        assert response.status_code == 400
        assert response.json() == {
            "detail": "Unknown language: xx.",
            "code": "unknown_language",
        }
