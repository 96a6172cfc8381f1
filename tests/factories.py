"""Small factories for test data: published by default, unique slugs, sensible text."""

from itertools import count

from careers.common.models import Status
from careers.roles.models import CareerStep, Certification, Metric, Role
from careers.skills.models import LearningResource, RoleSkill, Skill

_seq = count(1)


def _n() -> int:
    return next(_seq)


def make_metric(**kw) -> Metric:
    n = _n()
    data = {
        "name": f"Metric {n}",
        "slug": f"metric-{n}",
        "abbreviation": f"M{n}",
        "definition": "How long a **contact** takes.",
        "status": Status.PUBLISHED,
    }
    return Metric.objects.create(**{**data, **kw})


def make_certification(**kw) -> Certification:
    n = _n()
    data = {
        "name": f"Certificate {n}",
        "slug": f"cert-{n}",
        "issuing_body": "Some Body",
        "description": "A real exam.",
        "status": Status.PUBLISHED,
    }
    return Certification.objects.create(**{**data, **kw})


def make_role(**kw) -> Role:
    n = _n()
    data = {
        "name": f"Role {n}",
        "slug": f"role-{n}",
        "summary": "Answers customers.",
        "what_they_do": "- Takes calls",
        "office": "front",
        "channel": "voice",
        "level": "entry",
        "status": Status.PUBLISHED,
    }
    return Role.objects.create(**{**data, **kw})


def make_csr(**kw) -> Role:
    """The role most page tests visit: Customer Service Representative, at /roles/csr/."""
    return make_role(**{"slug": "csr", "name": "Customer Service Representative", **kw})


def make_skill(**kw) -> Skill:
    n = _n()
    data = {
        "name": f"Skill {n}",
        "slug": f"skill-{n}",
        "kind": "soft",
        "description": "Being good at it.",
        "status": Status.PUBLISHED,
    }
    return Skill.objects.create(**{**data, **kw})


def make_step(from_role, to_role, **kw) -> CareerStep:
    data = {
        "kind": "promotion",
        "typical_months": 12,
        "what_it_takes": "Hit your KPIs.",
        "status": Status.PUBLISHED,
    }
    return CareerStep.objects.create(from_role=from_role, to_role=to_role, **{**data, **kw})


def make_role_skill(role, skill, importance="essential") -> RoleSkill:
    return RoleSkill.objects.create(role=role, skill=skill, importance=importance)


def make_resource(*skills, **kw) -> LearningResource:
    n = _n()
    data = {
        "title": f"Course {n}",
        "slug": f"course-{n}",
        "provider": "Free School",
        "kind": "course",
        "url": "https://example.org/course",
        "status": Status.PUBLISHED,
    }
    resource = LearningResource.objects.create(**{**data, **kw})
    resource.skills.set(skills)
    return resource


def make_full_role(**kw) -> Role:
    """A role with everything its page shows: skills, KPIs, certifications, steps in and out."""
    role = make_role(**kw)
    for importance in ("essential", "essential", "helpful"):
        make_role_skill(role, make_skill(), importance)
    role.metrics.add(make_metric(), make_metric())
    role.certifications.add(make_certification())
    make_step(make_role(), role)
    make_step(role, make_role(level="mid"), kind="sideways")
    return role
