"""The tool and landing pages are in the index from the start (content rows join as they are
saved, or with `manage.py rebuild_search` for rows saved before search existed)."""

from django.db import migrations

from careers.search.pages import PAGES


def add_pages(apps, schema_editor):
    SearchDocument = apps.get_model("search", "SearchDocument")
    for number, entry in enumerate(PAGES):
        SearchDocument.objects.update_or_create(
            kind="page", object_id=number, defaults=vars(entry)
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_index")]

    operations = [migrations.RunPython(add_pages, migrations.RunPython.noop)]
