"""The blocks educators combine into lessons."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .choices import CalloutKind, ChoiceQuality

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class TextBlock(blocks.RichTextBlock):
    """Teaching text."""

    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "courses/blocks/text_block.html"
        description = _("Teaching text with headings and lists.")
        preview_value = (
            "<h2>Check before you click</h2><p>A real bank never sends a link that "
            "asks for your password or one-time code.</p>"
        )


class FigureBlock(blocks.StructBlock):
    """An image with the alt text every image needs."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        max_length=250,
        label=_("Alt text"),
        help_text=_("What the image shows, for learners who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/figure_block.html"


class VideoBlock(blocks.StructBlock):
    """A self-hosted video with captions and a transcript."""

    title = blocks.CharBlock(max_length=120, label=_("Title"))
    video = DocumentChooserBlock(
        label=_("Video file"), help_text=_("An MP4 or WebM file.")
    )
    captions = DocumentChooserBlock(
        required=False,
        label=_("Captions"),
        help_text=_("A WebVTT (.vtt) file in the language of this page."),
    )
    transcript = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Transcript")
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video_block.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        video, captions = value.get("video"), value.get("captions")
        if video and video.file_extension.lower() not in {"mp4", "webm"}:
            errors["video"] = ValidationError(_("Choose an MP4 or WebM file."))
        if not captions:
            errors["captions"] = ValidationError(
                _(
                    "Add a captions file (WebVTT) so that learners who cannot "
                    "hear the video can follow it."
                )
            )
        elif captions.file_extension.lower() != "vtt":
            errors["captions"] = ValidationError(_("Captions must be a .vtt file."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class CalloutBlock(blocks.StructBlock):
    """A tip, a warning, or a red flag of a scam."""

    kind = blocks.ChoiceBlock(choices=CalloutKind.choices, label=_("Kind"))
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "courses/blocks/callout_block.html"
        description = _("A tip, a warning, or the red flags of a scam.")
        preview_value = {
            "kind": "red_flag",
            "title": "Signs of a fake bank message",
            "body": "<ul><li>It says your account is locked.</li>"
            "<li>It wants you to act within minutes.</li></ul>",
        }


class ScenarioChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300, label=_("Choice"))
    feedback = blocks.TextBlock(label=_("Feedback"))
    quality = blocks.ChoiceBlock(choices=ChoiceQuality.choices, label=_("Quality"))


class ScenarioBlock(blocks.StructBlock):
    """'What would you do?': choices with explanatory feedback, never graded."""

    situation = blocks.TextBlock(label=_("Situation"))
    question = blocks.CharBlock(
        max_length=200, default=_("What would you do?"), label=_("Question")
    )
    choices = blocks.ListBlock(
        ScenarioChoiceBlock(), min_num=2, max_num=6, label=_("Choices")
    )

    class Meta:
        icon = "help"
        label = _("Scenario")
        template = "courses/blocks/scenario_block.html"
        description = _("A situation with choices and feedback; never graded.")
        preview_value = {
            "situation": "A message from 'your bank' says your card is blocked.",
            "question": "What would you do?",
            "choices": [
                {
                    "text": "Tap the link",
                    "feedback": "The link leads to a fake site.",
                    "quality": "poor",
                },
                {
                    "text": "Call the number on your card",
                    "feedback": "Yes: that number is real.",
                    "quality": "best",
                },
            ],
        }


class TakeawaysBlock(blocks.StructBlock):
    """The key points of a lesson."""

    items = blocks.ListBlock(
        blocks.CharBlock(max_length=300), min_num=1, label=_("Key points")
    )

    class Meta:
        icon = "list-ul"
        label = _("Key takeaways")
        template = "courses/blocks/takeaways_block.html"
        description = _("The points to remember at the end of a lesson.")
        preview_value = {
            "items": ["Never share a one-time code.", "Call your bank at once."]
        }


class GlossaryBlock(blocks.StructBlock):
    """A term and its plain-words definition."""

    term = blocks.CharBlock(max_length=100, label=_("Term"))
    definition = blocks.TextBlock(label=_("Definition"))

    class Meta:
        icon = "doc-full"
        label = _("Glossary term")
        template = "courses/blocks/glossary_block.html"
        description = _("A word explained in plain words.")
        preview_value = {
            "term": "Phishing",
            "definition": "A trick message or call that tries to steal your details.",
        }


class ReportItBlock(blocks.StructBlock):
    """The official reporting channels of the learner's country."""

    intro = blocks.CharBlock(max_length=300, required=False, label=_("Introduction"))

    class Meta:
        icon = "site"
        label = _("Report it")
        template = "courses/blocks/report_it_block.html"
        description = _("The official reporting channels of the learner's country.")
        preview_value = {"intro": "Report a scam as soon as you can."}


class ResourceBlock(blocks.StructBlock):
    """A document learners can download."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    description = blocks.CharBlock(
        max_length=300, required=False, label=_("Description")
    )

    class Meta:
        icon = "download"
        label = _("Downloadable resource")
        template = "courses/blocks/resource_block.html"


class LessonStreamBlock(blocks.StreamBlock):
    text = TextBlock()
    image = FigureBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    scenario = ScenarioBlock()
    takeaways = TakeawaysBlock()
    glossary = GlossaryBlock()
    report_it = ReportItBlock()
    resource = ResourceBlock()
