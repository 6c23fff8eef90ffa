"""Staff accounts for tests: an authenticator with a known secret, and a session that has given it."""

import time

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

TOTP_KEY_HEX = "3132333435363738393031323334353637383930"
VERIFY_PATH = "/admin/second-factor/verify/"
ENROL_PATH = "/admin/second-factor/enrol/"


def in_english(user):
    """The admin in English for this user, so that the admin's words can be asserted."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def english_editor(django_user_model, username):
    """A member of the Editors group whose admin is in English."""
    user = django_user_model.objects.create_user(username, password=f"{username}-password")
    user.groups.add(Group.objects.get(name="Editors"))
    return in_english(user)


class Clock:
    """Moves time.time() forward for the code under test (and for the authenticators' codes alike)."""

    def __init__(self, monkeypatch):
        self.now = time.time()
        monkeypatch.setattr(time, "time", lambda: self.now)

    def advance(self, seconds):
        self.now += seconds


def give_authenticator(user, key_hex=TOTP_KEY_HEX):
    return TOTPDevice.objects.create(user=user, name="phone", key=key_hex, confirmed=True)


def code_for(key):
    """The current code of a key, given as bytes or as hex, at time.time() (which tests may move, as the
    devices see it)."""
    generator = TOTP(bytes.fromhex(key) if isinstance(key, str) else key)
    generator.time = time.time()
    return f"{generator.token():06d}"


def sign_in_verified(client, user):
    """Signs ``user`` in as after their password and their second factor (an authenticator is made if missing)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or give_authenticator(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def verify(client, user, code=None, page=VERIFY_PATH):
    """Gives the second factor through the page (``page``: the verify page's address, with where it goes next),
    as a person does."""
    # Tests sign in again faster than the 30-second TOTP step: forget the step already used, which the device
    # refuses to accept twice.
    TOTPDevice.objects.filter(user=user).update(last_t=-1)
    return client.post(page, {"otp_token": code or code_for(TOTP_KEY_HEX)})
