from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("<int:quiz_id>/start/", views.attempt_start, name="start"),
    path("attempts/<int:pk>/", views.attempt_page, name="attempt"),
    path("attempts/<int:pk>/result/", views.attempt_result, name="result"),
]
