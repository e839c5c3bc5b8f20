import pytest

from accounts.models import ParentalConsent

from .factories import (
    PASSWORD,
    ParentalConsentFactory,
    ProfessionalFactory,
    ProfessionalVerificationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


class TestFactories:
    def test_every_factory_builds_a_valid_row(self):
        user = UserFactory()
        professional = ProfessionalFactory()
        verification = ProfessionalVerificationFactory(user=professional)
        consent = ParentalConsentFactory()
        for obj in (user, professional, verification, consent):
            obj.full_clean()
        assert user.check_password(PASSWORD)
        assert consent.token_hash == ParentalConsent.hash_token("a-test-token")
