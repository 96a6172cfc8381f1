"""How checklist items and job-ad jargon are written to content packs and CSV."""

from careers.common.content_spec import ContentSpec, Field, SlugList
from careers.resumes.models import ChecklistItem, JargonTerm

CHECKLIST = ContentSpec(
    ChecklistItem,
    "checklist.yaml",
    [
        *(Field(name) for name in ("slug", "section", "part", "text", "why")),
        *(Field(name) for name in ("good_example", "weak_example", "order")),
        SlugList("roles"),
    ],
)
GLOSSARY = ContentSpec(
    JargonTerm,
    "glossary.yaml",
    [
        Field(name)
        for name in ("slug", "term", "aliases", "meaning", "knockout", "scam_sign", "advice")
    ],
)
