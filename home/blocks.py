"""StreamField blocks shared by every page type. Each renders its own template and previews in the admin."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .visibility import is_open_to_readers


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading_block.html"
        description = _("A heading that starts a section of the page.")
        preview_value = {"text": "What to check before you travel", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Rich text with the site's one feature list (WAGTAILADMIN_RICH_TEXT_EDITORS)."""

    class Meta:
        icon = "pilcrow"
        template = "home/blocks/paragraph_block.html"
        description = _("Text with bold, italic, lists and links.")
        preview_value = "<p>Keep your passport with you. Nobody has the right to take it.</p>"


class AccessibleImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "home/blocks/image_block.html"
        description = _("An image that fits every screen, with a required description.")


class HotlineCalloutBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)

    class Meta:
        icon = "help"
        template = "home/blocks/hotline_callout_block.html"
        description = _("The hotline numbers and hours from the site settings, with tap-to-call links.")
        preview_value = {"heading": "Call us, free and anonymous", "text": "We listen and we do not judge."}


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=300), label=_("Items"))

    class Meta:
        icon = "list-ul"
        template = "home/blocks/checklist_block.html"
        description = _("A list of points to check, such as warning signs.")
        preview_value = {
            "title": "Warning signs",
            "items": ["They keep your passport", "You must pay a fee for the job"],
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=120)
    text = blocks.TextBlock(label=_("Explanation"), required=False, max_length=800)


class NumberedStepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"))

    class Meta:
        icon = "list-ol"
        template = "home/blocks/numbered_steps_block.html"
        description = _("Steps to follow in order.")
        preview_value = {
            "title": "Before you sign",
            "steps": [
                {"title": "Read the contract", "text": "In a language you understand."},
                {"title": "Keep a copy", "text": "Leave one with your family."},
            ],
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "ul", "link"])


class FaqBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        template = "home/blocks/faq_block.html"
        description = _("Questions that open to show their answer, without JavaScript.")
        preview_value = {
            "title": "Questions",
            "questions": [{"question": "Does it cost anything?", "answer": "<p>No, never.</p>"}],
        }


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Link text"), max_length=120, required=False)

    class Meta:
        icon = "doc-full"
        template = "home/blocks/document_download_block.html"
        description = _("A link to download a leaflet or form, with its size.")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Text"), max_length=300)
    page = blocks.PageChooserBlock(label=_("Page"))
    link_text = blocks.CharBlock(label=_("Link text"), max_length=80)

    class Meta:
        icon = "pick"
        template = "home/blocks/call_to_action_block.html"
        description = _("A short invitation with a link to another page of the site.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # A link to a draft or a private page would show readers where it is: such an invitation is left out.
        page, request = value["page"], (parent_context or {}).get("request")
        context["link_open_to_readers"] = (
            page is not None and request is not None and is_open_to_readers(page, request)
        )
        return context


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Who said it"), max_length=120, required=False)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote_block.html"
        description = _("A quotation, for example from a person the hotline helped (with consent).")
        preview_value = {"text": "I did not know I could ask for help.", "attribution": "A caller"}


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = AccessibleImageBlock()
    hotline = HotlineCalloutBlock()
    checklist = ChecklistBlock()
    steps = NumberedStepsBlock()
    faq = FaqBlock()
    document = DocumentDownloadBlock()
    call_to_action = CallToActionBlock()
    quote = QuoteBlock()
