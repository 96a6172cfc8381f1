"""How skills and learning resources are written to content packs and CSV, and the columns
skills adds to a role's record (its essential and helpful skills) and to a career step's."""

from careers.common.content_spec import ContentSpec, Field, SlugList, by_slug
from careers.skills.models import Importance, LearningResource, RoleSkill, Skill


class RoleSkills(SlugList):
    """A role's skills of one importance, as sorted skill slugs (`essential_skills`)."""

    prefetch = ("role_skills__skill",)

    def __init__(self, importance: Importance) -> None:
        super().__init__(f"{importance.value}_skills", "role_skills")
        self.importance = importance

    def get(self, obj):
        return sorted(
            role_skill.skill.slug
            for role_skill in obj.role_skills.all()
            if role_skill.importance == self.importance
        )

    def set(self, obj, value) -> None:
        skills = by_slug(Skill, list(value))
        for skill in skills:
            RoleSkill.objects.update_or_create(
                role=obj, skill=skill, defaults={"importance": self.importance}
            )
        obj.role_skills.filter(importance=self.importance).exclude(skill__in=skills).delete()


SKILLS = ContentSpec(
    Skill,
    "skills.yaml",
    [Field(name) for name in ("slug", "name", "kind", "description", "how_to_build", "aliases")],
)
RESOURCES = ContentSpec(
    LearningResource,
    "resources.yaml",
    [
        *(Field(name) for name in ("slug", "title", "provider", "kind", "free", "url")),
        Field("description"),
        SlugList("skills"),
    ],
)
ROLE_COLUMNS = [RoleSkills(Importance.ESSENTIAL), RoleSkills(Importance.HELPFUL)]
CAREER_STEP_COLUMNS = [SlugList("skills")]  # the reverse side of Skill.career_steps
