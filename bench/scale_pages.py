"""Every public page at the target scale: 500 roles, 2,000 career steps, 1,000 skills and 5,000
interview questions on top of the seed content. Prints, per page: SQL queries, response size,
median and worst time over N requests (Django's test client, no network, no cache).

Usage: .venv/bin/python bench/scale_pages.py [repeats] [--drop]
Uses its own database, bpoportal_scalebench (SCALEBENCH_DATABASE_URL to point elsewhere),
created and filled on the first run and kept for the next; --drop removes it afterwards.
It never touches the development database.
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bpoportal.settings")
os.environ.setdefault("DEBUG", "true")  # as `make bench` runs it: development settings
# Forced, not a default: an exported DATABASE_URL must not turn this into a bench of the dev data.
os.environ["DATABASE_URL"] = os.environ.get(
    "SCALEBENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bpoportal_scalebench"
)

import django

django.setup()

import psycopg  # noqa: E402
from career_steps import bulk_create_steps  # noqa: E402  (bench/, beside this script)
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, connections, reset_queries, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from careers.common.models import Status  # noqa: E402
from careers.content.loader import load_all  # noqa: E402
from careers.guide.models import PayFigure  # noqa: E402
from careers.interviews.models import Question  # noqa: E402
from careers.roles.models import LEVEL_ORDER, CareerStep, Certification, Metric, Role  # noqa: E402
from careers.search.indexing import rebuild  # noqa: E402
from careers.skills.models import RoleSkill, Skill  # noqa: E402

ROLES, STEPS, SKILLS, QUESTIONS = 500, 2000, 1000, 5000
SKILLS_PER_ROLE = 8  # five essential, three helpful
HUB_SKILL = "scale-skill-0"  # needed by every bench role: the skill page's longest list
INDUSTRIES = ["", "", "", "healthcare", "finance", "", "legal", "", "insurance", "knowledge"]
# What rendering costs: a local cache for the app's own caches (Markdown, vocabularies), but
# no whole-page cache answering the repeats.
LOCAL_CACHE = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


@transaction.atomic
def fill() -> None:
    if Role.objects.filter(slug="scale-role-0").exists():
        return
    print("Loading the seed content, then the bench content...", flush=True)
    load_all()
    rng = random.Random(18)
    roles = Role.objects.bulk_create(
        Role(
            slug=f"scale-role-{i}",
            name=f"Scale role {i}",
            summary="Answers customers and keeps the account's numbers up.",
            what_they_do="- Takes calls\n- Writes notes",
            office=["front", "back"][i % 2],
            channel=["voice", "non-voice", "blended"][i % 3],
            level=LEVEL_ORDER[i * len(LEVEL_ORDER) // ROLES],
            industry=INDUSTRIES[i % len(INDUSTRIES)],
            typing_wpm=25 + i % 30 if i % 2 else None,
            status=Status.PUBLISHED,
        )
        for i in range(ROLES)
    )
    bulk_create_steps(roles, STEPS, rng)
    kinds = ["soft", "technical", "domain", "language"]
    skills = Skill.objects.bulk_create(
        Skill(
            slug=f"scale-skill-{n}",
            name=f"Scale skill {n}",
            kind=kinds[n % len(kinds)],
            description="A skill.",
            status=Status.PUBLISHED,
        )
        for n in range(SKILLS)
    )
    RoleSkill.objects.bulk_create(
        RoleSkill(
            role=role,
            skill=skills[0 if k == 0 else (i * SKILLS_PER_ROLE + k) % (SKILLS - 1) + 1],
            importance="essential" if k < 5 else "helpful",
        )
        for i, role in enumerate(roles)
        for k in range(SKILLS_PER_ROLE)
    )
    questions = Question.objects.bulk_create(
        Question(
            slug=f"scale-q-{n}",
            text=f"Scale question {n}: tell me about a time you helped a customer?",
            category=["behavioural", "situational", "technical", "background"][n % 4],
            difficulty=["easy", "medium", "hard"][n % 3],
            looking_for="A real example.",
            status=Status.PUBLISHED,
        )
        for n in range(QUESTIONS)
    )
    links = Question.roles.through
    links.objects.bulk_create(
        links(question=q, role=roles[(i * 7 + k) % ROLES])
        for i, q in enumerate(questions)
        if i % 10  # one in ten suits every role (no roles)
        for k in range(1 + i % 2)
    )
    # Seed KPIs and certifications on the bench roles: AHT is then measured in hundreds.
    metrics, certifications = list(Metric.objects.all()), list(Certification.objects.all())
    Role.metrics.through.objects.bulk_create(
        Role.metrics.through(role=role, metric=metrics[(i + k) % len(metrics)])
        for i, role in enumerate(roles)
        for k in range(3)
    )
    Role.certifications.through.objects.bulk_create(
        Role.certifications.through(
            role=role, certification=certifications[i % len(certifications)]
        )
        for i, role in enumerate(roles)
    )
    PayFigure.objects.bulk_create(
        PayFigure(
            slug=f"scale-pay-{i}-{country}",
            role=role,
            country=country,
            level="entry",
            low=18000,
            high=24000,
            currency="PHP" if country == "philippines" else "INR",
            period="month",
            source_name="Bench survey",
            source_year=2024,
            source_url="https://example.org/survey",
            status=Status.PUBLISHED,
        )
        for i, role in enumerate(roles)
        if i % 4 == 0
        for country in ["philippines", "india"]
    )
    print(f"search index: {rebuild()} documents", flush=True)


def pages() -> list[str]:
    busiest = max(
        Role.objects.filter(slug__startswith="scale-role-"),
        key=lambda r: r.steps_in.count() + r.steps_out.count(),
    )
    metric = max(Metric.objects.all(), key=lambda m: m.roles.count())
    question = Question.objects.get(slug="scale-q-11")
    return [
        "/",
        "/roles/",
        "/roles/?office=front&level=entry",
        "/roles/?page=3",
        f"/roles/{busiest.slug}/",
        "/ladder/",
        "/ladder/?page=5",
        "/ladder/?track=front&level=entry",
        "/skills/",
        "/skills/?page=2",
        f"/skills/{HUB_SKILL}/",
        "/skills/scale-skill-10/",
        "/metrics/",
        f"/metrics/{metric.slug}/",
        "/certifications/",
        "/resume/",
        f"/resume/{busiest.slug}/",
        "/glossary/",
        "/interviews/",
        "/interviews/?category=technical&page=5",
        f"/interviews/{question.slug}/",
        "/interviews/practice/",
        "/plan/",
        "/plan/fit/",
        "/plan/route/",
        "/plan/route/?from=scale-role-0&to=scale-role-499",
        "/drills/",
        "/drills/typing/",
        "/drills/accuracy/",
        "/drills/english/",
        "/hiring/",
        "/hiring/philippines/",
        "/pay/",
        "/industry/",
        "/network/",
        "/search/?q=customer",
        "/sitemap.xml",
        "/sitemap-pages.xml",
        "/sitemap-pages.xml?p=7",
        "/me/",
    ]


def measure(client, url, repeats):
    reset_queries()  # the query log is capped; an emptied log counts exactly
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return response, len(ctx.captured_queries), statistics.median(timings), max(timings)


def drop() -> None:
    db = settings.DATABASES["default"]
    connections.close_all()
    conn = psycopg.connect(
        dbname="postgres", user=db["USER"] or None, host=db["HOST"] or None, port=db["PORT"]
    )
    conn.autocommit = True  # DROP DATABASE cannot run inside a transaction
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{db["NAME"]}"')
    conn.close()
    print(f"Dropped {db['NAME']}.")


def main(repeats: int, drop_after: bool) -> None:
    call_command("ensure_database", verbosity=0)
    call_command("migrate", verbosity=0)
    fill()
    with connection.cursor() as cursor:
        # Fresh statistics, as autovacuum keeps them in production: planning joins over
        # never-analysed bulk-loaded tables picks nested loops that take 100 times longer.
        cursor.execute("ANALYZE")
    print(
        f"{Role.objects.count()} roles, {CareerStep.objects.count()} steps, "
        f"{Skill.objects.count()} skills, {Question.objects.count()} questions"
    )
    client = Client(HTTP_HOST="127.0.0.1")  # an allowed host in development settings
    print(f"{'page':52} {'status':>6} {'queries':>7} {'KiB':>7} {'median ms':>10} {'max ms':>8}")
    with override_settings(CACHES=LOCAL_CACHE, PAGE_CACHE=False):
        for url in pages():
            response, queries, median, worst = measure(client, url, repeats)
            print(
                f"{url[:52]:52} {response.status_code:>6} {queries:>7} "
                f"{len(response.content) / 1024:>7.1f} {median:>10.1f} {worst:>8.1f}",
                flush=True,
            )
    if drop_after:
        drop()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--drop"]
    main(int(args[0]) if args else 5, "--drop" in sys.argv)
