from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    """Certificates: issued once per completed course, verifiable by anyone."""

    name = "lms.certificates"
    label = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from lms.learning.signals import course_completed

        from . import handlers

        course_completed.connect(
            handlers.on_course_completed, dispatch_uid="certificates.completed"
        )
