"""The consultants' inbox: who may enter, unlocking with a second factor, reading, triage, replies, audit."""

import time

import pytest

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from wagtail.models import ModelLogEntry

from contact import crypto, keyring, tickets
from contact.inbox.views.statistics import neutralise_cell
from contact.models import ConsultantKey, EscrowKey, TeamKey, TeamKeyGrant, Ticket, TicketMessage

from .contact_helpers import contact_url, receipt_code, reply_check_url, submission
from .inbox_helpers import PASSPHRASE, make_consultant, unlock, unlocked_state, verify
from .staff_helpers import ENROL_PATH, VERIFY_PATH, Clock, sign_in_verified

MARKER = "lynx-marker-3141"


@pytest.fixture
def consultant(django_user_model, team_key):
    return make_consultant(django_user_model, "consultant-a", team_key)


@pytest.fixture
def ticket(client, team_key):
    code = receipt_code(client.post(contact_url(), submission(message=f"I need help {MARKER}")))
    client.logout()
    found = Ticket.objects.get()
    found.code = code
    return found


def inbox_urls(ticket):
    return [
        "/admin/inbox/",
        "/admin/inbox/results/",
        f"/admin/inbox/ticket/{ticket.pk}/",
        f"/admin/inbox/ticket/{ticket.pk}/delete/",
        "/admin/inbox/unlock/",
        "/admin/inbox/keys/",
        "/admin/inbox/statistics/",
        "/admin/inbox/statistics.csv",
    ]


def action_urls(ticket, consultant):
    """The URLs that only take a POST."""
    return [
        "/admin/inbox/lock/",
        f"/admin/inbox/ticket/{ticket.pk}/triage/",
        f"/admin/inbox/ticket/{ticket.pk}/message/",
        "/admin/inbox/keys/passphrase/",
        "/admin/inbox/keys/grant/",
        f"/admin/inbox/keys/{ConsultantKey.objects.get(user=consultant).pk}/revoke/",
        "/admin/inbox/keys/rotate/",
    ]


@pytest.mark.django_db
def test_permission_matrix(client, django_user_model, ticket, consultant):
    editor = django_user_model.objects.create_user("an-editor", password="x" * 12)
    editor.groups.add(Group.objects.get(name="Editors"))
    moderator = django_user_model.objects.create_user("a-moderator", password="x" * 12)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    superuser = django_user_model.objects.create_superuser("boss", password="x" * 12)

    for url in inbox_urls(ticket):
        client.logout()
        assert client.get(url).status_code == 302, f"anonymous: {url}"
        for outsider in (editor, moderator, superuser):
            sign_in_verified(client, outsider)
            assert client.get(url).status_code == 403, f"{outsider}: {url}"
            assert client.post(url, {}).status_code == 403, f"{outsider} POST: {url}"
        sign_in_verified(client, consultant)
        assert client.get(url).status_code in (200, 302), f"consultant: {url}"
    for outsider in (editor, superuser):
        sign_in_verified(client, outsider)
        for url in action_urls(ticket, consultant):
            assert client.post(url).status_code == 403, f"{outsider}: {url}"


@pytest.mark.django_db
def test_a_superuser_sees_neither_the_inbox_nor_its_menu(client, django_user_model, ticket):
    superuser = django_user_model.objects.create_superuser("boss", password="x" * 12)
    sign_in_verified(client, superuser)

    listing = client.get("/admin/inbox/")
    page = client.get(f"/admin/inbox/ticket/{ticket.pk}/")

    assert listing.status_code == page.status_code == 403
    assert ticket.pk not in listing.content.decode() + page.content.decode()
    assert "/admin/inbox/" not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_unlocking_needs_the_second_factor(client, consultant, ticket):
    client.force_login(consultant)
    assert client.get("/admin/inbox/unlock/")["Location"].startswith(VERIFY_PATH)
    assert client.post("/admin/inbox/unlock/", {"passphrase": PASSPHRASE}).status_code == 302
    assert keyring.UNLOCK_COOKIE not in client.cookies
    assert verify(client, consultant).status_code == 302
    assert client.get("/admin/inbox/unlock/").status_code == 200


@pytest.mark.django_db
def test_unlock_read_lock(client, consultant, ticket):
    response = unlock(client, consultant)
    assert response.status_code == 302
    cookie = response.cookies[keyring.UNLOCK_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Strict" and cookie["path"] == "/admin/inbox/"
    assert not cookie["max-age"], "ends with the browser session"

    page = client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()
    assert MARKER in page
    listing = client.get("/admin/inbox/").content.decode()
    assert "Checking a job offer or an agency" in listing, "topics show once unlocked"

    client.post("/admin/inbox/lock/")
    assert MARKER not in client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()


@pytest.mark.django_db
def test_wrong_passphrases_slow_the_account_down_but_never_lock_it(
    client, consultant, ticket, settings, monkeypatch, caches_in_memory
):
    clock = Clock(monkeypatch)
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "unlocks_per_user": "3/15m"}
    statuses = [unlock(client, consultant, "wrong passphrase!!").status_code for _ in range(5)]
    assert statuses == [400, 400, 400, 400, 429], "three free guesses, then each one waits for a growing delay"
    assert "wait" in unlock(client, consultant).content.decode().lower()
    assert MARKER not in client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()

    clock.advance(3)
    assert unlock(client, consultant).status_code == 302, "once the delay is over, the owner gets in"
    assert MARKER in client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()


@pytest.mark.django_db
def test_idle_timeout_locks(client, consultant, ticket, settings, monkeypatch, caches_in_memory):
    settings.HOTLINE_IDLE_MINUTES = 30
    unlock(client, consultant)
    assert MARKER in client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()

    later = time.time() + 31 * 60
    monkeypatch.setattr(time, "time", lambda: later)

    assert MARKER not in client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()


@pytest.mark.django_db
def test_session_copy_without_cookie_and_cookie_without_session_open_nothing(client, consultant, ticket):
    unlock(client, consultant)
    unlock_cookie = client.cookies[keyring.UNLOCK_COOKIE].value
    stored = unlocked_state(client)

    # The session store alone: same session, no unlock cookie.
    del client.cookies[keyring.UNLOCK_COOKIE]
    assert MARKER not in client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()
    # The cookie alone: the right unlock key, in a session that does not hold the sealed keys.
    client.logout()
    sign_in_verified(client, consultant)
    client.cookies[keyring.UNLOCK_COOKIE] = unlock_cookie
    assert MARKER not in client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()
    # And the sealed keys are useless without the cookie's key.
    assert MARKER not in str(stored) and stored["sealed"]


@pytest.mark.django_db
def test_hostile_content_is_inert_in_the_admin(client, consultant, team_key):
    hostile = '<script>alert("x")</script><a href="https://evil.example">click</a> \u202egnp.exe\u200b'
    ticket = tickets.open_ticket(code_digits="1" * 20, language="en", payload={"topic": "other", "message": hostile})
    unlock(client, consultant)

    page = client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()

    assert '<script>alert("x")</script>' not in page
    assert "&lt;script&gt;" in page
    assert 'href="https://evil.example"' not in page
    assert "[U+202E]" in page and "[U+200B]" in page


@pytest.mark.django_db
def test_reply_reaches_the_person_and_notes_do_not(client, consultant, ticket):
    unlock(client, consultant)
    client.post(f"/admin/inbox/ticket/{ticket.pk}/message/", {"kind": "reply", "text": "Please call us tomorrow."})
    client.post(f"/admin/inbox/ticket/{ticket.pk}/message/", {"kind": "note", "text": "Team only: labour case"})
    assert Ticket.objects.get().status == Ticket.Status.WAITING
    client.logout()

    page = client.post(reply_check_url(), {"code": ticket.code}).content.decode()

    assert "Please call us tomorrow." in page and MARKER in page
    assert "Team only" not in page


@pytest.mark.django_db
def test_triage_changes_and_delete(client, consultant, ticket):
    unlock(client, consultant)
    response = client.post(
        f"/admin/inbox/ticket/{ticket.pk}/triage/",
        {
            "status": "open",
            "urgency": "immediate",
            "assignee": consultant.pk,
            "trafficking_types": ["labour"],
            "assistance_needed": ["legal", "interpretation"],
            "minor_involved": "false",
            "interpreter_language": "Arabic",
        },
    )
    assert response.status_code == 302
    ticket.refresh_from_db()
    assert (ticket.status, ticket.urgency, ticket.assignee) == ("open", "immediate", consultant)
    assert ticket.trafficking_types == ["labour"] and ticket.interpreter_language == "Arabic"

    assert client.get("/admin/inbox/?assigned=me").content.decode().count(ticket.pk) >= 1
    assert ticket.pk not in client.get("/admin/inbox/?assigned=unassigned").content.decode()
    assert ticket.pk in client.get("/admin/inbox/?urgency=immediate&status=open").content.decode()

    assert client.get(f"/admin/inbox/ticket/{ticket.pk}/delete/").status_code == 200
    client.post(f"/admin/inbox/ticket/{ticket.pk}/delete/")
    assert not Ticket.objects.exists()
    assert client.post(reply_check_url(), {"code": ticket.code}).status_code == 200


@pytest.mark.django_db
def test_every_step_is_audited_without_content(client, django_user_model, consultant, ticket):
    unlock(client, consultant)
    client.get(f"/admin/inbox/ticket/{ticket.pk}/")
    client.post(f"/admin/inbox/ticket/{ticket.pk}/message/", {"kind": "reply", "text": f"reply {MARKER}"})
    client.post(f"/admin/inbox/ticket/{ticket.pk}/message/", {"kind": "note", "text": f"note {MARKER}"})
    client.post(f"/admin/inbox/ticket/{ticket.pk}/triage/", {"status": "closed", "urgency": "low"})
    client.post(f"/admin/inbox/ticket/{ticket.pk}/delete/")
    client.post("/admin/inbox/lock/")

    entries = ModelLogEntry.objects.filter(action__startswith="hotline.")
    actions = set(entries.values_list("action", flat=True))
    assert {"hotline.unlock", "hotline.view", "hotline.reply", "hotline.note", "hotline.change"} <= actions
    assert {"hotline.lock", "hotline.delete"} <= actions
    assert set(entries.values_list("user", flat=True)) == {consultant.pk}
    for entry in entries:
        assert MARKER not in f"{entry.label} {entry.data} {entry.object_id}"
    # Wagtail's site history report lists them for whoever may read reports.
    sign_in_verified(client, django_user_model.objects.create_superuser("auditor", password="x" * 12))
    report = client.get("/admin/reports/site-history/?action=hotline.reply").content.decode()
    assert "consultant-a" in report and MARKER not in report


@pytest.mark.django_db
def test_rotation_keeps_old_tickets_readable_and_leavers_locked_out(client, django_user_model, consultant, ticket):
    leaver = make_consultant(django_user_model, "leaver")
    keyring.grant(keyring.team_keys_for(consultant, PASSPHRASE), ConsultantKey.objects.get(user=leaver))
    keyring.revoke(leaver)
    new_key = keyring.rotate_team_key()

    code = receipt_code(client.post(contact_url(), submission(message="After rotation, new key.")))
    client.logout()
    newer = Ticket.objects.get(key_id=new_key.key_id)
    assert ticket.key_id != new_key.key_id and code

    unlock(client, consultant)
    assert MARKER in client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()
    assert "After rotation" in client.get(f"/admin/inbox/ticket/{newer.pk}/").content.decode()
    assert keyring.team_keys_for(leaver, PASSPHRASE) == {}
    assert not TeamKeyGrant.objects.filter(consultant_key__user=leaver).exists()


@pytest.mark.django_db
def test_a_reset_without_the_old_passphrase_stays_locked_until_granted_again(client, consultant, ticket):
    consultant.set_password("a-new-login-password")
    consultant.save()
    assert keyring.team_keys_for(consultant, PASSPHRASE), "a new login password does not touch the key"

    keyring.set_passphrase(consultant, "a brand new passphrase")

    assert keyring.team_keys_for(consultant, "a brand new passphrase") == {}
    unlock(client, consultant, "a brand new passphrase")
    assert MARKER not in client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()


@pytest.mark.django_db
def test_a_colleague_grants_the_team_key_in_the_admin(client, django_user_model, consultant, ticket):
    newcomer = make_consultant(django_user_model, "newcomer")
    unlock(client, consultant)
    newcomer_key = ConsultantKey.objects.get(user=newcomer)

    client.post("/admin/inbox/keys/grant/", {"consultant": newcomer_key.pk})

    client.logout()
    unlock(client, newcomer)
    assert MARKER in client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()


@pytest.mark.django_db
def test_escrow_grants_through_the_command(capsys, django_user_model, client):
    call_command("hotline_keys", "init")
    escrow = capsys.readouterr().out.split("stored nowhere:")[1].strip().split("\n")[0]
    newcomer = make_consultant(django_user_model, "recovered")
    code = receipt_code(client.post(contact_url(), submission(message=f"Escrow path {MARKER}")))
    client.logout()
    assert code

    call_command("hotline_keys", "grant", "recovered", "--escrow-key", escrow)

    unlock(client, newcomer)
    assert MARKER in client.get(f"/admin/inbox/ticket/{Ticket.objects.get().pk}/").content.decode()


@pytest.mark.django_db
def test_new_count_in_menu_and_dashboard_for_consultants_only(client, django_user_model, consultant, ticket):
    sign_in_verified(client, consultant)
    dashboard = client.get("/admin/").content.decode()
    assert "Hotline inbox (1)" in dashboard and "New requests" in dashboard
    editor = django_user_model.objects.create_user("an-editor", password="x" * 12)
    editor.groups.add(Group.objects.get(name="Editors"))
    sign_in_verified(client, editor)
    assert "/admin/inbox/" not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_statistics_csv(client, consultant, ticket):
    Ticket.objects.update(trafficking_types=["labour"])
    unlock(client, consultant)

    response = client.get("/admin/inbox/statistics.csv")

    assert response["Content-Type"].startswith("text/csv")
    rows = [line.split(",") for line in response.content.decode().strip().splitlines()]
    assert rows[0] == ["dimension", "value", "count"]
    assert ["status", "new", "1"] in rows and ["trafficking_type", "labour", "1"] in rows
    assert ["language", "en", "1"] in rows
    assert any(row[0] == "topic" for row in rows)
    assert MARKER not in response.content.decode()


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("+1", "'+1"), ("-2", "'-2"), ("@x", "'@x"), ("ok", "ok"), (3, "3")],
)
def test_csv_cells_cannot_become_formulas(cell, expected):
    assert neutralise_cell(cell) == expected


@pytest.mark.django_db
def test_admin_login_is_rate_limited(client, settings):
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "admin_logins_per_client": "3/15m"}
    # Another user name each time, so that only the limit per client applies (staff tests: per user name).
    statuses = [
        client.post("/admin/login/", {"username": f"nobody-{n}", "password": "wrong"}).status_code for n in range(4)
    ]
    assert statuses[-1] == 429 and 429 not in statuses[:3]


@pytest.mark.django_db
def test_replies_and_notes_leave_no_plaintext_in_the_database(client, consultant, ticket):
    from .test_contact_privacy import database_text

    unlock(client, consultant)
    client.post(f"/admin/inbox/ticket/{ticket.pk}/message/", {"kind": "reply", "text": "reply-marker-6061"})
    client.post(f"/admin/inbox/ticket/{ticket.pk}/message/", {"kind": "note", "text": "note-marker-7071"})
    stored = database_text()
    assert TicketMessage.objects.count() == 3
    for secret in ("reply-marker-6061", "note-marker-7071", MARKER):
        assert secret not in stored


@pytest.mark.django_db
def test_new_request_mail_is_batched_and_holds_no_content(client, consultant, team_key, mailoutbox):
    consultant.email = "consultant@example.org"
    consultant.save()
    for number in range(3):
        client.post(
            contact_url(), submission(message=f"Request {number} {MARKER}"), REMOTE_ADDR=f"198.51.100.{number}"
        )

    call_command("notify_new_tickets", verbosity=0)
    call_command("notify_new_tickets", verbosity=0)

    [mail] = mailoutbox
    assert mail.to == ["consultant@example.org"]
    assert "3" in mail.subject
    assert MARKER not in mail.subject + mail.body
    assert "/admin/inbox/" in mail.body


@pytest.mark.django_db
def test_a_lost_phone_means_enrolling_again_with_an_invitation(client, consultant, capsys):
    call_command("reset_second_factor", consultant.username, verbosity=0)
    client.force_login(consultant)

    assert client.get("/admin/inbox/")["Location"].startswith(ENROL_PATH)
    assert "otpauth://" not in client.get(ENROL_PATH).content.decode(), "no secret without an invitation"
    call_command("invite_second_factor", consultant.username)
    code = capsys.readouterr().out.split("Invitation code: ")[1].strip()
    client.post(ENROL_PATH, {"invitation": code})
    assert "Secret key" in client.get(ENROL_PATH).content.decode()


@pytest.mark.django_db
def test_a_leaver_is_removed_and_the_key_rotated_in_the_admin(client, django_user_model, consultant, ticket):
    leaver = make_consultant(django_user_model, "leaving")
    keyring.grant(keyring.team_keys_for(consultant, PASSPHRASE), ConsultantKey.objects.get(user=leaver))
    unlock(client, consultant)

    client.post(f"/admin/inbox/keys/{ConsultantKey.objects.get(user=leaver).pk}/revoke/")
    client.post("/admin/inbox/keys/rotate/")

    assert keyring.team_keys_for(leaver, PASSPHRASE) == {}
    assert len(keyring.team_keys_for(consultant, PASSPHRASE)) == 2
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"hotline.revoke", "hotline.rotate"} <= actions


def try_to_answer_close_and_delete(client, ticket, sent_to):
    for action, data in (
        ("message", {"kind": "reply", "text": "Come alone tonight."}),
        ("triage", {"status": "closed"}),
    ):
        response = client.post(f"/admin/inbox/ticket/{ticket.pk}/{action}/", data)
        assert response["Location"].startswith(sent_to)
    client.post(f"/admin/inbox/ticket/{ticket.pk}/delete/")


@pytest.mark.django_db
def test_a_password_alone_cannot_answer_close_or_delete(client, consultant, ticket):
    client.force_login(consultant)
    try_to_answer_close_and_delete(client, ticket, sent_to=(VERIFY_PATH, ENROL_PATH))
    new_passphrase = {"passphrase": "x" * 14, "confirm": "x" * 14}
    assert client.post("/admin/inbox/keys/passphrase/", new_passphrase).status_code == 302
    # With the second factor too, a locked inbox still changes nothing.
    sign_in_verified(client, consultant)
    try_to_answer_close_and_delete(client, ticket, sent_to="/admin/inbox/unlock/")

    ticket.refresh_from_db()
    assert ticket.status == "new" and ticket.messages.count() == 1
    assert keyring.team_keys_for(consultant, PASSPHRASE), "the key was not replaced"


@pytest.mark.django_db
def test_raising_the_key_derivation_cost_keeps_passphrases_working(consultant, settings):
    settings.HOTLINE_KDF_COST = {"opslimit": 2, "memlimit": 16 * 1024}
    assert keyring.team_keys_for(consultant, PASSPHRASE)


@pytest.mark.django_db
def test_revoking_locks_a_session_that_was_already_unlocked(client, consultant, ticket):
    unlock(client, consultant)
    assert MARKER in client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()

    keyring.revoke(consultant)

    assert MARKER not in client.get(f"/admin/inbox/ticket/{ticket.pk}/").content.decode()


@pytest.mark.django_db
def test_rotating_in_the_admin_refuses_an_escrow_planted_in_the_database(client, consultant, team_key):
    attacker = crypto.new_key_pair()
    planted = EscrowKey.objects.create(
        public_key=bytes(attacker.public_key), fingerprint=crypto.key_fingerprint(attacker.public_key)
    )
    TeamKey.objects.filter(pk=team_key.pk).update(escrow=planted)
    unlock(client, consultant)

    page = client.post("/admin/inbox/keys/rotate/", follow=True).content.decode()

    assert "not vouched for by a pinned team key" in page
    assert TeamKey.objects.count() == 1


@pytest.mark.django_db
def test_no_permission_pretends_to_open_the_inbox():
    """The consultants' group opens it, by membership; a permission that nothing checks would mislead an
    administrator who took it from someone into believing the inbox closed to them."""
    assert not Permission.objects.filter(codename="access_inbox").exists()
    assert Group.objects.filter(name="Hotline consultants").exists()
