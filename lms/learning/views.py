"""Learner pages: My learning, enrol, complete a lesson."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from courses.selectors import access_course, access_lesson_for_study

from . import selectors, services


@login_required
def my_learning(request):
    """Every enrolled course with its progress and next step."""
    progress = selectors.dashboard(
        user=request.user, locale=Locale.objects.get(language_code=get_language())
    )
    return render(
        request,
        "learning/my_learning.html",
        {
            "in_progress": [p for p in progress if not p.enrolment.completed_at],
            "completed": [p for p in progress if p.enrolment.completed_at],
        },
    )


@require_POST
@login_required
def enrol(request, course_id: int):
    course = access_course(course_id=course_id)
    try:
        services.enrolment_create(user=request.user, course=course)
    except PermissionDenied:
        messages.error(
            request, _("This course is open to verified professionals only.")
        )
        return redirect(course.get_url(request))
    messages.success(request, _("You are enrolled. Enjoy the course!"))
    return redirect(
        course.lessons[0].url if course.lessons else course.get_url(request)
    )


@require_POST
@login_required
def complete_lesson(request, lesson_id: int):
    lesson = access_lesson_for_study(user=request.user, lesson_id=lesson_id)
    enrolment = services.lesson_complete(user=request.user, lesson=lesson)
    progress = selectors.course_progress(user=request.user, course=lesson.course)
    if enrolment.completed_at:
        messages.success(request, _("Well done! You have completed this course."))
        return redirect(lesson.course.get_url(request))
    messages.success(request, _("Lesson complete."))
    if progress.next_lesson:
        return redirect(progress.next_lesson.url)
    return redirect(lesson.course.get_url(request))
