from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views

admin_urlpatterns = (
    [
        path("", admin_views.verification_index, name="verification_index"),
        path("<int:pk>/", admin_views.verification_decide, name="verification_decide"),
    ],
    "accounts_admin",
)


@hooks.register("register_admin_urls")
def register_verification_urls():
    return [path("verifications/", include(admin_urlpatterns))]


class VerificationMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VERIFY_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_verification_menu_item():
    return VerificationMenuItem(
        _("Verifications"),
        reverse("accounts_admin:verification_index"),
        icon_name="user",
        order=900,
    )
