import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.choices import AccountStatus, Audience, Country, VerificationStatus
from accounts.models import User

from .factories import UserFactory

pytestmark = pytest.mark.django_db

STRONG_PASSWORD = "Mangga-hinog-2026"


def sign_up_data(**overrides):
    data = {
        "username": "maria",
        "email": "maria@example.org",
        "password1": STRONG_PASSWORD,
        "password2": STRONG_PASSWORD,
        "display_name": "Maria Santos",
        "audience": Audience.GENERAL_PUBLIC,
        "country": Country.PHILIPPINES,
        "preferred_language": "en",
        "birth_year": "1990",
    }
    data.update(overrides)
    return data


def sign_up(client, language="en", **overrides):
    return client.post(f"/{language}/accounts/signup/", sign_up_data(**overrides))


class TestSignUpPerAudience:
    @pytest.mark.parametrize(
        "audience", [Audience.GENERAL_PUBLIC, Audience.OLDER_ADULT, Audience.EDUCATOR]
    )
    def test_adult_audience_gets_an_active_account_and_is_logged_in(
        self, client, audience
    ):
        response = sign_up(client, audience=audience, birth_year="1958")
        assert response.status_code == 302
        assert response.url == "/en/accounts/profile/"
        user = User.objects.get(username="maria")
        assert user.audience == audience
        assert user.account_status == AccountStatus.ACTIVE
        assert client.get("/en/accounts/profile/").status_code == 200

    def test_young_adult_in_philippines_needs_no_consent(self, client):
        year = timezone.localdate().year - 20
        sign_up(client, audience=Audience.YOUNG_PERSON, birth_year=str(year))
        assert User.objects.get(username="maria").account_status == "active"

    def test_minor_is_held_and_parent_emailed(
        self, client, django_capture_on_commit_callbacks
    ):
        year = timezone.localdate().year - 15
        with django_capture_on_commit_callbacks(execute=True):
            response = sign_up(
                client,
                audience=Audience.YOUNG_PERSON,
                birth_year=str(year),
                parent_email="nanay@example.org",
            )
        assert response.url == "/en/accounts/consent/waiting/"
        user = User.objects.get(username="maria")
        assert user.account_status == AccountStatus.AWAITING_CONSENT
        assert user.parental_consent.parent_email == "nanay@example.org"
        assert [m.to for m in mail.outbox] == [["nanay@example.org"]]
        assert "/en/accounts/consent/" in mail.outbox[0].body

    def test_minor_without_parent_email_is_refused(self, client):
        year = timezone.localdate().year - 15
        response = sign_up(client, audience=Audience.YOUNG_PERSON, birth_year=str(year))
        assert response.status_code == 200
        assert "email of a parent or guardian" in response.content.decode()
        assert not User.objects.exists()

    def test_professional_request_is_queued_for_verification(self, client):
        response = sign_up(
            client,
            audience=Audience.PROFESSIONAL,
            country=Country.CAMBODIA,
            birth_year="1980",
            profession="judge",
            organisation="Phnom Penh Court of First Instance",
            position="Trial judge",
            evidence_note="Registered with the Supreme Council of Magistracy.",
        )
        assert response.status_code == 302
        user = User.objects.get(username="maria")
        verification = user.verifications.get()
        assert verification.status == VerificationStatus.PENDING
        assert verification.profession == "judge"
        assert user.profession == "judge"

    def test_professional_without_role_details_gets_a_message_per_field(self, client):
        response = sign_up(client, audience=Audience.PROFESSIONAL, birth_year="1980")
        form = response.context["form"]
        for name in ("profession", "organisation", "position", "evidence_note"):
            assert form.errors[name] == [
                "Professionals must fill in this field to be verified."
            ]
        assert not User.objects.exists()


class TestSignUpBadInput:
    def test_year_of_birth_in_the_future_is_refused(self, client):
        response = sign_up(client, birth_year=str(timezone.localdate().year + 1))
        assert response.context["form"].errors["birth_year"] == [
            "The year of birth cannot be in the future."
        ]
        assert not User.objects.exists()

    def test_children_under_13_are_refused(self, client):
        response = sign_up(client, birth_year=str(timezone.localdate().year - 10))
        assert (
            "at least 13 years old" in response.context["form"].errors["birth_year"][0]
        )
        assert not User.objects.exists()

    def test_display_name_of_ten_thousand_characters_is_refused(self, client):
        response = sign_up(client, display_name="ก" * 10_000)
        assert response.context["form"].errors["display_name"] == [
            "Ensure this value has at most 80 characters (it has 10000)."
        ]
        assert not User.objects.exists()

    def test_every_missing_field_gets_its_own_message(self, client):
        response = client.post("/en/accounts/signup/", {})
        errors = response.context["form"].errors
        for name in ("username", "email", "password1", "display_name", "birth_year"):
            assert errors[name] == ["This field is required."]

    def test_messages_are_in_the_language_of_the_page(self, client):
        response = client.post("/th/accounts/signup/", {})
        assert response.status_code == 200
        assert response["Content-Language"] == "th"
        assert "This field is required." not in response.content.decode()

    def test_html_in_the_display_name_is_stored_as_text_and_escaped(self, client):
        name = '<script>alert("x")</script>Ana'
        sign_up(client, display_name=name)
        user = User.objects.get(username="maria")
        assert user.display_name == name
        page = client.get("/en/accounts/profile/").content.decode()
        assert "<script>alert" not in page
        assert "&lt;script&gt;alert" in page

    def test_forged_audience_value_is_refused(self, client):
        response = sign_up(client, audience="superuser")
        assert "audience" in response.context["form"].errors
        assert not User.objects.exists()

    def test_duplicate_email_is_refused(self, client):
        UserFactory(email="maria@example.org")
        response = sign_up(client)
        assert response.context["form"].errors["email"] == [
            "An account with this email already exists."
        ]

    def test_signed_in_user_is_sent_to_their_profile(self, client):
        client.force_login(UserFactory())
        assert client.get(reverse("accounts:signup")).url == "/en/accounts/profile/"
