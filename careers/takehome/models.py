"""Rates as curated data: each row is one bracket of one legal table (SSS, PhilHealth, the
withholding tax table, EPF, ESI, a state's professional tax...), valid from a year and named
with its legal source. Next year's table is new rows with a later `valid_from`, not code."""

from django.db import models
from django.db.models import Q

from careers.guide.models import Country, Place, Sourced, source_required


class Kind(models.TextChoices):
    # The Philippines
    SSS = "sss", "SSS contribution"
    PHILHEALTH = "philhealth", "PhilHealth premium"
    PAGIBIG = "pagibig", "Pag-IBIG contribution"
    WITHHOLDING = "withholding", "Withholding tax (monthly table)"
    DE_MINIMIS = "de-minimis", "De minimis benefit ceiling"
    THIRTEENTH = "thirteenth", "13th month pay and other benefits: tax-free ceiling"
    NIGHT = "night", "Night shift differential"
    # India
    EPF = "epf", "EPF contribution"
    EPS = "eps", "EPS (pension) part of the employer's EPF"
    ESI = "esi", "ESI contribution"
    PROFESSIONAL_TAX = "professional-tax", "Professional tax"
    STANDARD_DEDUCTION = "standard-deduction", "Standard deduction (new tax regime)"
    TAX_FREE_UP_TO = "tax-free-up-to", "No income tax up to (new tax regime)"


PLACES_IN = {
    Country.PHILIPPINES: [
        Place.METRO_MANILA,
        Place.METRO_CEBU,
        Place.CENTRAL_VISAYAS,
        Place.PH_PROVINCE,  # no floor listed: the calculator says so instead of flagging
    ],
    Country.INDIA: [Place.NOIDA, Place.HYDERABAD, Place.BENGALURU],
}


def amount_field(**kw):
    return models.DecimalField(max_digits=14, decimal_places=2, **kw)


class RateQuerySet(models.QuerySet):
    def in_force(self, country: str, year: int):
        """Published rows of `country` valid this year; the calculator keeps, per kind and
        place, only the rows of the latest valid_from (careers.takehome.tables)."""
        return self.filter(status="published", country=country, valid_from__lte=year).order_by(
            "kind", "place", "-valid_from", "over"
        )


class Rate(Sourced):
    """One bracket of a table. Contributions: `percent` of the pay (rounded to `step`, kept
    between `base_min` and `base_max`; none above `applies_up_to`). Taxes: `fixed` plus
    `percent` of the pay above `over`. A table of several brackets is several rows; the row
    with the highest `over` below the pay applies."""

    slug = models.SlugField(max_length=100, unique=True)
    country = models.CharField(
        max_length=12, choices=[c for c in Country.choices if c[0] != Country.GENERAL]
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    place = models.CharField(
        max_length=20, choices=Place.choices, blank=True, help_text="Only for a local rate."
    )
    valid_from = models.PositiveSmallIntegerField(help_text="The first year this row applies.")
    name = models.CharField(max_length=200, help_text="What the page calls it.")
    over = amount_field(default=0, help_text="The bracket applies to pay above this.")
    fixed = amount_field(default=0, help_text="A fixed amount (a tax, a ceiling).")
    percent = models.DecimalField(max_digits=7, decimal_places=4, default=0)
    employer_percent = models.DecimalField(
        max_digits=7, decimal_places=4, default=0, help_text="The employer's share, for CTC."
    )
    base_min = amount_field(null=True, blank=True, help_text="Pay counted is at least this.")
    base_max = amount_field(null=True, blank=True, help_text="Pay counted is at most this.")
    step = amount_field(null=True, blank=True, help_text="Pay counted is rounded to this.")
    applies_up_to = amount_field(null=True, blank=True, help_text="None above this pay.")
    note = models.TextField(blank=True, help_text="Markdown. How it works, in plain words.")

    objects = RateQuerySet.as_manager()

    class Meta:
        ordering = ["country", "kind", "place", "-valid_from", "over"]
        indexes = [
            # RateQuerySet.in_force: every calculator page
            models.Index(fields=["country", "valid_from"], name="rate_country_year_idx")
        ]
        constraints = [
            source_required("rate_has_a_source", "Every rate"),
            models.CheckConstraint(
                condition=Q(percent__gte=0, percent__lte=100, employer_percent__gte=0),
                name="rate_percent_0_to_100",
                violation_error_message="A percentage is between 0 and 100.",
            ),
            models.CheckConstraint(
                condition=Q(base_min__isnull=True)
                | Q(base_max__isnull=True)
                | Q(base_min__lte=models.F("base_max")),
                name="rate_base_min_le_max",
                violation_error_message="The lowest pay counted is above the highest.",
            ),
            models.UniqueConstraint(
                fields=["country", "kind", "place", "valid_from", "over", "name"],
                name="rate_one_bracket",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.valid_from})"
