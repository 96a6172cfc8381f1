"""How the rate tables are written to content packs and CSV. Amounts are written as exact
decimal text ("8.33"), so a reload compares them exactly and staff edits are kept."""

from careers.common.content_spec import ContentSpec, Field
from careers.guide.content import Amount
from careers.takehome.models import Rate

AMOUNTS = ("over", "fixed", "percent", "employer_percent", "base_min", "base_max", "step")

RATES = ContentSpec(
    Rate,
    "rates-*.yaml",  # -philippines and -india
    [
        *(Field(n) for n in ("slug", "country", "kind", "place", "valid_from", "name")),
        *(Amount(n) for n in (*AMOUNTS, "applies_up_to")),
        *(Field(n) for n in ("note", "source_name", "source_year", "source_url")),
    ],
)
