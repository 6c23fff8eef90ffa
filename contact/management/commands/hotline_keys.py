"""Key management for the hotline's tickets: `init` makes the keys, `status` says what exists."""

import base64
import textwrap

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from contact import crypto
from contact.models import EscrowKey, TeamKey, Ticket

ESCROW_INSTRUCTIONS = """
ESCROW PRIVATE KEY - shown this once and stored nowhere:

    {key}

Write it on paper or store it on an offline device, in two separate safe places. With it the team key can
be recovered and granted to a consultant when no colleague can do it.
Whoever has it and a copy of the database can read every ticket: never keep it on this server.
"""


class Command(BaseCommand):
    help = "Create the hotline team key and escrow key (init), or report on them (status)."

    def add_arguments(self, parser):
        subcommands = parser.add_subparsers(dest="action", required=True)
        init = subcommands.add_parser("init", help="create the team key pair and the escrow key pair")
        init.add_argument("--if-missing", action="store_true", help="do nothing when a team key exists")
        subcommands.add_parser("status", help="show which keys exist")

    def handle(self, *args, action, **options):
        if action == "init":
            self.init(if_missing=options["if_missing"])
        else:
            self.status()

    @transaction.atomic
    def init(self, *, if_missing):
        if TeamKey.objects.exists():
            if if_missing:
                self.stdout.write("Hotline keys exist already; nothing to do.")
                return
            raise CommandError("Hotline keys exist already. Rotation comes with the consultants' inbox.")
        escrow = crypto.new_key_pair()
        team = crypto.new_key_pair()
        escrow_record = EscrowKey.objects.create(
            public_key=bytes(escrow.public_key), fingerprint=crypto.key_fingerprint(escrow.public_key)
        )
        team_record = TeamKey.objects.create(
            key_id=f"team-{timezone.now():%Y%m%d}-{crypto.key_fingerprint(team.public_key)[:8]}",
            public_key=bytes(team.public_key),
            sealed_for_escrow=crypto.seal_private_key(team, escrow.public_key),
            escrow=escrow_record,
        )
        self.stdout.write(self.style.SUCCESS(f"Team key {team_record.key_id} created; the form accepts messages."))
        encoded = base64.b32encode(bytes(escrow)).decode()
        grouped = " ".join(textwrap.wrap(encoded, 8))
        self.stdout.write(self.style.WARNING(ESCROW_INSTRUCTIONS.format(key=grouped)))

    def status(self):
        team_keys = list(TeamKey.objects.select_related("escrow").order_by("created_at"))
        if not team_keys:
            self.stdout.write("No team key: the contact form refuses messages. Run: manage.py hotline_keys init")
            return
        for key in team_keys:
            state = "active" if key.is_active else "retired"
            tickets = Ticket.objects.filter(key_id=key.key_id).count()
            fingerprint = crypto.key_fingerprint(crypto.public_key_from_bytes(key.public_key))
            self.stdout.write(
                f"{key.key_id}  {state}  fingerprint {fingerprint}  escrow {key.escrow.fingerprint}  tickets {tickets}"
            )
