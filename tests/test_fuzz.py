"""Odd, oversize and tampered requests to every route and every form, found by walking the URL
resolver and the forms each page shows, so apps added later are covered without editing this
file. None may get a 5xx, and a rejected request (4xx) must change no saved row. Then XSS
payloads in every job-seeker input that is shown back.

Rate limits are raised for the whole suite (tests/settings.py)."""

import random
import re
import time
from functools import cache
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from careers.interviews.models import PracticeItem
from careers.resumes.models import SavedAd
from tests.factories import make_full_role, make_metric, make_skill
from tests.guide_factories import make_fact, make_org, make_stage, make_topic
from tests.interview_factories import make_question, make_role_play, session_of, start
from tests.plan_factories import make_background
from tests.resume_factories import make_item

pytestmark = pytest.mark.django_db

SKIP = ("admin/", "static/", "media/")
ODD_VALUES = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "😀" * 50,
    "x" * 20_000,
    "-1",
    "0",
    "99999999999999999999999",
    "9" * 4301,  # past int()'s limit for decimal strings: a ValueError, not a number
    "1e309",
    "NaN",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "%00",
    "\u202e\u0645",
    "true",
    "[]",
]
PARAM_VALUES = {"int": ["0", "1", "999999999", "99999999999999999999"], "slug": ["nope", "a" * 300]}


class Forms(HTMLParser):
    """The forms on a page: method, action and field names."""

    def __init__(self):
        super().__init__()
        self.forms = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            method = (attrs.get("method") or "get").lower()
            self.forms.append({"method": method, "action": attrs.get("action"), "fields": {}})
        elif tag in ("input", "textarea", "select") and self.forms and attrs.get("name"):
            self.forms[-1]["fields"].setdefault(attrs["name"], attrs.get("value") or "")


def routes(resolver=None, prefix=""):
    """Every route as (path pattern, {parameter: converter name})."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        pattern = str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from routes(entry, prefix + pattern)
        elif isinstance(entry, URLPattern):
            full = prefix + pattern
            if not full.startswith(SKIP) and not full.startswith("^"):
                converters = {
                    name: type(conv).__name__.replace("Converter", "").lower()
                    for name, conv in getattr(entry.pattern, "converters", {}).items()
                }
                yield full, converters


def urls_for(route, converters, known):
    """Concrete URLs for a route: known good values first, then odd ones."""
    names = list(converters)
    if not names:
        return ["/" + route]
    out = []
    for kind_values in (known, PARAM_VALUES):
        values = {n: kind_values.get(converters[n], ["x"]) for n in names}
        for i in range(max(len(v) for v in values.values())):
            path = route
            for name in names:
                options = values[name]
                path = re.sub(rf"<(\w+:)?{name}>", str(options[i % len(options)]), path)
            out.append("/" + path)
    return out


@cache
def saved_models() -> list:
    """Every model job seekers write to (anything with an owner)."""
    return [
        model
        for model in apps.get_models()
        if any(f.name == "owner" for f in model._meta.fields)
        or model._meta.model_name
        in ("owner", "practiceitem", "tick", "plantick", "rubricscore", "englishanswer")
    ]


def saved_rows() -> dict:
    """Row counts of every model job seekers write to, in one query (it runs twice for each of
    hundreds of POSTs; their managers filter nothing, so this is each model's count())."""
    models = saved_models()
    tables = [connection.ops.quote_name(model._meta.db_table) for model in models]
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(f"(SELECT count(*) FROM {t})" for t in tables))
        return dict(zip([model._meta.label for model in models], cursor.fetchone(), strict=True))


def content():
    role = make_full_role(slug="csr", name="Customer Service Representative")
    make_question(role)
    make_role_play(role)
    make_item(role)
    make_skill(slug="typing")
    make_metric(slug="aht", abbreviation="AHT")
    make_background(role, slug="retail")
    make_stage(), make_fact(), make_org(), make_topic()
    from tests.drill_factories import make_english_item, make_passage, make_template

    make_passage(), make_template(), make_english_item()
    return role


SHARDS = 4  # the routes in four tests, which pytest-xdist's workers share out


@pytest.mark.parametrize("shard", range(SHARDS))
def test_every_route_and_form_survives_odd_input(settings, shard):
    settings.PAGE_CACHE = True  # as production serves pages
    rng = random.Random(2026 + shard)
    content()
    client = Client()
    session = session_of(start(client, size=3))
    client.post("/resume/match/save/", {"title": "Ad", "text": "Customer service, 35 wpm."})
    ad = SavedAd.objects.get()
    known = {"int": [session.pk, ad.pk, 1, 2, 3], "slug": ["csr", "aht", "typing", "philippines"]}
    sent, failures, started = 0, [], time.perf_counter()

    def send(method, url, data=None):
        nonlocal sent
        before = saved_rows() if method == "post" else None
        try:
            response = getattr(client, method)(url, data or {})
        except Exception as exc:
            failures.append((method, url, repr(exc)[:200]))
            return None
        sent += 1
        if response.status_code >= 500:
            failures.append((method, url, response.status_code))
        elif before is not None and 400 <= response.status_code < 500:
            after = saved_rows()
            if after != before:
                changed = {k: (before[k], after[k]) for k in after if before.get(k) != after[k]}
                failures.append((method, url, f"rejected but changed {changed}"))
        return response

    all_routes = list(routes())
    assert len(all_routes) > 40  # the walk found the portal's pages
    for route, converters in all_routes[shard::SHARDS]:
        for url in urls_for(route, converters, known):
            response = send(
                "get", url, {"q": rng.choice(ODD_VALUES), "page": rng.choice(ODD_VALUES)}
            )
            for value in rng.sample(ODD_VALUES, 4):
                send(
                    "get",
                    url,
                    {
                        "role": value,
                        "category": value,
                        "background": value,
                        "from": value,
                        "to": value,
                    },
                )
            send(
                "post",
                url,
                {name: rng.choice(ODD_VALUES) for name in ("answer", "rating", "key", "note")},
            )
            if (
                response is None
                or response.status_code != 200
                or "text/html" not in response.get("Content-Type", "")
            ):
                continue
            parser = Forms()
            parser.feed(response.content.decode(errors="replace"))
            for form in parser.forms:
                action = form["action"] or url
                if action.startswith(("http", "/admin/")):
                    continue
                for _ in range(6):  # tampered and odd values in every field
                    data = {name: rng.choice(ODD_VALUES) for name in form["fields"]}
                    if data and rng.random() < 0.3:
                        data.pop(rng.choice(list(data)))  # a field missing
                    send(
                        form["method"] if form["method"] in ("get", "post") else "post",
                        action,
                        data,
                    )
                twice = {name: rng.sample(ODD_VALUES, 2) for name in form["fields"]}
                send(form["method"] if form["method"] in ("get", "post") else "post", action, twice)
    elapsed = time.perf_counter() - started
    print(f"{sent} requests to a quarter of {len(all_routes)} routes in {elapsed:.1f} s")
    assert failures == [], failures[:20]
    assert sent >= 1000 / SHARDS, sent


XSS = '"><img src=x onerror=alert(1)><script>alert(1)</script>'


def test_job_seeker_input_is_escaped_everywhere_it_is_shown(client):
    role = content()
    session = session_of(start(client, size=3))
    client.post(f"/interviews/practice/{session.pk}/1/answer/", {"answer": XSS})
    client.post(
        f"/resume/{role.slug}/tick/",
        {"key": "item:" + role.checklist_items.first().slug, "done": "on", "note": XSS},
    )
    client.post("/resume/match/save/", {"title": XSS, "text": XSS + " customer service"})
    ad = SavedAd.objects.get()
    pages = [
        f"/interviews/practice/{session.pk}/1/",
        f"/interviews/practice/{session.pk}/summary/",
        f"/resume/{role.slug}/",
        ad.get_absolute_url(),
        "/me/",
    ]
    assert PracticeItem.objects.filter(answer=XSS).exists()
    for url in pages:
        html = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in html, url
        assert "<img src=x onerror" not in html, url
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt;"
        in client.get(ad.get_absolute_url()).content.decode()
    )
