"""A job seeker's progress on several tools, for the benchmarks that compare visitors with a
session against the page cache: a ticked resume item, a typing result and a saved plan (what
the home page's journey, the role pages and /drills/ show). Needs Django set up.

`python bench/seeker_progress.py` (production settings in the environment) makes a browser
session with that progress and prints its cookie, `name=value`, for a load tool."""

ROLE = "customer-service-representative"


def give_progress(owner) -> None:
    from django.utils import timezone

    from careers.drills.models import TypingResult
    from careers.plans.models import Plan
    from careers.resumes.checklist import role_entries
    from careers.resumes.models import Tick
    from careers.roles.models import Role

    role = Role.objects.get(slug=ROLE)
    today = timezone.localdate()
    Tick.objects.get_or_create(owner=owner, role=role, key=role_entries(role)[0].key, done=True)
    TypingResult.objects.get_or_create(
        owner=owner,
        defaults={"nonce": f"bench-{owner.pk}", "passage_text": "x", "typed": "x",
                  "seconds": 60, "typed_chars": 200, "errors": 1, "gross_wpm": 40,
                  "net_wpm": 38, "accuracy": 97},
    )  # fmt: skip
    Plan.objects.get_or_create(
        owner=owner,
        defaults={"start_role": role, "target_role": Role.objects.get(slug="team-leader"),
                  "target_date": today, "started_on": today},
    )  # fmt: skip


def session_cookie() -> str:
    """A new browser session holding a new owner with progress, as `name=value`."""
    from importlib import import_module

    from django.conf import settings

    from careers.seekers.models import Owner
    from careers.seekers.owner import SESSION_KEY

    owner = Owner.objects.create(session_token=Owner.new_token())
    give_progress(owner)
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(owner.session_token)
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


if __name__ == "__main__":
    import os
    import sys
    from pathlib import Path

    import django

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bpoportal.settings")
    django.setup()
    print(session_cookie())
