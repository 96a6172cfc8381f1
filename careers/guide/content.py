"""How the guide's stages, facts, pay figures, organisations and topics are written to content
packs and CSV."""

from decimal import Decimal

from careers.common.content_spec import ContentSpec, Field, Ref
from careers.guide.models import (
    Fact,
    HiringStage,
    MinimumWage,
    Organisation,
    PayFigure,
    PayNote,
    Topic,
)

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
        *(Field(n) for n in ("country", "level", "place", "low", "high", "currency", "period")),
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


class Amount(Field):
    """A DecimalField as canonical text (8.33, 695), never a float: YAML, CSV and the loader's
    JSON record compare it exactly, so a reload keeps staff edits."""

    def get(self, obj):
        return canonical(getattr(obj, self.attr))

    def from_cell(self, raw):
        return canonical(raw)

    def default(self):
        return canonical(super().default())


def canonical(value) -> str | None:
    if value in (None, ""):
        return None
    return format(Decimal(str(value)).normalize(), "f")


class DateText(Field):
    """A date as ISO text (2025-07-18): what YAML, CSV and the loader's JSON record all hold."""

    def get(self, obj):
        value = getattr(obj, self.attr)
        return value.isoformat() if value else None

    def from_cell(self, raw):
        return str(raw) if raw not in (None, "") else None


MINIMUM_WAGES = ContentSpec(
    MinimumWage,
    "minimum_wages.yaml",
    [
        Field(n)
        for n in (
            "slug",
            "place",
            "currency",
            "per",
            "days_a_month",
            "order_name",
            *SOURCE,
        )
    ]
    + [Amount("amount"), DateText("valid_from"), DateText("valid_until")],
)
PAY_NOTES = ContentSpec(PayNote, "pay_notes.yaml", [Ref("role"), Field("reason")], key=("role",))
