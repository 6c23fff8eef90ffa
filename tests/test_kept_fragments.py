"""What each server process keeps under the page cache's generation (home.cache_generation.kept_in_process): the
site, its settings, the restricted paths, routes, fragments of pages ({% kept %}) and Cyrillic transliterations.

A change shows at once (tests/test_page_cache.py reads every change both ways); here, what must never be kept,
what a kept route or fragment must not get around, and what a kept page costs.
"""

import pytest

from wagtail.models import PageViewRestriction

from home import middleware
from home.cache_generation import process_cache
from home.transliteration import latin_html_to_cyrillic
from resources.models import ResourcePage

from .conftest import LANGUAGES, one_page_of_each_type, page_url
from .contact_helpers import contact_url, reply_check_url, submission
from .test_outages import redis_gone

CAMPAIGN = "?utm_source=campaign"
WORDS = "Marker words 5521 моја порука"


def article():
    return ResourcePage.objects.live().order_by("path").first()


def kept_values():
    """Everything this process keeps, as text."""
    store = process_cache()
    return " ".join(str(store.get(key.split(":", 2)[-1])) for key in list(store._cache))


def kept_count():
    return len(process_cache()._cache)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_article_read_again_with_a_query_string_runs_three_queries(client, django_assert_max_num_queries, language):
    """The page itself, and Wagtail's two queries for view restrictions, which it always asks the database."""
    url = page_url(article(), language) + CAMPAIGN
    first = client.get(url)

    with django_assert_max_num_queries(3):
        again = client.get(url)

    assert again.status_code == 200
    assert again.content == first.content


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_search_words_are_never_kept(client, language):
    client.get(page_url(article(), language) + CAMPAIGN)
    response = client.get(f"/{language}/search/", {"q": WORDS})

    assert response.status_code == 200
    assert "5521" not in kept_values()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sr-latn", "sr", "ar"])
@pytest.mark.parametrize("page", ["contact", "reply"])
def test_what_a_person_typed_is_never_kept(client, language, page):
    """A form sent back with a problem shows what was typed: the page is rendered, transliterated into Cyrillic
    for sr, and nothing of it kept."""
    if page == "contact":
        url, data = contact_url(language), submission(message=WORDS, token="expired")
    else:
        url, data = reply_check_url(language), {"code": "not-a-code", "message": WORDS, "token": "expired"}
    client.get(url)

    response = client.post(url, data)

    assert "5521" in response.content.decode()
    assert "5521" not in kept_values()


@pytest.mark.django_db
def test_a_preview_neither_uses_nor_leaves_kept_fragments(client):
    page = article()
    url = page_url(page, "en") + CAMPAIGN
    # Read at the host a preview is rendered for (Wagtail's made-up request names the page's site), so that a
    # fragment kept for the live page is one the preview could find.
    site = page.get_site()
    host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    assert client.get(url, HTTP_HOST=host).status_code == 200

    draft = ResourcePage.objects.get(pk=page.pk)
    draft.title_en = "Draft title 4471"
    draft.summary_en = "Draft summary 4471"
    preview = draft.make_preview_request().content.decode()

    assert "Draft title 4471" in preview
    assert "Draft summary 4471" in preview
    published = client.get(url, HTTP_HOST=host).content.decode()
    assert "Draft title 4471" not in published
    assert "Draft summary 4471" not in published


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sr-latn", "ar"])
def test_a_restriction_added_to_a_kept_page_holds_at_once(client, language):
    """The route and the content were kept while the page was public; the view restriction check still runs."""
    page = article()
    url = page_url(page, language) + CAMPAIGN
    assert 'class="lead"' in client.get(url).content.decode()

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="pw-9")

    behind = client.get(url).content.decode()
    assert 'name="password"' in behind
    assert 'class="lead"' not in behind


@pytest.mark.django_db
def test_a_path_that_leads_nowhere_is_not_kept(client):
    client.get(page_url(article(), "en") + CAMPAIGN)
    kept = kept_count()

    for number in range(20):
        assert client.get(f"/en/no-such-page-{number}/{CAMPAIGN}").status_code == 404

    assert kept_count() == kept


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sr-latn", "sr"])
def test_while_redis_is_gone_pages_are_rendered_and_nothing_is_kept(client, language):
    process_cache().clear()
    url = page_url(article(), language) + CAMPAIGN
    with redis_gone():
        first = client.get(url)
        again = client.get(url)

    assert first.status_code == again.status_code == 200
    assert first.content == again.content
    # Only a transliteration may be kept: it is kept by the Latin page's own hash, not under a generation.
    assert [key for key in process_cache()._cache if ":cyrillic:" not in key] == []


@pytest.fixture
def transliterations(monkeypatch):
    calls = []

    def counted(html):
        calls.append(len(html))
        return latin_html_to_cyrillic(html)

    monkeypatch.setattr(middleware, "latin_html_to_cyrillic", counted)
    return calls


@pytest.mark.django_db
@pytest.mark.parametrize("model_name", ["ResourcePage", "HomePage", "SupportIndexPage"])
def test_a_cyrillic_page_is_transliterated_once_and_kept_as_it_would_be_anew(client, transliterations, model_name):
    url = page_url(one_page_of_each_type()[model_name], "sr") + CAMPAIGN
    client.get(url)
    transliterations.clear()

    kept = client.get(url).content
    assert transliterations == []
    process_cache().clear()
    anew = client.get(url).content

    assert len(transliterations) == 1
    assert kept == anew
    assert "Ћ" in kept.decode() or "ћ" in kept.decode()
