"""How each seed file maps onto a model: its fields, its natural key, its relations.

One spec a file, in load order (a file may only point at slugs loaded before it).
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from careers.interviews.models import Question, RubricLine
from careers.resumes.models import ChecklistItem, JargonTerm
from careers.roles.models import CareerStep, Certification, Metric, Role
from careers.skills.models import Importance, LearningResource, RoleSkill, Skill


@dataclass(frozen=True)
class Spec:
    filename: str
    model: type
    fields: tuple[str, ...]
    # yaml key -> (many-to-many attribute, related model); related rows are named by slug
    m2m: dict[str, tuple[str, type]] = field(default_factory=dict)

    def natural_key(self, record: dict) -> dict:
        return {"slug": record["slug"]}

    def extra_keys(self) -> set[str]:
        return {"slug"}

    def after_create(self, obj, record: dict) -> None:
        """Rows that hang off a new object (role skills…); only for rows created now."""

    # --- export: the same record shape the loader reads ---------------------------------------

    def key_record(self, obj) -> dict:
        return {"slug": obj.slug}

    def serialize(self, obj) -> dict:
        record = self.key_record(obj)
        record.update({name: getattr(obj, name) for name in self.fields})
        for yaml_key, (attr, _related) in self.m2m.items():
            record[yaml_key] = sorted(related.slug for related in getattr(obj, attr).all())
        record.update(self.serialize_extra(obj))
        if obj.status != "published":
            record["status"] = obj.status
        return record

    def serialize_extra(self, obj) -> dict:
        return {}

    def export_queryset(self):
        return self.model.objects.prefetch_related(*(attr for attr, _ in self.m2m.values()))


class RoleSpec(Spec):
    def serialize_extra(self, obj):
        by_importance = {importance.value: [] for importance in Importance}
        for role_skill in obj.role_skills.select_related("skill"):
            by_importance[role_skill.importance].append(role_skill.skill.slug)
        return {f"{k}_skills": sorted(v) for k, v in by_importance.items()}

    def extra_keys(self):
        return {"slug", "essential_skills", "helpful_skills"}

    def after_create(self, obj, record):
        for importance in Importance:
            slugs = record.get(f"{importance.value}_skills", [])
            for skill in by_slug(Skill, slugs, f"{self.filename} {record['slug']}"):
                RoleSkill.objects.get_or_create(
                    role=obj, skill=skill, defaults={"importance": importance}
                )


class CareerStepSpec(Spec):
    def key_record(self, obj):
        return {"from": obj.from_role.slug, "to": obj.to_role.slug}

    def export_queryset(self):
        return super().export_queryset().select_related("from_role", "to_role")

    def natural_key(self, record):
        where = f"{self.filename} {record.get('from')} -> {record.get('to')}"
        from_role, to_role = by_slug(Role, [record["from"], record["to"]], where)
        return {"from_role": from_role, "to_role": to_role}

    def extra_keys(self):
        return {"from", "to"}


class QuestionSpec(Spec):
    """Interview questions: follow-ups as a list, and a role-play's scorecard lines."""

    def extra_keys(self):
        return {"slug", "follow_ups", "rubric"}

    def serialize_extra(self, obj):
        rubric = [
            {"criterion": line.criterion, "description": line.description}
            for line in obj.rubric_lines.order_by("order")
        ]
        return {"follow_ups": list(obj.follow_ups), **({"rubric": rubric} if rubric else {})}

    def after_create(self, obj, record):
        where = f"{self.filename} {record['slug']}"
        obj.follow_ups = [str(text).strip() for text in record.get("follow_ups") or []]
        try:
            obj.full_clean()  # catches an unknown category or difficulty, or a missing text
        except ValidationError as exc:
            raise ValueError(f"{where}: {exc.messages}") from None
        obj.save(update_fields=["follow_ups"])
        rubric = record.get("rubric") or []
        if rubric and not obj.is_role_play:
            raise ValueError(f"{where}: only role_play questions have a rubric")
        for order, line in enumerate(rubric, start=1):
            if not isinstance(line, dict) or "criterion" not in line:
                raise ValueError(f"{where}: each rubric line needs a criterion and a description")
            RubricLine.objects.get_or_create(
                question=obj,
                criterion=line["criterion"],
                defaults={"order": order, "description": line.get("description") or ""},
            )


def by_slug(model, slugs: list[str], where: str) -> list:
    found = {obj.slug: obj for obj in model.objects.filter(slug__in=slugs)}
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        raise ValueError(f"{where}: unknown {model._meta.verbose_name} slug(s): {missing}")
    return [found[slug] for slug in slugs]


SPECS: list[Spec] = [
    Spec(
        "metrics.yaml",
        Metric,
        (
            "name",
            "abbreviation",
            "aliases",
            "definition",
            "calculation",
            "why_it_matters",
            "typical_target",
        ),
    ),
    Spec(
        "certifications.yaml",
        Certification,
        ("name", "issuing_body", "aliases", "url", "suits", "description"),
    ),
    Spec("skills.yaml", Skill, ("name", "kind", "description", "how_to_build", "aliases")),
    RoleSpec(
        "roles.yaml",
        Role,
        (
            "name",
            "other_titles",
            "summary",
            "what_they_do",
            "day_in_the_life",
            "shifts",
            "work_from_home",
            "challenges",
            "entry_requirements",
            "office",
            "channel",
            "level",
            "industry",
        ),
        m2m={"metrics": ("metrics", Metric), "certifications": ("certifications", Certification)},
    ),
    CareerStepSpec(
        "career_steps.yaml",
        CareerStep,
        ("kind", "typical_months", "what_it_takes"),
        m2m={"metrics": ("metrics", Metric), "skills": ("skills", Skill)},
    ),
    Spec(
        "resources.yaml",
        LearningResource,
        ("title", "provider", "kind", "free", "url", "description"),
        m2m={"skills": ("skills", Skill)},
    ),
    Spec(
        "checklist.yaml",
        ChecklistItem,
        ("section", "part", "text", "why", "good_example", "weak_example", "order"),
        m2m={"roles": ("roles", Role)},
    ),
    Spec("glossary.yaml", JargonTerm, ("term", "aliases", "meaning", "knockout", "advice")),
    # Every questions-*.yaml file (general, per role…), after the roles they point at.
    QuestionSpec(
        "questions-*.yaml",
        Question,
        ("text", "category", "difficulty", "looking_for", "tips", "sample_answer"),
        m2m={"roles": ("roles", Role)},
    ),
]
