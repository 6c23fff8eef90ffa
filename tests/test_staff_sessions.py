"""Staff sessions end: STAFF_SESSION_MAX_HOURS after sign-in however busy, and after STAFF_SESSION_IDLE_MINUTES
without an action of the person, which the admin's background requests are not; a script whose session ended gets
401 rather than a sign-in page."""

import pytest

from django.contrib.auth.models import Group

from .staff_helpers import Clock, sign_in_verified

MINUTE = 60
# What Chromium sends with a fetch() of the page's own scripts (autosave, editing-session pings, choosers).
FETCH = {"HTTP_SEC_FETCH_MODE": "cors", "HTTP_SEC_FETCH_DEST": "empty", "HTTP_ACCEPT": "application/json"}


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("session-editor", password="a-long-staff-password")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def signed_out(response):
    return response.status_code == 302 and response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_a_session_ends_after_eight_hours_however_busy(client, editor, clock, settings):
    settings.STAFF_SESSION_MAX_HOURS, settings.STAFF_SESSION_IDLE_MINUTES = 8, 60
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"  # the notice is read in English
    sign_in_verified(client, editor)

    for _ in range(8 * 2):
        clock.advance(30 * MINUTE)
        assert client.get("/admin/pages/").status_code == 200
    clock.advance(1 * MINUTE)

    assert signed_out(client.get("/admin/pages/"))
    assert "_auth_user_id" not in client.session
    assert "8 hours" in client.get("/admin/login/").content.decode(), "the sign-in page says why"


@pytest.mark.django_db
def test_a_session_ends_after_an_idle_hour(client, editor, clock, settings):
    settings.STAFF_SESSION_IDLE_MINUTES = 60
    sign_in_verified(client, editor)
    clock.advance(59 * MINUTE)
    assert client.get("/admin/").status_code == 200, "any page the person opens renews the idle clock"
    clock.advance(59 * MINUTE)
    assert client.get("/admin/").status_code == 200

    clock.advance(61 * MINUTE)

    assert signed_out(client.get("/admin/pages/"))
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_background_requests_do_not_renew_the_idle_clock(client, editor, clock, settings):
    settings.STAFF_SESSION_IDLE_MINUTES = 60
    sign_in_verified(client, editor)

    for _ in range(5):
        clock.advance(11 * MINUTE)
        client.post("/admin/editing-sessions/release/1/")  # a ping's address, whatever its headers
        client.get("/admin/pages/", **FETCH)
        client.get("/admin/pages/", HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    clock.advance(6 * MINUTE)

    assert signed_out(client.get("/admin/"))


@pytest.mark.django_db
def test_a_script_whose_session_ended_gets_401_not_a_sign_in_page(client, editor, clock, settings):
    settings.STAFF_SESSION_IDLE_MINUTES = 60
    sign_in_verified(client, editor)
    clock.advance(61 * MINUTE)

    response = client.get("/admin/pages/", **FETCH)

    assert response.status_code == 401
    assert response.json()["error_code"] == "signed_out"
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/pages/", HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code in (401, 403)


@pytest.mark.django_db
def test_an_ended_session_reads_public_pages_as_anyone(client, editor, clock, settings):
    settings.STAFF_SESSION_IDLE_MINUTES = 60
    sign_in_verified(client, editor)
    clock.advance(61 * MINUTE)

    response = client.get("/en/")

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_session_without_its_sign_in_time_is_over(client, editor):
    sign_in_verified(client, editor)
    session = client.session
    del session["staff_signed_in_at"]
    session.save()

    assert signed_out(client.get("/admin/"))
