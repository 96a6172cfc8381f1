"""Admin import and export: CSV and JSON, matched by slug, previewed, all-or-nothing."""

import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from careers.roles.models import CareerStep, Metric, Role
from tests.conftest import logged_in
from tests.factories import make_metric, make_role

pytestmark = pytest.mark.django_db

CSV, JSON = "0", "1"


def upload(client, url, content: bytes, fmt=CSV, name="data.csv"):
    return client.post(
        f"{url}import/",
        {"import_file": SimpleUploadedFile(name, content), "format": fmt, "resource": "0"},
    )


def confirm(client, url, preview_html):
    hidden = dict(
        re.findall(r'name="(import_file_name|original_file_name)" value="([^"]*)"', preview_html)
    )
    return client.post(f"{url}process_import/", {**hidden, "format": CSV, "resource": "0"})


def test_export_csv_and_json_name_related_rows_by_slug(admin_client):
    role = make_role(slug="csr", name="CSR")
    role.metrics.add(make_metric(slug="aht"), make_metric(slug="csat"))
    fields = {f"roleresource_{name}": "on" for name in ["slug", "name", "metrics", "status"]}
    csv = admin_client.post("/admin/roles/role/export/", {"format": CSV, "resource": "0", **fields})
    assert csv["Content-Disposition"].endswith('.csv"')
    assert "csr,CSR,aht|csat,published" in csv.content.decode()
    as_json = admin_client.post(
        "/admin/roles/role/export/", {"format": JSON, "resource": "0", **fields}
    )
    assert json.loads(as_json.content)[0]["metrics"] == "aht|csat"


def test_import_previews_then_writes_on_confirm(admin_client):
    make_metric(slug="aht", name="AHT")
    content = (
        b"slug,name,abbreviation,definition,status,aliases\n"
        b"aht,Average handle time,AHT,Time per call,published,handle time|handling time\n"
        b"asa,Average speed of answer,ASA,How long callers wait,draft,\n"
    )
    preview = upload(admin_client, "/admin/roles/metric/", content)
    html = preview.content.decode()
    assert "Update" in html and "New" in html and "Confirm import" in html
    assert not Metric.objects.filter(slug="asa").exists()  # nothing written by the preview
    assert Metric.objects.get(slug="aht").name == "AHT"
    assert confirm(admin_client, "/admin/roles/metric/", html).status_code == 302
    aht = Metric.objects.get(slug="aht")
    assert aht.name == "Average handle time" and aht.aliases == ["handle time", "handling time"]
    assert Metric.objects.get(slug="asa").status == "draft"


def test_import_json(admin_client):
    content = json.dumps(
        [
            {
                "slug": "nps",
                "name": "Net Promoter Score",
                "abbreviation": "NPS",
                "definition": "Would you recommend us?",
                "status": "draft",
                "aliases": ["promoter score"],
            }
        ]
    ).encode()
    preview = upload(admin_client, "/admin/roles/metric/", content, fmt=JSON, name="m.json")
    html = preview.content.decode()
    hidden = dict(re.findall(r'name="(import_file_name|original_file_name)" value="([^"]*)"', html))
    admin_client.post(
        "/admin/roles/metric/process_import/", {**hidden, "format": JSON, "resource": "0"}
    )
    assert Metric.objects.get(slug="nps").aliases == ["promoter score"]


def test_one_invalid_row_writes_nothing_and_shows_the_error(admin_client):
    make_role(slug="csr")
    make_role(slug="lead")
    content = (
        b"from,to,kind,typical_months,what_it_takes,status\n"
        b"csr,lead,promotion,12,Hit your KPIs,draft\n"
        b"csr,csr,promotion,12,A step to itself,draft\n"
        b"lead,csr,promotion,0,,draft\n"
    )
    html = upload(admin_client, "/admin/roles/careerstep/", content).content.decode()
    assert "Confirm import" not in html
    assert "Some rows failed to validate" in html
    assert "A career step cannot lead from a role to itself." in html
    assert "Typical months must be between 1 and 240." in html
    assert "This field cannot be blank." in html
    assert not CareerStep.objects.exists()


def test_unknown_related_slug_is_reported_by_line(admin_client):
    make_role(slug="csr")
    content = b"from,to,kind,typical_months,what_it_takes\ncsr,nobody,promotion,6,x\n"
    html = upload(admin_client, "/admin/roles/careerstep/", content).content.decode()
    assert "Some rows failed to validate" in html
    assert "unknown role slug(s): [&#x27;nobody&#x27;]" in html
    assert "This field cannot be null" not in html  # one clear message, not two
    assert not CareerStep.objects.exists()


def test_role_import_sets_related_kpis_by_slug(admin_client):
    make_metric(slug="aht")
    make_metric(slug="csat")
    content = (
        b"slug,name,summary,what_they_do,office,channel,level,industry,metrics,status\n"
        b"csr,Customer Service Representative,Answers customers,- Calls,front,voice,entry,,"
        b"aht|csat,draft\n"
    )
    html = upload(admin_client, "/admin/roles/role/", content).content.decode()
    confirm(admin_client, "/admin/roles/role/", html)
    role = Role.objects.get(slug="csr")
    assert set(role.metrics.values_list("slug", flat=True)) == {"aht", "csat"}


def test_editor_exports_but_cannot_import(editor, publisher):
    assert logged_in(editor).get("/admin/roles/metric/import/").status_code == 403
    assert logged_in(editor).get("/admin/roles/metric/export/").status_code == 200
    assert logged_in(publisher).get("/admin/roles/metric/import/").status_code == 200


def test_a_role_row_carries_its_essential_and_helpful_skills(admin_client):
    from careers.skills.models import Importance
    from tests.factories import make_role_skill, make_skill

    role = make_role(slug="csr", name="CSR")
    make_role_skill(role, make_skill(slug="empathy"), Importance.ESSENTIAL)
    make_role_skill(role, make_skill(slug="typing"), Importance.HELPFUL)
    make_skill(slug="crm-software")
    fields = {
        f"roleresource_{name}": "on" for name in ["slug", "essential_skills", "helpful_skills"]
    }
    as_json = admin_client.post(
        "/admin/roles/role/export/", {"format": JSON, "resource": "0", **fields}
    )
    [row] = json.loads(as_json.content)
    assert row["essential_skills"] == "empathy" and row["helpful_skills"] == "typing"
    # Import the same row with a changed list: the role's skills follow it.
    content = (
        b"slug,name,summary,what_they_do,office,channel,level,essential_skills,helpful_skills\n"
        b"csr,CSR,Answers,- Calls,front,voice,entry,empathy|crm-software,\n"
    )
    html = upload(admin_client, "/admin/roles/role/", content).content.decode()
    assert confirm(admin_client, "/admin/roles/role/", html).status_code == 302
    skills = dict(role.role_skills.values_list("skill__slug", "importance"))
    assert skills == {"empathy": Importance.ESSENTIAL, "crm-software": Importance.ESSENTIAL}


def test_a_question_row_carries_its_scorecard(admin_client):
    from careers.interviews.models import Question
    from tests.interview_factories import SCORECARD, make_question

    make_question(slug="rp-refund", category="role_play", rubric=SCORECARD[:2])
    fields = {f"questionresource_{name}": "on" for name in ["slug", "category", "rubric"]}
    response = admin_client.post(
        "/admin/interviews/question/export/", {"format": CSV, "resource": "0", **fields}
    )
    assert response.status_code == 200
    csv = response.content.decode()
    assert "rubric" in csv.splitlines()[0] and "Greeting" in csv and "Verification" in csv
    rubric = json.dumps([{"criterion": "Empathy", "description": "Names the feeling."}])
    content = json.dumps(
        [
            {
                "slug": "rp-refund",
                "text": "A customer wants a refund.",
                "category": "role_play",
                "looking_for": "Calm.",
                "rubric": rubric,
            }
        ]
    ).encode()
    html = upload(admin_client, "/admin/interviews/question/", content, fmt=JSON, name="q.json")
    html = html.content.decode()
    assert "Confirm import" in html
    hidden = dict(re.findall(r'name="(import_file_name|original_file_name)" value="([^"]*)"', html))
    admin_client.post(
        "/admin/interviews/question/process_import/", {**hidden, "format": JSON, "resource": "0"}
    )
    lines = Question.objects.get(slug="rp-refund").rubric_lines.all()
    assert [line.criterion for line in lines] == ["Empathy"]


def test_a_scorecard_on_a_question_that_is_not_a_role_play_is_refused(admin_client):
    content = (
        b"slug,text,category,looking_for,rubric\n"
        b'q1,Why BPO?,background,Motivation,"[{""criterion"": ""Greeting""}]"\n'
    )
    html = upload(admin_client, "/admin/interviews/question/", content).content.decode()
    assert "only role_play questions have a rubric" in html
    assert "Confirm import" not in html


def test_a_role_exported_without_a_typing_speed_imports_back(admin_client):
    make_role(slug="csr", name="CSR")
    exported = admin_client.post(
        "/admin/roles/role/export/",
        {
            "format": CSV,
            "resource": "0",
            **{
                f"roleresource_{n}": "on"
                for n in [
                    "slug",
                    "name",
                    "summary",
                    "what_they_do",
                    "office",
                    "channel",
                    "level",
                    "typing_wpm",
                    "typing_accuracy",
                ]
            },
        },
    )
    assert exported.status_code == 200
    html = upload(admin_client, "/admin/roles/role/", exported.content).content.decode()
    assert "Confirm import" in html, html[html.find("errors") :][:500]
