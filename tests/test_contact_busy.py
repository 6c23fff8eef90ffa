"""Beyond the cap on Argon2id work (privacy.work_slots) and a short wait in line, a message, a follow-up or a
receipt look-up gets a 503 with Retry-After that keeps the person's text and gives the hotline number."""

import pytest

from contact.models import Ticket
from privacy import work_slots

from .contact_helpers import contact_url, receipt_code, reply_check_url, soup, submission, textarea_text


@pytest.fixture
def no_slot(settings):
    settings.ARGON2_CONCURRENCY = 0
    settings.ARGON2_QUEUE_SECONDS = 0.1


def assert_kind_refusal(response, text=None):
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    html = soup(response)
    assert html.select_one(".form-problem a[href^='tel:']") is not None
    if text is not None:
        assert textarea_text(html) == text


@pytest.mark.django_db
def test_a_message_beyond_the_cap_gets_a_503_that_keeps_the_text(client, team_key, no_slot):
    response = client.post(contact_url(), submission(message="Please help, they took my passport."))

    assert_kind_refusal(response, "Please help, they took my passport.")
    assert Ticket.objects.count() == 0


@pytest.mark.django_db
def test_the_same_form_is_taken_once_a_slot_is_free(client, team_key, settings, no_slot):
    form = submission()
    assert client.post(contact_url(), form).status_code == 503

    settings.ARGON2_CONCURRENCY = 1
    assert receipt_code(client.post(contact_url(), form))
    assert Ticket.objects.count() == 1


@pytest.mark.django_db
def test_slots_taken_by_other_requests_make_a_look_up_wait_then_refuse(client, team_key, settings):
    settings.ARGON2_CONCURRENCY, settings.ARGON2_QUEUE_SECONDS = 1, 0.2
    code = receipt_code(client.post(contact_url(), submission()))
    held = work_slots.try_acquire("argon2", 1)

    response = client.post(reply_check_url(), {"code": code})

    assert_kind_refusal(response)
    work_slots.release(held)
    assert client.post(reply_check_url(), {"code": code}).status_code == 200


@pytest.mark.django_db
def test_a_follow_up_beyond_the_cap_keeps_its_text(client, team_key, settings):
    code = receipt_code(client.post(contact_url(), submission()))
    settings.ARGON2_CONCURRENCY, settings.ARGON2_QUEUE_SECONDS = 0, 0.1

    response = client.post(
        reply_check_url(), {**submission(message="One more thing: the agency is in Novi Sad."), "code": code}
    )

    assert_kind_refusal(response, "One more thing: the agency is in Novi Sad.")
    assert Ticket.objects.get().messages.count() == 1
