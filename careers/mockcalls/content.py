"""How scorecard behaviours and scenarios are written to content packs and CSV: a scenario's
scorecard lines and branches are child records, naming behaviours by slug."""

from careers.common.content_spec import ContentSpec, Field, Records, by_slug
from careers.mockcalls.conversation import problems
from careers.mockcalls.models import START, Behaviour, Branch, Scenario, ScenarioLine


def _words(value, name: str) -> list[str]:
    if value in (None, ""):
        return []
    if not isinstance(value, list) or not all(isinstance(p, str) and p.strip() for p in value):
        raise ValueError(f"{name}: expected a list of words or phrases")
    return [p.strip() for p in value]


class Lines(Records):
    """The scorecard lines that apply: [{behaviour, phrases}, …] in order."""

    prefetch = ("lines__behaviour",)
    natural_key = ("behaviour",)  # one line per behaviour in a scenario

    def __init__(self) -> None:
        super().__init__("scorecard", "lines")

    def get(self, obj):
        return [
            {"behaviour": line.behaviour.slug} | ({"phrases": line.phrases} if line.phrases else {})
            for line in obj.lines.all()
        ]

    def set(self, obj, value) -> None:
        slugs = [item.get("behaviour") for item in value]
        behaviours = by_slug(Behaviour, slugs, f"{obj.slug} scorecard")
        for order, (item, behaviour) in enumerate(zip(value, behaviours, strict=True), start=1):
            ScenarioLine.objects.update_or_create(
                scenario=obj,
                behaviour=behaviour,
                defaults={"order": order, "phrases": _words(item.get("phrases"), "phrases")},
            )
        obj.lines.exclude(behaviour__in=behaviours).delete()


class Branches(Records):
    """[{from, when, shown, line, to, ends}, …]: `when` names a behaviour (empty: any reply);
    `shown: false` means the reply does not show it. Replaced as a whole on load."""

    prefetch = ("branches__behaviour",)
    # A step's branches are tried in order (the last answers any reply), so only their order
    # within the step counts: the stable sort by step keeps it.
    natural_key = ("from",)

    def __init__(self) -> None:
        super().__init__("branches", "branches")

    def get(self, obj):
        out = []
        for b in obj.branches.all():
            row = {"from": b.from_step}
            if b.behaviour_id:
                row["when"] = b.behaviour.slug
            if not b.shown:
                row["shown"] = False
            row["line"] = b.line
            row |= {"ends": True} if b.ends else {"to": b.to_step}
            out.append(row)
        return out

    def set(self, obj, value) -> None:
        slugs = sorted({item["when"] for item in value if item.get("when")})
        known = {b.slug: b for b in by_slug(Behaviour, slugs, f"{obj.slug} branches")}
        rows = []
        for order, item in enumerate(value, start=1):
            if not item.get("line") or not (item.get("to") or item.get("ends")):
                raise ValueError(f"{obj.slug}: each branch needs a line and a `to` step or `ends`")
            rows.append(
                Branch(
                    scenario=obj,
                    order=order,
                    from_step=item.get("from") or START,
                    behaviour=known.get(item.get("when") or ""),
                    shown=item.get("shown", True) is not False,
                    line=item["line"],
                    to_step=item.get("to") or "",
                    ends=bool(item.get("ends")),
                )
            )
        found = problems([(b.from_step, b.behaviour_id, b.to_step, b.ends) for b in rows])
        if found:
            raise ValueError(f"{obj.slug} branches: {' '.join(found)}")
        obj.branches.all().delete()
        Branch.objects.bulk_create(rows)


BEHAVIOURS = ContentSpec(
    Behaviour,
    "mockcall_behaviours.yaml",
    [Field(n) for n in ("slug", "name", "order", "avoid", "description", "phrases")],
)

SCENARIOS = ContentSpec(
    Scenario,
    "mockcall_scenarios.yaml",
    [
        *(Field(n) for n in ("slug", "title", "track", "channel", "order")),
        *(Field(n) for n in ("persona", "problem", "hidden_facts", "opening", "end_state")),
        *(Field(n) for n in ("account_words", "topic_words", "confused_line", "rude_line")),
        Field("first_response_seconds"),
        Field("handle_seconds"),
        Lines(),
        Branches(),
    ],
)
