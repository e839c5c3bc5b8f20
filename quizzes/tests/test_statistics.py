"""Item statistics: figures computed by the database, filters, CSV, who may see them."""

import csv
import io
import statistics

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from wagtail.models import GroupPagePermission

from accounts.tests.factories import UserFactory
from quizzes import services
from quizzes.questions import model_answers
from quizzes.statistics import quiz_statistics

pytestmark = pytest.mark.django_db


def take(quiz, user, answers_for):
    """Start, submit and score an attempt with answers built from its questions."""
    attempt = services.attempt_start(user=user, quiz=quiz)
    with TestCase.captureOnCommitCallbacks(execute=False):
        services.attempt_submit(attempt=attempt, answers=answers_for(attempt))
    return services.attempt_score(attempt_id=attempt.pk)


def everything_right(attempt):
    return model_answers(attempt.questions)


def only_single_wrong(attempt):
    answers = model_answers(attempt.questions)
    answers["q-single"] = ["single-link"]
    return answers


def nothing(attempt):
    return {"q-single": ["single-link"], "q-short": "Smishing!"}


@pytest.fixture
def taken(quiz):
    """Four learners: two perfect (one from Thailand), one nearly, one lost."""
    take(quiz, UserFactory(), everything_right)
    take(quiz, UserFactory(country="TH"), everything_right)
    take(quiz, UserFactory(), only_single_wrong)
    take(quiz, UserFactory(), nothing)
    return quiz


class TestFigures:
    def test_quiz_figures(self, taken):
        stats = quiz_statistics(quiz=taken)
        assert stats.attempts == 4
        # 100, 100, 15/17, 0/17 percent
        assert stats.mean == pytest.approx((100 + 100 + 88.24 + 0) / 4, abs=0.01)
        assert stats.median == pytest.approx((88.24 + 100) / 2, abs=0.01)
        assert stats.pass_rate == 0.75

    def test_question_facility_discrimination_and_picks(self, taken):
        questions = {q.id: q for q in quiz_statistics(quiz=taken).questions}
        single = questions["q-single"]
        assert single.responses == 4
        assert single.facility == pytest.approx(0.5)
        assert single.picks == [
            ("Call the number on your card", 2),
            ("Tap the link", 2),
        ]
        # Learners who got the true/false right did well on the rest: item
        # scores 1, 1, 1, 0 against rest-of-quiz scores 16, 16, 14, 0.
        expected = statistics.correlation([1, 1, 1, 0], [16, 16, 14, 0])
        assert questions["q-tf"].discrimination == pytest.approx(expected)
        assert expected > 0.99
        assert questions["q-short"].picks == [("phishing", 3), ("smishing", 1)]

    def test_filters_by_country_and_language(self, taken):
        assert quiz_statistics(quiz=taken, country="TH").attempts == 1
        assert quiz_statistics(quiz=taken, language="th").attempts == 0
        assert quiz_statistics(quiz=taken, language="en").attempts == 4

    def test_queries_do_not_grow_with_attempts(
        self, taken, django_assert_max_num_queries
    ):
        with django_assert_max_num_queries(5):
            quiz_statistics(quiz=taken)
        take(taken, UserFactory(), everything_right)
        take(taken, UserFactory(), nothing)
        with django_assert_max_num_queries(5):
            assert quiz_statistics(quiz=taken).attempts == 6


class TestAdmin:
    def test_an_educator_with_edit_rights_sees_figures_and_csv(self, client, taken):
        educators = Group.objects.create(name="Quiz editors")
        educators.permissions.add(Permission.objects.get(codename="access_admin"))
        GroupPagePermission.objects.create(
            group=educators,
            page=taken.get_parent(),
            permission=Permission.objects.get(codename="change_page"),
        )
        educator = UserFactory()
        educator.groups.add(educators)
        client.force_login(educator)

        index = client.get("/admin/quiz-statistics/").content.decode()
        assert "Check yourself" in index
        url = f"/admin/quiz-statistics/{taken.pk}/"
        html = client.get(url).content.decode()
        assert "Scored attempts" in html and "75%" in html

        response = client.get(url + "?country=TH&format=csv")
        assert response["Content-Type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert rows[0][:3] == ["Question id", "Type", "Question"]
        assert rows[1][:5] == ["q-single", "single_choice", rows[1][2], "1", "1.000"]

    def test_staff_without_edit_rights_on_the_quiz_are_refused(self, client, taken):
        staff = UserFactory()
        staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
        client.force_login(staff)
        # Wagtail answers a refusal in the admin by going back to the dashboard.
        response = client.get(f"/admin/quiz-statistics/{taken.pk}/")
        assert (response.status_code, response.url) == (302, "/admin/")
        assert (
            "Check yourself"
            not in client.get("/admin/quiz-statistics/").content.decode()
        )

    def test_csv_cells_cannot_run_as_formulas(self, client, quiz):
        take(quiz, UserFactory(), lambda a: {"q-short": "=HYPERLINK(1)"})
        admin = UserFactory(is_superuser=True, is_staff=True)
        client.force_login(admin)
        body = client.get(f"/admin/quiz-statistics/{quiz.pk}/?format=csv")
        assert "'=hyperlink(1 (1)" in body.content.decode("utf-8-sig")
