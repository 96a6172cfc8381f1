"""Keep the promise the pages make: progress kept in a browser lasts 30 days after the last
visit. Run daily (see the README); safe to run at any time and again."""

import datetime

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from careers.common import hooks
from careers.seekers.models import EXPIRE_DAYS, Owner

BATCH = 500


class Command(BaseCommand):
    help = f"Delete anonymous progress {EXPIRE_DAYS} days after its last use, and expired sessions."

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=EXPIRE_DAYS)
        expired = Owner.objects.filter(user__isnull=True, last_seen__lt=cutoff)
        deleted = 0
        while ids := list(expired.values_list("pk", flat=True)[:BATCH]):
            with transaction.atomic():  # each owner goes with every row that points at it
                # Checked again here: someone may have come back since the ids were read.
                expired.filter(pk__in=ids).delete()
            deleted += len(ids)
        call_command("clearsessions")
        self.stdout.write(f"{deleted} expired anonymous owner(s) deleted, with their progress.")
        for purge in hooks.expire:  # what other apps keep for a limited time
            count, what = purge()
            self.stdout.write(f"{count} {what} deleted.")
