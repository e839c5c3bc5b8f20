"""Wagtail's user forms, with the learner profile that administrators manage."""

from wagtail.users.forms import UserCreationForm, UserEditForm

PROFILE_FIELDS = {
    "display_name",
    "audience",
    "profession",
    "country",
    "preferred_language",
    "birth_year",
}


class ProfileFieldsMixin:
    """Learners go by a display name in any script; other names are optional."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            if name in self.fields:
                self.fields[name].required = False


class AdminUserCreationForm(ProfileFieldsMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | PROFILE_FIELDS


class AdminUserEditForm(ProfileFieldsMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | PROFILE_FIELDS | {"account_status"}
