from pathlib import Path

from django.core.management.base import BaseCommand

from careers.content.exporter import export_all


class Command(BaseCommand):
    help = "Write all curated content (drafts included) as YAML files, in the seed format."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)

    def handle(self, *args, directory: Path, **options):
        for filename, count in export_all(directory):
            self.stdout.write(f"{directory / filename}: {count} records")
