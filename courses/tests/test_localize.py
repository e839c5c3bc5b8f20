"""Editors translate courses with wagtail-localize: submit, PO out, PO in, publish."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale
from wagtail_localize.models import Translation

from accounts.tests.factories import UserFactory
from courses.models import CoursePage, LessonPage

pytestmark = pytest.mark.django_db


def test_course_translated_through_the_admin_with_po_files(client, public_course):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    vietnamese = Locale.objects.get(language_code="vi")
    index = public_course.get_parent()
    response = client.post(
        f"/admin/localize/submit/page/{index.pk}/",
        {"locales": [vietnamese.pk], "include_subtree": "on"},
    )
    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="lesson-1", locale__language_code="en")
    translation = Translation.objects.get(
        source__object_id=lesson.translation_key, target_locale=vietnamese
    )

    exported = client.get(
        f"/admin/localize/translate/{translation.pk}/pofile/download/"
    )
    assert exported.status_code == 200
    po = polib.pofile(exported.content.decode())
    entry = next(e for e in po if e.msgid == "A one-time code.")
    entry.msgstr = "Một mã dùng một lần."
    upload = SimpleUploadedFile("lesson.po", str(po).encode(), "text/x-gettext")
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": upload, "next": "/admin/"},
    )
    assert response.status_code == 302

    translation.save_target(publish=True)
    translated = LessonPage.objects.get(
        translation_key=lesson.translation_key, locale=vietnamese
    )
    glossary = next(b for b in translated.body if b.block_type == "glossary")
    assert glossary.value["definition"] == "Một mã dùng một lần."
    assert CoursePage.objects.filter(locale=vietnamese, slug="spot").exists()
