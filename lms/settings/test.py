"""Tests: against whatever DATABASE_URL and CELERY_BROKER_URL name."""

import secrets
import tempfile

from .base import *  # noqa: F403
from .base import DATABASES, VAR_DIR, env

DEBUG = False
SECRET_KEY = env("SECRET_KEY", default="test-only-key-not-secret")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Unit tests run tasks in-process; tests that need a real worker start one.
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
# A queue of this test run's own, so that no other worker on the same broker
# (a developer's `make run`) takes the tasks meant for the test's worker.
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_QUEUE", default=f"test-{secrets.token_hex(4)}")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
# Each test starts with an empty cache (see conftest.py), so throttles never
# leak from one test into another.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Uploaded files of a test run go to a throwaway folder.
MEDIA_ROOT = tempfile.mkdtemp(prefix="readi-test-media-")

if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file, not memory, so that a worker process started by a test sees it.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
# Issuer keys for tests, shared with the worker processes tests start
# (conftest.py makes one when the folder is empty).
CERTIFICATE_KEY_DIR = VAR_DIR / "test-keys"
