"""Fixtures for cross-app tests: real Celery worker processes."""

import os
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings

from lms.celery import app as celery_app
from tests.celery_worker import worker_command

ROOT = Path(__file__).resolve().parent.parent


def _database_url() -> str:
    """The database this test run uses (its test database), as a URL for a worker."""
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    user = db.get("USER") or "postgres"
    return f"postgres://{user}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.fixture
def start_worker(monkeypatch):
    """Start real `celery worker` processes on the configured broker and this run's
    queue, against this run's database; the test process stops running tasks
    eagerly. Returns a function that starts one and returns its Popen."""
    queue = settings.CELERY_TASK_DEFAULT_QUEUE
    monkeypatch.setitem(celery_app.conf, "task_always_eager", False)
    workers = []

    def start(*, pause_scoring: float = 0, extra_env: dict | None = None):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.test",
            "CELERY_QUEUE": queue,
            "DATABASE_URL": _database_url(),
            **(extra_env or {}),
        }
        worker = subprocess.Popen(
            worker_command(queue, pause_scoring=pause_scoring),
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        workers.append(worker)
        wait_for_line(worker, " ready.")
        return worker

    yield start
    for worker in workers:
        _stop(worker)


@pytest.fixture
def celery_worker_process(start_worker):
    """One real worker (see start_worker)."""
    return start_worker()


def wait_for_line(worker, text: str, timeout: float = 30) -> None:
    """Read the worker's output until a line contains `text`."""
    deadline = time.monotonic() + timeout
    lines = []
    while time.monotonic() < deadline:
        line = worker.stdout.readline()
        if not line and worker.poll() is not None:
            break
        lines.append(line)
        if text in line:
            return
    _stop(worker)
    raise RuntimeError(f"Celery worker never said {text!r}:\n" + "".join(lines))


def _stop(worker):
    if worker.poll() is None:
        worker.terminate()
        try:
            worker.wait(timeout=10)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
