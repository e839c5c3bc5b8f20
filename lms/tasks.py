"""Platform tasks."""

from celery import shared_task


@shared_task(ignore_result=False, acks_late=False)
def heartbeat(nonce: str) -> str:
    """Answer /healthz/: proves a worker is consuming the queue."""
    return nonce
