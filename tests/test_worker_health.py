"""A real worker on the configured broker (Redis in CI) answers /healthz/."""

import pytest
from celery import Celery

from lms import health
from tests.conftest import _stop

pytestmark = [pytest.mark.django_db, pytest.mark.worker]


class TestHealthWithARealWorker:
    def test_worker_runs_a_task_and_health_reports_it(
        self, client, celery_worker_process, settings
    ):
        settings.HEALTH_WORKER_TIMEOUT = 10
        response = client.get("/healthz/")
        assert response.status_code == 200, response.content
        body = response.json()
        assert body["status"] == "ok"
        assert body["database"] == {"ok": True}
        assert body["broker"] == {"ok": True}
        assert body["worker"]["ok"] is True

        _stop(celery_worker_process)
        settings.HEALTH_WORKER_TIMEOUT = 1.5
        response = client.get("/healthz/")
        assert response.status_code == 503
        assert response.json()["worker"] == {
            "ok": False,
            "error": "no worker answered",
        }
        assert response.json()["status"] == "unavailable"

    def test_health_is_503_when_the_broker_is_unreachable(self, client, monkeypatch):
        # Celery lets the CELERY_BROKER_URL variable win over any configuration.
        monkeypatch.setenv("CELERY_BROKER_URL", "redis://127.0.0.1:1/0")
        # Not the current app: shared tasks of later tests must keep the real one.
        nowhere = Celery(
            "nowhere", broker="redis://127.0.0.1:1/0", set_as_current=False
        )
        monkeypatch.setattr(health, "app", nowhere)
        response = client.get("/healthz/")
        assert response.status_code == 503
        assert response.json()["broker"]["ok"] is False
        assert response.json()["worker"]["ok"] is False
