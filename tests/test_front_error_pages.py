"""`manage.py render_front_error_pages`: the pages nginx shows for the errors it answers itself, each with every
hotline number as a link to call, in the site's default language, and nothing that loads or runs."""

import pytest
from bs4 import BeautifulSoup

from django.core.management import CommandError, call_command

from home.management.commands.render_front_error_pages import FRONT_ERROR_STATUSES
from home.models import SiteSettings

NGINX_STATUSES = (400, 405, 408, 413, 414, 429, 494, 500, 502, 503, 504)


def rendered(tmp_path):
    call_command("render_front_error_pages", str(tmp_path), verbosity=0)
    return {
        status: BeautifulSoup((tmp_path / f"{status}.html").read_text(), "html.parser") for status in NGINX_STATUSES
    }


@pytest.mark.django_db
def test_every_status_nginx_answers_has_a_page():
    assert set(NGINX_STATUSES) <= set(FRONT_ERROR_STATUSES)


@pytest.mark.django_db
@pytest.mark.parametrize("status", NGINX_STATUSES)
def test_each_page_offers_every_hotline_number_to_call(tmp_path, status):
    page = rendered(tmp_path)[status]
    calls = {(link["href"], link.get_text()) for link in page.select("a[href^='tel:']")}
    assert calls == {("tel:+381111112222", "+381 11 111 2222"), ("tel:0800333444", "0800 333 444")}
    assert "Besplatno u Srbiji" in page.get_text()  # the second number's note, in the default language


@pytest.mark.django_db
def test_pages_are_in_the_default_language_and_name_no_server(tmp_path):
    pages = rendered(tmp_path)
    for page in pages.values():
        assert page.html["lang"] == "sr-Latn"
        assert page.html["dir"] == "ltr"
        assert "nginx" not in str(page).lower()
    assert pages[414].h1.get_text() == "Ovaj zahtev nije mogao da se razume"
    assert pages[503].h1.get_text() == "Došlo je do greške"


@pytest.mark.django_db
def test_pages_load_and_run_nothing(tmp_path):
    for page in rendered(tmp_path).values():
        assert not page.select("script, link, img, style, iframe, [style]")
        assert not [link for link in page.select("a[href]") if not link["href"].startswith(("tel:", "/"))]


@pytest.mark.django_db
def test_refuses_to_write_pages_without_a_number(tmp_path):
    SiteSettings.objects.update(primary_phone="", secondary_phone="")
    with pytest.raises(CommandError, match="no hotline number"):
        call_command("render_front_error_pages", str(tmp_path / "pages"), verbosity=0)
    assert not (tmp_path / "pages").exists()
