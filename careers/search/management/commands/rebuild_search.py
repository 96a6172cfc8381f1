from django.core.management.base import BaseCommand

from careers.search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search index from every public row (saves keep it current after)."

    def handle(self, *args, **options):
        self.stdout.write(f"search index: {rebuild()} documents")
