from django.core.management.base import BaseCommand, CommandError

from careers.content.loader import load_all


class Command(BaseCommand):
    help = (
        "Load the seed content in content/*.yaml; safe to run again (creates only what is missing)."
    )

    def handle(self, *args, **options):
        try:
            results = load_all()
        except (ValueError, KeyError) as exc:
            raise CommandError(f"Seed content not loaded, nothing was written: {exc}") from None
        for result in results:
            self.stdout.write(
                f"{result.filename}: {result.created} created, {result.kept} already there"
            )
