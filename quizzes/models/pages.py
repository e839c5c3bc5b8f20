"""The quiz page: questions, pass mark, attempt and review policies."""

from django import forms
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from courses.blocks import RICH_TEXT_FEATURES
from courses.models import CoursePage

from ..blocks import QuestionStreamBlock
from ..choices import Grading, ReviewDetail, ReviewTiming


def _for_older_adults(course: CoursePage) -> bool:
    return course.simplified or course.audiences.filter(code="older").exists()


class QuizPageForm(WagtailAdminPageForm):
    """Refuses a time limit on a course for older adults: no timers for them."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("time_limit_minutes"):
            parent = self.parent_page or self.instance.get_parent()
            course = CoursePage.objects.ancestor_of(parent, inclusive=True).first()
            if course is not None and _for_older_adults(course):
                self.add_error(
                    "time_limit_minutes",
                    _(
                        "Courses for older adults have no timers: leave the "
                        "time limit empty."
                    ),
                )
        return cleaned


class QuizPage(Page):
    """A quiz in a course, scored on the server after the learner submits."""

    summary = models.CharField(_("summary"), max_length=300, blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=10
    )
    required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("Learners must pass this quiz to complete the course."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), default=0, help_text=_("0 for no limit.")
    )
    attempt_delay_minutes = models.PositiveIntegerField(
        _("minutes between attempts"), default=0
    )
    grading = models.CharField(
        _("grade by"), max_length=10, choices=Grading.choices, default=Grading.BEST
    )
    shuffle_questions = models.BooleanField(_("random question order"), default=False)
    shuffle_choices = models.BooleanField(_("random choice order"), default=True)
    draw_count = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Draw this many questions at random from the pool; empty: all."),
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Empty: no time limit. Never on courses for older adults."),
    )
    review_detail = models.CharField(
        _("after submitting, learners see"),
        max_length=20,
        choices=ReviewDetail.choices,
        default=ReviewDetail.FEEDBACK,
    )
    review_timing = models.CharField(
        _("and they see it"),
        max_length=20,
        choices=ReviewTiming.choices,
        default=ReviewTiming.IMMEDIATELY,
    )
    questions = StreamField(QuestionStreamBlock(min_num=1), verbose_name=_("questions"))

    base_form_class = QuizPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("questions"),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("required"),
                FieldPanel("pass_mark"),
                FieldPanel("estimated_minutes"),
                FieldPanel("max_attempts"),
                FieldPanel("attempt_delay_minutes"),
                FieldPanel("grading", widget=forms.RadioSelect),
                FieldPanel("draw_count"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_choices"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("review_detail", widget=forms.RadioSelect),
                FieldPanel("review_timing", widget=forms.RadioSelect),
            ],
            heading=_("Quiz rules"),
        ),
        *Page.settings_panels,
    ]
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types = []
    step_kind = "quiz"

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def clean(self):
        super().clean()
        if self.draw_count and self.draw_count > len(self.questions):
            raise ValidationError(
                {
                    "draw_count": _(
                        "The quiz has only %(count)d questions to draw from."
                    )
                    % {"count": len(self.questions)}
                }
            )

    @cached_property
    def course(self) -> CoursePage:
        return CoursePage.objects.ancestor_of(self).get()

    @property
    def question_count(self) -> int:
        return self.draw_count or len(self.questions)

    def serve(self, request, *args, **kwargs):
        from ..selectors import quiz_overview

        course = self.course
        if course.is_restricted and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("accounts:login"))
        overview = quiz_overview(user=request.user, quiz=self, course=course)
        if course.is_restricted and not overview.can_study:
            return TemplateResponse(
                request,
                "courses/lesson_locked.html",
                {"page": self, "course": course},
                status=403,
            )
        request.quiz_overview = overview
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["course"] = self.course
        context["overview"] = getattr(request, "quiz_overview", None)
        return context
