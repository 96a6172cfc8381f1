"""Who may change what the public sees: one rule, applied by every admin path.

Content editors write and change content; only users with the model's publish permission change
its status. Whatever path a row is saved through (change form, inline, bulk action, CSV/JSON
import, restoring a version), an editor's save keeps the stored status, and a new row is a draft.
"""

from careers.common.models import Status, is_publishable
from careers.common.permissions import can_publish


def enforce_publish_rule(user, obj) -> None:
    """Before saving `obj` for `user`: undo a status change the user may not make."""
    model = type(obj)
    if not is_publishable(model) or (user is not None and can_publish(user, model)):
        return
    stored = None
    if obj.pk is not None:
        stored = model.objects.filter(pk=obj.pk).values_list("status", flat=True).first()
    obj.status = stored or Status.DRAFT
