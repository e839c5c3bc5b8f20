import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from accounts import services
from accounts.choices import VerificationStatus

from .factories import ProfessionalVerificationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def verifier():
    group = Group.objects.create(name="Verifiers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="verify_professional"),
    )
    user = UserFactory(username="verifier")
    user.groups.add(group)
    return user


class TestVerificationDecisions:
    def test_verifier_approves_and_the_learner_is_told(
        self, client, verifier, django_capture_on_commit_callbacks
    ):
        verification = ProfessionalVerificationFactory(user__preferred_language="en")
        client.force_login(verifier)
        listing = client.get("/admin/verifications/")
        assert verification.user.display_name in listing.content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                f"/admin/verifications/{verification.pk}/",
                {"decision": "approve", "note": ""},
            )
        assert response.status_code == 302
        verification.refresh_from_db()
        assert verification.status == VerificationStatus.APPROVED
        assert verification.decided_by == verifier
        assert verification.decided_at is not None
        assert mail.outbox[0].to == [verification.user.email]
        assert "is verified" in mail.outbox[0].subject

    def test_rejection_carries_the_note_to_the_learner(
        self, client, verifier, django_capture_on_commit_callbacks
    ):
        verification = ProfessionalVerificationFactory()
        client.force_login(verifier)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                f"/admin/verifications/{verification.pk}/",
                {"decision": "reject", "note": "Please give your court registration."},
            )
        verification.refresh_from_db()
        assert verification.status == VerificationStatus.REJECTED
        assert "court registration" in mail.outbox[0].body
        profile = client.get("/en/accounts/profile/")
        assert profile.status_code == 200

    def test_staff_without_the_permission_cannot_decide(self, client):
        editor = UserFactory(username="editor")
        editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
        verification = ProfessionalVerificationFactory()
        client.force_login(editor)
        # Wagtail answers a refused admin page by sending the user to the dashboard.
        assert client.get("/admin/verifications/").url == "/admin/"
        response = client.post(
            f"/admin/verifications/{verification.pk}/", {"decision": "approve"}
        )
        assert response.url == "/admin/"
        verification.refresh_from_db()
        assert verification.status == VerificationStatus.PENDING

    def test_a_decided_request_cannot_be_decided_again(self, verifier):
        verification = ProfessionalVerificationFactory()
        services.professional_verification_decide(
            verification_id=verification.pk, decided_by=verifier, approve=False
        )
        with pytest.raises(ValidationError):
            services.professional_verification_decide(
                verification_id=verification.pk, decided_by=verifier, approve=True
            )
        verification.refresh_from_db()
        assert verification.status == VerificationStatus.REJECTED

    def test_verifier_cannot_verify_themselves(self, verifier):
        verification = ProfessionalVerificationFactory(user=verifier)
        with pytest.raises(PermissionDenied):
            services.professional_verification_decide(
                verification_id=verification.pk, decided_by=verifier, approve=True
            )

    def test_forged_decision_value_changes_nothing(self, client, verifier):
        verification = ProfessionalVerificationFactory()
        client.force_login(verifier)
        response = client.post(
            f"/admin/verifications/{verification.pk}/", {"decision": "promote"}
        )
        assert response.status_code == 200
        verification.refresh_from_db()
        assert verification.status == VerificationStatus.PENDING

    def test_rejected_professional_can_ask_again(self, client, verifier):
        verification = ProfessionalVerificationFactory()
        services.professional_verification_decide(
            verification_id=verification.pk, decided_by=verifier, approve=False
        )
        client.force_login(verification.user)
        response = client.post(
            "/en/accounts/verification/",
            {
                "profession": "prosecutor",
                "organisation": "Office of the Prosecutor General",
                "position": "Deputy prosecutor",
                "evidence_note": "Registration number 4455.",
            },
        )
        assert response.url == "/en/accounts/profile/"
        assert verification.user.verifications.count() == 2
        again = client.post(
            "/en/accounts/verification/",
            {
                "profession": "prosecutor",
                "organisation": "Office",
                "position": "Prosecutor",
                "evidence_note": "Again.",
            },
        )
        assert "already waiting" in again.content.decode()
        assert verification.user.verifications.count() == 2


class TestUserAdministration:
    def test_admin_edits_the_learner_profile(self, client):
        admin = UserFactory(username="root", is_superuser=True, is_staff=True)
        learner = UserFactory(username="lek", display_name="Lek", country="TH")
        client.force_login(admin)
        page = client.get(f"/admin/users/edit/{learner.pk}/")
        assert page.status_code == 200
        assert 'name="display_name"' in page.content.decode()
        assert 'name="audience"' in page.content.decode()
        data = {
            "username": "lek",
            "email": learner.email,
            "first_name": "",
            "last_name": "",
            "display_name": "Lek Sukjai",
            "audience": "older",
            "profession": "",
            "country": "TH",
            "preferred_language": "th",
            "birth_year": "1950",
            "account_status": "active",
            "is_active": "on",
            "password1": "",
            "password2": "",
        }
        response = client.post(f"/admin/users/edit/{learner.pk}/", data)
        assert response.status_code == 302, response.context["form"].errors
        learner.refresh_from_db()
        assert (learner.display_name, learner.audience) == ("Lek Sukjai", "older")
