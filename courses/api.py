"""Courses in the API: list (filter by audience and track) and detail with lessons."""

from django.utils.translation import get_language
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
)
from rest_framework import permissions, serializers, viewsets
from wagtail.models import Locale

from .choices import Track
from .models import CoursePage
from .selectors import course_list


class LessonSummarySerializer(serializers.Serializer):
    """A lesson or quiz of a course: what lists and clients need to link to it."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.SerializerMethodField()
    required = serializers.BooleanField()
    estimated_minutes = serializers.IntegerField()

    def get_url(self, lesson) -> str:
        return self.context["request"].build_absolute_uri(lesson.url)


class CourseSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    audiences = serializers.SerializerMethodField()
    restricted = serializers.BooleanField(source="is_restricted")
    language = serializers.CharField(source="locale.language_code")

    class Meta:
        model = CoursePage
        fields = [
            "id",
            "title",
            "url",
            "language",
            "summary",
            "audiences",
            "track",
            "level",
            "estimated_minutes",
            "readi_values",
            "cpd_hours",
            "awards_certificate",
            "simplified",
            "restricted",
        ]

    def get_url(self, course) -> str:
        return course.get_full_url(self.context.get("request"))

    def get_audiences(self, course) -> list[str]:
        return [audience.code for audience in course.audiences.all()]


class CourseDetailSerializer(CourseSerializer):
    learning_outcomes = serializers.SerializerMethodField()
    lessons = LessonSummarySerializer(many=True)
    quizzes = serializers.SerializerMethodField()

    class Meta(CourseSerializer.Meta):
        fields = [
            *CourseSerializer.Meta.fields,
            "learning_outcomes",
            "lessons",
            "quizzes",
        ]

    def get_learning_outcomes(self, course) -> list[str]:
        return [block.value for block in course.learning_outcomes]

    @extend_schema_field(LessonSummarySerializer(many=True))
    def get_quizzes(self, course) -> list[dict]:
        quizzes = [step for step in course.steps if step.kind == "quiz"]
        return LessonSummarySerializer(quizzes, many=True, context=self.context).data


@extend_schema(
    parameters=[
        OpenApiParameter("audience", OpenApiTypes.STR, description="young, older, …"),
        OpenApiParameter("track", OpenApiTypes.STR, enum=Track.values),
        OpenApiParameter("lang", OpenApiTypes.STR, description="language of content"),
    ]
)
class CourseViewSet(viewsets.ReadOnlyModelViewSet):
    """Live courses in the requested language; anyone may read them."""

    permission_classes = [permissions.AllowAny]

    def _locale(self):
        return Locale.objects.filter(language_code=get_language()).first()

    def get_queryset(self):
        # Lazy (no query until evaluated), so the schema can read its model offline.
        return (
            CoursePage.objects.live()
            .filter(locale__language_code=get_language())
            .order_by("path")
        )

    def list(self, request, *args, **kwargs):
        courses = course_list(
            locale=self._locale(),
            audience=request.query_params.get("audience"),
            track=request.query_params.get("track"),
        )
        page = self.paginate_queryset(courses)
        return self.get_paginated_response(
            CourseSerializer(page, many=True, context={"request": request}).data
        )

    def get_serializer_class(self):
        return CourseDetailSerializer if self.action == "retrieve" else CourseSerializer
