"""Key management for the hotline's tickets: init, status, grant (with the escrow key), rotate, revoke."""

import base64
import sys
import textwrap

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from contact import crypto, keyring, pins
from contact.models import ConsultantKey, TeamKey, Ticket
from contact.roles import CONSULTANTS_GROUP
from staff import devices
from staff.demo_accounts import CONSULTANT, DEMO_DEVICE_NAME

DEMO_PASSPHRASE = "demo key passphrase"  # noqa: S105 - development only, printed by `make run`

ESCROW_INSTRUCTIONS = """
ESCROW PRIVATE KEY - shown this once and stored nowhere:

    {key}

Write it on paper or store it on an offline device, in two separate safe places. With it the team key can
be recovered and granted to a consultant when no colleague can do it.
Whoever has it and a copy of the database can read every ticket: never keep it on this server.
"""


class Command(BaseCommand):
    help = (
        "The hotline keys: create them (init), report on them (status), grant with the escrow key (grant), "
        "rotate the team key (rotate), remove a leaver's grants (revoke)."
    )

    def add_arguments(self, parser):
        subcommands = parser.add_subparsers(dest="action", required=True)
        init = subcommands.add_parser("init", help="create the team key pair and the escrow key pair")
        init.add_argument("--if-missing", action="store_true", help="do nothing when a team key exists")
        init.add_argument(
            "--demo-consultant", action="store_true", help="development only: a consultant ready to unlock"
        )
        subcommands.add_parser("status", help="show which keys exist")
        grant = subcommands.add_parser("grant", help="grant every team key to USER with the escrow private key")
        grant.add_argument("username")
        grant.add_argument("--escrow-key", help="the printed escrow key; read from standard input if absent")
        rotate = subcommands.add_parser(
            "rotate", help="new team key for new tickets, granted to the consultants the current key vouched for"
        )
        rotate.add_argument(
            "--escrow-fingerprint",
            help="for a team key made before escrow keys were vouched for: the escrow fingerprint printed by init",
        )
        revoke = subcommands.add_parser("revoke", help="remove USER's grants (a leaver); rotate afterwards")
        revoke.add_argument("username")

    def handle(self, *args, action, **options):
        if action == "init":
            self.init(if_missing=options["if_missing"], demo_consultant=options["demo_consultant"])
        elif action == "grant":
            self.grant(options["username"], options["escrow_key"])
        elif action == "rotate":
            self.rotate(options["escrow_fingerprint"])
        elif action == "revoke":
            removed = keyring.revoke(self.user(options["username"]))
            self.stdout.write(f"Removed {removed} grant(s). Now run: manage.py hotline_keys rotate")
        else:
            self.status()

    def user(self, username):
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as error:
            raise CommandError(f"No user {username}.") from error

    def grant(self, username, escrow_key):
        consultant_key = ConsultantKey.objects.filter(user=self.user(username)).first()
        if consultant_key is None:
            raise CommandError(f"{username} has no key yet: they set a passphrase in the inbox first.")
        encoded = escrow_key if escrow_key is not None else sys.stdin.readline()
        try:
            escrow_private = crypto.private_key_from_bytes(base64.b32decode("".join(encoded.split())))
            team_keys = keyring.team_keys_from_escrow(escrow_private)
        except (ValueError, crypto.DecryptionError) as error:
            raise CommandError("That is not the escrow key of these team keys.") from error
        keyring.grant(team_keys, consultant_key)
        self.stdout.write(self.style.SUCCESS(f"Granted {len(team_keys)} team key(s) to {username}."))

    @transaction.atomic
    def init(self, *, if_missing, demo_consultant):
        if TeamKey.objects.exists():
            if if_missing:
                self.stdout.write("Hotline keys exist already; nothing to do.")
                if demo_consultant:
                    self.show_demo_consultant()
                return
            raise CommandError("Hotline keys exist already: use `hotline_keys rotate` for a new team key.")
        escrow_record, escrow = keyring.create_escrow_key()
        team_record, team = keyring.create_team_key(escrow_record)
        self.announce(team_record)
        if demo_consultant:
            self.create_demo_consultant({team_record.key_id: team})
        encoded = base64.b32encode(bytes(escrow)).decode()
        grouped = " ".join(textwrap.wrap(encoded, 8))
        self.stdout.write(self.style.WARNING(ESCROW_INSTRUCTIONS.format(key=grouped)))

    def create_demo_consultant(self, team_keys):
        if not settings.DEBUG:
            raise CommandError("The demo consultant has a well-known passphrase: only with DEBUG on.")
        username, password, passphrase = CONSULTANT.username, CONSULTANT.password, DEMO_PASSPHRASE
        user, _created = get_user_model().objects.get_or_create(username=username)
        user.set_password(password)
        user.save()
        user.groups.add(Group.objects.get(name=CONSULTANTS_GROUP))
        keyring.grant(team_keys, keyring.set_passphrase(user, passphrase))
        self.show_demo_consultant()

    def show_demo_consultant(self):
        """On every run of `make run`: the sign-in, the passphrase and the authenticator's secret."""
        if not settings.DEBUG:
            raise CommandError("The demo consultant has a well-known passphrase: only with DEBUG on.")
        username, password, passphrase = CONSULTANT.username, CONSULTANT.password, DEMO_PASSPHRASE
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            return
        secret = devices.give_known_authenticator(user, CONSULTANT.totp_key_hex, DEMO_DEVICE_NAME)
        self.stdout.write(
            f"  demo consultant: {username} / {password}, key passphrase '{passphrase}', "
            f"TOTP secret {secret} (development only)"
        )

    def rotate(self, escrow_fingerprint):
        try:
            team_key = keyring.rotate_team_key(confirmed_escrow_fingerprint=escrow_fingerprint)
        except keyring.UntrustedEscrow as refusal:
            raise CommandError(str(refusal)) from refusal
        self.announce(team_key)

    def announce(self, team_key):
        self.stdout.write(
            self.style.SUCCESS(f"Team key {team_key.key_id} created, fingerprint {team_key.fingerprint}.")
        )
        if pins.is_pinned(team_key):
            self.stdout.write("It is pinned on this machine (development): the form seals new messages to it.")
        else:
            self.stdout.write(
                self.style.WARNING(
                    "Pin it before the form can use it: add the fingerprint to HOTLINE_TEAM_KEY_PINS (comma-separated;"
                    " keep the old one there too until no reply signed with it is needed), then restart the app."
                )
            )

    def status(self):
        team_keys = list(TeamKey.objects.select_related("escrow").order_by("created_at"))
        if not team_keys:
            self.stdout.write("No team key: the contact form refuses messages. Run: manage.py hotline_keys init")
            return
        for key in team_keys:
            state = "active" if key.is_active else "retired"
            tickets = Ticket.objects.filter(key_id=key.key_id).count()
            pinned = "pinned" if pins.is_pinned(key) else "NOT PINNED"
            self.stdout.write(
                f"{key.key_id}  {state}  fingerprint {key.fingerprint}  {pinned}  escrow {key.escrow.fingerprint}  "
                f"tickets {tickets}"
            )
