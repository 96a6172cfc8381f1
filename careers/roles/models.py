"""Career paths: what each BPO role is, how it is measured, and how people move between roles."""

from functools import cache

from django.db import models
from django.db.models import Case, F, Q, When
from django.urls import reverse

from careers.common.fields import phrase_list
from careers.common.models import Publishable, PublishableQuerySet, Status


class Office(models.TextChoices):
    FRONT = "front", "Front office"
    BACK = "back", "Back office"


class Channel(models.TextChoices):
    VOICE = "voice", "Voice"
    NON_VOICE = "non-voice", "Non-voice"
    BLENDED = "blended", "Blended"


class Level(models.TextChoices):
    ENTRY = "entry", "Entry level"
    MID = "mid", "Mid level"
    SENIOR = "senior", "Senior"
    LEADERSHIP = "leadership", "Leadership"


class Industry(models.TextChoices):
    HEALTHCARE = "healthcare", "Healthcare"
    INSURANCE = "insurance", "Insurance"
    FINANCE = "finance", "Banking and finance"
    LEGAL = "legal", "Legal"
    KNOWLEDGE = "knowledge", "Knowledge and research"


class Metric(Publishable):
    """A KPI in the glossary (AHT, CSAT, FCR…)."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True)
    abbreviation = models.CharField(max_length=20, blank=True)
    aliases = phrase_list("Other names in job ads, comma-separated (e.g. first call resolution).")
    definition = models.TextField(help_text="Markdown.")
    calculation = models.TextField(blank=True, help_text="Markdown: formula and a worked example.")
    why_it_matters = models.TextField(blank=True, help_text="Markdown.")
    typical_target = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.abbreviation})" if self.abbreviation else self.name

    def get_absolute_url(self):
        return reverse("roles:metric", args=[self.slug])


class Certification(Publishable):
    name = models.CharField(max_length=160)
    slug = models.SlugField(max_length=80, unique=True)
    issuing_body = models.CharField(max_length=160)
    aliases = phrase_list("Short names in job ads, comma-separated (e.g. ITIL, CompTIA A+).")
    url = models.URLField(blank=True, help_text="The issuing body's page.")
    suits = models.TextField(blank=True, help_text="Markdown: who it suits, effort, prerequisites.")
    description = models.TextField(blank=True, help_text="Markdown.")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"{reverse('roles:certifications')}#{self.slug}"


class RoleQuerySet(PublishableQuerySet):
    def filtered(self, *, office="", channel="", level="", industry="", certification=None):
        qs = self
        if certification is not None:
            qs = qs.filter(certifications=certification)
        if office:
            qs = qs.filter(office=office)
        if channel:
            qs = qs.filter(channel=channel)
        if level:
            qs = qs.filter(level=level)
        if industry:
            qs = qs.filter(industry=industry)
        return qs

    def on_track(self, track=""):
        """One track of the career map: a specialist role (one with an industry) is on the
        specialist track whatever its office; "" is every track."""
        if track == "specialist":
            return self.exclude(industry="")
        if track:
            return self.filter(industry="", office=track)
        return self

    def by_level(self):
        """Entry level first, then front office, back office and specialist, then by name."""
        level = Case(*(When(level=value, then=n) for n, value in enumerate(LEVEL_ORDER)))
        track = Case(When(~Q(industry=""), then=2), When(office=Office.FRONT, then=0), default=1)
        return self.order_by(level, track, "name")


LEVEL_ORDER = [choice.value for choice in Level]


@cache
def _role_url_pattern() -> str:
    return reverse("roles:detail", args=["SLUG"])


def _role_url(slug: str) -> str:
    # The career map and ladder link hundreds of roles per page: reverse() once, not per role.
    return _role_url_pattern().replace("SLUG", slug, 1)


class ShiftPattern(models.TextChoices):
    NIGHTS = "nights", "Mostly nights"
    MIXED = "mixed", "Mixed or rotating"
    DAYS = "days", "Mostly days"


class RemoteWork(models.TextChoices):
    ONSITE = "onsite", "Mostly on-site"
    HYBRID = "hybrid", "Hybrid is common"
    REMOTE = "remote", "Remote is common"


class EnglishLevel(models.TextChoices):
    """What employers ask for, in the words of job ads (CEFR levels in brackets)."""

    BASIC = "basic", "Basic written English (A2 to B1)"
    CONVERSATIONAL = "conversational", "Good conversational English (B2)"
    FLUENT = "fluent", "Fluent English (C1)"
    NEAR_NATIVE = "near-native", "Near-native English (C2)"


ENGLISH_ORDER = [choice.value for choice in EnglishLevel]


class Role(Publishable):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True)
    other_titles = phrase_list("Other job titles employers use, comma-separated.")
    summary = models.CharField(max_length=400)
    what_they_do = models.TextField(help_text="Markdown.")
    day_in_the_life = models.TextField(blank=True, help_text="Markdown.")
    shifts = models.TextField(blank=True, help_text="Markdown: night shifts, weekends, rotation.")
    work_from_home = models.TextField(blank=True, help_text="Markdown: the set-up asked for.")
    challenges = models.TextField(blank=True, help_text="Markdown: what is hard.")
    entry_requirements = models.TextField(blank=True, help_text="Markdown.")
    office = models.CharField(max_length=10, choices=Office.choices)
    channel = models.CharField(max_length=10, choices=Channel.choices)
    level = models.CharField(max_length=12, choices=Level.choices)
    industry = models.CharField(
        max_length=12, choices=Industry.choices, blank=True, help_text="Only for specialised roles."
    )
    metrics = models.ManyToManyField(Metric, blank=True, related_name="roles")
    certifications = models.ManyToManyField(Certification, blank=True, related_name="roles")
    # Structured facts, comparable across roles (the Markdown above tells the story).
    shift_pattern = models.CharField(max_length=6, choices=ShiftPattern.choices, blank=True)
    shift_note = models.CharField(max_length=300, blank=True)
    remote_work = models.CharField(max_length=6, choices=RemoteWork.choices, blank=True)
    remote_note = models.CharField(max_length=300, blank=True)
    typing_wpm = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Minimum typing speed employers usually ask for (WPM)."
    )
    typing_accuracy = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Minimum typing accuracy usually asked for (%)."
    )
    english_level = models.CharField(max_length=14, choices=EnglishLevel.choices, blank=True)
    experience_months = models.PositiveSmallIntegerField(
        default=0, help_text="BPO or related experience usually asked for, in months."
    )
    requirements_note = models.CharField(
        max_length=400, blank=True, help_text="Plain words on the requirements, with the source."
    )

    objects = RoleQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [
            # /roles/ filters published roles by office/level (the common combinations).
            models.Index(fields=["status", "office", "level"], name="role_listing_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(typing_accuracy__isnull=True) | Q(typing_accuracy__lte=100),
                name="role_typing_accuracy_percent",
                violation_error_message="Typing accuracy is a percentage (at most 100).",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return _role_url(self.slug)

    @property
    def level_rank(self) -> int:
        return LEVEL_ORDER.index(self.level)


def months_range(low: int, high: int) -> str:
    return f"{low} to {high} months" if low != high else f"{low} months"


class MonthsRange:
    """The usual time of a step: `typical_months`, within `months_min`..`months_max` if set."""

    @property
    def low_months(self) -> int:
        return self.months_min or self.typical_months

    @property
    def high_months(self) -> int:
        return self.months_max or self.typical_months

    @property
    def range_label(self) -> str:
        return months_range(self.low_months, self.high_months)


class StepKind(models.TextChoices):
    PROMOTION = "promotion", "Promotion"
    SIDEWAYS = "sideways", "Sideways move"


class CareerStepQuerySet(PublishableQuerySet):
    def published(self):
        """A step is public only when it and both of its roles are published."""
        return self.filter(
            status=Status.PUBLISHED,
            from_role__status=Status.PUBLISHED,
            to_role__status=Status.PUBLISHED,
        )


class CareerStep(MonthsRange, Publishable):
    from_role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="steps_out")
    to_role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="steps_in")
    kind = models.CharField(max_length=10, choices=StepKind.choices, default=StepKind.PROMOTION)
    typical_months = models.PositiveSmallIntegerField(
        help_text="Usual time in the first role before this step, in months."
    )
    months_min = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The quick end of the usual range, in months."
    )
    months_max = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The slow end of the usual range, in months."
    )
    what_it_takes = models.TextField(help_text="Markdown: the KPIs that count, what changes.")
    metrics = models.ManyToManyField(Metric, blank=True, related_name="career_steps")

    objects = CareerStepQuerySet.as_manager()

    class Meta:
        ordering = ["from_role__name", "to_role__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["from_role", "to_role"], name="career_step_unique_pair"
            ),
            models.CheckConstraint(
                condition=~Q(from_role=F("to_role")),
                name="career_step_not_to_itself",
                violation_error_message="A career step cannot lead from a role to itself.",
            ),
            models.CheckConstraint(
                condition=Q(typical_months__gte=1, typical_months__lte=240),
                name="career_step_months_range",
                violation_error_message="Typical months must be between 1 and 240.",
            ),
            models.CheckConstraint(
                condition=(Q(months_min__isnull=True) | Q(months_min__lte=F("typical_months")))
                & (Q(months_max__isnull=True) | Q(months_max__gte=F("typical_months"))),
                name="career_step_range_around_typical",
                violation_error_message="The range must run from at most to at least the "
                "typical months (for example 9, 12, 18).",
            ),
        ]

    def __str__(self):
        return f"{self.from_role} → {self.to_role}"

    @property
    def years_label(self) -> str:
        months = self.typical_months
        if months < 12:
            return f"about {months} months"
        years = months / 12
        return f"about {years:g} year" + ("" if years == 1 else "s")
