"""Certificate PDFs: WeasyPrint with the self-hosted Noto fonts of static/vendor.

One FontConfiguration per worker process: WeasyPrint would otherwise decode
every web font again for each PDF (about five times slower, measured here).
HarfBuzz (through Pango) shapes Thai, Khmer, Lao, Myanmar and Tamil.
"""

import atexit
from functools import cache
from pathlib import Path

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .pdf_fonts import families_for, parse

VENDOR = Path(settings.BASE_DIR) / "static" / "vendor"


@cache
def _font_config():
    from weasyprint.text.fonts import FontConfiguration

    # Released before the interpreter tears its modules down, so that its
    # finaliser still finds what it needs.
    atexit.register(_font_config.cache_clear)
    return FontConfiguration()


@cache
def _font_faces():
    """Every subset as a family, loaded once into the shared font configuration."""
    from weasyprint import CSS

    rules, _subsets = parse(str(VENDOR / "fonts.css"))
    return CSS(string=rules, base_url=str(VENDOR), font_config=_font_config())


def verify_url(certificate) -> str:
    with translation.override(certificate.language):
        path = reverse("certificates:verify", args=[certificate.code])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def certificate_html(certificate) -> str:
    """The certificate as HTML, in its language, with a QR code to its verify page."""
    url = verify_url(certificate)
    context = {
        "certificate": certificate,
        "issuer": settings.CERTIFICATE_ISSUER_NAME,
        "verify_url": url,
        "qr": segno.make(url, error="m").svg_data_uri(border=0),
        "fonts": "",
    }
    with translation.override(certificate.language):
        # Rendered twice: the second time with the fonts its own text needs.
        text = render_to_string("certificates/pdf/certificate.html", context)
        families = families_for(text, str(VENDOR / "fonts.css"))
        context["fonts"] = ", ".join(f"'{family}'" for family in families)
        return render_to_string("certificates/pdf/certificate.html", context)


def render_pdf(certificate) -> bytes:
    """An A4 landscape PDF of the certificate."""
    from weasyprint import HTML

    return HTML(string=certificate_html(certificate), base_url=str(VENDOR)).write_pdf(
        stylesheets=[_font_faces()], font_config=_font_config()
    )
