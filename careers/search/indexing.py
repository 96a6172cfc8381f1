"""Keeping the search index current: every save, delete and link change of a source's model
updates its row at once (so an edit shows on the next request), and `rebuild` redoes it all."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from careers.common import hooks
from careers.search.models import SearchDocument
from careers.search.pages import PAGES


def values(entry) -> dict:
    """An entry's columns, cut to their sizes (a long question is its own title)."""
    return {**vars(entry), "url": entry.url[:300], "title": entry.title[:300]}


def _source_for(model):
    return next((s for s in hooks.search_sources() if s.model is model), None)


def index(source, obj) -> None:
    """Write `obj`'s row, or remove it when the object is not public."""
    entry = source.entry(obj)
    if entry is None:
        SearchDocument.objects.filter(kind=source.kind, object_id=obj.pk).delete()
        return
    SearchDocument.objects.update_or_create(
        kind=source.kind, object_id=obj.pk, defaults=values(entry)
    )


def _saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index(_source_for(sender), instance)


def _deleted(sender, instance, **kwargs):
    source = _source_for(sender)
    SearchDocument.objects.filter(kind=source.kind, object_id=instance.pk).delete()


def _linked(source):
    def changed(sender, instance, action, reverse, **kwargs):
        if action.startswith("post_") and not reverse:
            index(source, instance)

    return changed


def connect_signals() -> None:
    for source in hooks.search_sources():
        uid = f"search:{source.kind}"
        post_save.connect(_saved, sender=source.model, weak=False, dispatch_uid=uid)
        post_delete.connect(_deleted, sender=source.model, weak=False, dispatch_uid=uid)
        for name in source.m2m:
            through = getattr(source.model, name).through
            m2m_changed.connect(_linked(source), sender=through, weak=False, dispatch_uid=uid)


@transaction.atomic
def rebuild() -> int:
    """The whole index from scratch: every public row of every source, and the fixed pages."""
    rows = []
    for source in hooks.search_sources():
        for obj in source.model.objects.prefetch_related(*source.prefetch):
            entry = source.entry(obj)
            if entry is not None:
                rows.append(SearchDocument(kind=source.kind, object_id=obj.pk, **values(entry)))
    rows += [SearchDocument(kind="page", object_id=n, **values(e)) for n, e in enumerate(PAGES)]
    SearchDocument.objects.all().delete()
    SearchDocument.objects.bulk_create(rows, batch_size=1000)
    return len(rows)
