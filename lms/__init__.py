"""READI Learn: the top floor that ties the apps together."""

from .celery import app as celery_app

__all__ = ["celery_app"]
