from django.core.management.base import BaseCommand

from contact.tickets import purge_expired


class Command(BaseCommand):
    help = "Delete tickets whose retention has run out (HOTLINE_RETENTION_DAYS after their last activity). Run daily."

    def handle(self, *args, **options):
        deleted = purge_expired()
        if options["verbosity"]:
            self.stdout.write(f"Deleted {deleted} expired ticket(s).")
