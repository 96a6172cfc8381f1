"""How the guide's stages, facts, pay figures, organisations and topics are written to content
packs and CSV."""

from careers.common.content_spec import ContentSpec, Field, Ref
from careers.guide.models import Fact, HiringStage, Organisation, PayFigure, Topic

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
ORGANISATIONS = ContentSpec(
    Organisation,
    "organisations-*.yaml",  # -network (bodies, associations, communities) and -employers
    [
        Field(n)
        for n in (
            "slug",
            "name",
            "short_name",
            "country",
            "kind",
            "order",
            "summary",
            "who_can_join",
            "cost",
            "offers",
            "url",
            *SOURCE,
        )
    ],
)
TOPICS = ContentSpec(
    Topic,
    "topics-*.yaml",  # -industry and -network
    [Field(n) for n in ("slug", "page", "section", "order", "title", "body", *SOURCE)],
)
