"""Progress for the course and lesson templates."""

from django import template

from .. import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def course_progress(context, course):
    return selectors.course_progress(user=context["request"].user, course=course)


@register.simple_tag(takes_context=True)
def lesson_done(context, lesson):
    return selectors.lesson_is_done(user=context["request"].user, lesson=lesson)
