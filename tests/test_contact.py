"""The anonymous contact form: sending, the receipt, reading replies, writing again, and the limits."""

import pytest

from django.contrib.sessions.models import Session
from django.core.management import call_command

from contact import crypto, tickets
from contact.models import Ticket, TicketMessage
from privacy.text import plain_text

from .conftest import LANGUAGES
from .contact_helpers import contact_url, receipt_code, reply_check_url, soup, submission, textarea_text, write_as_team


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_form_page_asks_only_what_it_needs(client, language, team_key):
    response = client.get(contact_url(language))

    assert response.status_code == 200
    html = soup(response)
    form = html.select_one("form.contact-form")
    names = {field["name"] for field in form.select("input, textarea, select")}
    consent = {"danger", "may_contact", "times", "leave_message", "say_who", "share"}
    assert names == {"topic", "message", "contact", "homepage", "token", *consent}
    assert len(form.select("input[name=topic]")) == 5
    assert form.select_one("input[name=contact]")["autocomplete"] == "off", "no phone number in form history"
    assert html.select_one("a[href^='tel:']") is not None
    assert "no-store" in response["Cache-Control"]
    # Browsers send "Origin: null" with forms under "no-referrer", which fails the CSRF check (privacy.csrf).
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_sending_sets_no_cookie_and_opens_no_session(client, team_key):
    assert not client.get(contact_url()).cookies

    response = client.post(contact_url(), submission())
    assert receipt_code(response)
    assert not response.cookies
    assert not Session.objects.exists()


@pytest.mark.django_db
def test_every_public_page_links_to_the_form(client):
    html = soup(client.get("/uk/"))
    assert html.select_one("a.site-header__write")["href"] == contact_url("uk")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_round_trip(client, team_key, language):
    sent = submission(message="Marker message: they keep my passport.", contact="Signal, evenings only")
    response = client.post(contact_url(language), sent)

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    code = receipt_code(response)
    assert code and len(crypto.normalise_receipt_code(code)) == crypto.RECEIPT_DIGITS
    assert soup(response).select_one("a[href^='tel:']") is not None

    ticket = Ticket.objects.get()
    assert (ticket.language, ticket.status, ticket.key_id) == (language, "new", team_key.key_id)
    assert ticket.created_hour.minute == 0 and ticket.created_hour.second == 0
    [first] = tickets.read_as_team(ticket, {team_key.key_id: team_key.private_key})
    assert first["message"] == sent["message"]
    assert first["contact"] == sent["contact"] and first["topic"] == "job_offer"

    # Without a reply, the person's code shows no list of messages, exactly like a wrong code.
    check = client.post(reply_check_url(language), {"code": code})
    assert check.status_code == 200
    assert not soup(check).select(".thread__message")

    write_as_team(ticket, team_key, "We read you. Call us on Monday.")
    write_as_team(ticket, team_key, "Internal: possible labour case", author=TicketMessage.Author.NOTE)
    check = client.post(reply_check_url(language), {"code": code})
    texts = [p.get_text() for p in soup(check).select(".thread__text")]
    assert texts == [sent["message"], "We read you. Call us on Monday."]
    assert "Internal" not in check.content.decode()

    follow_up = {"code": code, "message": "Thank you, I will call on Monday.", "token": submission()["token"]}
    response = client.post(reply_check_url(language), follow_up)
    assert soup(response).select_one(".form-success")
    messages = tickets.read_as_team(Ticket.objects.get(), {team_key.key_id: team_key.private_key})
    assert [m["message"] for m in messages][-1] == "Thank you, I will call on Monday."
    assert Ticket.objects.count() == 1


@pytest.mark.django_db
def test_a_form_sent_twice_is_stored_once_and_its_code_shown_only_soon_after(
    client, team_key, monkeypatch, caches_in_memory
):
    import time as clock

    sent = submission()
    first = client.post(contact_url(), sent)
    double_tap = client.post(contact_url(), sent)
    later = clock.time() + 11 * 60
    monkeypatch.setattr(clock, "time", lambda: later)
    much_later = client.post(contact_url(), sent)

    assert receipt_code(first) and receipt_code(double_tap) == receipt_code(first)
    assert receipt_code(much_later) is None
    assert "already sent" in much_later.content.decode()
    assert Ticket.objects.count() == 1


def _visible_text(response):
    html = soup(response)
    for hidden in html.select("input[type=hidden], script"):
        hidden.decompose()
    return html.get_text(" ", strip=True)


@pytest.mark.django_db
def test_wrong_code_looks_and_costs_like_a_right_code_without_news(client, team_key, monkeypatch):
    code = receipt_code(client.post(contact_url(), submission()))
    wrong = "1234 5678 9012 3456 7890"
    derivations = []
    real_derive = crypto.derive_sender_key
    monkeypatch.setattr(crypto, "derive_sender_key", lambda *args: derivations.append(1) or real_derive(*args))

    right_response = client.post(reply_check_url(), {"code": code})
    right_cost = len(derivations)
    wrong_response = client.post(reply_check_url(), {"code": wrong})
    wrong_cost = len(derivations) - right_cost

    assert right_cost == wrong_cost == 1
    assert right_response.status_code == wrong_response.status_code == 200
    assert _visible_text(right_response) == _visible_text(wrong_response)


@pytest.mark.django_db
def test_follow_up_with_a_mistyped_code_is_not_lost(client, team_key):
    mistyped = "1111 2222 3333 4444 5555"
    response = client.post(
        reply_check_url(),
        {"code": mistyped, "message": "Second message, typed code wrong.", "token": submission()["token"]},
    )

    assert soup(response).select_one(".form-success")
    ticket = Ticket.objects.get()
    [message] = tickets.read_as_team(ticket, {team_key.key_id: team_key.private_key})
    assert message["message"] == "Second message, typed code wrong."
    assert tickets.find_for_reader(crypto.normalise_receipt_code(mistyped))[0] == ticket


@pytest.mark.django_db
def test_without_a_team_key_nothing_is_stored_and_the_text_stays(client):
    response = client.post(contact_url(), submission(message="Please help me, I am stuck here."))

    assert response.status_code == 503
    html = soup(response)
    assert textarea_text(html) == "Please help me, I am stuck here."
    assert html.select_one(".form-problem a[href^='tel:']") is not None
    assert Ticket.objects.count() == 0


@pytest.mark.django_db
def test_honeypot_gets_a_receipt_but_nothing_is_stored(client, team_key):
    response = client.post(contact_url(), submission(homepage="http://spam.example"))
    assert receipt_code(response)
    assert Ticket.objects.count() == 0


@pytest.mark.django_db
def test_a_form_sent_too_quickly_is_shown_again_with_the_text(client, team_key, settings):
    settings.CONTACT_MIN_FILL_SECONDS = 30
    response = client.post(contact_url("sr-latn"), submission(message="Brzo poslata poruka, ali prava."))

    assert response.status_code == 400
    html = soup(response)
    assert textarea_text(html) == "Brzo poslata poruka, ali prava."
    assert html.select_one(".form-problem")
    assert Ticket.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sr-latn", "en", "ar"])
def test_rate_limit_per_client_keeps_the_text_and_gives_the_number(client, team_key, settings, language):
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "per_client_hour": "2/h"}
    for _ in range(2):
        assert receipt_code(client.post(contact_url(language), submission(), REMOTE_ADDR="203.0.113.77"))

    limited = client.post(
        contact_url(language), submission(message="Third message, still important."), REMOTE_ADDR="203.0.113.77"
    )

    assert limited.status_code == 429
    html = soup(limited)
    assert textarea_text(html) == "Third message, still important."
    assert html.select_one(".form-problem a[href^='tel:']") is not None
    assert Ticket.objects.count() == 2
    # Another client is not affected.
    assert receipt_code(client.post(contact_url(language), submission(), REMOTE_ADDR="198.51.100.9"))


@pytest.mark.django_db
def test_global_hourly_budget(client, team_key, settings):
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "global_hour": "3/h"}
    for number in range(3):
        assert receipt_code(client.post(contact_url(), submission(), REMOTE_ADDR=f"198.51.100.{number}"))
    limited = client.post(contact_url(), submission(), REMOTE_ADDR="198.51.100.200")
    assert limited.status_code == 429
    assert Ticket.objects.count() == 3


@pytest.mark.django_db
def test_code_lookups_are_limited_per_client(client, team_key, settings):
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "lookups_per_client_hour": "3/h"}
    code = receipt_code(client.post(contact_url(), submission()))
    for _ in range(3):
        assert client.post(reply_check_url(), {"code": "0000 0000 0000 0000 0000"}).status_code == 200

    limited = client.post(reply_check_url(), {"code": code})

    assert limited.status_code == 429
    assert soup(limited).select_one(".form-problem a[href^='tel:']") is not None


@pytest.mark.django_db
def test_proxy_header_is_used_only_when_configured(client, team_key, settings):
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "per_client_hour": "1/h"}
    client.post(contact_url(), submission(), HTTP_X_REAL_IP="203.0.113.1")
    # Not configured: the header is ignored, so every request counts as the same client (REMOTE_ADDR).
    assert client.post(contact_url(), submission(), HTTP_X_REAL_IP="203.0.113.2").status_code == 429

    settings.CONTACT_CLIENT_ADDRESS_HEADER = "HTTP_X_REAL_IP"
    assert receipt_code(client.post(contact_url(), submission(), HTTP_X_REAL_IP="203.0.113.3"))


@pytest.mark.django_db
def test_purge_deletes_tickets_past_retention(client, team_key):
    from datetime import timedelta

    from django.utils import timezone

    client.post(contact_url(), submission())
    client.post(contact_url(), submission())
    old, recent = Ticket.objects.all()
    Ticket.objects.filter(pk=old.pk).update(delete_after=timezone.now() - timedelta(hours=1))

    from wagtail.log_actions import log
    from wagtail.models import ModelLogEntry

    for ticket in (old, recent):
        log(instance=ticket, action="hotline.view")

    call_command("purge_tickets", verbosity=0)

    assert list(Ticket.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not TicketMessage.objects.filter(ticket_id=old.pk).exists()
    assert list(ModelLogEntry.objects.values_list("object_id", flat=True)) == [recent.pk]


@pytest.mark.django_db
def test_retention_counts_from_the_last_activity(client, team_key, settings):
    settings.HOTLINE_RETENTION_DAYS = 90
    client.post(contact_url(), submission())
    ticket = Ticket.objects.get()
    assert (ticket.delete_after - ticket.last_activity_hour).days == 90


@pytest.mark.django_db
def test_hotline_keys_init_and_status(capsys):
    call_command("hotline_keys", "status")
    assert "No team key" in capsys.readouterr().out

    call_command("hotline_keys", "init")
    output = capsys.readouterr().out
    assert "ESCROW PRIVATE KEY" in output and "offline" in output

    call_command("hotline_keys", "init", "--if-missing")
    assert "nothing to do" in capsys.readouterr().out
    call_command("hotline_keys", "status")
    assert "active" in capsys.readouterr().out


@pytest.mark.django_db
def test_the_printed_escrow_key_recovers_the_team_key(capsys, client):
    import base64

    from contact.models import TeamKey

    call_command("hotline_keys", "init")
    printed = capsys.readouterr().out.split("stored nowhere:")[1].strip().split("\n")[0]
    escrow_private = crypto.private_key_from_bytes(base64.b32decode(printed.replace(" ", "")))
    team_record = TeamKey.objects.get()
    team_private = crypto.unseal_private_key(team_record.sealed_for_escrow, escrow_private)

    client.post(contact_url(), submission(message="Readable with the escrow key."))
    [message] = tickets.read_as_team(Ticket.objects.get(), {team_record.key_id: team_private})
    assert message["message"] == "Readable with the escrow key."


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (
            "my boss said <style of work is hard> and then he hit me",
            "my boss said <style of work is hard> and then he hit me",
        ),
        ("I earn <b much less> than promised", "I earn <b much less> than promised"),
        ("<b>Help</b> me, <script>alert(1)</script>please", "<b>Help</b> me, <script>alert(1)</script>please"),
        ("&lt;they&gt; &amp; &#7; stay as typed", "&lt;they&gt; &amp; &#7; stay as typed"),
        ("line one\r\nline two\rline three", "line one\nline two\nline three"),
        ("tab\tand NUL\x00 and bell\x07 and C1\x85 gone", "tab\tand NUL and bell and C1 gone"),
        ("  surrounding space  ", "surrounding space"),
    ],
)
def test_plain_text_is_kept_as_typed_minus_control_characters(typed, kept):
    assert plain_text(typed) == kept


@pytest.mark.django_db
def test_forged_forwarded_for_entries_do_not_escape_the_limit(client, team_key, settings):
    settings.CONTACT_CLIENT_ADDRESS_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "per_client_hour": "1/h"}
    assert receipt_code(client.post(contact_url(), submission(), HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.5"))

    # The client invents a new first hop; the address our proxy appended is the same.
    response = client.post(contact_url(), submission(), HTTP_X_FORWARDED_FOR="2.2.2.2, 203.0.113.5")

    assert response.status_code == 429


@pytest.mark.django_db
def test_raising_the_key_derivation_cost_keeps_old_codes_working(client, team_key, settings):
    code = receipt_code(client.post(contact_url(), submission(message="Written before the cost went up.")))
    write_as_team(Ticket.objects.get(), team_key, "An answer.")

    settings.HOTLINE_KDF_COST = {"opslimit": 2, "memlimit": 16 * 1024}
    response = client.post(reply_check_url(), {"code": code})

    assert response.status_code == 200
    assert "Written before the cost went up." in response.content.decode()
