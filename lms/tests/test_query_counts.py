"""Pages cost a fixed number of queries, whatever else is in the database."""

import pytest

from accounts.tests.factories import ProfessionalVerificationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def crowd():
    """Other learners and requests that must not add to any page's queries."""
    UserFactory.create_batch(20)
    ProfessionalVerificationFactory.create_batch(5)


class TestQueryCounts:
    @pytest.mark.parametrize("language", ["en", "th"])
    def test_home_page(
        self, client, home_pages, crowd, language, django_assert_max_num_queries
    ):
        with django_assert_max_num_queries(6):
            assert client.get(f"/{language}/").status_code == 200

    def test_sign_up_page(self, client, crowd, django_assert_max_num_queries):
        with django_assert_max_num_queries(0):
            assert client.get("/en/accounts/signup/").status_code == 200

    def test_profile_page(self, client, crowd, django_assert_max_num_queries):
        client.force_login(UserFactory())
        with django_assert_max_num_queries(3):
            assert client.get("/en/accounts/profile/").status_code == 200

    def test_verification_list_in_the_admin(
        self, client, crowd, django_assert_max_num_queries
    ):
        client.force_login(UserFactory(is_superuser=True, is_staff=True))
        with django_assert_max_num_queries(8):
            assert client.get("/admin/verifications/").status_code == 200
