"""Factories for the course tree; other apps' tests import them from here."""

import factory
import wagtail_factories
from wagtail.models import Locale

from courses.models import CourseAudience, CourseIndexPage, CoursePage, LessonPage
from courses.models.reporting import ReportingChannel


def every_block_body():
    """A lesson body with one block of each kind that needs no media."""
    return [
        {
            "type": "text",
            "value": "<h2>Check the sender</h2><p>Banks never ask for your OTP.</p>",
        },
        {
            "type": "callout",
            "value": {
                "kind": "red_flag",
                "title": "Urgent!",
                "body": "<p>Pressure is a sign.</p>",
            },
        },
        {
            "type": "scenario",
            "value": {
                "situation": "An SMS says your account is locked.",
                "question": "What would you do?",
                "choices": [
                    {
                        "text": "Click the link",
                        "feedback": "Risky: it is fake.",
                        "quality": "poor",
                    },
                    {
                        "text": "Call the bank",
                        "feedback": "Yes: use the card's number.",
                        "quality": "best",
                    },
                ],
            },
        },
        {
            "type": "takeaways",
            "value": {"items": ["Never share an OTP.", "Call your bank."]},
        },
        {
            "type": "glossary",
            "value": {"term": "OTP", "definition": "A one-time code."},
        },
        {"type": "report_it", "value": {"intro": "Report it quickly."}},
    ]


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Courses"
    slug = "courses"


class CoursePageFactory(wagtail_factories.PageFactory):
    """A public READI course for young people."""

    class Meta:
        model = CoursePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "Learn to stay safe online."
    description = "<p>What the course covers.</p>"
    track = "readi"
    estimated_minutes = 30
    readi_values = factory.LazyFunction(lambda: ["responsibility"])

    @factory.post_generation
    def audiences(obj, create, extracted, **kwargs):
        if create:
            codes = extracted or ["young"]
            obj.audiences.set(
                [CourseAudience.objects.get_or_create(code=code)[0] for code in codes]
            )
            obj.save()  # a ParentalManyToManyField is written when the page is


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    summary = "One idea."
    body = factory.LazyFunction(every_block_body)


class ReportingChannelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportingChannel

    country = "TH"
    kind = "scam-hotline"
    name = factory.Sequence(lambda n: f"Anti-scam centre {n}")
    phone = "1441"
    what_for = "Report online fraud."
    source = "https://example.org/source"
    source_seen = "read 2026-11-23"
    confidence = "confirmed"
    locale = factory.LazyFunction(Locale.get_default)
