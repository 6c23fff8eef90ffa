"""The consultants' keys: passphrases, grants, rotation, and the unlocked inbox of one admin session.

An unlocked inbox is two halves that open nothing alone: the team keys sealed under a random unlock key, kept
in the shared cache under an entry of its own, and the unlock key in an HttpOnly, SameSite=Strict cookie scoped
to the inbox. The cache entry expires by itself when idle (HOTLINE_IDLE_MINUTES, renewed on each use) and at
most HOTLINE_UNLOCK_MAX_HOURS after the unlock; locking and signing out delete it.
"""

import hashlib
import time

from django.conf import settings
from django.contrib.auth.signals import user_logged_out
from django.core.cache import caches
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone

from privacy.paths import INBOX_PATH

from . import crypto, pins
from .models import ConsultantKey, EscrowKey, TeamKey, TeamKeyGrant
from .passphrases import passphrase_cost, validate_passphrase

UNLOCK_COOKIE = "hotline_unlock"
UNLOCK_COOKIE_PATH = INBOX_PATH


class Locked(Exception):
    """The inbox is not unlocked in this session (never, idle, locked, or one half is missing)."""


def set_passphrase(user, passphrase):
    """Give ``user`` a new key pair under ``passphrase``. An existing key and its grants are replaced: a
    consultant who forgot their passphrase stays locked out until a colleague or the escrow grants again.
    A weak passphrase raises ValidationError."""
    validate_passphrase(passphrase, user)
    private_key = crypto.new_key_pair()
    with transaction.atomic():
        ConsultantKey.objects.filter(user=user).delete()
        return ConsultantKey.objects.create(
            user=user, public_key=bytes(private_key.public_key), **_wrapped(private_key, passphrase)
        )


def change_passphrase(user, current, new):
    """Wrap ``user``'s own key under a new passphrase, at today's cost: the key pair and every grant to it stay.
    A wrong current passphrase raises DecryptionError, a weak new one ValidationError."""
    validate_passphrase(new, user)
    private_key = open_consultant_key(user, current)
    ConsultantKey.objects.filter(user=user).update(**_wrapped(private_key, new))


def _wrapped(private_key, passphrase):
    """The fields of a ConsultantKey that hold its private key under ``passphrase``, with a fresh salt."""
    salt = crypto.new_passphrase_salt()
    cost = passphrase_cost()
    return {
        "wrapped_private_key": crypto.wrap_with_passphrase(private_key, passphrase, salt, cost),
        "passphrase_salt": salt,
        "kdf_opslimit": cost.opslimit,
        "kdf_memlimit": cost.memlimit,
    }


def open_consultant_key(user, passphrase):
    key = ConsultantKey.objects.filter(user=user).first()
    if key is None:
        raise crypto.DecryptionError("no key: set a passphrase first")
    return crypto.unwrap_with_passphrase(key.wrapped_private_key, passphrase, key.passphrase_salt, key.kdf_cost)


def team_keys_for(user, passphrase):
    """Every team private key granted to ``user`` ({key_id: PrivateKey}); wrong passphrase raises."""
    consultant_private = open_consultant_key(user, passphrase)
    grants = TeamKeyGrant.objects.filter(consultant_key__user=user).select_related("team_key")
    opened = {
        grant.team_key: crypto.unseal_private_key(grant.sealed_private_key, consultant_private) for grant in grants
    }
    # A grant planted in the database may carry some other key: only the team key it names counts.
    return {
        team_key.key_id: private
        for team_key, private in opened.items()
        if bytes(private.public_key) == bytes(team_key.public_key)
    }


def grant(team_private_keys, consultant_key, granted_by=None):
    """Seal each team private key ({key_id: PrivateKey}) to a colleague's public key, and have the team key
    vouch for that public key: rotations seal new team keys only to consultants vouched for."""
    recipient = crypto.public_key_from_bytes(consultant_key.public_key)
    for team_key in TeamKey.objects.filter(key_id__in=team_private_keys):
        team_private = team_private_keys[team_key.key_id]
        TeamKeyGrant.objects.update_or_create(
            team_key=team_key,
            consultant_key=consultant_key,
            defaults={
                "sealed_private_key": crypto.seal_private_key(team_private, recipient),
                "signature": crypto.sign_grant(team_private, team_key.key_id, recipient),
                "granted_by": granted_by,
            },
        )


def vouched_consultant_keys(team_key):
    """Consultant keys that ``team_key`` (a pinned one) signed a grant for; a planted grant is not among them."""
    if not pins.is_pinned(team_key):
        return []
    grants = TeamKeyGrant.objects.filter(team_key=team_key).select_related("consultant_key")
    return [
        grant.consultant_key
        for grant in grants
        if crypto.grant_vouched(
            team_key.signing_public_key, grant.signature, team_key.key_id, grant.consultant_key.public_key
        )
    ]


def team_keys_from_escrow(escrow_private_key):
    """Every team private key, recovered with the escrow private key (for `hotline_keys grant`)."""
    return {
        team_key.key_id: crypto.unseal_private_key(team_key.sealed_for_escrow, escrow_private_key)
        for team_key in TeamKey.objects.all()
    }


def revoke(user):
    """A leaver's grants go; rotate the team key too, so they cannot read new tickets with a copy."""
    return TeamKeyGrant.objects.filter(consultant_key__user=user).delete()[0]


def create_escrow_key():
    """A new escrow key pair; only its public half is stored. Returns (record, private key)."""
    private = crypto.new_key_pair()
    record = EscrowKey.objects.create(
        public_key=bytes(private.public_key), fingerprint=crypto.key_fingerprint(private.public_key)
    )
    return record, private


def create_team_key(escrow):
    """A new active team key, its private half sealed to ``escrow`` only, which it vouches for.
    Returns (record, private key)."""
    private = crypto.new_key_pair()
    key_id = f"team-{timezone.now():%Y%m%d%H%M}-{crypto.key_fingerprint(private.public_key)[:8]}"
    escrow_public = crypto.public_key_from_bytes(escrow.public_key)
    record = TeamKey.objects.create(
        key_id=key_id,
        public_key=bytes(private.public_key),
        signing_public_key=bytes(crypto.team_signing_key(private).verify_key),
        sealed_for_escrow=crypto.seal_private_key(private, escrow_public),
        escrow=escrow,
        escrow_signature=crypto.sign_escrow(private, key_id, escrow_public),
    )
    pins.pin_locally(record)
    return record, private


class UntrustedEscrow(Exception):
    """The escrow key of the current team key is not one that a pinned team key vouched for."""


def trusted_escrow(current, confirmed_fingerprint=None):
    """The escrow that the next team key may be sealed to: the one the pinned current key signed for, or, for a
    key made before escrows were signed, the one whose fingerprint the operator confirms from the printout."""
    if current is None:
        raise UntrustedEscrow("There is no active team key: create one with `hotline_keys init`.")
    escrow = current.escrow
    if confirmed_fingerprint:
        if crypto.key_fingerprint(crypto.public_key_from_bytes(escrow.public_key)) == confirmed_fingerprint.strip():
            return escrow
        raise UntrustedEscrow("The escrow key stored with the team key does not have that fingerprint.")
    vouched = crypto.escrow_vouched(
        current.signing_public_key, current.escrow_signature, current.key_id, escrow.public_key
    )
    if pins.is_pinned(current) and vouched:
        return escrow
    raise UntrustedEscrow(
        "The escrow key stored with the team key is not vouched for by a pinned team key. Compare its fingerprint "
        "with the one printed when the escrow key was made, then run `hotline_keys rotate --escrow-fingerprint ...`."
    )


@transaction.atomic
def rotate_team_key(confirmed_escrow_fingerprint=None):
    """A new active team key for new tickets, granted to the escrow and to every consultant the current team key
    vouched for (a key planted in the database is not). It must be pinned before the form uses it.

    Only public keys are needed: old tickets stay readable with the old keys, which their holders keep.
    """
    current = TeamKey.objects.filter(is_active=True).select_related("escrow").first()
    escrow = trusted_escrow(current, confirmed_escrow_fingerprint)
    holders = vouched_consultant_keys(current)
    TeamKey.objects.filter(is_active=True).update(is_active=False)
    team_key, new_private = create_team_key(escrow)
    for consultant_key in holders:
        grant({team_key.key_id: new_private}, consultant_key)
    return team_key


def unlock_cache():
    return caches[settings.HOTLINE_UNLOCK_CACHE]


def unlock_cache_key(session_key):
    """Where a session's unlocked keys are cached: named after the session, hashed, so the cache holds no
    session key."""
    return "hotline-unlocked:" + hashlib.sha256(session_key.encode()).hexdigest()


def _unlock_entry(request):
    return unlock_cache_key(request.session.session_key)


def _idle_seconds():
    return settings.HOTLINE_IDLE_MINUTES * 60


def unlock(request, response, passphrase):
    """Open the inbox for this admin session. Returns how many team keys were opened (0: nothing granted)."""
    team_keys = team_keys_for(request.user, passphrase)
    unlock_key = crypto.new_unlock_key()
    if request.session.session_key is None:
        request.session.save()
    state = {
        "sealed": crypto.seal_for_session(team_keys, unlock_key, _holder(request)),
        "expires": time.time() + settings.HOTLINE_UNLOCK_MAX_HOURS * 3600,
    }
    unlock_cache().set(_unlock_entry(request), state, timeout=_idle_seconds())
    response.set_cookie(
        UNLOCK_COOKIE,
        unlock_key.hex(),
        path=UNLOCK_COOKIE_PATH,
        httponly=True,
        samesite="Strict",
        secure=settings.SESSION_COOKIE_SECURE,
    )
    return len(team_keys)


def unlocked_team_keys(request):
    """The team keys of this session's unlocked inbox; raises Locked. Each use renews the idle time, never past
    the absolute limit."""
    cookie = request.COOKIES.get(UNLOCK_COOKIE)
    state = unlock_cache().get(_unlock_entry(request)) if request.session.session_key else None
    if not state or not cookie:
        raise Locked
    remaining = state["expires"] - time.time()
    if remaining <= 0:
        _forget_unlock(request)
        raise Locked
    try:
        team_keys = crypto.open_from_session(state["sealed"], bytes.fromhex(cookie), _holder(request))
    except (ValueError, crypto.DecryptionError) as error:
        raise Locked from error
    # Grants removed since the unlock (a leaver, a reset passphrase) take effect at once.
    granted = set(
        TeamKeyGrant.objects.filter(consultant_key__user=request.user).values_list("team_key__key_id", flat=True)
    )
    team_keys = {key_id: key for key_id, key in team_keys.items() if key_id in granted}
    if not team_keys:
        _forget_unlock(request)
        raise Locked
    unlock_cache().touch(_unlock_entry(request), timeout=min(_idle_seconds(), max(1, int(remaining))))
    return team_keys


def _forget_unlock(request):
    if request.session.session_key:
        unlock_cache().delete(_unlock_entry(request))


def lock(request, response):
    _forget_unlock(request)
    response.delete_cookie(UNLOCK_COOKIE, path=UNLOCK_COOKIE_PATH, samesite="Strict")


@receiver(user_logged_out)
def lock_on_sign_out(sender, request, **kwargs):
    if request is not None:
        _forget_unlock(request)


def _holder(request):
    # Binds the sealed keys to this user and session: copied into another session they do not open.
    return f"{request.user.pk}:{request.session.session_key}"
