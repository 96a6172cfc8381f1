from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from careers.content.loader import CONTENT_DIR, load_all


class Command(BaseCommand):
    help = "Load YAML content (the seed, or an exported pack); creates only what is missing."

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
            self.stdout.write(
                f"{result.filename}: {result.created} created, {result.kept} already there"
            )
