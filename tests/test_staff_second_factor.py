"""Every admin account gives a second factor after its password, whatever its role; wrong codes slow its account
down without ever locking its owner out; the sign-in has no "remember me" and slows down each user name tried."""

import pytest

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from wagtail.models import Site

from contact.roles import CONSULTANTS_GROUP
from privacy import backoff

from .staff_helpers import ENROL_PATH, VERIFY_PATH, Clock, code_for, give_authenticator, verify

PASSWORD = "a-long-staff-password"
ROLES = ["superuser", "editor", "moderator", "consultant"]


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


def make_account(django_user_model, role):
    if role == "superuser":
        return django_user_model.objects.create_superuser("boss", password=PASSWORD)
    user = django_user_model.objects.create_user(f"a-{role}", password=PASSWORD)
    group = {"editor": "Editors", "moderator": "Moderators", "consultant": CONSULTANTS_GROUP}[role]
    user.groups.add(Group.objects.get(name=group))
    return user


def admin_screens():
    site = Site.objects.get(is_default_site=True)
    return ["/admin/", "/admin/pages/", reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])]


def sign_in_with_password(client, user):
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, "the password is right"
    return response


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_the_right_password_alone_reaches_no_admin_screen(client, django_user_model, role):
    user = make_account(django_user_model, role)
    give_authenticator(user)
    sign_in_with_password(client, user)

    for url in admin_screens():
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(VERIFY_PATH), url
        assert client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 401, url

    assert verify(client, user).status_code == 302
    assert client.get("/admin/").status_code == 200
    for url in admin_screens():
        response = client.get(url)
        assert not response.get("Location", "").startswith((VERIFY_PATH, ENROL_PATH)), url
        if role in ("superuser", "editor") and url != admin_screens()[2]:
            assert response.status_code == 200, url


@pytest.mark.django_db
def test_a_superuser_reaches_the_settings_after_the_code(client, django_user_model):
    user = make_account(django_user_model, "superuser")
    give_authenticator(user)
    sign_in_with_password(client, user)
    verify(client, user)

    assert all(client.get(url).status_code == 200 for url in admin_screens())


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_an_account_without_an_authenticator_is_sent_to_enrol(client, django_user_model, role):
    user = make_account(django_user_model, role)
    sign_in_with_password(client, user)

    for url in admin_screens():
        assert client.get(url)["Location"].startswith(ENROL_PATH), url


@pytest.mark.django_db
def test_the_pages_before_the_second_factor_stay_open(client, django_user_model):
    user = make_account(django_user_model, "editor")
    give_authenticator(user)
    sign_in_with_password(client, user)

    for url in (VERIFY_PATH, ENROL_PATH, "/admin/jsi18n/", "/admin/login/"):
        assert not client.get(url).get("Location", "").startswith(VERIFY_PATH), url
    assert client.post("/admin/logout/").status_code == 302
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_after_the_code_the_person_goes_where_they_were_going(client, django_user_model):
    user = make_account(django_user_model, "editor")
    give_authenticator(user)
    sign_in_with_password(client, user)
    asked = client.get("/admin/pages/")["Location"]

    response = client.post(asked, {"otp_token": code_for(user.totpdevice_set.get().bin_key)})

    assert response["Location"] == "/admin/pages/"


@pytest.mark.django_db
def test_after_the_code_no_other_site_is_where_they_go(client, django_user_model):
    user = make_account(django_user_model, "editor")
    give_authenticator(user)
    sign_in_with_password(client, user)

    code = code_for(user.totpdevice_set.get().bin_key)
    response = client.post(VERIFY_PATH + "?next=https://evil.example/", {"otp_token": code})

    assert response["Location"] == "/admin/"


# Rate limits and growing delays


@pytest.mark.django_db
def test_wrong_codes_slow_the_account_down_but_never_lock_its_owner_out(django_user_model, clock):
    owner = make_account(django_user_model, "consultant")
    give_authenticator(owner)
    # The messages are read in English: the admin speaks the browser's language before anyone signs in.
    attacker = Client(REMOTE_ADDR="203.0.113.9", HTTP_ACCEPT_LANGUAGE="en")
    person = Client(REMOTE_ADDR="198.51.100.7", HTTP_ACCEPT_LANGUAGE="en")
    sign_in_with_password(attacker, owner)
    sign_in_with_password(person, owner)

    for failures in range(1, 9):
        assert attacker.post(VERIFY_PATH, {"otp_token": "000000"}).status_code == 400
        refused = verify(person, owner)
        assert refused.status_code == 429, "even the right code waits while the account is slowed down"
        assert "wait" in refused.content.decode().lower()
        clock.advance(2**failures + 1)

    assert verify(person, owner).status_code == 302, "once the delay is over, the owner gets in"
    assert person.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_attempts_refused_during_a_delay_do_not_grow_it(django_user_model, client, clock):
    owner = make_account(django_user_model, "editor")
    give_authenticator(owner)
    sign_in_with_password(client, owner)
    client.post(VERIFY_PATH, {"otp_token": "000000"})

    for _ in range(10):
        assert client.post(VERIFY_PATH, {"otp_token": "000000"}).status_code == 429
    clock.advance(3)

    assert verify(client, owner).status_code == 302


def test_the_delay_grows_to_a_cap(settings, clock):
    settings.RETRY_DELAY_MAX_SECONDS = 900
    waits = []
    for _ in range(40):
        backoff.failed("some-account")
        waits.append(backoff.seconds_to_wait("some-account"))

    assert waits[:4] == [2, 4, 8, 16]
    assert max(waits) == 900
    backoff.succeeded("some-account")
    assert backoff.seconds_to_wait("some-account") == 0


@pytest.mark.django_db
def test_codes_are_also_counted_per_client(client, django_user_model, settings):
    settings.CONTACT_RATE_LIMITS = {**settings.CONTACT_RATE_LIMITS, "second_factor_per_client": "3/15m"}
    statuses = []
    for number in range(4):
        user = django_user_model.objects.create_superuser(f"boss-{number}", password=PASSWORD)
        give_authenticator(user)
        sign_in_with_password(client, user)
        statuses.append(client.post(VERIFY_PATH, {"otp_token": "000000"}).status_code)

    assert statuses == [400, 400, 400, 429]


@pytest.mark.django_db
def test_wrong_passwords_slow_down_each_user_name_from_any_address(django_user_model, clock):
    user = make_account(django_user_model, "editor")
    wrong = {"username": user.username, "password": "not-the-password"}
    first, second = Client(REMOTE_ADDR="203.0.113.1"), Client(REMOTE_ADDR="203.0.113.2")

    assert first.post("/admin/login/", wrong).status_code == 200
    assert second.post("/admin/login/", {**wrong, "password": PASSWORD}).status_code == 429
    other = make_account(django_user_model, "moderator")
    assert second.post("/admin/login/", {"username": other.username, "password": PASSWORD}).status_code == 302
    clock.advance(3)
    assert second.post("/admin/login/", {**wrong, "password": PASSWORD}).status_code == 302


# No "remember me"


@pytest.mark.django_db
def test_sign_in_offers_no_remember_me_and_no_session_outlives_the_cap(client, django_user_model, settings):
    user = make_account(django_user_model, "editor")

    assert 'name="remember"' not in client.get("/admin/login/").content.decode()
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD, "remember": "on"})

    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert not cookie["max-age"] and not cookie["expires"], "the cookie ends with the browser"
    assert settings.SESSION_COOKIE_AGE == settings.STAFF_SESSION_MAX_HOURS * 3600 == 8 * 3600


@pytest.mark.django_db
def test_the_inbox_host_asks_for_the_second_factor_but_offers_no_invitations(client, django_user_model, settings):
    settings.ALLOWED_HOSTS = ["inbox.example", "testserver"]
    settings.HOTLINE_INBOX_HOST = "inbox.example"
    user = make_account(django_user_model, "consultant")
    give_authenticator(user)
    client.force_login(user)

    assert client.get("/admin/inbox/", HTTP_HOST="inbox.example")["Location"].startswith(VERIFY_PATH)
    assert client.get(VERIFY_PATH, HTTP_HOST="inbox.example").status_code == 200
    assert client.get(ENROL_PATH, HTTP_HOST="inbox.example").status_code == 200
    invite = f"/admin/staff/{user.pk}/invite-second-factor/"
    assert client.get(invite, HTTP_HOST="inbox.example").status_code == 404
