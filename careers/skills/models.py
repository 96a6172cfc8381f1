"""Skills: what they are, which roles need them, how to build them."""

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from careers.common.fields import phrase_list
from careers.common.models import Publishable, PublishableQuerySet, Status
from careers.roles.models import CareerStep, Role


class SkillKind(models.TextChoices):
    SOFT = "soft", "Soft skills"
    TECHNICAL = "technical", "Technical skills"
    DOMAIN = "domain", "Domain knowledge"
    LANGUAGE = "language", "Language"


class Skill(Publishable):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=10, choices=SkillKind.choices)
    description = models.TextField(help_text="Markdown.")
    how_to_build = models.TextField(blank=True, help_text="Markdown: concrete steps.")
    aliases = phrase_list(
        "Words a job ad may use for it, comma-separated (matched as whole words)."
    )
    career_steps = models.ManyToManyField(
        CareerStep,
        blank=True,
        related_name="skills",
        help_text="Career steps for which this skill has to grow.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("skills:detail", args=[self.slug])


class Importance(models.TextChoices):
    ESSENTIAL = "essential", "Essential"
    HELPFUL = "helpful", "Helpful"


class RoleSkillQuerySet(PublishableQuerySet):
    def published(self):
        """A role's skill is public when both the role and the skill are."""
        return self.filter(role__status=Status.PUBLISHED, skill__status=Status.PUBLISHED)


class RoleSkill(models.Model):
    """A skill a role needs; shown on the role page through `role.role_skills`."""

    curated = True
    history = HistoricalRecords()

    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="role_skills")
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="role_skills")
    importance = models.CharField(
        max_length=10, choices=Importance.choices, default=Importance.ESSENTIAL
    )

    objects = RoleSkillQuerySet.as_manager()

    class Meta:
        ordering = ["importance", "skill__name"]
        constraints = [
            models.UniqueConstraint(fields=["role", "skill"], name="role_skill_unique_pair"),
        ]

    def __str__(self):
        return f"{self.role} needs {self.skill} ({self.get_importance_display().lower()})"


class ResourceKind(models.TextChoices):
    COURSE = "course", "Course"
    VIDEO = "video", "Video"
    ARTICLE = "article", "Article"
    BOOK = "book", "Book"
    PRACTICE = "practice", "Practice tool"
    GUIDE = "guide", "Guide"


class LearningResource(Publishable):
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    provider = models.CharField(max_length=120)
    kind = models.CharField(max_length=10, choices=ResourceKind.choices)
    free = models.BooleanField(default=True)
    url = models.URLField()
    description = models.TextField(blank=True)
    skills = models.ManyToManyField(Skill, related_name="resources")

    objects = PublishableQuerySet.as_manager()

    class Meta:
        ordering = ["-free", "title"]

    def __str__(self):
        return self.title
