"""How passages and record templates are written to content packs and CSV."""

from careers.common.content_spec import ContentSpec, Field
from careers.drills.models import EnglishItem, EnglishTest, Passage, RecordTemplate

PASSAGES = ContentSpec(
    Passage, "passages.yaml", [Field(n) for n in ("slug", "title", "kind", "order", "text")]
)
RECORD_TEMPLATES = ContentSpec(
    RecordTemplate,
    "record_templates.yaml",
    [Field(n) for n in ("slug", "label", "redraw_digits", "samples")],
)
ENGLISH_ITEMS = ContentSpec(
    EnglishItem,
    "english_items.yaml",
    [
        Field(n)
        for n in (
            "slug",
            "area",
            "difficulty",
            "passage",
            "question",
            "choices",
            "answer",
            "explanation",
            "trap",
        )
    ],
)
ENGLISH_TESTS = ContentSpec(
    EnglishTest,
    "english_tests.yaml",
    [Field(n) for n in ("slug", "name", "organisation", "url", "measures", "source", "order")],
)
