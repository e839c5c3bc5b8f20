"""The one API router: every app mounts its API here, under /api/v1/."""

from django.urls import path
from rest_framework.routers import DefaultRouter

from accounts.api import MeView, TokenView
from courses.api import CourseViewSet
from lms.certificates.api import (
    AchievementView,
    IssuerKeysView,
    IssuerView,
    MyCertificatePdfView,
    MyCertificatesView,
    MyCredentialView,
    StatusListView,
    VerifyView,
)
from lms.learning.api import EnrolView, LessonCompleteView, MyProgressView
from quizzes.api import (
    AttemptDetailView,
    QuizAttemptsView,
    QuizDetailView,
    QuizStartView,
)

router = DefaultRouter()
router.register("courses", CourseViewSet, basename="course")

urlpatterns = [
    path("auth/token/", TokenView.as_view(), name="api-token"),
    path("me/", MeView.as_view(), name="api-me"),
    path("me/progress/", MyProgressView.as_view(), name="api-my-progress"),
    path("me/certificates/", MyCertificatesView.as_view(), name="api-my-certificates"),
    path(
        "me/certificates/<str:code>/credential/",
        MyCredentialView.as_view(),
        name="api-my-credential",
    ),
    path(
        "me/certificates/<str:code>/pdf/",
        MyCertificatePdfView.as_view(),
        name="api-my-certificate-pdf",
    ),
    path("certificates/issuer/", IssuerView.as_view(), name="api-certificate-issuer"),
    path(
        "certificates/issuer/keys/",
        IssuerKeysView.as_view(),
        name="api-certificate-issuer-keys",
    ),
    path(
        "certificates/status/revocation/",
        StatusListView.as_view(),
        name="api-certificate-status-list",
    ),
    path(
        "certificates/achievements/<uuid:course_key>/",
        AchievementView.as_view(),
        name="api-certificate-achievement",
    ),
    path(
        "certificates/verify/<str:code>/",
        VerifyView.as_view(),
        name="api-certificate-verify",
    ),
    path("courses/<int:pk>/enrol/", EnrolView.as_view(), name="api-course-enrol"),
    path(
        "lessons/<int:pk>/complete/",
        LessonCompleteView.as_view(),
        name="api-lesson-complete",
    ),
    path("quizzes/<int:pk>/", QuizDetailView.as_view(), name="api-quiz"),
    path("quizzes/<int:pk>/start/", QuizStartView.as_view(), name="api-quiz-start"),
    path(
        "quizzes/<int:pk>/attempts/",
        QuizAttemptsView.as_view(),
        name="api-quiz-attempts",
    ),
    path("attempts/<int:pk>/", AttemptDetailView.as_view(), name="api-attempt"),
    *router.urls,
]
