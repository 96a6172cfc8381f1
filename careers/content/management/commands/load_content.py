from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from careers.content.loader import CONTENT_DIR, load_all


class Command(BaseCommand):
    help = (
        "Load YAML content (the seed, or an exported pack): creates what is missing, updates "
        "what staff have not edited, keeps what they changed or deleted."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "directory",
            nargs="?",
            type=Path,
            default=CONTENT_DIR,
            help="A folder of YAML files (default: the seed content in content/).",
        )

    def handle(self, *args, directory: Path, **options):
        if not directory.is_dir():
            raise CommandError(f"No such folder: {directory}")
        try:
            results = load_all(directory)
        except (ValueError, KeyError) as exc:
            raise CommandError(f"Seed content not loaded, nothing was written: {exc}") from None
        for result in results:
            self.stdout.write(result.summary())
