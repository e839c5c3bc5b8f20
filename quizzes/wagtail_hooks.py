"""Quiz statistics in the admin: a menu entry and a button on each quiz page."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import admin_views
from .models import QuizPage

admin_urlpatterns = (
    [
        path("", admin_views.statistics_index, name="statistics_index"),
        path("<int:quiz_id>/", admin_views.statistics_detail, name="statistics_detail"),
    ],
    "quizzes_admin",
)


@hooks.register("register_admin_urls")
def register_statistics_urls():
    return [path("quiz-statistics/", include(admin_urlpatterns))]


@hooks.register("register_admin_menu_item")
def register_statistics_menu_item():
    return MenuItem(
        _("Quiz statistics"),
        reverse("quizzes_admin:statistics_index"),
        icon_name="table",
        order=350,
    )


@hooks.register("register_page_header_buttons")
def statistics_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, QuizPage):
        yield Button(
            _("Statistics"),
            reverse("quizzes_admin:statistics_detail", args=[page.pk]),
            icon_name="table",
            priority=80,
        )
