"""Enrolment, lesson completion and progress in the API."""

from django.utils.translation import get_language
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import Locale

from courses.selectors import access_course, access_lesson_for_study

from . import selectors, services


class ProgressSerializer(serializers.Serializer):
    course = serializers.IntegerField(source="course.pk")
    title = serializers.CharField(source="course.title")
    url = serializers.SerializerMethodField()
    percent = serializers.IntegerField()
    required = serializers.IntegerField()
    done = serializers.IntegerField()
    completed = serializers.BooleanField(source="is_complete")
    next_lesson = serializers.SerializerMethodField()

    def get_url(self, progress) -> str:
        return progress.course.get_full_url(self.context.get("request"))

    def get_next_lesson(self, progress) -> dict | None:
        lesson = progress.next_lesson
        if lesson is None:
            return None
        url = self.context["request"].build_absolute_uri(lesson.url)
        return {"id": lesson.pk, "title": lesson.title, "url": url}


class EnrolView(APIView):
    """POST: enrol the caller in a course (again is harmless)."""

    @extend_schema(request=None, responses={201: ProgressSerializer})
    def post(self, request, pk: int):
        course = access_course(course_id=pk)
        services.enrolment_create(user=request.user, course=course)
        progress = selectors.course_progress(user=request.user, course=course)
        return Response(
            ProgressSerializer(progress, context={"request": request}).data, 201
        )


class LessonCompleteView(APIView):
    """POST: mark a lesson complete (again is harmless); answers the course progress."""

    @extend_schema(request=None, responses={200: ProgressSerializer})
    def post(self, request, pk: int):
        lesson = access_lesson_for_study(user=request.user, lesson_id=pk)
        services.lesson_complete(user=request.user, lesson=lesson)
        progress = selectors.course_progress(user=request.user, course=lesson.course)
        return Response(ProgressSerializer(progress, context={"request": request}).data)


class MyProgressView(APIView):
    """GET: the caller's progress in every enrolled course."""

    @extend_schema(responses={200: ProgressSerializer(many=True)})
    def get(self, request):
        locale = Locale.objects.filter(language_code=get_language()).first()
        progress = selectors.dashboard(user=request.user, locale=locale)
        return Response(
            ProgressSerializer(progress, many=True, context={"request": request}).data
        )
