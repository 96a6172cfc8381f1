"""Backgrounds (where a job seeker comes from, the skills it gives, the roles it leads to), and
a job seeker's saved plan: target, route, earlier targets and ticked milestones."""

from django.contrib.postgres.fields import ArrayField
from django.db import models
from simple_history.models import HistoricalRecords

from careers.common.models import Publishable
from careers.roles.models import Role
from careers.seekers.models import Owner
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


class Plan(models.Model):
    """A job seeker's one current plan: a target role by a date, along a chosen route."""

    owner = models.OneToOneField(Owner, on_delete=models.CASCADE, related_name="plan")
    start_role = models.ForeignKey(Role, null=True, on_delete=models.SET_NULL, related_name="+")
    target_role = models.ForeignKey(Role, null=True, on_delete=models.SET_NULL, related_name="+")
    target_date = models.DateField()
    started_on = models.DateField()
    step_ids = ArrayField(
        models.BigIntegerField(), default=list, help_text="The chosen route's career steps."
    )
    # Started outside BPO: the plan begins with getting hired into start_role, by hired_by.
    from_outside = models.BooleanField(default=False)
    hired_by = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"{self.owner}: {self.target_role} by {self.target_date}"


class EarlierTarget(models.Model):
    """A target the job seeker had before changing it (kept, dated)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="earlier_targets")
    target_name = models.CharField(max_length=120)  # kept even if the role is later removed
    target_date = models.DateField()
    replaced_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-replaced_at"]

    def __str__(self):
        return f"{self.target_name} by {self.target_date}"


class MilestoneTick(models.Model):
    """Progress on one milestone, by its key ("skill:typing"), so a tick survives a new target
    whose route still has that milestone."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="ticks")
    key = models.CharField(max_length=120)
    done = models.BooleanField(default=False)
    note = models.CharField(max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            # The plan page reads one plan's ticks; a key is ticked once per plan.
            models.UniqueConstraint(fields=["plan", "key"], name="milestone_tick_unique_key"),
        ]

    def __str__(self):
        return f"{self.key} ({'done' if self.done else 'open'})"


class Stage(models.TextChoices):
    """Where an application stopped (the rejection debrief). The plan assigns the practice
    that stage tests, by milestone kind (plans/debrief.py)."""

    INITIAL_INTERVIEW = "initial-interview", "Initial interview"
    ENGLISH = "english", "English or voice test"
    TYPING = "typing", "Typing test"
    MOCK_CALL = "mock-call", "Mock call"
    FINAL = "final", "Final interview"


class Setback(models.Model):
    """ "I applied and did not pass stage X": practice for that stage and a date to try again."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="setbacks")
    stage = models.CharField(max_length=20, choices=Stage.choices)
    failed_on = models.DateField()
    retry_on = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["retry_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(retry_on__gt=models.F("failed_on")),
                name="setback_retry_after_failure",
            ),
        ]

    def __str__(self):
        return f"{self.get_stage_display()} on {self.failed_on}, again by {self.retry_on}"


class SetAsidePlan(models.Model):
    """A whole plan put aside when another took its place (at login, the browser's plan and the
    account's differed): kept as a snapshot so it can be restored, ticks and all."""

    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="set_aside_plans")
    target_name = models.CharField(max_length=120)
    target_date = models.DateField()
    snapshot = models.JSONField()
    set_aside_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-set_aside_at", "-pk"]

    def __str__(self):
        return f"{self.target_name} by {self.target_date} (set aside)"
