"""How interview questions are written to content packs and CSV: follow-ups as a list, and a
role-play's scorecard lines as child records."""

from careers.common.content_spec import ContentSpec, Field, Records, SlugList
from careers.interviews.models import Question, RubricLine


class Rubric(Records):
    """A role-play's scorecard: [{criterion, description}, …] in order."""

    prefetch = ("rubric_lines",)

    def __init__(self) -> None:
        super().__init__("rubric", "rubric_lines")

    def get(self, obj):
        return [
            {"criterion": line.criterion, "description": line.description}
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
                defaults={"order": order, "description": line.get("description") or ""},
            )
        obj.rubric_lines.exclude(criterion__in=criteria).delete()


QUESTIONS = ContentSpec(
    Question,
    # Every questions-*.yaml file (general, per role…); exported as questions-all.yaml.
    "questions-*.yaml",
    [
        *(Field(name) for name in ("slug", "text", "category", "difficulty")),
        *(Field(name) for name in ("looking_for", "tips", "sample_answer", "follow_ups")),
        SlugList("roles"),
        Rubric(),
    ],
)
