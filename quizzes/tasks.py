"""Scoring runs in the worker, from the key stored with the attempt."""

from celery import shared_task

from . import services


@shared_task
def score_attempt(attempt_id: int) -> None:
    """Score a submitted attempt; a second run finds it scored and does nothing."""
    services.attempt_score(attempt_id=attempt_id)
