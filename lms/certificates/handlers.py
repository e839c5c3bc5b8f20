"""Connected in CertificatesConfig.ready(): completions, handed to the worker."""

from .tasks import issue_certificate


def on_course_completed(sender, *, enrolment, **kwargs):
    issue_certificate.delay(enrolment.pk)
