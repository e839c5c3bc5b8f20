"""/healthz/: is the database, the broker and a worker there?"""

import secrets
import time

from celery.exceptions import TimeoutError as CeleryTimeout
from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from accounts.decorators import open_while_awaiting_consent

from .celery import app
from .tasks import heartbeat


def _database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:  # noqa: BLE001  (any failure means "down")
        return {"ok": False, "error": type(error).__name__}
    return {"ok": True}


def _broker() -> dict:
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, timeout=2)
            conn.default_channel  # noqa: B018  (virtual transports connect here)
    except Exception as error:  # noqa: BLE001
        return {"ok": False, "error": type(error).__name__}
    return {"ok": True}


def _worker() -> dict:
    nonce = secrets.token_hex(8)
    timeout = settings.HEALTH_WORKER_TIMEOUT
    started = time.monotonic()
    try:
        # expires: a heartbeat nobody took in time is dropped, not run later.
        result = heartbeat.apply_async((nonce,), expires=timeout * 2)
        answer = result.get(timeout=timeout, interval=0.02)
        result.forget()
    except CeleryTimeout:
        return {"ok": False, "error": "no worker answered"}
    except Exception as error:  # noqa: BLE001
        return {"ok": False, "error": type(error).__name__}
    if answer != nonce:
        return {"ok": False, "error": "wrong answer"}
    return {"ok": True, "seconds": round(time.monotonic() - started, 3)}


@never_cache
@open_while_awaiting_consent
def healthz(request):
    """JSON with the state of each dependency; 503 when one is down."""
    checks = {"database": _database(), "broker": _broker()}
    checks["worker"] = (
        _worker() if checks["broker"]["ok"] else {"ok": False, "error": "no broker"}
    )
    healthy = all(check["ok"] for check in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **checks},
        status=200 if healthy else 503,
    )
