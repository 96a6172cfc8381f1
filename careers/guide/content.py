"""How the guide's stages, facts and pay figures are written to content packs and CSV."""

from careers.common.content_spec import ContentSpec, Field, Ref
from careers.guide.models import Fact, HiringStage, PayFigure

SOURCE = ("source_name", "source_year", "source_url")

HIRING_STAGES = ContentSpec(
    HiringStage,
    "hiring_stages.yaml",
    [
        Field(n)
        for n in (
            "slug",
            "country",
            "order",
            "name",
            "what_happens",
            "how_long",
            "how_to_prepare",
            "common_failures",
            "practice",
            *SOURCE,
        )
    ],
)
FACTS = ContentSpec(
    Fact,
    "guide_facts.yaml",
    [Field(n) for n in ("slug", "country", "kind", "order", "title", "body", *SOURCE)],
)
PAY = ContentSpec(
    PayFigure,
    "pay.yaml",
    [
        Field("slug"),
        Ref("role"),
        *(Field(n) for n in ("country", "level", "low", "high", "currency", "period")),
        *(Field(n) for n in (*SOURCE, "note")),
    ],
)
