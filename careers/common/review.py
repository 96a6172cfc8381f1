"""Editors' changes to live content wait for a publisher.

A content editor may change a draft freely. A change to a published row (the change form with
its inlines, or restoring an earlier version) is made, read back as a content record (for the
publisher's diff), and rolled back: the live page, its history and the search index keep the
published version. The form data is kept with it. A publisher sees what would change, column
by column, and approves it (the editor's form is replayed through the same admin view, as the
publisher, so every field, inline and link is applied and validated again) or rejects it.
Publishers' own changes go live at once. Imports are already for publishers only.
An editor who lost the right to change that content since cannot have it applied.
"""

from django.contrib.admin.options import IS_POPUP_VAR
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import transaction
from django.test import RequestFactory
from django.urls import resolve
from django.utils import timezone

from careers.common import hooks
from careers.common.models import PendingChange, Review
from careers.common.permissions import can_publish


def must_hold(user, obj) -> bool:
    """An editor's change to a row the public sees."""
    return (
        obj is not None
        and getattr(obj, "is_published", False)
        and hooks.content_spec_for(type(obj)) is not None
        and not can_publish(user, type(obj))
    )


def record_of(obj) -> dict:
    """The row as its content record, plus the rows of other content that point at it (a
    role's career steps and skill links, edited inline on its form, or a higher app's inline):
    the review shows every change the form makes, not only the row's own columns."""
    spec = hooks.content_spec_for(type(obj))
    record = spec.as_stored(spec.serialize(obj))
    for relation in obj._meta.related_objects:
        child = hooks.content_spec_for(relation.related_model)
        if child is None or not relation.one_to_many:
            continue
        rows = relation.related_model.objects.filter(**{relation.field.name: obj})
        lines = sorted(
            "; ".join(f"{k}: {v}" for k, v in child.as_stored(child.serialize(row)).items())
            for row in rows
        )
        record[f"{relation.related_model._meta.verbose_name_plural} ({relation.field.name})"] = (
            lines
        )
    return record


def _shown(value):
    """A value for the review table: lists one item a line."""
    return "\n".join(map(str, value)) if isinstance(value, list) else value


def _saved(request, response) -> bool:
    """The admin saved: a redirect, or the popup's closing page."""
    popup_closed = "popup_response" in str(getattr(response, "template_name", ""))
    return response.status_code == 302 or (IS_POPUP_VAR in request.POST and popup_closed)


def hold(request, obj, save):
    """Run `save()` (the admin's own view), capture what it saved, undo it, and keep it for
    review. Returns (the PendingChange, or None when nothing was saved; the admin's response)."""
    with transaction.atomic():
        response = save()
        if not _saved(request, response):  # the form is shown again with its errors
            transaction.set_rollback(True)
            return None, response
        record = record_of(type(obj).objects.get(pk=obj.pk))
        transaction.set_rollback(True)  # the live row, its history and its index stay as they were
    form_data = {k: v for k, v in request.POST.lists() if k != "csrfmiddlewaretoken"}
    pending = PendingChange.objects.create(
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=obj.pk,
        object_repr=str(obj)[:200],
        record=record,
        path=request.path,
        form_data=form_data,
        editor=request.user,
    )
    return pending, response


def differences(pending: PendingChange) -> list[tuple[str, object, object]]:
    """(column, live value, proposed value) for every column the change would alter."""
    model = pending.content_type.model_class()
    spec = hooks.content_spec_for(model)
    obj = model.objects.filter(pk=pending.object_id).first()
    live = record_of(obj) if obj is not None else {}
    proposed = spec.as_stored(pending.record)
    return [
        (name, _shown(live.get(name)), _shown(value))
        for name, value in proposed.items()
        if live.get(name) != value
    ]


APPROVED = "_approved_for_review"  # on a replayed request: apply it, do not hold it again


def _replay(pending: PendingChange, like) -> bool:
    """Send the editor's form again through the same admin view, as the editor (so their
    permissions and the publish rule apply exactly as when they saved it, and the history
    names them), marked as approved so that it is applied instead of held again. It carries
    the host and scheme of the publisher's own request (`like`): the admin reads the host,
    and in production only the allowed hosts pass (a made-up "testserver" is refused)."""
    request = RequestFactory().post(
        pending.path,
        data=pending.form_data,
        HTTP_HOST=like.get_host(),
        secure=like.is_secure(),
    )
    request.user = pending.editor
    setattr(request, APPROVED, True)
    request._messages = CookieStorage(request)
    request._dont_enforce_csrf_checks = True
    match = resolve(pending.path)
    response = match.func(request, *match.args, **match.kwargs)
    return response.status_code == 302


def decide(pending: PendingChange, request, approve: bool) -> str:
    """Approve or reject as the user of `request` (the publisher's own request); returns ""
    or why it could not be applied (nothing changes then)."""
    publisher = request.user
    if pending.status != Review.PENDING:
        return "already decided"
    model = pending.content_type.model_class()
    if approve and not model.objects.filter(pk=pending.object_id).exists():
        return f"“{pending.object_repr}” was deleted since"
    with transaction.atomic():
        if approve and not _replay(pending, request):
            transaction.set_rollback(True)
            return (
                f"the change to “{pending.object_repr}” no longer fits the row (it changed "
                "since, or the form is no longer valid): ask the editor to make it again"
            )
        pending.status = Review.APPROVED if approve else Review.REJECTED
        pending.decided_by = publisher
        pending.decided_at = timezone.now()
        pending.save(update_fields=["status", "decided_by", "decided_at"])
    return ""
