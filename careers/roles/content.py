"""How roles, career steps, KPIs and certifications are written to content packs and CSV."""

from careers.common.content_spec import ContentSpec, Field, Ref, SlugList
from careers.roles.models import CareerStep, Certification, Metric, Role


def fields(*names: str) -> list[Field]:
    return [Field(name) for name in names]


METRICS = ContentSpec(
    Metric,
    "metrics.yaml",
    fields(
        "slug",
        "name",
        "abbreviation",
        "aliases",
        "definition",
        "calculation",
        "why_it_matters",
        "typical_target",
    ),
)
CERTIFICATIONS = ContentSpec(
    Certification,
    "certifications.yaml",
    fields("slug", "name", "issuing_body", "aliases", "url", "suits", "description"),
)
ROLES = ContentSpec(
    Role,
    "roles.yaml",
    [
        *fields(
            "slug",
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
            "shift_pattern",
            "shift_note",
            "remote_work",
            "remote_note",
            "typing_wpm",
            "typing_accuracy",
            "english_level",
            "experience_months",
            "requirements_note",
        ),
        SlugList("metrics"),
        SlugList("certifications"),
    ],
)
CAREER_STEPS = ContentSpec(
    CareerStep,
    "career_steps.yaml",
    [
        Ref("from", "from_role"),
        Ref("to", "to_role"),
        *fields("kind", "typical_months", "months_min", "months_max", "what_it_takes"),
        SlugList("metrics"),
    ],
    key=("from", "to"),
)
