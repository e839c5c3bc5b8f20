"""Staff with the permission revoke a certificate; it is logged and the learner told."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from rest_framework.test import APIClient
from wagtail.models import ModelLogEntry

from accounts.tests.factories import UserFactory
from lms.certificates import services
from lms.certificates.models import Certificate

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(public_course, django_capture_on_commit_callbacks):
    from courses.models import LessonPage
    from lms.learning import services as learning

    learner = UserFactory(preferred_language="th", email="lan@example.org")
    services.certificate_name_confirm(user=learner, name="Lan")
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in LessonPage.objects.live().descendant_of(public_course):
            learning.lesson_complete(user=learner, lesson=lesson)
    return Certificate.objects.get(user=learner)


@pytest.fixture
def registrar():
    user = UserFactory(username="registrar")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="revoke_certificate"),
    )
    return user


class TestRevoking:
    def test_revoke_logs_tells_the_learner_and_verifies_as_revoked(
        self, certificate, registrar, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            services.certificate_revoke(
                certificate_id=certificate.pk,
                revoked_by=registrar,
                reason="Completed by someone else.",
            )
        certificate.refresh_from_db()
        assert certificate.revoked_by == registrar
        entry = ModelLogEntry.objects.get(action="certificates.revoke")
        assert (entry.user, entry.data["reason"]) == (
            registrar,
            "Completed by someone else.",
        )
        (email,) = mail.outbox
        assert email.to == ["lan@example.org"]
        assert "Completed by someone else." in email.body
        assert certificate.code in email.body
        body = APIClient().get(f"/api/v1/certificates/verify/{certificate.code}/")
        assert body.json()["status"] == "revoked"

    def test_only_holders_of_the_permission_may_revoke(self, certificate):
        with pytest.raises(PermissionDenied):
            services.certificate_revoke(
                certificate_id=certificate.pk,
                revoked_by=UserFactory(is_staff=True),
                reason="No.",
            )
        certificate.refresh_from_db()
        assert not certificate.is_revoked

    def test_a_reason_is_required(self, certificate, registrar):
        with pytest.raises(ValidationError):
            services.certificate_revoke(
                certificate_id=certificate.pk, revoked_by=registrar, reason=" \u200b"
            )

    def test_reissuing_after_revocation_gives_a_new_code(self, certificate, registrar):
        from lms.learning.models import Enrolment

        services.certificate_revoke(
            certificate_id=certificate.pk, revoked_by=registrar, reason="Typo in name."
        )
        enrolment = Enrolment.objects.get(user=certificate.user)
        again = services.certificate_issue(enrolment_id=enrolment.pk)
        assert again.code != certificate.code
        assert Certificate.objects.filter(user=certificate.user).count() == 2

    def test_the_admin_page_revokes(self, client, certificate, registrar):
        client.force_login(registrar)
        index = client.get("/admin/certificates/?q=" + certificate.code.lower())
        assert certificate.code in index.content.decode()
        response = client.post(
            f"/admin/certificates/{certificate.pk}/revoke/",
            {"reason": "Issued in error."},
        )
        assert response.status_code == 302
        certificate.refresh_from_db()
        assert certificate.revocation_reason == "Issued in error."

    def test_the_admin_pages_need_the_permission(self, client, certificate):
        staff = UserFactory()
        staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
        client.force_login(staff)
        # Wagtail answers a refusal in the admin by going back to the dashboard.
        assert client.get("/admin/certificates/").url == "/admin/"
        response = client.post(
            f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "x"}
        )
        assert (response.status_code, response.url) == (302, "/admin/")
        certificate.refresh_from_db()
        assert not certificate.is_revoked
