"""Keeping the search index current: every save, delete and link change of a source's model
updates its row at once (so an edit shows on the next request), and `rebuild` redoes it all."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from careers.common import hooks
from careers.search.models import SearchDocument
from careers.search.pages import PAGES


def values(entry) -> dict:
    """An entry's columns, cut to their sizes (a long question is its own title)."""
    return {**vars(entry), "url": entry.url[:300], "title": entry.title[:300]}


def index(source, obj) -> None:
    """Write `obj`'s row, or remove it when the object is not public."""
    entry = source.entry(obj) if obj.is_published else None
    if entry is None:
        SearchDocument.objects.filter(kind=source.kind, object_id=obj.pk).delete()
        return
    SearchDocument.objects.update_or_create(
        kind=source.kind, object_id=obj.pk, defaults=values(entry)
    )


def _saved(source):
    def saved(sender, instance, raw=False, **kwargs):
        if not raw:
            index(source, instance)

    return saved


def _deleted(source):
    def deleted(sender, instance, **kwargs):
        SearchDocument.objects.filter(kind=source.kind, object_id=instance.pk).delete()

    return deleted


def _linked(source):
    """A link change: from the indexed side (item.roles.add) or the other (role.items.add)."""

    def changed(sender, instance, action, reverse, pk_set=None, **kwargs):
        if not action.startswith("post_"):
            return
        if not reverse:
            index(source, instance)
        else:
            for obj in source.model.objects.filter(pk__in=pk_set or []):
                index(source, obj)

    return changed


def _related(source, name):
    """The linked row was saved or deleted (a role published, renamed, removed): the rows
    whose entry names it are indexed again once the change is committed."""

    def changed(sender, instance, **kwargs):
        ids = list(source.model.objects.filter(**{name: instance}).values_list("pk", flat=True))

        def again():
            for obj in source.model.objects.filter(pk__in=ids):
                index(source, obj)

        transaction.on_commit(again)

    return changed


def _followed(source, name):
    """A row the entry is built from was saved or deleted (one of a role's pay figures): the
    row it belongs to is indexed again at once (its key is still on a deleted row)."""
    key = source.model._meta.get_field(name).field.attname

    def changed(sender, instance, raw=False, **kwargs):
        if not raw:
            for obj in source.model.objects.filter(pk=getattr(instance, key)):
                index(source, obj)

    return changed


def connect_signals() -> None:
    for source in hooks.search_sources():
        uid = f"search:{source.kind}"
        post_save.connect(_saved(source), sender=source.model, weak=False, dispatch_uid=uid)
        post_delete.connect(_deleted(source), sender=source.model, weak=False, dispatch_uid=uid)
        for name in source.m2m:
            through = getattr(source.model, name).through
            m2m_changed.connect(_linked(source), sender=through, weak=False, dispatch_uid=uid)
        for name in source.follows:
            related = source.model._meta.get_field(name).related_model
            for signal in (post_save, post_delete):
                signal.connect(
                    _followed(source, name),
                    sender=related,
                    weak=False,
                    dispatch_uid=f"{uid}:{name}",
                )
        for name in source.m2m:
            related = source.model._meta.get_field(name).related_model
            for signal in (post_save, pre_delete):
                signal.connect(
                    _related(source, name), sender=related, weak=False, dispatch_uid=f"{uid}:{name}"
                )


@transaction.atomic
def rebuild() -> int:
    """The whole index from scratch: every public row of every source, and the fixed pages."""
    rows = []
    for source in hooks.search_sources():
        for obj in source.model.objects.prefetch_related(*source.prefetch):
            entry = source.entry(obj) if obj.is_published else None
            if entry is not None:
                rows.append(SearchDocument(kind=source.kind, object_id=obj.pk, **values(entry)))
    rows += [SearchDocument(kind="page", object_id=n, **values(e)) for n, e in enumerate(PAGES)]
    SearchDocument.objects.all().delete()
    SearchDocument.objects.bulk_create(rows, batch_size=1000)
    return len(rows)
