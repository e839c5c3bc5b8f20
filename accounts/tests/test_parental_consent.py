from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from accounts import services
from accounts.choices import AccountStatus
from accounts.consent_ages import consent_age_for
from accounts.models import ParentalConsent, User

from .factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def held_learner(django_capture_on_commit_callbacks):
    """A 15-year-old in the Philippines who signed up; their parent has the email."""
    with django_capture_on_commit_callbacks(execute=True):
        return services.user_sign_up(
            username="bata",
            email="bata@example.org",
            password=PASSWORD,
            display_name="Bata",
            audience="young",
            country="PH",
            preferred_language="en",
            birth_year=timezone.localdate().year - 15,
            parent_email="tatay@example.org",
        )


def emailed_token():
    return mail.outbox[-1].body.split("/accounts/consent/")[1].split("/")[0]


def confirm(client, token, **data):
    payload = {"parent_name": "Jose Reyes", "relationship": "Father", "agree": "on"}
    payload.update(data)
    return client.post(f"/en/accounts/consent/{token}/", payload)


class TestConsentAges:
    def test_documented_defaults(self):
        assert consent_age_for("SG") == 13
        assert consent_age_for("TH") == 20
        assert consent_age_for("VN") == 16
        assert consent_age_for("PH") == 18
        assert consent_age_for("XX") == 18

    def test_setting_overrides_a_country(self, settings):
        settings.DIGITAL_CONSENT_AGES = {"PH": 16}
        assert consent_age_for("PH") == 16


class TestParentalConsentHold:
    def test_held_learner_can_only_reach_the_waiting_page(self, client, held_learner):
        client.force_login(held_learner)
        assert (
            client.get("/en/accounts/profile/").url == "/en/accounts/consent/waiting/"
        )
        page = client.get("/en/accounts/consent/waiting/")
        assert page.status_code == 200
        assert "tatay@example.org" in page.content.decode()
        assert client.get("/api/v1/me/").status_code == 403

    def test_parent_confirms_and_the_account_is_released(self, client, held_learner):
        token = emailed_token()
        page = client.get(f"/en/accounts/consent/{token}/")
        assert "Bata" in page.content.decode()
        response = confirm(client, token)
        assert response.status_code == 200
        held_learner.refresh_from_db()
        assert held_learner.account_status == AccountStatus.ACTIVE
        consent = held_learner.parental_consent
        assert consent.status == ParentalConsent.Status.GIVEN
        assert consent.consented_by_name == "Jose Reyes"
        assert consent.consented_by_relationship == "Father"
        assert consent.consented_at is not None

    def test_link_used_twice_says_so_and_changes_nothing(self, client, held_learner):
        token = emailed_token()
        confirm(client, token)
        first = ParentalConsent.objects.get().consented_at
        again = confirm(client, token, parent_name="Someone Else")
        assert again.status_code == 410
        assert "already given" in again.content.decode()
        consent = ParentalConsent.objects.get()
        assert consent.consented_by_name == "Jose Reyes"
        assert consent.consented_at == first

    def test_expired_link_is_refused(self, client, held_learner):
        token = emailed_token()
        with time_machine.travel(timezone.now() + timedelta(days=8)):
            response = confirm(client, token)
        assert response.status_code == 410
        assert "expired" in response.content.decode()
        assert User.objects.get(pk=held_learner.pk).is_awaiting_consent

    def test_unknown_token_is_refused(self, client, held_learner):
        response = client.get("/en/accounts/consent/not-a-real-token/")
        assert response.status_code == 410
        assert User.objects.get(pk=held_learner.pk).is_awaiting_consent

    def test_consent_requires_the_checkbox(self, client, held_learner):
        response = confirm(client, emailed_token(), agree="")
        assert response.status_code == 200
        assert response.context["form"].errors["agree"]
        assert User.objects.get(pk=held_learner.pk).is_awaiting_consent

    def test_learner_sends_a_new_link_and_the_old_one_stops_working(
        self, client, held_learner, django_capture_on_commit_callbacks
    ):
        old_token = emailed_token()
        client.force_login(held_learner)
        with (
            time_machine.travel(timezone.now() + timedelta(minutes=2)),
            django_capture_on_commit_callbacks(execute=True),
        ):
            client.post(
                "/en/accounts/consent/waiting/", {"parent_email": "nanay@example.org"}
            )
        assert mail.outbox[-1].to == ["nanay@example.org"]
        assert confirm(client, old_token).status_code == 410
        assert confirm(client, emailed_token()).status_code == 200

    def test_resending_at_once_is_refused(self, client, held_learner):
        client.force_login(held_learner)
        response = client.post(
            "/en/accounts/consent/waiting/", {"parent_email": "nanay@example.org"}
        )
        assert "Please wait a minute" in response.content.decode()
        assert len(mail.outbox) == 1
        consent = ParentalConsent.objects.get()
        assert consent.parent_email == "tatay@example.org"

    def test_learner_cannot_name_themselves_as_parent(self, client, held_learner):
        client.force_login(held_learner)
        response = client.post(
            "/en/accounts/consent/waiting/", {"parent_email": "bata@example.org"}
        )
        assert "not your own" in response.content.decode()

    def test_adult_accounts_are_never_held(self):
        adult = UserFactory(birth_year=1970)
        assert adult.account_status == AccountStatus.ACTIVE
