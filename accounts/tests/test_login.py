import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from .factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def log_in(client, username, password, language="en"):
    return client.post(
        f"/{language}/accounts/login/", {"username": username, "password": password}
    )


class TestLogIn:
    def test_log_in_switches_to_the_members_language(self, client):
        UserFactory(username="somchai", preferred_language="th")
        response = log_in(client, "somchai", PASSWORD)
        assert response.status_code == 302
        assert response.url == "/th/accounts/profile/"
        assert response.cookies["readi_language"].value == "th"

    def test_wrong_password_says_so_and_logs_nobody_in(self, client):
        UserFactory(username="somchai")
        response = log_in(client, "somchai", "wrong password")
        assert response.status_code == 200
        assert "Please enter a correct" in response.content.decode()
        assert "_auth_user_id" not in client.session

    def test_log_out_needs_post_and_ends_the_session(self, client):
        client.force_login(UserFactory())
        assert client.get("/en/accounts/logout/").status_code == 405
        response = client.post("/en/accounts/logout/")
        assert response.status_code == 200
        assert "_auth_user_id" not in client.session

    def test_password_change(self, client):
        user = UserFactory()
        client.force_login(user)
        response = client.post(
            "/en/accounts/password/change/",
            {
                "old_password": PASSWORD,
                "new_password1": "Tahimik-na-gabi-77",
                "new_password2": "Tahimik-na-gabi-77",
            },
        )
        assert response.url == "/en/accounts/password/change/done/"
        user.refresh_from_db()
        assert user.check_password("Tahimik-na-gabi-77")


class TestPasswordReset:
    def test_reset_link_by_email_sets_a_new_password(
        self, client, django_capture_on_commit_callbacks
    ):
        user = UserFactory(email="lola@example.org")
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/en/accounts/password/reset/", {"email": "lola@example.org"}
            )
        assert response.url == "/en/accounts/password/reset/sent/"
        assert len(mail.outbox) == 1
        link = re.search(r"http://\S+/password/reset/\S+/", mail.outbox[0].body)[0]
        path = link.split("testserver", 1)[1]
        form_page = client.get(path, follow=True)
        assert form_page.context["validlink"] is True
        response = client.post(
            form_page.redirect_chain[-1][0],
            {"new_password1": "Bagong-susi-2026", "new_password2": "Bagong-susi-2026"},
        )
        assert response.url == "/en/accounts/password/reset/complete/"
        user.refresh_from_db()
        assert user.check_password("Bagong-susi-2026")

    def test_unknown_email_sends_nothing_and_reveals_nothing(self, client):
        response = client.post(
            "/en/accounts/password/reset/", {"email": "nobody@example.org"}
        )
        assert response.url == "/en/accounts/password/reset/sent/"
        assert mail.outbox == []


class TestLogInThrottling:
    def test_many_wrong_passwords_lock_out_until_the_cool_off(self, client, settings):
        UserFactory(username="lolo")
        for _ in range(settings.AXES_FAILURE_LIMIT):
            log_in(client, "lolo", "guess")
        locked = log_in(client, "lolo", PASSWORD)
        assert locked.status_code == 429
        assert "Too many failed log-in attempts" in locked.content.decode()
        assert "_auth_user_id" not in client.session

        later = timezone.now() + settings.AXES_COOLOFF_TIME + timedelta(seconds=1)
        with time_machine.travel(later, tick=False):
            response = log_in(client, "lolo", PASSWORD)
        assert response.status_code == 302
        assert "_auth_user_id" in client.session

    def test_attacker_elsewhere_cannot_lock_the_owner_out(self, client, settings):
        UserFactory(username="lolo")
        for _ in range(settings.AXES_FAILURE_LIMIT + 3):
            client.post(
                "/en/accounts/login/",
                {"username": "lolo", "password": "guess"},
                REMOTE_ADDR="203.0.113.9",
            )
        response = client.post(
            "/en/accounts/login/",
            {"username": "lolo", "password": PASSWORD},
            REMOTE_ADDR="198.51.100.4",
        )
        assert response.status_code == 302

    def test_lockout_message_is_translated(self, client, settings):
        UserFactory(username="lolo")
        for _ in range(settings.AXES_FAILURE_LIMIT):
            log_in(client, "lolo", "guess", language="th")
        locked = log_in(client, "lolo", "guess", language="th")
        assert locked.status_code == 429
        assert '<html lang="th"' in locked.content.decode()
