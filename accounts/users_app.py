"""wagtail.users, configured to use our user view set (imports nothing at load)."""

from wagtail.users.apps import WagtailUsersAppConfig


class UsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "accounts.admin_users.UserViewSet"
