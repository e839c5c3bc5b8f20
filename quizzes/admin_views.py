"""Educators' quiz statistics in the Wagtail admin, on screen and as CSV."""

import csv

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.choices import Country

from .choices import AttemptStatus
from .models import Attempt, QuizPage
from .statistics import quiz_statistics


class StatisticsFilterForm(forms.Form):
    language = forms.ChoiceField(
        label=gettext_lazy("Language"),
        required=False,
        choices=[("", gettext_lazy("All languages")), *settings.LANGUAGES],
    )
    country = forms.ChoiceField(
        label=gettext_lazy("Country"),
        required=False,
        choices=[("", gettext_lazy("All countries")), *Country.choices],
    )


def _editable(user, quiz) -> bool:
    return quiz.permissions_for_user(user).can_edit()


def statistics_index(request):
    """Every quiz the educator may edit, once per translation set, with attempts."""
    counts = dict(
        Attempt.objects.filter(status=AttemptStatus.SCORED)
        .values("quiz_key")
        .annotate(n=Count("id"))
        .values_list("quiz_key", "n")
    )
    quizzes = {}
    for quiz in QuizPage.objects.select_related("locale").order_by("path"):
        first = quizzes.get(quiz.translation_key)
        if first is None or quiz.locale.language_code == settings.LANGUAGE_CODE:
            quizzes[quiz.translation_key] = quiz
    rows = [
        (quiz, counts.get(key, 0))
        for key, quiz in quizzes.items()
        if _editable(request.user, quiz)
    ]
    return render(request, "quizzes/admin/statistics_index.html", {"rows": rows})


def _safe(value) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def statistics_detail(request, quiz_id: int):
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    if not _editable(request.user, quiz):
        raise PermissionDenied
    form = StatisticsFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    stats = quiz_statistics(
        quiz=quiz,
        language=filters.get("language", ""),
        country=filters.get("country", ""),
    )
    if request.GET.get("format") == "csv":
        return _csv(quiz, stats)
    return render(
        request,
        "quizzes/admin/statistics_detail.html",
        {"quiz": quiz, "stats": stats, "form": form},
    )


def _csv(quiz, stats) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="quiz-{quiz.pk}-statistics.csv"'
    )
    response.write("\ufeff")  # so spreadsheets read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Question id"),
            _("Type"),
            _("Question"),
            _("Responses"),
            _("Facility"),
            _("Discrimination"),
            _("Picked"),
        ]
    )
    for question in stats.questions:
        writer.writerow(
            [
                question.id,
                question.type,
                _safe(question.prompt),
                question.responses,
                "" if question.facility is None else f"{question.facility:.3f}",
                ""
                if question.discrimination is None
                else f"{question.discrimination:.3f}",
                _safe("; ".join(f"{text} ({n})" for text, n in question.picks)),
            ]
        )
    return response
