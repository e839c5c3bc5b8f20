"""Factories for accounts; other apps' tests import them from here."""

from datetime import timedelta

import factory
from django.utils import timezone

from accounts.choices import Audience, Country, Profession, VerificationStatus
from accounts.models import ParentalConsent, ProfessionalVerification, User

PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    """An active adult learner from the Philippines."""

    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"learner{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    display_name = factory.Faker("name")
    audience = Audience.GENERAL_PUBLIC
    country = Country.PHILIPPINES
    preferred_language = "en"
    birth_year = 1990
    password = factory.django.Password(PASSWORD)


class ProfessionalFactory(UserFactory):
    audience = Audience.PROFESSIONAL
    profession = Profession.PROSECUTOR
    country = Country.CAMBODIA


class ProfessionalVerificationFactory(factory.django.DjangoModelFactory):
    """A pending request to verify a prosecutor."""

    class Meta:
        model = ProfessionalVerification

    user = factory.SubFactory(ProfessionalFactory)
    profession = Profession.PROSECUTOR
    organisation = "Office of the Prosecutor General"
    position = "Deputy prosecutor"
    evidence_note = "Staff number 1234; call the office switchboard."
    status = VerificationStatus.PENDING


class ParentalConsentFactory(factory.django.DjangoModelFactory):
    """A pending consent request; the raw token is on `.token` when built here."""

    class Meta:
        model = ParentalConsent

    class Params:
        token = "a-test-token"

    learner = factory.SubFactory(UserFactory, birth_year=2011)
    parent_email = "parent@example.org"
    token_hash = factory.LazyAttribute(lambda o: ParentalConsent.hash_token(o.token))
    expires_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
