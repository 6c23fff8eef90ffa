"""Consultants for the inbox tests: a user in the group, a second factor, a key and a grant."""

from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

from contact import keyring
from contact.roles import CONSULTANTS_GROUP

from .staff_helpers import TOTP_KEY_HEX, code_for, give_authenticator, verify

PASSPHRASE = "correct horse battery staple"


def make_consultant(django_user_model, username, team_key=None):
    user = django_user_model.objects.create_user(username, password="consultant-password-123")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the assertions read the admin in English
    profile.save()
    user.groups.add(Group.objects.get(name=CONSULTANTS_GROUP))
    give_authenticator(user)
    consultant_key = keyring.set_passphrase(user, PASSPHRASE)
    if team_key is not None:
        keyring.grant({team_key.key_id: team_key.private_key}, consultant_key)
    return user


def unlocked_state(client):
    """What the shared cache holds for this client's unlocked inbox (None when locked)."""
    return keyring.unlock_cache().get(keyring.unlock_cache_key(client.session.session_key))


def current_code():
    return code_for(TOTP_KEY_HEX)


def fresh_code(user):
    """The current code, as if a new one had come: tests move faster than the 30-second step, and the device takes
    a step only once (the sign-in just took this one)."""
    TOTPDevice.objects.filter(user=user).update(last_t=-1)
    return current_code()


def unlock(client, user, passphrase=PASSPHRASE):
    client.force_login(user)
    verify(client, user)
    return client.post("/admin/inbox/unlock/", {"passphrase": passphrase, "otp_token": fresh_code(user)})
