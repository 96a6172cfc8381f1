"""The hiring and pay guide: stages, facts (documents, rules, benefits, scams) and pay figures,
per country, each with the source it comes from and that source's year."""

import datetime

from django.db import models
from django.db.models import F, Q

from careers.common.models import Publishable, PublishableQuerySet
from careers.roles.models import Role

STALE_AFTER_YEARS = 2  # a source more than this many years old "may be out of date"


class Country(models.TextChoices):
    PHILIPPINES = "philippines", "the Philippines"
    INDIA = "india", "India"
    GENERAL = "general", "everywhere else"


class SourcedQuerySet(PublishableQuerySet):
    def stale(self, today=None):
        """Rows whose source is more than two years older than this year (for staff to refresh)."""
        year = (today or datetime.date.today()).year
        return self.filter(source_year__lt=year - STALE_AFTER_YEARS)


def source_required(name: str, what: str) -> models.CheckConstraint:
    """For models whose every row must show where it comes from."""
    return models.CheckConstraint(
        condition=~Q(source_url="") & Q(source_year__isnull=False),
        name=name,
        violation_error_message=f"{what} needs its source's link and year.",
    )


class Sourced(Publishable):
    """Where a fact or figure comes from: shown next to it on every page."""

    source_name = models.CharField(max_length=300, blank=True)
    source_year = models.PositiveSmallIntegerField(null=True, blank=True)
    source_url = models.URLField(max_length=500, blank=True)

    objects = SourcedQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def stale(self) -> bool:
        year = datetime.date.today().year
        return bool(self.source_year) and self.source_year < year - STALE_AFTER_YEARS


class Practice(models.TextChoices):
    TYPING = "typing", "Typing test"
    ENGLISH = "english", "English practice"
    INTERVIEW = "interview", "Interview practice"
    RESUME = "resume", "Resume checklist"


class HiringStage(Sourced):
    slug = models.SlugField(max_length=80, unique=True)
    country = models.CharField(max_length=12, choices=Country.choices)
    order = models.PositiveSmallIntegerField()
    name = models.CharField(max_length=120)
    what_happens = models.TextField(help_text="Markdown.")
    how_long = models.CharField(max_length=200, blank=True)
    how_to_prepare = models.TextField(blank=True, help_text="Markdown.")
    common_failures = models.TextField(blank=True, help_text="Markdown.")
    practice = models.CharField(max_length=10, choices=Practice.choices, blank=True)

    class Meta:
        ordering = ["country", "order"]
        indexes = [models.Index(fields=["status", "country"], name="hiring_stage_country_idx")]

    def __str__(self):
        return f"{self.get_country_display()}: {self.name}"


class FactKind(models.TextChoices):
    DOCUMENT = "document", "Documents usually asked for"
    RULE = "rule", "Rules a new hire should know"
    BENEFIT = "benefit", "Usual benefits"
    SCAM = "scam", "Recruitment scams: how to stay safe"


class Fact(Sourced):
    slug = models.SlugField(max_length=80, unique=True)
    country = models.CharField(max_length=12, choices=Country.choices)
    kind = models.CharField(max_length=10, choices=FactKind.choices)
    order = models.PositiveSmallIntegerField(default=100)
    title = models.CharField(max_length=160)
    body = models.TextField(help_text="Markdown.")

    class Meta:
        ordering = ["country", "kind", "order"]
        constraints = [
            source_required("fact_has_a_source", "Every fact"),
        ]

    def __str__(self):
        return self.title


class Currency(models.TextChoices):
    PHP = "PHP", "₱"
    INR = "INR", "₹"
    USD = "USD", "US$"


class Period(models.TextChoices):
    MONTH = "month", "a month"
    YEAR = "year", "a year"


class PayLevel(models.TextChoices):
    ENTRY = "entry", "Entry"
    EXPERIENCED = "experienced", "Experienced"
    ALL = "all", "All levels"  # the source gives one range from fresher to experienced


class Place(models.TextChoices):
    """Where a job is: it decides the minimum wage (the Philippines), the state's professional
    tax (India) and which headline range a pay figure belongs to."""

    NATIONAL = "national", "Whole country"
    METRO_MANILA = "metro-manila", "Metro Manila (NCR)"
    METRO_CEBU = "metro-cebu", "Metro Cebu"
    CENTRAL_VISAYAS = "central-visayas", "Central Visayas outside Metro Cebu"
    PH_PROVINCE = "ph-province", "A province (outside Metro Manila and Cebu)"
    NOIDA = "noida", "Noida / NCR (Uttar Pradesh)"
    HYDERABAD = "hyderabad", "Hyderabad (Telangana)"
    BENGALURU = "bengaluru", "Bengaluru (Karnataka)"


PLACE_COUNTRY = {
    Place.METRO_MANILA: Country.PHILIPPINES,
    Place.METRO_CEBU: Country.PHILIPPINES,
    Place.CENTRAL_VISAYAS: Country.PHILIPPINES,
    Place.PH_PROVINCE: Country.PHILIPPINES,
    Place.NOIDA: Country.INDIA,
    Place.HYDERABAD: Country.INDIA,
    Place.BENGALURU: Country.INDIA,
}


class PayFigure(Sourced):
    """A pay range exactly as its source states it, in its currency and period."""

    slug = models.SlugField(max_length=100, unique=True)
    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="pay_figures")
    country = models.CharField(max_length=12, choices=Country.choices)
    level = models.CharField(max_length=12, choices=PayLevel.choices)
    place = models.CharField(max_length=20, choices=Place.choices, default=Place.NATIONAL)
    low = models.PositiveIntegerField()
    high = models.PositiveIntegerField()
    currency = models.CharField(max_length=3, choices=Currency.choices)
    period = models.CharField(max_length=5, choices=Period.choices)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["country", "role__name", "level", "low"]
        constraints = [
            models.CheckConstraint(condition=Q(low__lte=models.F("high")), name="pay_low_le_high"),
            source_required("pay_has_a_source", "Every figure"),
        ]

    def __str__(self):
        return f"{self.role} ({self.country}, {self.level})"

    @property
    def monthly(self) -> tuple[int, int] | None:
        """A yearly figure divided by 12 (shown as derived); None when already monthly."""
        if self.period != Period.YEAR:
            return None
        return round(self.low / 12), round(self.high / 12)

    @property
    def monthly_range(self) -> tuple[int, int]:
        return self.monthly or (self.low, self.high)

    @property
    def older(self) -> bool:
        """Figures from before OLDER_BEFORE are kept under "older figures", never headlined."""
        return bool(self.source_year) and self.source_year < OLDER_BEFORE


OLDER_BEFORE = 2020  # the 2011-2017 survey rows the fact-check moved under "older figures"


class WagePeriod(models.TextChoices):
    DAY = "day", "a day"
    MONTH = "month", "a month"


class MinimumWage(Sourced):
    """A legal minimum wage for a place, from a date: drawn as the floor under pay ranges, and
    the calculator's "below the minimum wage" flag."""

    slug = models.SlugField(max_length=80, unique=True)
    place = models.CharField(max_length=20, choices=Place.choices)
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    currency = models.CharField(max_length=3, choices=Currency.choices)
    per = models.CharField(max_length=5, choices=WagePeriod.choices, default=WagePeriod.DAY)
    days_a_month = models.PositiveSmallIntegerField(
        default=22, help_text="Working days in a month, to turn a daily wage into a monthly one."
    )
    valid_from = models.DateField()
    valid_until = models.DateField(
        null=True,
        blank=True,
        help_text="The last day the source gives this rate for, if it names one (a rate set "
        "for April to September). Once it has passed, pages say the rate may have changed.",
    )
    order_name = models.CharField(max_length=80, help_text="The wage order: NCR-26.")

    class Meta:
        ordering = ["place", "-valid_from"]
        constraints = [
            source_required("minimum_wage_has_a_source", "Every minimum wage"),
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(valid_until__gte=F("valid_from")),
                name="minimum_wage_until_after_from",
                violation_error_message="The end of the period comes after its start.",
            ),
        ]

    def __str__(self):
        return f"{self.get_place_display()} from {self.valid_from}"

    @property
    def monthly(self) -> int:
        if self.per == WagePeriod.MONTH:
            return int(self.amount)
        return int(self.amount * self.days_a_month)

    @property
    def period_ended(self) -> bool:
        """The source's period is over: we still show the rate (no newer one is sourced), and
        say it may have been revised since."""
        return self.valid_until is not None and self.valid_until < datetime.date.today()


def floors_by_place(today=None) -> dict[str, MinimumWage]:
    """The minimum wage in force in each place (one query)."""
    today = today or datetime.date.today()
    floors = {}
    for wage in MinimumWage.objects.published().filter(valid_from__lte=today):
        floors.setdefault(wage.place, wage)  # newest first (Meta.ordering)
    return floors


class PayNote(Publishable):
    """Why a role shows no pay figure: every public role has pay or says plainly why not."""

    role = models.OneToOneField(Role, on_delete=models.CASCADE, related_name="pay_note")
    reason = models.TextField(help_text="Markdown. Plain words: why there is no figure yet.")

    class Meta:
        ordering = ["role__name"]

    def __str__(self):
        return f"No pay figure: {self.role}"


class OrgKind(models.TextChoices):
    BODY = "body", "Industry bodies"
    ASSOCIATION = "association", "Professional associations"
    COMMUNITY = "community", "Communities and clubs"
    EMPLOYER = "employer", "Large employers"


class Organisation(Sourced):
    """An industry body, professional association or community a newcomer can learn from (on
    /network/), or a large employer with the work it is known for (on /industry/)."""

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=160)
    short_name = models.CharField(max_length=40, blank=True, help_text="An acronym: IBPAP, HDI.")
    country = models.CharField(max_length=12, choices=Country.choices)
    kind = models.CharField(max_length=12, choices=OrgKind.choices)
    order = models.PositiveSmallIntegerField(default=100)
    summary = models.TextField(
        help_text="Markdown. What it is; for an employer, the work it is known for, factually."
    )
    who_can_join = models.CharField(max_length=400, blank=True)
    cost = models.CharField(max_length=300, blank=True)
    offers = models.TextField(blank=True, help_text="Markdown. What it offers a newcomer.")
    url = models.URLField(max_length=300, help_text="Its own site.")

    class Meta:
        ordering = ["country", "kind", "order", "name"]
        constraints = [source_required("organisation_has_a_source", "Every organisation")]

    def __str__(self):
        return f"{self.name} ({self.short_name})" if self.short_name else self.name


class Page(models.TextChoices):
    INDUSTRY = "industry", "The industry"
    NETWORK = "network", "Networking"


class Section(models.TextChoices):
    """The sections of the two pages, in page order (a topic's page is implied by its section)."""

    WHY = "why", "Why companies outsource"
    KINDS = "kinds", "The kinds of BPO work"
    MARKETS = "markets", "The main markets"
    TRENDS = "trends", "Trends and challenges"
    MYTHS = "myths", "Myths and facts"
    CAREERS = "careers", "Why people build careers here"
    STEPS = "steps", "How to start when you know nobody"
    MESSAGES = "messages", "Messages you can adapt"
    EVENTS = "events", "Finding events and webinars"


SECTIONS_OF = {
    Page.INDUSTRY: [
        Section.WHY,
        Section.KINDS,
        Section.MARKETS,
        Section.TRENDS,
        Section.MYTHS,
        Section.CAREERS,
    ],
    Page.NETWORK: [Section.STEPS, Section.MESSAGES, Section.EVENTS],
}


class Topic(Sourced):
    """A short, titled piece of the industry or networking guide. A topic that states a fact or
    a figure shows its source; advice and message examples need none."""

    slug = models.SlugField(max_length=80, unique=True)
    page = models.CharField(max_length=10, choices=Page.choices)
    section = models.CharField(max_length=10, choices=Section.choices)
    order = models.PositiveSmallIntegerField(default=100)
    title = models.CharField(max_length=200, help_text="For a myth, the myth itself.")
    body = models.TextField(help_text="Markdown. For a myth, the facts that answer it.")

    class Meta:
        ordering = ["page", "section", "order"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(page=Page.INDUSTRY, section__in=SECTIONS_OF[Page.INDUSTRY])
                    | Q(page=Page.NETWORK, section__in=SECTIONS_OF[Page.NETWORK])
                ),
                name="topic_section_on_its_page",
                violation_error_message="That section is on the other page.",
            ),
            models.CheckConstraint(
                condition=Q(source_url="") | Q(source_year__isnull=False),
                name="topic_source_has_a_year",
                violation_error_message="A source needs its year.",
            ),
        ]

    def __str__(self):
        return self.title
