"""The seeded scenarios and behaviours: loaded, covering every track the issue names, each
conversation able to go on; a broken branch set is refused in admin and in a content pack."""

import pytest

from careers.mockcalls.content import SCENARIOS
from careers.mockcalls.conversation import problems
from careers.mockcalls.models import Behaviour, Branch, Scenario, ScenarioLine
from tests.admin_forms import add_inline_row, change_form_data
from tests.mockcall_factories import make_scenario

pytestmark = pytest.mark.django_db


def test_at_least_twelve_scenarios_across_the_tracks(seed):
    scenarios = Scenario.objects.published()
    assert scenarios.count() >= 12
    assert {s.track for s in scenarios} >= {"csr", "tech", "collections", "healthcare", "sales"}
    assert {s.channel for s in scenarios} == {"chat", "call", "email"}
    assert Scenario.objects.get(slug="damaged-item-email").channel == "email"


def test_every_seeded_conversation_can_go_on(seed):
    for scenario in Scenario.objects.all():
        rows = scenario.branches.order_by("order").values_list(
            "from_step", "behaviour_id", "to_step", "ends"
        )
        assert problems(list(rows)) == [], scenario.slug
        assert scenario.branches.filter(ends=True).exists(), scenario.slug
        resolution = ScenarioLine.objects.get(scenario=scenario, behaviour__slug="resolution")
        assert resolution.phrases, scenario.slug  # the right fix is this scenario's own


def test_collections_scenarios_score_threats_and_others_promises(seed):
    for scenario in Scenario.objects.filter(track="collections"):
        assert scenario.lines.filter(behaviour__slug="threat").exists()
    threat = Behaviour.objects.get(slug="threat")
    assert "1692c(b)" in threat.description and "Memorandum Circular No. 18" in threat.description


def test_loading_again_changes_nothing(reload_packs):
    before = list(Branch.objects.order_by("pk").values_list("pk", "line"))
    summary = " ".join(r.summary() for r in reload_packs("mockcall_*.yaml"))
    assert "mockcall_scenarios.yaml: 0 created, 0 updated, 12 unchanged" in summary
    assert list(Branch.objects.order_by("pk").values_list("pk", "line")) == before


def test_a_content_pack_with_a_dead_end_is_refused():
    scenario = make_scenario()
    record = SCENARIOS.serialize(scenario)
    record["branches"] = [{"from": "start", "line": "Hi", "to": "nowhere"}]
    with pytest.raises(ValueError, match="nowhere"):
        SCENARIOS.column("branches").set(scenario, record["branches"])


def test_admin_refuses_a_step_without_a_fallback(admin_client):
    scenario = make_scenario()
    url = f"/admin/mockcalls/scenario/{scenario.pk}/change/"
    data = change_form_data(admin_client.get(url))
    empathy = Behaviour.objects.get(slug="empathy")
    add_inline_row(data, "branches", from_step="start", order=999, behaviour=empathy.pk,
                   shown="on", line="Thanks.", to_step="calm")  # fmt: skip
    response = admin_client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Step “calm” has no branches" in html
    assert "Step “start” needs a last branch with no behaviour" in html
    assert scenario.branches.count() == 4  # nothing saved


def test_admin_exports_a_scenario_and_imports_it_back_with_a_new_line(admin_client):
    import json
    import re

    from django.core.files.uploadedfile import SimpleUploadedFile

    scenario = make_scenario(slug="double-bill")
    fields = {f"scenarioresource_{n}": "on" for n in ["slug", "title", "scorecard", "branches"]}
    exported = admin_client.post(
        "/admin/mockcalls/scenario/export/", {"format": "1", "resource": "0", **fields}
    )
    assert exported.status_code == 200
    row = json.loads(exported.content)[0]
    branches = json.loads(row["branches"])
    assert branches[0] == {"from": "start", "when": "verification",
                           "line": "It's Ann, born in May.", "to": "fixed"}  # fmt: skip
    branches[0]["line"] = "It's Ann Cruz, born on the first of May."
    full = SCENARIOS.serialize(scenario) | {"branches": json.dumps(branches)}
    full["scorecard"] = json.dumps(full["scorecard"])
    upload = SimpleUploadedFile("s.json", json.dumps([full]).encode())
    html = admin_client.post(
        "/admin/mockcalls/scenario/import/",
        {"import_file": upload, "format": "1", "resource": "0"},
    ).content.decode()
    assert "Confirm import" in html, html[-3000:]
    hidden = dict(re.findall(r'name="(import_file_name|original_file_name)" value="([^"]*)"', html))
    admin_client.post(
        "/admin/mockcalls/scenario/process_import/", {**hidden, "format": "1", "resource": "0"}
    )
    assert Branch.objects.get(scenario=scenario, order=1).line.startswith("It's Ann Cruz")
    assert admin_client.get("/admin/mockcalls/scenario/?q=double").status_code == 200
