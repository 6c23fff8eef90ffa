"""One-time invitations to enrol an authenticator: a random code, stored only as its hash, used once, expiring."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from .models import SecondFactorInvitation


def _hash(code):
    return hashlib.sha256(code.strip().encode()).hexdigest()


@transaction.atomic
def issue(user, issued_by=None):
    """A new invitation for ``user``, replacing any unused one. Returns (invitation, code): the code exists
    nowhere else, so it is shown once."""
    SecondFactorInvitation.objects.filter(user=user, used_at__isnull=True).delete()
    code = secrets.token_urlsafe(24)
    invitation = SecondFactorInvitation.objects.create(
        user=user,
        code_hash=_hash(code),
        issued_by=issued_by,
        expires_at=timezone.now() + timedelta(hours=settings.STAFF_INVITATION_HOURS),
    )
    return invitation, code


def link(code):
    """The invitation as a link: it leads through the sign-in to the enrolment page."""
    query = urlencode({"invitation": code})
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{reverse('staff:enrol')}?{query}"


def find_usable(user, code):
    """The unused, unexpired invitation of ``user`` with this code, or None."""
    return SecondFactorInvitation.objects.usable().filter(user=user, code_hash=_hash(code)).first()


def still_usable(user, pk):
    return SecondFactorInvitation.objects.usable().filter(user=user, pk=pk).first()


def use(invitation):
    """Marks the invitation used; False when it was used (or expired) meanwhile, by a request racing this one."""
    updated = SecondFactorInvitation.objects.usable().filter(pk=invitation.pk).update(used_at=timezone.now())
    return updated == 1


def withdraw_unused(user):
    return SecondFactorInvitation.objects.filter(user=user, used_at__isnull=True).delete()[0]
