"""Consultants for the inbox tests: a user in the group, a second factor, a key and a grant."""

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

from contact import keyring
from contact.roles import CONSULTANTS_GROUP

PASSPHRASE = "correct horse battery staple"
TOTP_KEY_HEX = "3132333435363738393031323334353637383930"


def make_consultant(django_user_model, username, team_key=None):
    user = django_user_model.objects.create_user(username, password="consultant-password-123")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the assertions read the admin in English
    profile.save()
    user.groups.add(Group.objects.get(name=CONSULTANTS_GROUP))
    TOTPDevice.objects.create(user=user, name="phone", key=TOTP_KEY_HEX, confirmed=True)
    consultant_key = keyring.set_passphrase(user, PASSPHRASE)
    if team_key is not None:
        keyring.grant({team_key.key_id: team_key.private_key}, consultant_key)
    return user


def current_code():
    return f"{totp(bytes.fromhex(TOTP_KEY_HEX)):06d}"


def verify(client, user=None):
    if user is not None:
        # Tests log in again faster than the 30-second TOTP step: forget the step already used, which the
        # device refuses to accept twice.
        TOTPDevice.objects.filter(user=user).update(last_t=-1, throttling_failure_count=0)
    return client.post("/admin/inbox/verify/", {"otp_token": current_code()})


def unlock(client, user, passphrase=PASSPHRASE):
    client.force_login(user)
    verify(client, user)
    return client.post("/admin/inbox/unlock/", {"passphrase": passphrase})
