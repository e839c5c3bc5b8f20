"""Issuing runs in the worker, after the completion that earned it."""

from celery import shared_task

from . import services


@shared_task
def issue_certificate(enrolment_id: int) -> None:
    """Issue the certificate of a completed course; again, it changes nothing."""
    services.certificate_issue(enrolment_id=enrolment_id)
