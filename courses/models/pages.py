"""The course tree: course index > course > (module >) lesson."""

from django import forms
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from accounts.choices import Audience
from accounts.preferences import preferences_for

from ..blocks import RICH_TEXT_FEATURES, LessonStreamBlock
from ..choices import PROFESSION_FOR_TRACK, Level, ReadiValue, Track
from ..fields import ChoiceListField


class CourseAudience(models.Model):
    """An audience of accounts.choices.Audience, as a row courses point to."""

    code = models.CharField(max_length=20, primary_key=True, choices=Audience.choices)

    class Meta:
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["code"]

    def __str__(self):
        return str(self.get_code_display())


class CourseIndexPage(Page):
    """Lists the courses of one language."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["lms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course index")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_list  # circular: selectors import the pages

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_list(
            locale=self.locale,
            audience=request.GET.get("audience"),
            track=request.GET.get("track"),
        )
        context["audiences"] = Audience.choices
        context["tracks"] = Track.choices
        return context


class CoursePage(Page):
    """A course: who it is for, what it teaches, and what completing it takes."""

    summary = models.CharField(_("summary"), max_length=300)
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES)
    audiences = ParentalManyToManyField(
        CourseAudience, verbose_name=_("audiences"), related_name="courses"
    )
    track = models.CharField(_("track"), max_length=20, choices=Track.choices)
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.INTRODUCTORY
    )
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"))
    # Shape: a list of ReadiValue codes, e.g. ["responsibility", "empathy"].
    readi_values = ChoiceListField(
        _("READI values taught"), item_choices=ReadiValue.choices, blank=True
    )
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(max_length=300, label=_("Learning outcome")))],
        verbose_name=_("learning outcomes"),
        blank=True,
    )
    cpd_hours = models.DecimalField(
        _("CPD hours"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_(
            "Continuing professional development hours, for professional tracks."
        ),
    )
    awards_certificate = models.BooleanField(_("awards a certificate"), default=True)
    simplified = models.BooleanField(
        _("simplified presentation"),
        default=False,
        help_text=_(
            "One block per screen with large type and Back and Next buttons, "
            "for older adults."
        ),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("track"),
                FieldPanel("level"),
                FieldPanel("estimated_minutes"),
                FieldPanel("readi_values"),
                FieldPanel("cpd_hours"),
                FieldPanel("awards_certificate"),
                FieldPanel("simplified"),
            ],
            heading=_("About the course"),
        ),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    # Named, not imported: quizzes is an app above this one.
    subpage_types = ["courses.ModulePage", "courses.LessonPage", "quizzes.QuizPage"]

    class Meta:
        verbose_name = _("course")

    @property
    def required_profession(self) -> str | None:
        """The verified profession this course is for, or None for public courses."""
        return PROFESSION_FOR_TRACK.get(self.track)

    @property
    def is_restricted(self) -> bool:
        return self.required_profession is not None

    def clean(self):
        super().clean()
        if self.cpd_hours is not None and not self.is_restricted:
            raise ValidationError(
                {"cpd_hours": _("CPD hours belong to professional tracks only.")}
            )

    @cached_property
    def steps(self):
        """Live lessons and quizzes in tree order, modules flattened."""
        from ..outline import course_outline

        return course_outline(self)

    @property
    def lessons(self):
        return [step for step in self.steps if step.kind == LessonPage.step_kind]

    def route(self, request, path_components):
        # The route passes through the course on its way to a lesson: hand the
        # lesson its course now rather than query for it again. The course's
        # URL is the request's path without the part below the course, which
        # spares the outline and the links a lookup of the site's root paths.
        below = "".join(f"{component}/" for component in path_components)
        if request.path.endswith("/" + below):
            self.routed_url = request.path[: len(request.path) - len(below)]
        result = super().route(request, path_components)
        if hasattr(result.page, "step_kind"):
            result.page.__dict__.setdefault("course", self)
        return result

    def get_url(self, request=None, current_site=None):
        return getattr(self, "routed_url", None) or super().get_url(
            request, current_site
        )

    def get_context(self, request, *args, **kwargs):
        from ..permissions import can_study

        context = super().get_context(request, *args, **kwargs)
        context["steps"] = self.steps
        context["can_study"] = can_study(request.user, self)
        return context


class ModulePage(Page):
    """An optional group of lessons within a course."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage"]

    class Meta:
        verbose_name = _("module")


class LessonPage(Page):
    """A lesson: a stream of teaching blocks."""

    summary = models.CharField(_("summary"), max_length=300, blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=10
    )
    required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("Learners must complete this lesson to complete the course."),
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("lesson content"))

    search_fields = [*Page.search_fields, index.SearchField("body")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("required"),
        FieldPanel("body"),
    ]
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types = []
    step_kind = "lesson"

    class Meta:
        verbose_name = _("lesson")

    @cached_property
    def course(self) -> CoursePage:
        return CoursePage.objects.ancestor_of(self).get()

    def serve(self, request, *args, **kwargs):
        from ..permissions import SIGN_IN, lesson_denial
        from ..signals import lesson_viewed

        course = self.course
        denial = lesson_denial(request.user, self, course)
        if denial == SIGN_IN:
            return redirect_to_login(request.get_full_path(), reverse("accounts:login"))
        if denial is not None:
            return TemplateResponse(
                request,
                "courses/lesson_locked.html",
                {"page": self, "course": course},
                status=403,
            )
        if request.user.is_authenticated:
            lesson_viewed.send(
                sender=LessonPage,
                request=request,
                user=request.user,
                lesson=self,
                course=course,
            )
        return super().serve(request, *args, **kwargs)

    @property
    def preview_modes(self):
        return [("", _("Standard")), ("simplified", _("Simplified"))]

    def serve_preview(self, request, mode_name):
        request.preview_simplified = mode_name == "simplified"
        return super().serve_preview(request, mode_name)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        course = self.course
        steps, lessons = course.steps, course.lessons
        # A draft lesson seen in preview is not among the live steps.
        position = next((i for i, step in enumerate(steps) if step.pk == self.pk), None)
        live = position is not None
        context.update(
            course=course,
            lesson_number=next(
                (i + 1 for i, lesson in enumerate(lessons) if lesson.pk == self.pk),
                None,
            ),
            lesson_count=len(lessons),
            # Previous and next steps: a lesson, or a quiz.
            previous_lesson=steps[position - 1] if live and position > 0 else None,
            next_lesson=steps[position + 1]
            if live and position + 1 < len(steps)
            else None,
            simplified=getattr(
                request,
                "preview_simplified",
                course.simplified or preferences_for(request).simplified_mode,
            ),
        )
        if context["simplified"]:
            context.update(simplified_step(self.body, request.GET.get("step")))
        return context


def simplified_step(body, requested) -> dict:
    """One block per screen: the block to show and where Back and Next lead."""
    blocks = list(body)
    count = len(blocks)
    try:
        step = min(max(int(requested), 1), count)
    except (TypeError, ValueError):
        step = 1
    return {
        "step": step,
        "step_count": count,
        "step_block": blocks[step - 1] if blocks else None,
        "previous_step": step - 1 if step > 1 else None,
        "next_step": step + 1 if step < count else None,
    }
