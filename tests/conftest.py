"""Fixtures for cross-app tests: a real Celery worker process."""

import os
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings

from lms.celery import app as celery_app
from tests.celery_worker import worker_command

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def celery_worker_process(monkeypatch):
    """A real `celery worker` on the configured broker, on this test run's queue.

    The test process stops running tasks eagerly, so its tasks travel through
    the broker to this worker. Yields the running Popen.
    """
    queue = settings.CELERY_TASK_DEFAULT_QUEUE
    monkeypatch.setitem(celery_app.conf, "task_always_eager", False)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "CELERY_QUEUE": queue,
    }
    worker = subprocess.Popen(
        worker_command(queue),
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    _wait_until_ready(worker)
    yield worker
    _stop(worker)


def _wait_until_ready(worker, timeout=30):
    deadline = time.monotonic() + timeout
    lines = []
    while time.monotonic() < deadline:
        line = worker.stdout.readline()
        if not line and worker.poll() is not None:
            break
        lines.append(line)
        if " ready." in line:
            return
    _stop(worker)
    raise RuntimeError("Celery worker did not start:\n" + "".join(lines))


def _stop(worker):
    if worker.poll() is None:
        worker.terminate()
        try:
            worker.wait(timeout=10)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
