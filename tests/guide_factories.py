"""Factories for the guide (published by default, each with a source)."""

import datetime
from itertools import count

from careers.common.models import Status
from careers.guide.models import (
    Fact,
    HiringStage,
    MinimumWage,
    Organisation,
    PayFigure,
    PayNote,
    Topic,
)

_seq = count(1)
THIS_YEAR = datetime.date.today().year
SOURCE = {"source_name": "Official page", "source_url": "https://example.gov/page"}


def make_stage(country="philippines", **kw) -> HiringStage:
    n = next(_seq)
    data = {
        "slug": f"stage-{n}",
        "country": country,
        "order": n,
        "name": f"Stage {n}",
        "what_happens": "You **apply** online.",
        "source_year": THIS_YEAR,
        **SOURCE,
    }
    return HiringStage.objects.create(**{**data, "status": Status.PUBLISHED, **kw})


def make_fact(country="philippines", kind="document", **kw) -> Fact:
    n = next(_seq)
    data = {
        "slug": f"fact-{n}",
        "country": country,
        "kind": kind,
        "title": f"Fact {n}",
        "body": "Bring it.",
        "source_year": THIS_YEAR,
        **SOURCE,
    }
    return Fact.objects.create(**{**data, "status": Status.PUBLISHED, **kw})


def make_pay(role, country="philippines", **kw) -> PayFigure:
    n = next(_seq)
    data = {
        "slug": f"pay-{n}",
        "role": role,
        "country": country,
        "level": "entry",
        "low": 18000,
        "high": 25000,
        "currency": "PHP",
        "period": "month",
        "source_year": THIS_YEAR,
        **SOURCE,
    }
    return PayFigure.objects.create(**{**data, "status": Status.PUBLISHED, **kw})


def make_org(country="philippines", kind="association", **kw) -> Organisation:
    n = next(_seq)
    data = {
        "slug": f"org-{n}",
        "name": f"Organisation {n}",
        "country": country,
        "kind": kind,
        "summary": "It **runs** events.",
        "url": f"https://org{n}.example.org/",
        "source_year": THIS_YEAR,
        **SOURCE,
    }
    return Organisation.objects.create(**{**data, "status": Status.PUBLISHED, **kw})


def make_topic(section="why", page="industry", **kw) -> Topic:
    n = next(_seq)
    data = {"slug": f"topic-{n}", "page": page, "section": section, "title": f"Topic {n}"}
    data["body"] = "Companies **outsource** to save money."
    return Topic.objects.create(**{**data, "status": Status.PUBLISHED, **kw})


def make_minimum_wage(place="metro-manila", **kw) -> MinimumWage:
    n = next(_seq)
    data = {
        "slug": f"wage-{n}",
        "place": place,
        "amount": 695,
        "currency": "PHP",
        "per": "day",
        "days_a_month": 22,
        "valid_from": datetime.date(THIS_YEAR - 1, 7, 18),
        "order_name": f"Wage Order NCR-{n}",
        "source_year": THIS_YEAR,
        **SOURCE,
    }
    return MinimumWage.objects.create(**{**data, "status": Status.PUBLISHED, **kw})


def make_pay_note(role=None, **kw) -> PayNote:
    from tests.factories import make_role

    role = role or make_role()
    data = {"role": role, "reason": "No public source names this role's pay with a year yet."}
    return PayNote.objects.create(**{**data, "status": Status.PUBLISHED, **kw})
