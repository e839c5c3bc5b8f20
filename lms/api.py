"""The one API router: every app mounts its API here, under /api/v1/."""

from django.urls import path
from rest_framework.routers import DefaultRouter

from accounts.api import MeView, TokenView

router = DefaultRouter()

urlpatterns = [
    path("auth/token/", TokenView.as_view(), name="api-token"),
    path("me/", MeView.as_view(), name="api-me"),
    *router.urls,
]
