"""Certificates in the admin: find and revoke, with the action in the audit log."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views

admin_urlpatterns = (
    [
        path("", admin_views.certificate_index, name="index"),
        path("<int:pk>/revoke/", admin_views.certificate_revoke, name="revoke"),
    ],
    "certificates_admin",
)


@hooks.register("register_admin_urls")
def register_certificate_urls():
    return [path("certificates/", include(admin_urlpatterns))]


class CertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.REVOKE_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return CertificatesMenuItem(
        _("Certificates"),
        reverse("certificates_admin:index"),
        icon_name="doc-full",
        order=910,
    )


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action(
        "certificates.revoke", _("Revoke certificate"), _("Certificate revoked")
    )
