"""Fixtures every test module may use."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True, scope="session")
def _issuer_key():
    """An issuer signing key in the test key folder (made once, then reused)."""
    from django.conf import settings

    from lms.certificates.keys import generate_key

    if not any(settings.CERTIFICATE_KEY_DIR.glob("*.pem")):
        generate_key(settings.CERTIFICATE_KEY_DIR, "test-issuer")


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_pages(db):
    """The default site with a home page in each of the 13 languages."""
    from lms.demo.seed import ensure_home_pages

    return ensure_home_pages()
