"""The login backend: Django's ModelBackend, plus the account's progress owner in the same query.

Every page a signed-in job seeker opens looks up their user, and most then look up their Owner
(progress). Joining the two in the one query Django already runs saves a query on every such
page, and compiling it once per process saves the ORM's work (issue 28: the signed-in column of
`make bench-sessions`).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from careers.common.compiled import Compiled

USER_WITH_OWNER = Compiled(
    lambda pk: get_user_model()._default_manager.select_related("progress_owner").filter(pk=pk)
)


class OwnerJoiningBackend(ModelBackend):
    def get_user(self, user_id):
        try:
            user = USER_WITH_OWNER.first(int(user_id))
        except (TypeError, ValueError):
            return None  # not an id: a session written by something else
        return user if user is not None and self.user_can_authenticate(user) else None
