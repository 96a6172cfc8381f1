"""Resume tailoring: curated checklist items and BPO jargon, and a job seeker's saved progress."""

from django.db import models
from django.db.models import Q
from django.urls import reverse

from careers.common.fields import phrase_list
from careers.common.models import Publishable
from careers.roles.models import Role
from careers.seekers.models import Owner


class Section(models.TextChoices):
    RESUME = "resume", "Resume"
    COVER_LETTER = "cover_letter", "Cover letter"


class Part(models.TextChoices):
    SUMMARY = "summary", "Summary"
    EXPERIENCE = "experience", "Experience"
    SKILLS = "skills", "Skills"
    EDUCATION = "education", "Education"
    CERTIFICATIONS = "certifications", "Certifications"
    OPENING = "opening", "Opening"
    BODY = "body", "Body"
    CLOSING = "closing", "Closing"
    FORMAT = "format", "Layout and format"


PART_ORDER = [part.value for part in Part]


class ChecklistItem(Publishable):
    slug = models.SlugField(max_length=80, unique=True)
    section = models.CharField(max_length=12, choices=Section.choices)
    part = models.CharField(max_length=14, choices=Part.choices)
    text = models.CharField(max_length=300, help_text="One imperative line.")
    why = models.TextField(blank=True, help_text="Markdown: why it matters to a recruiter.")
    good_example = models.CharField(max_length=300, blank=True)
    weak_example = models.CharField(max_length=300, blank=True)
    roles = models.ManyToManyField(
        Role,
        blank=True,
        related_name="checklist_items",
        help_text="Leave empty for an item that applies to every role.",
    )
    order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["section", "order", "slug"]

    def __str__(self):
        return self.text


class JargonTerm(Publishable):
    """A word from BPO job ads, decoded; knock-outs are requirements that screen people out."""

    slug = models.SlugField(max_length=80, unique=True)
    term = models.CharField(max_length=120)
    aliases = phrase_list("Other spellings in ads, comma-separated (matched as whole words).")
    meaning = models.TextField(help_text="Markdown.")
    knockout = models.BooleanField(
        default=False, help_text="A hard requirement that screens applicants out."
    )
    scam_sign = models.BooleanField(
        default=False,
        help_text="A warning sign of a job scam (asking applicants for money); the meaning "
        "names the law against it.",
    )
    advice = models.TextField(blank=True, help_text="What to do about it in an application.")

    class Meta:
        ordering = ["term"]

    def __str__(self):
        return self.term


class SavedAd(models.Model):
    """A job ad the job seeker chose to keep, with its own checklist and progress."""

    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="saved_ads")
    title = models.CharField(max_length=120)
    text = models.TextField()
    role = models.ForeignKey(Role, null=True, blank=True, on_delete=models.SET_NULL)
    # How many checklist lines the ad has, worked out when it is saved (and refreshed when it
    # is opened), so /me/ never analyses every saved ad again.
    lines = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("resumes:ad", args=[self.pk])


class Tick(models.Model):
    """One checklist line's progress: ticked or not, and a short personal note.

    `key` names the line ("item:<slug>", "skill:<slug>", "metric:<slug>"…), so progress survives
    content edits; a tick belongs to either a role's checklist or a saved ad's.
    """

    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="ticks")
    role = models.ForeignKey(Role, null=True, blank=True, on_delete=models.CASCADE)
    ad = models.ForeignKey(SavedAd, null=True, blank=True, on_delete=models.CASCADE)
    key = models.CharField(max_length=120)
    done = models.BooleanField(default=False)
    note = models.CharField(max_length=500, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(role__isnull=False, ad__isnull=True)
                | Q(role__isnull=True, ad__isnull=False),
                name="tick_role_or_ad",
            ),
            # The checklist page loads one owner's ticks for one role or ad.
            models.UniqueConstraint(
                fields=["owner", "role", "key"],
                condition=Q(role__isnull=False),
                name="tick_unique_role_key",
            ),
            models.UniqueConstraint(
                fields=["owner", "ad", "key"],
                condition=Q(ad__isnull=False),
                name="tick_unique_ad_key",
            ),
        ]

    def __str__(self):
        return f"{self.key} ({'done' if self.done else 'open'})"
