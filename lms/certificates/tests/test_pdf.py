"""Certificate PDFs: every script's text and font in the file, the QR to the code."""

import shutil
import subprocess

import pytest
import segno
from rest_framework.test import APIClient

from accounts.tests.factories import UserFactory
from lms.certificates import services
from lms.certificates.models import Certificate
from lms.certificates.pdf import certificate_html, verify_url

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not shutil.which("pdftotext"),
        reason="poppler-utils is needed: apt-get install -y poppler-utils",
    ),
]


def issue(course, name, capture):
    from courses.models import LessonPage
    from lms.learning import services as learning

    learner = UserFactory(preferred_language="en")
    services.certificate_name_confirm(user=learner, name=name)
    with capture(execute=True):
        for lesson in LessonPage.objects.live().descendant_of(course):
            learning.lesson_complete(user=learner, lesson=lesson)
    return Certificate.objects.get(user=learner)


def poppler(tool, certificate) -> str:
    path = certificate.pdf.path
    return subprocess.run(  # noqa: S603  (poppler on a file this test made)
        [tool, path, "-"] if tool == "pdftotext" else [tool, path],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.mark.parametrize(
    ("name", "font"),
    [
        ("Maria Santos", "pdf-noto-sans-latin"),
        ("สมชาย ใจดี", "pdf-noto-sans-thai"),
        ("Nguyễn Thị Lan", "pdf-noto-sans-vietnamese"),
        ("陈美玲", "pdf-noto-sans-sc"),
    ],
)
def test_the_pdf_carries_the_name_and_course_in_its_script(
    public_course, django_capture_on_commit_callbacks, name, font
):
    certificate = issue(public_course, name, django_capture_on_commit_callbacks)
    assert certificate.pdf.name.endswith(".pdf")
    text = " ".join(poppler("pdftotext", certificate).split())
    assert name.split()[-1] in text
    assert "Spot the scam" in text
    assert certificate.code in text.replace(" ", "")
    fonts = poppler("pdffonts", certificate).splitlines()[2:]
    embedded = {line.split()[0].split("+", 1)[1] for line in fonts if " yes " in line}
    # The fonts are the Noto subsets of static/vendor (see pdf_fonts.py).
    assert any(embedded_font.startswith(font) for embedded_font in embedded)
    assert all(" yes " in line for line in fonts)  # every font is embedded


def test_the_qr_code_leads_to_the_verification_page(
    public_course, django_capture_on_commit_callbacks
):
    certificate = issue(public_course, "Lan", django_capture_on_commit_callbacks)
    url = verify_url(certificate)
    assert url.endswith(f"/en/certificates/verify/{certificate.code}/")
    expected = segno.make(url, error="m").svg_data_uri(border=0)
    assert expected in certificate_html(certificate)


def test_rendering_again_keeps_the_one_pdf(
    public_course, django_capture_on_commit_callbacks
):
    certificate = issue(public_course, "Lan", django_capture_on_commit_callbacks)
    first = certificate.pdf.name
    again = services.certificate_pdf_render(certificate_id=certificate.pk)
    assert again.pdf.name == first


def test_the_pdf_downloads_for_its_holder_only(
    public_course, django_capture_on_commit_callbacks
):
    certificate = issue(public_course, "Lan", django_capture_on_commit_callbacks)
    api = APIClient()
    api.force_authenticate(certificate.user)
    url = api.get("/api/v1/me/certificates/").json()[0]["pdf_url"]
    response = api.get(url)
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    api.force_authenticate(UserFactory())
    assert api.get(url).status_code == 404
