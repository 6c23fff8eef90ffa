"""Every StreamField block renders its own accessible markup, with no JavaScript."""

import io

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PillowImage

from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.blocks import BodyStreamBlock
from home.models import SiteSettings

from .conftest import one_page_of_each_type, page_url


@pytest.fixture
def image():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (1600, 900), "#8a1538").save(buffer, "PNG")
    return get_image_model().objects.create(title="Poster", file=ImageFile(buffer, name="poster.png"))


@pytest.fixture
def page_with_every_block(image):
    page = one_page_of_each_type()["StandardPage"]
    support = one_page_of_each_type()["SupportIndexPage"]
    document = get_document_model().objects.first()
    page.body_en = [
        {"type": "heading", "value": {"text": "Section", "level": "h2"}},
        {"type": "heading", "value": {"text": "Subsection", "level": "h3"}},
        {"type": "paragraph", "value": "<p>Plain <b>bold</b> text.</p>"},
        {"type": "image", "value": {"image": image.pk, "alt_text": "A red poster", "caption": "Our poster"}},
        {"type": "hotline", "value": {"heading": "Call us", "text": "Any time."}},
        {"type": "checklist", "value": {"title": "Signs", "items": ["Kept passport", "Debt"]}},
        {"type": "steps", "value": {"title": "Steps", "steps": [{"title": "Read", "text": "The contract."}]}},
        {"type": "faq", "value": {"title": "FAQ", "questions": [{"question": "Free?", "answer": "<p>Yes.</p>"}]}},
        {"type": "document", "value": {"document": document.pk, "label": "Leaflet"}},
        {"type": "call_to_action", "value": {"text": "See help", "page": support.pk, "link_text": "Support"}},
        {"type": "quote", "value": {"text": "You are not alone.", "attribution": "A consultant"}},
    ]
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_every_block_renders(client, page_with_every_block, image):
    html = BeautifulSoup(client.get(page_url(page_with_every_block, "en")).content, "html.parser")
    stream = html.select_one(".stream")

    assert stream.find("h2", string="Section") and stream.find("h3", string="Subsection")
    assert stream.select_one(".rich-text b").get_text() == "bold"

    picture = stream.select_one("figure.image-block img")
    assert picture["alt"] == "A red poster"
    assert picture["srcset"].count("w,") >= 2, "responsive renditions"
    assert picture["loading"] == "lazy"
    assert stream.select_one("figure.image-block figcaption").get_text() == "Our poster"

    callout = stream.select_one("aside.hotline-callout")
    numbers = {a["href"] for a in callout.select("a[href^='tel:']")}
    site_settings = SiteSettings.objects.get()
    hotline_and_emergency = [*site_settings.phones, *site_settings.emergency_numbers]
    assert numbers == {f"tel:{number['tel']}" for number in hotline_and_emergency}

    assert [li.get_text() for li in stream.select(".checklist li")] == ["Kept passport", "Debt"]
    assert stream.select_one(".steps ol li strong").get_text() == "Read"
    details = stream.select_one(".faq details")
    assert details.summary.get_text() == "Free?" and "Yes." in details.get_text()

    download = stream.select_one(".download a")
    assert download.get_text() == "Leaflet" and download.has_attr("download")
    assert "TXT" in stream.select_one(".download").get_text()

    cta = stream.select_one(".call-to-action a")
    assert cta["href"] == page_url(one_page_of_each_type()["SupportIndexPage"], "en")
    assert stream.select_one(".quote blockquote").get_text(strip=True) == "You are not alone."


def test_every_block_describes_itself_for_the_admin_picker():
    for name, block in BodyStreamBlock().child_blocks.items():
        assert block.meta.description, name
        assert block.meta.template.startswith("home/blocks/"), name


@pytest.mark.django_db
def test_image_block_requires_a_description():
    from django.core.exceptions import ValidationError

    block = BodyStreamBlock().child_blocks["image"]
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": None, "alt_text": "", "caption": ""}))
