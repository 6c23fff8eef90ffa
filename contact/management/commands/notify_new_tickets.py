"""Tells consultants by e-mail how many new requests arrived, never what they say. Run it every few minutes."""

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override

from contact.models import Ticket
from contact.roles import consultants
from privacy.addresses import inbox_url


class Command(BaseCommand):
    help = "E-mail the hotline consultants a count of requests that arrived since the last e-mail."

    @transaction.atomic
    def handle(self, *args, **options):
        fresh = Ticket.objects.select_for_update().filter(consultants_notified=False)
        count = fresh.count()
        recipients = list(consultants().exclude(email="").values_list("email", flat=True))
        if count and recipients:
            with override(settings.LANGUAGE_CODE):
                subject = ngettext("%(count)d new request", "%(count)d new requests", count) % {"count": count}
                body = _("Open the hotline inbox to read them: %(url)s") % {"url": inbox_url() + "?status=new"}
            send_mail(subject, body, None, recipients)
        fresh.update(consultants_notified=True)
        if options["verbosity"]:
            self.stdout.write(f"{count} new request(s); {len(recipients)} consultant(s) told.")
