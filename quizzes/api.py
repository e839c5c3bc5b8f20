"""Quizzes and attempts in the API (DESIGN.md's contract).

GET a quiz (questions without keys), start an attempt, save answers as you
go, submit with an Idempotency-Key (202: scoring happens in the worker), and
read the attempt until it is scored.
"""

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import exceptions, permissions, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from . import selectors, services
from .choices import AttemptStatus
from .models import Attempt
from .questions import neutral_order, public_question, quiz_questions
from .scoring import AnswerError

MAX_BODY_BYTES = 64 * 1024
MAX_KEY_LENGTH = 100


class BodyTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"


def _answers_from(request) -> dict:
    """The `answers` object of a request body, refusing oversized bodies first."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > MAX_BODY_BYTES:
        raise BodyTooLarge(
            _("The request is too large: at most %(size)d KB.")
            % {"size": MAX_BODY_BYTES // 1024}
        )
    data = request.data
    answers = data.get("answers") if isinstance(data, dict) else None
    if not isinstance(answers, dict):
        raise exceptions.ValidationError(
            {"answers": [_("Send your answers as an object of question ids.")]}
        )
    return answers


def _answer_error(error: AnswerError) -> exceptions.ValidationError:
    field = error.question_id or "answers"
    return exceptions.ValidationError({field: [error.message]})


class PublicQuestionField(serializers.JSONField):
    """A question without its key: {"id", "type", "prompt", "choices", ...}."""


class AttemptSerializer(serializers.ModelSerializer):
    """An attempt as its learner may see it now.

    Open: the drawn questions (without keys) and the saved answers.
    Scored: score, maximum, pass, and what the review policy allows.
    """

    quiz = serializers.IntegerField(source="quiz_id")
    questions = serializers.SerializerMethodField()
    answers = serializers.SerializerMethodField()
    score = serializers.DecimalField(
        max_digits=7, decimal_places=2, coerce_to_string=False
    )
    percent = serializers.DecimalField(
        max_digits=5, decimal_places=2, coerce_to_string=False
    )
    review = serializers.SerializerMethodField()

    class Meta:
        model = Attempt
        fields = [
            "id",
            "quiz",
            "number",
            "status",
            "language",
            "started_at",
            "deadline",
            "submitted_at",
            "late",
            "questions",
            "answers",
            "scored_at",
            "score",
            "max_score",
            "percent",
            "passed",
            "review",
        ]

    def get_questions(self, attempt) -> list[dict] | None:
        if not attempt.is_open:
            return None
        return [public_question(q) for q in attempt.questions]

    def get_answers(self, attempt) -> dict:
        return attempt.answers

    def get_review(self, attempt) -> dict | None:
        if attempt.status != AttemptStatus.SCORED:
            return None
        return selectors.attempt_review(attempt=attempt)


class QuizDetailView(APIView):
    """GET: a quiz and its questions, without answer keys or feedback.

    A learner with an attempt in progress gets that attempt's questions, in its
    order; otherwise every question of the pool (`draw_count` of them are
    drawn when an attempt starts).
    """

    permission_classes = [permissions.AllowAny]

    @extend_schema(
        responses=inline_serializer(
            "Quiz",
            {
                "id": serializers.IntegerField(),
                "title": serializers.CharField(),
                "language": serializers.CharField(),
                "url": serializers.URLField(),
                "pass_mark": serializers.IntegerField(),
                "max_attempts": serializers.IntegerField(),
                "time_limit_minutes": serializers.IntegerField(allow_null=True),
                "draw_count": serializers.IntegerField(allow_null=True),
                "attempt": serializers.IntegerField(allow_null=True),
                "questions": PublicQuestionField(),
            },
        )
    )
    def get(self, request, pk: int):
        quiz = selectors.access_quiz(user=request.user, quiz_id=pk)
        attempt = selectors.open_attempt(user=request.user, quiz=quiz)
        questions = (
            attempt.questions
            if attempt
            else neutral_order(quiz_questions(quiz.questions))
        )
        return Response(
            {
                "id": quiz.pk,
                "title": quiz.title,
                "language": quiz.locale.language_code,
                "url": quiz.get_full_url(request),
                "pass_mark": quiz.pass_mark,
                "max_attempts": quiz.max_attempts,
                "time_limit_minutes": quiz.time_limit_minutes,
                "draw_count": quiz.draw_count,
                "attempt": attempt.pk if attempt else None,
                "questions": [public_question(q) for q in questions],
            }
        )


class QuizStartView(APIView):
    """POST: start an attempt (or resume the one in progress); 201 with it."""

    @extend_schema(request=None, responses={201: AttemptSerializer})
    def post(self, request, pk: int):
        quiz = selectors.access_quiz(user=request.user, quiz_id=pk)
        try:
            attempt = services.attempt_start(user=request.user, quiz=quiz)
        except services.AttemptRefused as refused:
            raise Conflict(refused.message) from refused
        return Response(AttemptSerializer(attempt).data, status=201)


class QuizAttemptsView(APIView):
    """POST: submit answers for scoring, once per Idempotency-Key (202).

    Submits the attempt in progress, or starts one and submits it at once.
    Any score or pass field in the body is ignored: the worker scores.
    """

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "Idempotency-Key",
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                required=True,
                description="A new unique value per submission; replays are safe.",
            )
        ],
        request=inline_serializer(
            "AttemptSubmission", {"answers": serializers.DictField()}
        ),
        responses={202: AttemptSerializer},
    )
    def post(self, request, pk: int):
        quiz = selectors.access_quiz(user=request.user, quiz_id=pk)
        key = request.headers.get("Idempotency-Key", "").strip()
        if not key or len(key) > MAX_KEY_LENGTH:
            raise exceptions.ValidationError(
                {
                    "Idempotency-Key": [
                        _(
                            "Send an Idempotency-Key header (up to %(count)d "
                            "characters), new for each submission."
                        )
                        % {"count": MAX_KEY_LENGTH}
                    ]
                }
            )
        answers = _answers_from(request)
        try:
            attempt, _submitted = services.attempt_submit_keyed(
                user=request.user, quiz=quiz, answers=answers, idempotency_key=key
            )
        except AnswerError as error:
            raise _answer_error(error) from error
        except services.AttemptRefused as refused:
            raise Conflict(refused.message) from refused
        return Response(AttemptSerializer(attempt).data, status=202)

    @extend_schema(responses={200: AttemptSerializer(many=True)})
    def get(self, request, pk: int):
        """GET: the caller's attempts at this quiz, newest first."""
        quiz = selectors.access_quiz(user=request.user, quiz_id=pk)
        attempts = selectors.attempts_of(user=request.user, quiz=quiz)
        return Response(AttemptSerializer(attempts, many=True).data)


class AttemptDetailView(APIView):
    """GET: one of the caller's attempts; PATCH: save answers while it is open."""

    @extend_schema(responses={200: AttemptSerializer})
    def get(self, request, pk: int):
        attempt = selectors.access_attempt(user=request.user, attempt_id=pk)
        attempt = services.attempt_expire(attempt=attempt)
        services.attempt_scoring_resend(attempt=attempt)
        return Response(AttemptSerializer(attempt).data)

    @extend_schema(
        request=inline_serializer(
            "AttemptAnswers", {"answers": serializers.DictField()}
        ),
        responses={200: AttemptSerializer},
    )
    def patch(self, request, pk: int):
        attempt = selectors.access_attempt(user=request.user, attempt_id=pk)
        answers = _answers_from(request)
        try:
            attempt = services.attempt_save(attempt=attempt, answers=answers)
        except AnswerError as error:
            raise _answer_error(error) from error
        except services.AttemptRefused as refused:
            raise Conflict(refused.message) from refused
        return Response(AttemptSerializer(attempt).data)
