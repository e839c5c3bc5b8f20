"""The Celery application: every worker and every `delay_on_commit` goes through it."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

# DjangoTask adds delay_on_commit(): tasks leave only after the transaction
# that created their rows has committed.
app = Celery("lms", task_cls="celery.contrib.django.task:DjangoTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
