import pytest
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from accounts.tests.factories import UserFactory
from courses.blocks import FigureBlock, VideoBlock
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from courses.permissions import VERIFY, lesson_denial
from lms.models import HomePage

from .conftest import verified
from .factories import LessonPageFactory, ReportingChannelFactory

pytestmark = pytest.mark.django_db


class TestPageTypeRules:
    def test_the_tree_is_index_course_module_lesson(self):
        assert CourseIndexPage.allowed_parent_page_models() == [HomePage]
        # Quizzes, from the app above, may sit there too (quizzes/tests).
        assert {ModulePage, LessonPage} <= set(CoursePage.allowed_subpage_models())
        assert LessonPage.allowed_parent_page_models() == [CoursePage, ModulePage]
        assert LessonPage.allowed_subpage_models() == []

    def test_a_lesson_cannot_sit_under_the_home_page(self, home_pages):
        assert not LessonPage.can_create_at(home_pages)
        assert CourseIndexPage.can_create_at(home_pages)

    def test_cpd_hours_belong_to_professional_tracks(self, public_course):
        from django.core.exceptions import ValidationError

        public_course.cpd_hours = 2
        with pytest.raises(ValidationError):
            public_course.full_clean()


class TestBlockValidation:
    def test_video_without_captions_tells_the_editor(self):
        from django.core.files.base import ContentFile
        from wagtail.blocks.struct_block import StructBlockValidationError
        from wagtail.documents.models import Document

        video = Document.objects.create(
            title="Phishing", file=ContentFile(b"\x00" * 16, name="phishing.mp4")
        )
        block = VideoBlock()
        raw = {"title": "Phishing", "video": video.pk, "transcript": "<p>Words.</p>"}
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(block.to_python({**raw, "captions": None}))
        assert "captions" in error.value.block_errors
        assert "cannot hear" in str(error.value.block_errors["captions"])

        captions = Document.objects.create(
            title="Captions", file=ContentFile(b"WEBVTT\n", name="phishing.vtt")
        )
        assert block.clean(block.to_python({**raw, "captions": captions.pk}))

    def test_image_without_alt_text_is_refused(self):
        from wagtail.blocks.struct_block import StructBlockValidationError

        block = FigureBlock()
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(block.to_python({"image": None, "alt_text": "", "caption": ""}))
        assert "alt_text" in error.value.block_errors


class TestLessonRendering:
    def test_every_block_renders_in_the_standard_presentation(
        self, client, public_course
    ):
        client.force_login(UserFactory(country="TH"))
        ReportingChannelFactory(name="Thai anti-scam hotline")
        html = client.get("/en/courses/spot/lesson-1/").content.decode()
        for text in (
            "Check the sender",
            "Red flag",
            "An SMS says your account is locked.",
            "Never share an OTP.",
            "A one-time code.",
            "Thai anti-scam hotline",
            "Mark this lesson complete",
        ):
            assert text in html, text

    def test_simplified_presentation_shows_one_block_per_step(
        self, client, public_course
    ):
        client.force_login(UserFactory(simplified_mode=True))
        first = client.get("/en/courses/spot/lesson-1/").content.decode()
        assert "Step 1 of 6" in first
        assert "Check the sender" in first
        assert "An SMS says your account is locked." not in first
        assert 'href="?step=2"' in first
        third = client.get("/en/courses/spot/lesson-1/?step=3").content.decode()
        assert "Step 3 of 6" in third
        assert "An SMS says your account is locked." in third
        last = client.get("/en/courses/spot/lesson-1/?step=6").content.decode()
        assert "Mark this lesson complete" in last

    def test_every_block_renders_alone_on_its_step(self, client, public_course):
        client.force_login(UserFactory(simplified_mode=True, country="TH"))
        for step in range(1, 7):
            response = client.get(f"/en/courses/spot/lesson-1/?step={step}")
            assert response.status_code == 200
            assert f"Step {step} of 6" in response.content.decode()

    @pytest.mark.parametrize("step", ["0", "99", "abc", "-3"])
    def test_a_step_out_of_range_is_clamped(self, client, public_course, step):
        client.force_login(UserFactory(simplified_mode=True))
        response = client.get(f"/en/courses/spot/lesson-1/?step={step}")
        assert response.status_code == 200

    def test_simplified_course_is_simplified_for_everyone(self, client, public_course):
        public_course.simplified = True
        public_course.save_revision().publish()
        html = client.get("/en/courses/spot/lesson-1/").content.decode()
        assert "Step 1 of 6" in html


class TestAnonymousVisitors:
    def test_may_read_the_course_and_its_first_lesson(self, client, public_course):
        assert client.get("/en/courses/spot/").status_code == 200
        assert client.get("/en/courses/spot/lesson-1/").status_code == 200

    def test_must_sign_in_for_later_lessons(self, client, public_course):
        response = client.get("/en/courses/spot/lesson-2/")
        assert response.status_code == 302
        assert response.url.startswith("/en/accounts/login/?next=")


class TestProfessionalGating:
    @pytest.mark.parametrize(
        ("track", "profession"),
        [
            ("judges", "judge"),
            ("prosecutors", "prosecutor"),
            ("investigators", "investigator"),
            ("defence", "defence"),
        ],
    )
    def test_each_track_opens_to_its_verified_profession_only(
        self, client, judges_course, track, profession
    ):
        judges_course.track = track
        judges_course.save_revision().publish()
        lesson_url = "/en/courses/judges/admissibility/"

        client.force_login(verified(profession))
        assert client.get(lesson_url).status_code == 200

        other = "judge" if profession != "judge" else "prosecutor"
        client.force_login(verified(other))
        locked = client.get(lesson_url)
        assert locked.status_code == 403
        assert "Ask us to verify your professional role" in locked.content.decode()

    def test_unverified_professional_sees_how_to_get_verified(
        self, client, judges_course
    ):
        from accounts.tests.factories import ProfessionalVerificationFactory

        pending = ProfessionalVerificationFactory(profession="judge")
        client.force_login(pending.user)
        response = client.get("/en/courses/judges/admissibility/")
        assert response.status_code == 403

    def test_course_description_is_public(self, client, judges_course):
        response = client.get("/en/courses/judges/")
        assert response.status_code == 200
        assert "verified" in response.content.decode()

    def test_anonymous_is_sent_to_log_in(self, client, judges_course):
        assert client.get("/en/courses/judges/admissibility/").status_code == 302

    def test_staff_grant_opens_another_track(self, client, judges_course):
        from courses.models import TrackAccessGrant

        prosecutor = verified("prosecutor")
        assert (
            lesson_denial(prosecutor, judges_course.lessons[0], judges_course) == VERIFY
        )
        TrackAccessGrant.objects.create(
            user=prosecutor, track="judges", reason="Joint training"
        )
        client.force_login(prosecutor)
        assert client.get("/en/courses/judges/admissibility/").status_code == 200


class TestReportingChannels:
    def test_emergency_first_then_confirmed_then_secondary(self, client, public_course):
        ReportingChannelFactory(name="B secondary hotline", confidence="secondary")
        ReportingChannelFactory(name="A police emergency 191", kind="police-emergency")
        ReportingChannelFactory(
            name="C online police report", kind="police-report-online"
        )
        ReportingChannelFactory(name="Retired line", is_active=False)
        client.force_login(UserFactory(country="TH"))
        html = client.get("/en/courses/spot/lesson-1/").content.decode()
        order = [
            html.index(name)
            for name in ("A police emergency", "C online", "B secondary")
        ]
        assert order == sorted(order)
        assert "Retired line" not in html
        assert "not yet confirmed" in html

    def test_reader_can_choose_another_country(self, client, public_course):
        ReportingChannelFactory(country="SG", name="ScamShield helpline")
        html = client.get("/en/courses/spot/lesson-1/?country=SG").content.decode()
        assert "ScamShield helpline" in html

    def test_forged_country_is_ignored(self, client, public_course):
        response = client.get("/en/courses/spot/lesson-1/?country=<script>")
        assert response.status_code == 200
        assert "<script>" not in response.content.decode()


class TestTranslations:
    def test_translated_course_renders_in_its_locale(self, client, public_course):
        thai = Locale.objects.get(language_code="th")
        index_th = public_course.get_parent().specific.copy_for_translation(thai)
        index_th.save_revision().publish()
        course_th = public_course.copy_for_translation(thai)
        course_th.title = "ระวังมิจฉาชีพ"
        course_th.save_revision().publish()
        response = client.get("/th/courses/spot/")
        assert response.status_code == 200
        html = response.content.decode()
        assert '<html lang="th"' in html
        assert "ระวังมิจฉาชีพ" in html

    def test_untranslated_course_is_listed_in_english(self, client, public_course):
        thai = Locale.objects.get(language_code="th")
        public_course.get_parent().specific.copy_for_translation(
            thai
        ).save_revision().publish()
        html = client.get("/th/courses/").content.decode()
        assert "Spot the scam" in html
        assert 'lang="en"' in html

    def test_missing_translation_of_a_page_is_a_404(self, client, public_course):
        assert client.get("/km/courses/spot/").status_code == 404


class TestAdminEditing:
    def test_editor_can_add_a_lesson_with_blocks(self, client, public_course):
        admin = UserFactory(is_superuser=True, is_staff=True)
        client.force_login(admin)
        url = f"/admin/pages/add/courses/lessonpage/{public_course.pk}/"
        assert client.get(url).status_code == 200
        data = nested_form_data(
            {
                "title": "Fake websites",
                "slug": "fake-websites",
                "summary": "Look-alike sites.",
                "estimated_minutes": 8,
                "required": "on",
                "body": streamfield(
                    [("glossary", {"term": "URL", "definition": "A web address."})]
                ),
            }
        )
        response = client.post(url, data)
        assert response.status_code == 302
        assert LessonPage.objects.filter(slug="fake-websites").exists()

    def test_page_preview_renders(self, client, public_course):
        admin = UserFactory(is_superuser=True, is_staff=True)
        client.force_login(admin)
        lesson = LessonPage.objects.get(slug="lesson-1")
        response = client.get(f"/admin/pages/{lesson.pk}/edit/preview/")
        assert response.status_code in (200, 405)


def test_lesson_factory_builds(public_course):
    lesson = LessonPageFactory(parent=public_course)
    assert Page.objects.filter(pk=lesson.pk).exists()


class TestPreviews:
    def test_editors_preview_both_presentations(self, public_course):
        lesson = LessonPage.objects.get(slug="lesson-1")
        assert [mode for mode, _label in lesson.preview_modes] == ["", "simplified"]
        simplified = lesson.make_preview_request(preview_mode="simplified")
        assert "Step 1 of 6" in simplified.rendered_content
        standard = lesson.make_preview_request(preview_mode="")
        assert "Step 1 of 6" not in standard.rendered_content
        assert "An SMS says your account is locked." in standard.rendered_content


class TestMediaBlocks:
    def test_image_video_and_resource_render_accessibly(self, client, public_course):
        import io

        from django.core.files.base import ContentFile
        from django.core.files.images import ImageFile
        from PIL import Image as PILImage
        from wagtail.documents.models import Document
        from wagtail.images.models import Image

        buffer = io.BytesIO()
        PILImage.new("RGB", (40, 30), "navy").save(buffer, format="PNG")
        image = Image.objects.create(
            title="Fake SMS", file=ImageFile(buffer, name="fake-sms.png")
        )
        video = Document.objects.create(
            title="Video", file=ContentFile(b"\x00" * 8, name="scam-call.mp4")
        )
        captions = Document.objects.create(
            title="Captions", file=ContentFile(b"WEBVTT\n", name="scam-call.vtt")
        )
        leaflet = Document.objects.create(
            title="Leaflet", file=ContentFile(b"%PDF-1.4\n", name="leaflet.pdf")
        )
        lesson = LessonPageFactory(
            parent=public_course,
            slug="media",
            body=[
                {
                    "type": "image",
                    "value": {
                        "image": image.pk,
                        "alt_text": "An SMS saying the bank account is locked",
                        "caption": "A typical fake bank message",
                    },
                },
                {
                    "type": "video",
                    "value": {
                        "title": "A scam call, acted",
                        "video": video.pk,
                        "captions": captions.pk,
                        "transcript": "<p>Caller: this is the police.</p>",
                    },
                },
                {
                    "type": "resource",
                    "value": {
                        "document": leaflet.pk,
                        "title": "Leaflet for your family",
                        "description": "Print it.",
                    },
                },
            ],
        )
        client.force_login(UserFactory())
        html = client.get(lesson.url).content.decode()
        assert 'alt="An SMS saying the bank account is locked"' in html
        assert '<track kind="captions"' in html
        assert "Caller: this is the police." in html
        assert "Leaflet for your family" in html and " download" in html
