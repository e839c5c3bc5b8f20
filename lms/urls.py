from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import health, views

urlpatterns = [
    path("healthz/", health.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/switch/", views.switch_language, name="switch_language"),
    path("api/v1/", include("lms.api")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path(
        "api/docs/",
        SpectacularSwaggerView.as_view(url_name="api-schema"),
        name="api-docs",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("accounts.urls")),
    path("learning/", include("lms.learning.urls")),
    path("quizzes/", include("quizzes.urls")),
    path("certificates/", include("lms.certificates.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
