"""Format 2 of sealed messages: each message's place in its ticket and the team's signature; look-ups by
Argon2id; team keys that sign and grants they vouch for. Existing rows keep format 1 and keep opening."""

from django.db import migrations, models


def number_messages(apps, schema_editor):
    TicketMessage = apps.get_model("contact", "TicketMessage")
    sequences = {}
    for message in TicketMessage.objects.order_by("ticket_id", "id"):
        sequences[message.ticket_id] = sequences.get(message.ticket_id, 0) + 1
        message.sequence = sequences[message.ticket_id]
        message.save(update_fields=["sequence"])


class Migration(migrations.Migration):
    dependencies = [("contact", "0002_hotline_consultants_group")]

    operations = [
        migrations.AddField(
            model_name="ticket",
            name="lookup_version",
            field=models.PositiveSmallIntegerField(
                default=1, help_text="1: HMAC of the code; 2: Argon2id of the code (contact.crypto)."
            ),
        ),
        migrations.AlterField(
            model_name="ticket",
            name="lookup_version",
            field=models.PositiveSmallIntegerField(
                default=2, help_text="1: HMAC of the code; 2: Argon2id of the code (contact.crypto)."
            ),
        ),
        migrations.AddField(
            model_name="ticketmessage",
            name="sequence",
            field=models.PositiveIntegerField(
                default=0, help_text="The message's place in its ticket, bound into its ciphertext."
            ),
            preserve_default=False,
        ),
        migrations.RunPython(number_messages, migrations.RunPython.noop),
        migrations.AddField(
            model_name="ticketmessage",
            name="signature",
            field=models.BinaryField(null=True, help_text="The team's signature on its replies and notes."),
        ),
        migrations.AlterModelOptions(name="ticketmessage", options={"ordering": ["sequence"]}),
        migrations.AddConstraint(
            model_name="ticketmessage",
            constraint=models.UniqueConstraint(fields=["ticket", "sequence"], name="one_message_per_place"),
        ),
        migrations.AddField(
            model_name="teamkey",
            name="signing_public_key",
            field=models.BinaryField(
                null=True, help_text="Verifies what the team signs; empty on keys made before signatures existed."
            ),
        ),
        migrations.AddField(
            model_name="teamkeygrant",
            name="signature",
            field=models.BinaryField(
                null=True,
                help_text="The team key vouching for the consultant's public key (contact.crypto.sign_grant).",
            ),
        ),
    ]
