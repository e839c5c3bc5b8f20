from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Users, learner profiles, professional verification and parental consent."""

    name = "accounts"
    verbose_name = _("Accounts")
