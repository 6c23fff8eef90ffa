"""Enrolling an authenticator never trusts first use: it takes a one-time invitation from a verified administrator
(or the command), kept only as a hash, that works once, for one account, until it expires; all of it audited."""

import re
from datetime import timedelta

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from wagtail.models import ModelLogEntry

from staff.models import SecondFactorInvitation

from .staff_helpers import ENROL_PATH, Clock, code_for, sign_in_verified

PASSWORD = "a-long-staff-password"


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


@pytest.fixture
def newcomer(django_user_model):
    user = django_user_model.objects.create_user("newcomer", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def administrator(django_user_model):
    return django_user_model.objects.create_superuser("administrator", password=PASSWORD)


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def invite_in_the_admin(administrator, account):
    client = sign_in_verified(Client(), administrator)
    page = client.post(f"/admin/staff/{account.pk}/invite-second-factor/").content.decode()
    return re.search(r"data-invitation-code>([^<]+)<", page).group(1)


def invite_by_command(account, capsys):
    call_command("invite_second_factor", account.username)
    return capsys.readouterr().out.split("Invitation code: ")[1].strip()


def enrol(client, code):
    """Gives the invitation, then confirms the new authenticator with its code; the last response."""
    client.post(ENROL_PATH, {"invitation": code})
    device = TOTPDevice.objects.filter(confirmed=False).order_by("-pk").first()
    if device is None:
        return client.post(ENROL_PATH, {"token": "123456"})
    return client.post(ENROL_PATH, {"token": code_for(device.bin_key)})


@pytest.mark.django_db
def test_without_an_invitation_there_is_no_secret_and_no_enrolment(newcomer):
    client = signed_in(newcomer)

    assert client.get("/admin/")["Location"].startswith(ENROL_PATH)
    page = client.get(ENROL_PATH).content.decode()
    assert "otpauth://" not in page and "<svg" not in page and "Secret key" not in page
    assert client.post(ENROL_PATH, {"token": "123456"}).status_code == 403
    assert client.post(ENROL_PATH, {"invitation": "made-up-invitation"}).status_code == 400
    assert not TOTPDevice.objects.filter(user=newcomer).exists()
    assert client.get("/admin/")["Location"].startswith(ENROL_PATH)


@pytest.mark.django_db
def test_an_invitation_from_the_admin_enrols_once_with_a_qr_code(newcomer, administrator, clock):
    code = invite_in_the_admin(administrator, newcomer)
    client = signed_in(newcomer)

    assert code in client.get(f"{ENROL_PATH}?invitation={code}").content.decode(), "the link fills the form"
    client.post(ENROL_PATH, {"invitation": code})
    page = client.get(ENROL_PATH).content.decode()
    device = TOTPDevice.objects.get(user=newcomer, confirmed=False)
    assert "<svg" in page and "<path" in page, "the QR code, drawn on the server"
    assert device.config_url.split("secret=")[1].split("&")[0] in page, "and the secret as text"
    assert client.post(ENROL_PATH, {"token": "000000"}).status_code == 400
    device.refresh_from_db()
    assert not device.confirmed
    clock.advance(3)  # the wrong code slowed the account down for two seconds
    response = client.post(ENROL_PATH, {"token": code_for(device.bin_key)})

    assert response.status_code == 302
    assert TOTPDevice.objects.get(user=newcomer).confirmed
    assert client.get("/admin/").status_code == 200
    assert SecondFactorInvitation.objects.get(user=newcomer).used_at is not None
    # Used: a second session with the same invitation gets nothing.
    assert signed_in(newcomer).post(ENROL_PATH, {"invitation": code}).status_code == 400


@pytest.mark.django_db
def test_an_invitation_is_kept_only_as_a_hash_and_names_its_account(newcomer, administrator, django_user_model):
    code = invite_in_the_admin(administrator, newcomer)
    other = django_user_model.objects.create_user("someone-else", password=PASSWORD)
    other.groups.add(Group.objects.get(name="Editors"))

    stored = SecondFactorInvitation.objects.values_list("code_hash", flat=True).get()
    assert code not in stored
    assert enrol(signed_in(other), code).status_code == 403
    assert not TOTPDevice.objects.filter(user=other).exists()


@pytest.mark.django_db
def test_an_expired_invitation_is_refused(newcomer, capsys):
    code = invite_by_command(newcomer, capsys)
    SecondFactorInvitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))

    assert signed_in(newcomer).post(ENROL_PATH, {"invitation": code}).status_code == 400


@pytest.mark.django_db
def test_invitations_last_72_hours(newcomer, capsys):
    invite_by_command(newcomer, capsys)
    invitation = SecondFactorInvitation.objects.get()
    assert timedelta(hours=71) < invitation.expires_at - invitation.created_at <= timedelta(hours=72)


@pytest.mark.django_db
def test_an_invitation_expiring_between_the_two_steps_enrols_nothing(newcomer, capsys):
    code = invite_by_command(newcomer, capsys)
    client = signed_in(newcomer)
    client.post(ENROL_PATH, {"invitation": code})
    device = TOTPDevice.objects.get(user=newcomer)
    SecondFactorInvitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))

    assert client.post(ENROL_PATH, {"token": code_for(device.bin_key)}).status_code == 403
    assert not TOTPDevice.objects.filter(user=newcomer, confirmed=True).exists()


@pytest.mark.django_db
def test_the_first_administrator_enrols_with_the_command(administrator, capsys, settings):
    call_command("invite_second_factor", administrator.username)
    output = capsys.readouterr().out
    link = re.search(r"(http\S+)", output).group(1)
    assert link.startswith(settings.WAGTAILADMIN_BASE_URL + ENROL_PATH + "?invitation=")
    client = signed_in(administrator)

    assert enrol(client, output.split("Invitation code: ")[1].strip()).status_code == 302
    assert client.get("/admin/users/").status_code == 200


@pytest.mark.django_db
def test_a_new_authenticator_replaces_a_lost_one(newcomer, capsys):
    lost = TOTPDevice.objects.create(user=newcomer, name="lost phone", confirmed=True)
    client = signed_in(newcomer)

    assert enrol(client, invite_by_command(newcomer, capsys)).status_code == 302
    assert not TOTPDevice.objects.filter(pk=lost.pk).exists()


@pytest.mark.django_db
def test_only_verified_administrators_who_edit_accounts_invite(client, newcomer, administrator, django_user_model):
    url = f"/admin/staff/{newcomer.pk}/invite-second-factor/"
    editor = django_user_model.objects.create_user("an-editor", password=PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))

    client.force_login(administrator)
    assert client.post(url).status_code == 302, "a password alone is sent to the second factor"
    sign_in_verified(client, editor)
    assert client.post(url).status_code in (302, 403)
    assert not SecondFactorInvitation.objects.exists()
    sign_in_verified(client, administrator)
    users = client.get("/admin/users/").content.decode()
    assert url in users, "the users' list offers it"
    assert client.post(url).status_code == 200
    assert SecondFactorInvitation.objects.count() == 1


@pytest.mark.django_db
def test_issuing_using_and_resetting_are_audited(newcomer, administrator, capsys):
    assert enrol(signed_in(newcomer), invite_in_the_admin(administrator, newcomer)).status_code == 302
    call_command("reset_second_factor", newcomer.username)

    entries = ModelLogEntry.objects.filter(action__startswith="staff.", object_id=str(newcomer.pk))
    assert list(entries.order_by("timestamp", "pk").values_list("action", "user_id")) == [
        ("staff.second_factor_invite", administrator.pk),
        ("staff.second_factor_enrol", newcomer.pk),
        ("staff.second_factor_reset", None),
    ]
    assert not TOTPDevice.objects.filter(user=newcomer).exists()
    assert "invite_second_factor newcomer" in capsys.readouterr().out


@pytest.mark.django_db
def test_the_demo_consultant_secret_is_printed_on_every_run(settings, capsys):
    settings.DEBUG = True
    for _ in range(2):
        call_command("hotline_keys", "init", "--if-missing", "--demo-consultant")

    assert capsys.readouterr().out.count("TOTP secret") == 2
    assert TOTPDevice.objects.filter(user__username="consultant", confirmed=True).count() == 1
