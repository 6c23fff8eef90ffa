"""Keys: the page of one's own key and the team keys, with their fingerprints, and, in an unlocked session,
granting the team key to a colleague, removing a leaver's grants and rotating the team key. Setting one's own
passphrase: passphrase.py."""

import json

from django.contrib import messages
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.generic import View

from ... import keyring, pins
from ...models import ConsultantKey, TeamKey
from ..audit import record
from ..forms import GrantForm, forgotten_passphrase_form, passphrase_form_for
from .access import InboxAccessMixin, SecondFactorMixin, unlock_first


class KeysPageMixin(InboxAccessMixin):
    def own_key(self):
        return ConsultantKey.objects.filter(user=self.request.user).first()

    def render_keys(self, passphrase_form=None, forgotten_form=None, grant_form=None, status=200):
        own_key = self.own_key()
        context = {
            "passphrase_form": passphrase_form or passphrase_form_for(own_key),
            "forgotten_form": forgotten_form or forgotten_passphrase_form(),
            "grant_form": grant_form or GrantForm(),
            "own_key": own_key,
            "team_keys": [
                (team_key, pins.is_pinned(team_key)) for team_key in TeamKey.objects.order_by("-is_active", "-pk")
            ],
            "grant_count": own_key.grants.count() if own_key else 0,
            "unlocked": self.team_keys() is not None,
            "colleagues": ConsultantKey.objects.exclude(user=self.request.user)
            .select_related("user")
            .annotate(grant_count=Count("grants"))
            .order_by("user__username"),
            "heading": _("My key"),
            "strength_labels": json.dumps(
                {
                    "short": _("Too short: at least 16 characters, or four words."),
                    "weak": _("Strength: weak"),
                    "fair": _("Strength: fair"),
                    "strong": _("Strength: strong"),
                }
            ),
        }
        return TemplateResponse(self.request, "contact/inbox/keys.html", context, status=status)


class KeysView(KeysPageMixin, View):
    def get(self, request):
        return self.render_keys()


class TeamKeyChangeView(KeysPageMixin, SecondFactorMixin, View):
    """A change to who holds the team key, made in its ``change(team_keys, ...)``. Revoking and rotating need
    only public keys, but only someone who can unlock may do them either."""

    def post(self, request, **kwargs):
        team_keys = self.team_keys()
        if team_keys is None:
            return unlock_first(request)
        return self.change(team_keys, **kwargs)


class GrantView(TeamKeyChangeView):
    def change(self, team_keys):
        form = GrantForm(self.request.POST)
        if not form.is_valid():
            return self.render_keys(grant_form=form, status=400)
        consultant_key = form.cleaned_data["consultant"]
        keyring.grant(team_keys, consultant_key, granted_by=self.request.user)
        record(consultant_key, "hotline.grant", self.request.user)
        messages.success(self.request, _("Team key granted."))
        return redirect("contact_inbox:keys")


class RevokeView(TeamKeyChangeView):
    """For a leaver, first step: remove all their grants. Then the team key is rotated (RotateView)."""

    def change(self, team_keys, pk):
        consultant_key = ConsultantKey.objects.filter(pk=pk).first()
        if consultant_key is not None:
            keyring.revoke(consultant_key.user)
            record(consultant_key, "hotline.revoke", self.request.user)
            messages.success(self.request, _("Grants removed. Now rotate the team key."))
        return redirect("contact_inbox:keys")


class RotateView(TeamKeyChangeView):
    """New tickets are sealed to a new team key, which a removed colleague never had."""

    def change(self, team_keys):
        try:
            team_key = keyring.rotate_team_key()
        except keyring.UntrustedEscrow:
            messages.error(
                self.request,
                _(
                    "The escrow key stored with the team key is not vouched for by a pinned team key, so the new key"
                    " was not made. Ask the administrator to check the escrow fingerprint and rotate with the"
                    " hotline_keys command."
                ),
            )
            return redirect("contact_inbox:keys")
        record(team_key, "hotline.rotate", self.request.user)
        messages.success(self.request, _("New tickets now use a new team key. Lock and unlock to read them."))
        return redirect("contact_inbox:keys")
