"""The learner's own account in the API."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.generics import RetrieveUpdateAPIView

from . import services
from .models import User


class MeSerializer(serializers.ModelSerializer):
    """The caller's profile; only the profile fields are writable."""

    class Meta:
        model = User
        fields = [
            "id",
            "username",
            "display_name",
            "email",
            "audience",
            "profession",
            "country",
            "preferred_language",
            "birth_year",
            "account_status",
            "simplified_mode",
            "text_size",
            "high_contrast",
            "reduced_motion",
        ]
        read_only_fields = [
            "id",
            "username",
            "audience",
            "profession",
            "birth_year",
            "account_status",
        ]

    def update(self, instance, validated_data):
        return services.user_update_profile(user=instance, **validated_data)


class MeView(RetrieveUpdateAPIView):
    """GET or PATCH the caller's own profile."""

    serializer_class = MeSerializer
    http_method_names = ["get", "patch", "options"]

    def get_object(self):
        return self.request.user


class TokenView(ObtainAuthToken):
    """POST username and password, get {"token": …} for the Authorization header."""

    @extend_schema(operation_id="auth_token_create")
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)
