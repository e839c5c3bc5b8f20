"""seed_demo builds the whole demo from the content files, and again changes nothing."""

import os

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Revision

from accounts.models import User
from accounts.selectors import verified_professions
from courses.models import CoursePage, LessonPage, ReportingChannel
from lms.settings.languages import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

EVERY_LANGUAGE = ["readi-core-values", "staying-safe-from-scams"]


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the module (every course in every language takes a while).

    Everything happens in one transaction that is rolled back at the end.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        os.environ.setdefault("DEMO_PASSWORD", "demo-password-for-tests")
        call_command("seed_demo", verbosity=0)
        yield
        transaction.set_rollback(True)


class TestSeedDemo:
    def test_six_courses_with_substance(self, seeded):
        english = CoursePage.objects.filter(locale__language_code="en")
        assert english.count() == 6
        for course in english:
            lessons = LessonPage.objects.live().descendant_of(course)
            assert 3 <= len(lessons) <= 6, course.slug
            for lesson in lessons:
                kinds = {block.block_type for block in lesson.body}
                assert {"text", "scenario", "takeaways"} <= kinds, lesson.slug

    @pytest.mark.parametrize("slug", EVERY_LANGUAGE)
    def test_core_courses_exist_in_every_language(self, seeded, slug):
        languages = set(
            CoursePage.objects.filter(slug=slug).values_list(
                "locale__language_code", flat=True
            )
        )
        assert languages == set(LANGUAGE_CODES)

    def test_professional_courses_exist_in_thai(self, seeded):
        thai = set(
            CoursePage.objects.filter(locale__language_code="th").values_list(
                "track", flat=True
            )
        )
        assert {"readi", "awareness", "judges"} <= thai

    def test_older_adults_course_is_simplified(self, seeded):
        course = CoursePage.objects.get(
            slug="staying-safe-from-scams", locale__language_code="en"
        )
        assert course.simplified
        assert any(
            block.block_type == "report_it"
            for lesson in LessonPage.objects.live().descendant_of(course)
            for block in lesson.body
        )

    def test_reporting_channels_come_from_the_data_file(self, seeded):
        assert ReportingChannel.objects.count() == 62
        secondary = ReportingChannel.objects.filter(confidence="secondary")
        assert secondary.count() == 34
        assert all(channel.needs_review for channel in secondary)
        assert not ReportingChannel.objects.filter(
            confidence="confirmed", needs_review=True
        ).exists()

    def test_demo_users_and_verified_professionals(self, seeded):
        for username, profession in [
            ("demo-judge", "judge"),
            ("demo-prosecutor", "prosecutor"),
            ("demo-investigator", "investigator"),
            ("demo-defence", "defence"),
        ]:
            user = User.objects.get(username=username)
            assert verified_professions(user=user) == {profession}
        senior = User.objects.get(username="demo-senior")
        assert senior.simplified_mode and senior.country == "TH"

    def test_running_it_again_changes_nothing(self, seeded):
        counts = (
            CoursePage.objects.count(),
            LessonPage.objects.count(),
            ReportingChannel.objects.count(),
            User.objects.count(),
            Revision.objects.count(),
        )
        call_command("seed_demo", verbosity=0)
        assert counts == (
            CoursePage.objects.count(),
            LessonPage.objects.count(),
            ReportingChannel.objects.count(),
            User.objects.count(),
            Revision.objects.count(),
        )
