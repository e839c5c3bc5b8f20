"""Taking a quiz in the browser: start, answer (saved as you go), submit, result.

Everything works without JavaScript; quiz.js adds saving on every change and
shows the result without reloading the page when the worker has scored it.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.preferences import preferences_for

from . import selectors, services
from .choices import AttemptStatus
from .forms import answers_from_post, is_answered, question_fields
from .scoring import AnswerError


def _wants_json(request) -> bool:
    return request.headers.get("X-Requested-With") == "fetch"


@login_required
@require_POST
def attempt_start(request, quiz_id: int):
    quiz = selectors.access_quiz(user=request.user, quiz_id=quiz_id)
    try:
        attempt = services.attempt_start(user=request.user, quiz=quiz)
    except services.AttemptRefused as refused:
        messages.error(request, refused.message)
        return redirect(quiz.get_url(request))
    return redirect("quizzes:attempt", pk=attempt.pk)


def _step(request, count: int) -> int:
    try:
        return min(max(int(request.GET.get("step", 1)), 1), count)
    except ValueError:
        return 1


@login_required
def attempt_page(request, pk: int):
    attempt = selectors.access_attempt(user=request.user, attempt_id=pk)
    attempt = services.attempt_expire(attempt=attempt)
    if not attempt.is_open:
        return redirect("quizzes:result", pk=attempt.pk)
    if request.method == "POST":
        return _answer(request, attempt)
    return _render_attempt(request, attempt)


def _answer(request, attempt):
    action = request.POST.get("action", "save")
    try:
        answers = answers_from_post(attempt.questions, request.POST)
        if action == "submit":
            services.attempt_submit(attempt=attempt, answers=answers)
            return redirect("quizzes:result", pk=attempt.pk)
        attempt = services.attempt_save(attempt=attempt, answers=answers)
    except AnswerError as error:
        if _wants_json(request):
            return JsonResponse({"detail": error.message}, status=400)
        return _render_attempt(request, attempt, error=error, status=400)
    except services.AttemptRefused as refused:
        if _wants_json(request):
            return JsonResponse({"detail": refused.message}, status=409)
        messages.error(request, refused.message)
        return redirect("quizzes:result", pk=attempt.pk)
    if _wants_json(request):
        return JsonResponse({"saved_at": attempt.answers_saved_at.isoformat()})
    step = _step(request, len(attempt.questions))
    step += {"next": 1, "back": -1}.get(action, 0)
    if action == "save":
        messages.success(request, _("Your answers are saved."))
    return redirect(reverse("quizzes:attempt", args=[attempt.pk]) + f"?step={step}")


def _render_attempt(request, attempt, *, error=None, status=200):
    quiz = attempt.quiz
    course = quiz.course
    simplified = course.simplified or preferences_for(request).simplified_mode
    questions = attempt.questions
    count = len(questions)
    step = _step(request, count)
    if simplified:
        fields = question_fields(
            questions[step - 1 : step], attempt.answers, start=step
        )
    else:
        fields = question_fields(questions, attempt.answers)
    answered = sum(1 for q in questions if is_answered(attempt.answers.get(q["id"])))
    return TemplateResponse(
        request,
        "quizzes/attempt_page.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "course": course,
            "fields": fields,
            "simplified": simplified,
            "step": step,
            "count": count,
            "previous_step": step - 1 if simplified and step > 1 else None,
            "next_step": step + 1 if simplified and step < count else None,
            "answered": answered,
            "error": error,
        },
        status=status,
    )


@login_required
def attempt_result(request, pk: int):
    attempt = selectors.access_attempt(user=request.user, attempt_id=pk)
    attempt = services.attempt_expire(attempt=attempt)
    if attempt.is_open:
        return redirect("quizzes:attempt", pk=attempt.pk)
    services.attempt_scoring_resend(attempt=attempt)
    quiz = attempt.quiz
    course = quiz.course
    scored = attempt.status == AttemptStatus.SCORED
    return TemplateResponse(
        request,
        "quizzes/attempt_result.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "course": course,
            "scored": scored,
            "review": selectors.attempt_review(attempt=attempt) if scored else None,
            "overview": selectors.quiz_overview(
                user=request.user, quiz=quiz, course=course
            ),
        },
    )
