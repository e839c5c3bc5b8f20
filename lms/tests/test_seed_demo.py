"""seed_demo builds the whole demo from the content files, and again changes nothing."""

import os

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from wagtail.models import Revision

from accounts.models import User
from accounts.selectors import verified_professions
from courses.models import CoursePage, LessonPage, ReportingChannel
from lms.certificates.models import Certificate
from lms.learning.models import Enrolment
from lms.settings.languages import LANGUAGE_CODES
from quizzes.choices import QuestionType
from quizzes.models import Attempt, QuizGrade, QuizPage

pytestmark = pytest.mark.django_db

EVERY_LANGUAGE = ["readi-core-values", "staying-safe-from-scams"]


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the module (every course in every language takes a while).

    Everything happens in one transaction that is rolled back at the end; work
    the command leaves for after each commit runs as it would outside it.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        os.environ.setdefault("DEMO_PASSWORD", "demo-password-for-tests")
        with TestCase.captureOnCommitCallbacks(execute=True):
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

    def test_every_course_ends_with_a_quiz_using_every_type_across_the_set(
        self, seeded
    ):
        types = set()
        for course in CoursePage.objects.filter(locale__language_code="en"):
            steps = course.steps
            assert steps[-1].kind == "quiz", course.slug
            quiz = QuizPage.objects.get(pk=steps[-1].pk)
            types |= {block.block_type for block in quiz.questions}
            if course.simplified:
                assert quiz.time_limit_minutes is None
        assert types == set(QuestionType.values)

    @pytest.mark.parametrize("slug", EVERY_LANGUAGE)
    def test_quiz_translations_keep_the_question_and_choice_ids(self, seeded, slug):
        course = CoursePage.objects.get(slug=slug, locale__language_code="en")
        quiz = QuizPage.objects.child_of(course).get()
        translations = QuizPage.objects.filter(translation_key=quiz.translation_key)
        assert translations.count() == len(LANGUAGE_CODES)

        def ids(page):
            return [
                (
                    b.id,
                    b.value.get("choices")
                    and [c.id for c in b.value["choices"].bound_blocks],
                )
                for b in page.questions
            ]

        assert {str(ids(page)) for page in translations} == {str(ids(quiz))}

    def test_the_graduate_finished_the_readi_course_and_passed_its_quiz(self, seeded):
        graduate = User.objects.get(username="demo-graduate")
        grade = QuizGrade.objects.get(user=graduate)
        assert grade.passed and grade.percent == 100
        enrolment = Enrolment.objects.get(user=graduate)
        assert enrolment.course.slug == "readi-core-values"
        assert enrolment.completed_at is not None
        certificate = Certificate.objects.get(user=graduate)
        assert (certificate.holder_name, certificate.score) == ("Juan dela Cruz", 100)

    def test_running_it_again_changes_nothing(self, seeded):
        def counts():
            return (
                CoursePage.objects.count(),
                LessonPage.objects.count(),
                QuizPage.objects.count(),
                ReportingChannel.objects.count(),
                User.objects.count(),
                Revision.objects.count(),
                Attempt.objects.count(),
                Certificate.objects.count(),
            )

        before = counts()
        call_command("seed_demo", verbosity=0)
        assert counts() == before
