"""How strong a consultant's key passphrase must be, and what deriving its key costs.

The passphrase is all that stands between a stolen database and the consultant's key, so it is held to more
than an account password: Django's password validators (common, numeric, like the user's name), and at least
16 characters or four words, of at least 8 different characters, and no common password padded with digits or
symbols. Its key derivation costs more than a receipt code's (libsodium's "moderate" Argon2id, at least), since
it runs once per unlock, not per message.
"""

import string
from functools import cache

from django.conf import settings
from django.contrib.auth.password_validation import CommonPasswordValidator, validate_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .crypto import KdfCost

MIN_LENGTH = 16
MIN_WORDS = 4
MIN_DIFFERENT_CHARACTERS = 8

TOO_SHORT = _("A key passphrase needs at least 16 characters, or four words.")
TOO_PLAIN = _("A key passphrase needs at least 8 different characters.")
TOO_COMMON = _("A common password with digits or symbols around it is still easy to guess.")


def passphrase_cost():
    return KdfCost(**settings.HOTLINE_PASSPHRASE_KDF_COST)


def validate_passphrase(passphrase, user=None):
    """Raises ValidationError naming every reason a passphrase is too weak."""
    problems = []
    try:
        validate_password(passphrase, user)
    except ValidationError as error:
        problems.extend(error.error_list)
    if len(passphrase) < MIN_LENGTH and len(passphrase.split()) < MIN_WORDS:
        problems.append(ValidationError(TOO_SHORT, code="passphrase_too_short"))
    if len(set(passphrase)) < MIN_DIFFERENT_CHARACTERS:
        problems.append(ValidationError(TOO_PLAIN, code="passphrase_too_plain"))
    if is_padded_common_password(passphrase):
        problems.append(ValidationError(TOO_COMMON, code="passphrase_too_common"))
    if problems:
        raise ValidationError(problems)


def is_padded_common_password(passphrase):
    """Whether a common password is all there is once the digits and symbols around it are taken away:
    "password12345678" is the first guess after "password"."""
    core = passphrase.strip(string.digits + string.punctuation + string.whitespace)
    return core != passphrase and core.lower() in common_passwords()


@cache
def common_passwords():
    return CommonPasswordValidator().passwords
