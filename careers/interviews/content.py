"""How interview questions are written to content packs and CSV: follow-ups as a list, and a
role-play's scorecard lines and every question's talking points as child records."""

from careers.common.content_spec import ContentSpec, Field, Records, SlugList
from careers.interviews.models import Question, RubricLine, TalkingPoint


class Rubric(Records):
    """A role-play's scorecard: [{criterion, description, evidence}, …] in order."""

    prefetch = ("rubric_lines",)
    natural_key = ("criterion",)

    def __init__(self) -> None:
        super().__init__("rubric", "rubric_lines")

    def get(self, obj):
        # "evidence" only when there is some, so rows loaded before it existed still compare
        # equal to what was loaded and take the new seed value.
        return [
            {"criterion": line.criterion, "description": line.description}
            | ({"evidence": line.evidence} if line.evidence else {})
            for line in obj.rubric_lines.all()
        ]

    def set(self, obj, value) -> None:
        if value and not obj.is_role_play:
            raise ValueError("only role_play questions have a rubric")
        criteria = []
        for order, line in enumerate(value, start=1):
            if not line.get("criterion"):
                raise ValueError("each rubric line needs a criterion and a description")
            criteria.append(line["criterion"])
            RubricLine.objects.update_or_create(
                question=obj,
                criterion=line["criterion"],
                defaults={
                    "order": order,
                    "description": line.get("description") or "",
                    "evidence": _phrases(line.get("evidence"), "evidence"),
                },
            )
        obj.rubric_lines.exclude(criterion__in=criteria).delete()


def _phrases(value, name: str) -> list[str]:
    if value in (None, ""):
        return []
    if not isinstance(value, list) or not all(isinstance(p, str) and p.strip() for p in value):
        raise ValueError(f"{name}: expected a list of words or phrases")
    return [p.strip() for p in value]


class TalkingPoints(Records):
    """What a good answer covers: [{point, phrases}, …] in order."""

    prefetch = ("talking_points",)
    natural_key = ("point",)

    def __init__(self) -> None:
        super().__init__("talking_points", "talking_points")

    def get(self, obj):
        return [{"point": tp.point, "phrases": tp.phrases} for tp in obj.talking_points.all()]

    def set(self, obj, value) -> None:
        points = []
        for order, item in enumerate(value, start=1):
            if not item.get("point") or not item.get("phrases"):
                raise ValueError("each talking point needs a point and its phrases")
            points.append(item["point"])
            TalkingPoint.objects.update_or_create(
                question=obj,
                point=item["point"],
                defaults={"order": order, "phrases": _phrases(item["phrases"], "phrases")},
            )
        obj.talking_points.exclude(point__in=points).delete()


QUESTIONS = ContentSpec(
    Question,
    # Every questions-*.yaml file (general, per role…); exported as questions-all.yaml.
    "questions-*.yaml",
    [
        *(Field(name) for name in ("slug", "text", "category", "difficulty")),
        *(Field(name) for name in ("looking_for", "tips", "sample_answer", "follow_ups")),
        SlugList("roles"),
        TalkingPoints(),
        Rubric(),
    ],
)
