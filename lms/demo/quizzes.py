"""The demo quizzes (quizzes/demo/*.json) and the demo graduate's finished course.

The graduate's certificate comes through the same path as anyone's: the
completion is announced and the worker issues it.
"""

import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage
from lms.certificates.models import CertificateName
from lms.certificates.services import certificate_name_confirm
from lms.learning import services as learning
from quizzes import services as quizzes
from quizzes.models import QuizGrade, QuizPage
from quizzes.questions import model_answers

from .courses import apply_fields, publish, publish_if_changed

DEMO = Path(settings.BASE_DIR) / "quizzes" / "demo"
SETTINGS = (
    "title",
    "summary",
    "intro",
    "estimated_minutes",
    "pass_mark",
    "max_attempts",
    "attempt_delay_minutes",
    "grading",
    "shuffle_questions",
    "shuffle_choices",
    "draw_count",
    "time_limit_minutes",
    "review_detail",
    "review_timing",
    "questions",
)
GRADUATE_COURSE = "readi-core-values"


def _fields(data: dict) -> dict:
    return {name: data[name] for name in SETTINGS}


def ensure_demo_quiz(course: CoursePage) -> QuizPage | None:
    """The quiz at the end of a demo course, and its translations, from JSON.

    Translations carry the English question and choice ids (the JSON files
    share them), so an attempt in any language is scored the same way.
    """
    path = DEMO / f"{course.slug}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    quiz = QuizPage.objects.child_of(course).filter(slug=data["slug"]).first()
    if quiz is None:
        quiz = QuizPage(slug=data["slug"], **_fields(data))
        course.add_child(instance=quiz)
        publish(quiz)
    else:
        publish_if_changed(quiz, apply_fields(quiz, _fields(data), keep_ids=True))
    for translation in sorted(DEMO.glob(f"{course.slug}.*.json")):
        code = translation.stem.split(".", 1)[1]
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None or course.get_translation_or_none(locale) is None:
            continue
        translated = quiz.get_translation_or_none(locale) or quiz.copy_for_translation(
            locale
        )
        translated = translated.specific
        fields = _fields(json.loads(translation.read_text(encoding="utf-8")))
        publish_if_changed(translated, apply_fields(translated, fields, keep_ids=True))
    return quiz


def ensure_demo_graduate() -> None:
    """demo-graduate has done every lesson of the READI course and passed its quiz.

    Through the same services a learner's clicks and the worker use.
    """
    graduate = get_user_model().objects.get(username="demo-graduate")
    if not CertificateName.objects.filter(user=graduate).exists():
        certificate_name_confirm(user=graduate, name=graduate.display_name)
    course = CoursePage.objects.get(
        slug=GRADUATE_COURSE, locale__language_code=settings.LANGUAGE_CODE
    )
    for lesson in LessonPage.objects.live().descendant_of(course):
        learning.lesson_complete(user=graduate, lesson=lesson)
    quiz = QuizPage.objects.child_of(course).first()
    if quiz is None:
        return
    if QuizGrade.objects.filter(
        user=graduate, quiz_key=quiz.translation_key, passed=True
    ).exists():
        return
    attempt = quizzes.attempt_start(user=graduate, quiz=quiz)
    attempt = quizzes.attempt_submit(
        attempt=attempt, answers=model_answers(attempt.questions)
    )
    quizzes.attempt_score(attempt_id=attempt.pk)
