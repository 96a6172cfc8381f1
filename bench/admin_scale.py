"""Admin at scale: 5,000 questions, 500 roles and 1,000 skills, then time the admin pages.

Usage: make bench-admin   (uses its own database, bpoportal_bench, created and filled once)
Prints, per admin page: SQL queries, median and worst time over N requests, response size.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bpoportal.settings")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bpoportal_bench")

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from careers.interviews.models import Question  # noqa: E402
from careers.roles.models import CareerStep, Role  # noqa: E402
from careers.skills.models import RoleSkill, Skill  # noqa: E402

ROLES, SKILLS, QUESTIONS = 500, 1000, 5000


@transaction.atomic
def fill() -> None:
    if Question.objects.count() >= QUESTIONS:
        return
    print(f"Creating {ROLES} roles, {SKILLS} skills, {QUESTIONS} questions…", flush=True)
    roles = Role.objects.bulk_create(
        Role(
            name=f"Bench role {n}",
            slug=f"bench-role-{n}",
            summary="A role.",
            what_they_do="- Work",
            office="front" if n % 2 else "back",
            channel="voice",
            level=["entry", "mid", "senior", "leadership"][n % 4],
            status="published",
        )
        for n in range(ROLES)
    )
    skills = Skill.objects.bulk_create(
        Skill(
            name=f"Bench skill {n}",
            slug=f"bench-skill-{n}",
            kind="soft",
            description="A skill.",
            aliases=[f"bench alias {n}"],
            status="published",
        )
        for n in range(SKILLS)
    )
    RoleSkill.objects.bulk_create(
        RoleSkill(role=role, skill=skills[(i * 7 + k) % SKILLS], importance="essential")
        for i, role in enumerate(roles)
        for k in range(5)
    )
    CareerStep.objects.bulk_create(
        CareerStep(
            from_role=roles[i],
            to_role=roles[i + 1],
            typical_months=12,
            what_it_takes="Hit KPIs.",
            status="published",
        )
        for i in range(ROLES - 1)
    )
    questions = Question.objects.bulk_create(
        Question(
            slug=f"bench-q-{n}",
            text=f"Bench question {n}?",
            category="behavioural",
            difficulty="medium",
            looking_for="A real example.",
            status="published",
        )
        for n in range(QUESTIONS)
    )
    links = Question.roles.through
    links.objects.bulk_create(
        links(question=q, role=roles[i % ROLES]) for i, q in enumerate(questions)
    )


def measure(client, url, repeats):
    reset_queries()  # the query log is capped; an emptied log counts exactly
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return (
        len(ctx.captured_queries),
        statistics.median(timings),
        max(timings),
        len(response.content),
    )


def main(repeats: int = 10) -> None:
    call_command("ensure_database", verbosity=0)
    call_command("migrate", verbosity=0)
    fill()
    user, _ = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client(HTTP_HOST="127.0.0.1")  # an allowed host in development settings
    client.force_login(user)
    role = Role.objects.get(slug="bench-role-10")
    question = Question.objects.get(slug="bench-q-10")
    skill = Skill.objects.get(slug="bench-skill-10")
    pages = [
        "/admin/roles/role/",
        "/admin/roles/role/?q=bench+role+42",
        "/admin/roles/role/?level=mid",
        f"/admin/roles/role/{role.pk}/change/",
        "/admin/roles/careerstep/",
        "/admin/skills/skill/",
        f"/admin/skills/skill/{skill.pk}/change/",
        "/admin/skills/roleskill/",
        "/admin/interviews/question/",
        "/admin/interviews/question/?q=question+4711",
        f"/admin/interviews/question/{question.pk}/change/",
        "/admin/autocomplete/?app_label=interviews&model_name=question&field_name=roles&term=bench",
    ]
    print(f"{'admin page':70} {'queries':>7} {'median ms':>10} {'max ms':>8} {'KiB':>6}")
    for url in pages:
        queries, median, worst, size = measure(client, url, repeats)
        print(f"{url[:70]:70} {queries:>7} {median:>10.1f} {worst:>8.1f} {size / 1024:>6.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
