"""Certificates: issued once on a recorded completion, after the name is confirmed."""

import threading

import pytest
from django.db import close_old_connections
from rest_framework.test import APIClient

from accounts.tests.factories import UserFactory
from lms.certificates import services
from lms.certificates.codes import normalise_code
from lms.certificates.models import Certificate
from lms.learning import services as learning
from lms.learning.models import Enrolment

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner():
    return UserFactory(display_name="Nguyễn Thị Lan", preferred_language="en")


def complete(learner, course, capture):
    """Complete every required lesson, running on-commit work (the worker's)."""
    from courses.models import LessonPage

    with capture(execute=True):
        for lesson in LessonPage.objects.live().descendant_of(course):
            if lesson.required:
                learning.lesson_complete(user=learner, lesson=lesson)
    return Enrolment.objects.get(user=learner)


class TestIssuing:
    def test_issued_on_completion_once_the_name_is_confirmed(
        self, learner, public_course, django_capture_on_commit_callbacks
    ):
        enrolment = complete(learner, public_course, django_capture_on_commit_callbacks)
        assert enrolment.completed_at is not None
        assert not Certificate.objects.exists()  # waits for the name

        with django_capture_on_commit_callbacks(execute=True):
            services.certificate_name_confirm(user=learner, name="  Nguyễn Thị Lan ")
        certificate = Certificate.objects.get(user=learner)
        assert certificate.holder_name == "Nguyễn Thị Lan"
        assert certificate.course_title == "Spot the scam"
        assert normalise_code(certificate.code.lower()) == certificate.code
        assert len(certificate.code.replace("-", "")) == 26

    def test_not_before_the_course_is_complete(
        self, learner, public_course, django_capture_on_commit_callbacks
    ):
        services.certificate_name_confirm(user=learner, name="Lan")
        enrolment = learning.enrolment_create(user=learner, course=public_course)
        assert services.certificate_issue(enrolment_id=enrolment.pk) is None
        assert not Certificate.objects.exists()

    def test_issuing_again_leaves_one_certificate(
        self, learner, public_course, django_capture_on_commit_callbacks
    ):
        services.certificate_name_confirm(user=learner, name="Lan")
        enrolment = complete(learner, public_course, django_capture_on_commit_callbacks)
        first = services.certificate_issue(enrolment_id=enrolment.pk)
        again = services.certificate_issue(enrolment_id=enrolment.pk)
        assert first == again
        assert Certificate.objects.count() == 1

    def test_names_too_long_or_empty_are_refused(self, learner):
        from django.core.exceptions import ValidationError

        for name in ("", "\u0000\u200b ", "x" * 121):
            with pytest.raises(ValidationError):
                services.certificate_name_confirm(user=learner, name=name)

    def test_control_characters_are_dropped_and_html_is_escaped(
        self, client, learner, public_course, django_capture_on_commit_callbacks
    ):
        services.certificate_name_confirm(
            user=learner, name="<b>Lan</b>\u0007 <script>x</script>"
        )
        complete(learner, public_course, django_capture_on_commit_callbacks)
        certificate = Certificate.objects.get()
        assert certificate.holder_name == "<b>Lan</b> <script>x</script>"
        html = client.get(f"/en/certificates/verify/{certificate.code}/").content
        assert b"&lt;b&gt;Lan&lt;/b&gt;" in html
        assert b"<script>x" not in html


@pytest.mark.django_db(transaction=True)
class TestRacingWorkers:
    def test_two_workers_issuing_at_once_leave_one_certificate(
        self, learner, public_course
    ):
        services.certificate_name_confirm(user=learner, name="Lan")
        from courses.models import LessonPage

        for lesson in LessonPage.objects.live().descendant_of(public_course):
            learning.lesson_complete(user=learner, lesson=lesson)
        enrolment = Enrolment.objects.get(user=learner)
        Certificate.objects.all().delete()
        barrier = threading.Barrier(2)

        def issue():
            barrier.wait()
            services.certificate_issue(enrolment_id=enrolment.pk)
            close_old_connections()

        threads = [threading.Thread(target=issue) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert Certificate.objects.filter(user=learner).count() == 1


class TestVerification:
    @pytest.fixture
    def certificate(self, learner, public_course, django_capture_on_commit_callbacks):
        services.certificate_name_confirm(user=learner, name="Lan")
        complete(learner, public_course, django_capture_on_commit_callbacks)
        return Certificate.objects.get()

    def test_valid_revoked_and_unknown(self, client, certificate):
        api = APIClient()
        typed = certificate.code.lower().replace("-", " ")
        body = api.get(f"/api/v1/certificates/verify/{typed}/").json()
        assert body["status"] == "valid"
        assert body["holder"] == "Lan"
        assert set(body) == {"status", "holder", "course", "issuer", "issued_at"}
        html = client.get(f"/en/certificates/verify/{certificate.code}/")
        assert "Valid certificate" in html.content.decode()

        certificate.revoked_at = certificate.issued_at
        certificate.revocation_reason = "Issued in error."
        certificate.save()
        body = api.get(f"/api/v1/certificates/verify/{certificate.code}/").json()
        assert body["status"] == "revoked"
        assert body["revocation_reason"] == "Issued in error."

        for code in ("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AA", "nonsense", "x" * 300):
            response = api.get(f"/api/v1/certificates/verify/{code}/")
            assert response.status_code == 404
            assert response.json() == {"status": "unknown"}
        assert client.get("/en/certificates/verify/nonsense/").status_code == 404

    def test_verification_is_rate_limited_per_client(self, client, certificate):
        url = f"/en/certificates/verify/{certificate.code}/"
        statuses = [client.get(url).status_code for _ in range(31)]
        assert statuses[:30] == [200] * 30
        assert statuses[30] == 429

    def test_my_certificates_shows_only_mine(self, certificate):
        api = APIClient()
        api.force_authenticate(certificate.user)
        mine = api.get("/api/v1/me/certificates/").json()
        assert [c["code"] for c in mine] == [certificate.code]
        assert mine[0]["verify_url"].endswith(
            f"/en/certificates/verify/{certificate.code}/"
        )
        api.force_authenticate(UserFactory())
        assert api.get("/api/v1/me/certificates/").json() == []


class TestMyCertificatesPage:
    def test_confirm_the_name_once_then_see_the_certificate(
        self, client, learner, public_course, django_capture_on_commit_callbacks
    ):
        complete(learner, public_course, django_capture_on_commit_callbacks)
        client.force_login(learner)
        html = client.get("/en/certificates/").content.decode()
        assert "Your name on certificates" in html
        assert 'value="Nguyễn Thị Lan"' in html
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/en/certificates/", {"name": "Lan Nguyễn"})
        assert response.status_code == 302
        html = client.get("/en/certificates/").content.decode()
        assert "Your certificates carry the name Lan Nguyễn." in html
        assert "Spot the scam" in html
        # The name is confirmed once: posting again changes nothing.
        client.post("/en/certificates/", {"name": "Someone Else"})
        assert Certificate.objects.get().holder_name == "Lan Nguyễn"
