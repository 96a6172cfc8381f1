"""Backgrounds: where a job seeker comes from, the skills it gives and the roles it leads to."""

from django.db import models
from simple_history.models import HistoricalRecords

from careers.common.models import Publishable
from careers.roles.models import Role
from careers.skills.models import Skill


class Background(Publishable):
    """Work or study before BPO (retail, nursing, a degree…), curated by staff."""

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=120)
    summary = models.CharField(max_length=300)
    in_bpo = models.BooleanField(
        default=False, help_text="Already working in BPO: the job seeker then picks their role."
    )
    entry_roles = models.ManyToManyField(
        Role,
        blank=True,
        related_name="backgrounds",
        help_text="The roles this background leads to most naturally, best first.",
    )
    resume_tips = models.TextField(
        blank=True, help_text="Markdown: what to stress in a first BPO resume."
    )
    order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class TransferableSkill(models.Model):
    """A skill a background usually gives, and one sentence on how it carries over."""

    curated = True  # edited inline on the background
    history = HistoricalRecords()

    background = models.ForeignKey(Background, on_delete=models.CASCADE, related_name="transfers")
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="transfers")
    how = models.CharField(max_length=300, help_text="What you did → how it transfers.")
    order = models.PositiveSmallIntegerField(default=1)

    class Meta:
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["background", "skill"], name="transferable_skill_unique_pair"
            ),
        ]

    def __str__(self):
        return f"{self.background}: {self.skill}"
