from django.urls import path

from . import views

app_name = "learning"

urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("courses/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("lessons/<int:lesson_id>/complete/", views.complete_lesson, name="complete"),
]
