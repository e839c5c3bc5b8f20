from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    """The platform: home pages, languages, health, the API root and the demo seed."""

    name = "lms"
    verbose_name = _("READI Learn")
