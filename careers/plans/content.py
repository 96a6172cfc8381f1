"""How backgrounds are written to content packs and CSV: skills as child records."""

from careers.common.content_spec import ContentSpec, Field, Records, SlugList, by_slug
from careers.plans.models import Background, TransferableSkill
from careers.skills.models import Skill


class Transfers(Records):
    """[{skill: <slug>, how: <one sentence>}, …] in order."""

    prefetch = ("transfers__skill",)
    natural_key = ("skill",)

    def __init__(self) -> None:
        super().__init__("skills", "transfers")

    def get(self, obj):
        return [{"skill": t.skill.slug, "how": t.how} for t in obj.transfers.all()]

    def set(self, obj, value) -> None:
        if any(not item.get("skill") or not item.get("how") for item in value):
            raise ValueError("each skill needs a skill slug and how it transfers")
        skills = by_slug(Skill, [item["skill"] for item in value])
        for order, (skill, item) in enumerate(zip(skills, value, strict=True), start=1):
            TransferableSkill.objects.update_or_create(
                background=obj, skill=skill, defaults={"how": item["how"], "order": order}
            )
        obj.transfers.exclude(skill__in=skills).delete()


BACKGROUNDS = ContentSpec(
    Background,
    "backgrounds.yaml",
    [
        *(Field(name) for name in ("slug", "name", "order", "in_bpo", "summary", "resume_tips")),
        SlugList("entry_roles"),
        Transfers(),
    ],
)
