"""Factories for mock calls: a small published scenario with the standard scorecard behaviours,
and a helper that plays a script of replies through the pages."""

from itertools import count

from careers.common.models import Status
from careers.mockcalls.models import Behaviour, Branch, Scenario, ScenarioLine

_seq = count(1)

WORDS = {
    "greeting": ["good morning", "thank you for calling"],
    "verification": ["date of birth", "may i have your"],
    "empathy": ["i'm sorry", "i understand"],
    "resolution": [],
    "close": ["anything else", "have a great day"],
    "rude": ["shut up", "stupid"],
}


def make_behaviours() -> dict[str, Behaviour]:
    return {
        slug: Behaviour.objects.get_or_create(
            slug=slug,
            defaults={"name": slug.title(), "description": "x", "phrases": words,
                      "avoid": slug == "rude", "status": Status.PUBLISHED},
        )[0]
        for slug, words in WORDS.items()
    }  # fmt: skip


def make_scenario(*, branches_per_step: int = 0, **kw) -> Scenario:
    """start -(verification)-> fixed -(resolution)-> ends; `branches_per_step` adds more
    (never matching) branches to each step, to show a reply's queries do not grow."""
    n = next(_seq)
    b = make_behaviours()
    data = {"slug": f"scenario-{n}", "title": f"Scenario {n}", "track": "csr", "channel": "chat",
            "persona": "A customer.", "problem": "A **problem**.", "hidden_facts": "A secret.",
            "opening": "Hello, my bill is wrong.", "end_state": "Fixed.",
            "account_words": ["your balance"], "topic_words": ["bill"],
            "status": Status.PUBLISHED}  # fmt: skip
    scenario = Scenario.objects.create(**{**data, **kw})
    for order, slug in enumerate(["greeting", "verification", "empathy", "resolution", "close"]):
        phrases = ["bill adjustment"] if slug == "resolution" else []
        ScenarioLine.objects.create(scenario=scenario, behaviour=b[slug], order=order,
                                    phrases=phrases)  # fmt: skip
    rows = []
    for step, when, line, to, ends in [
        ("start", "verification", "It's Ann, born in May.", "fixed", False),
        ("start", None, "Please help with my bill.", "start", False),
        ("fixed", "resolution", "Thank you, bye!", "", True),
        ("fixed", None, "What will you do about my bill?", "fixed", False),
    ]:
        extra = [
            Branch(scenario=scenario, order=i, from_step=step, behaviour=b["rude"],
                   line="Only to a rude reply.", to_step=step)
            for i in range(branches_per_step)
        ] if when else []  # fmt: skip
        rows += extra
        rows.append(
            Branch(scenario=scenario, order=100 if when is None else 50, from_step=step,
                   behaviour=b[when] if when else None, line=line, to_step=to, ends=ends)
        )  # fmt: skip
    Branch.objects.bulk_create(rows)
    return scenario


def start(client, scenario) -> str:
    """Start a session of `scenario`; its URL."""
    response = client.post(f"/mock-call/{scenario.slug}/")
    assert response.status_code == 302, response.status_code
    return response["Location"]
