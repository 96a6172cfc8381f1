"""The fact-check's corrections: each is in the seed, and each reaches a database that loaded the
seed before it was corrected (by `load_content`'s update mode, or the data migration that merges
duplicate questions)."""

import importlib
import shutil
from io import StringIO

import pytest
import yaml
from django.apps import apps
from django.core.management import call_command
from django.utils import timezone

from careers.content.loader import CONTENT_DIR
from careers.interviews.models import PracticeItem, PracticeSession, Question, QuestionProgress
from careers.resumes.matcher import match_ad
from careers.resumes.models import JargonTerm
from careers.roles.models import Certification, Metric, Role
from careers.seekers.models import Owner
from tests import snapshots
from tests.interview_factories import make_question, progress

pytestmark = pytest.mark.django_db

CSR = "customer-service-representative"
# (file, slug, field, the value before the fact-check)
OLD_SL_ALIASES = ["service levels", "sla", "slas", "service level agreement"]
OLD_CAPM = "https://www.pmi.org/certifications/certified-associate-capm-"
OLD_QA_CERTS = ["copc-cx-standard", "lean-six-sigma-green-belt", "mos-excel"]
BEFORE = [
    ("metrics.yaml", "service-level", "aliases", OLD_SL_ALIASES),
    ("resources.yaml", "pmi-capm", "url", OLD_CAPM),
    ("certifications.yaml", "copc-cx-standard", "aliases", ["copc"]),
    ("roles.yaml", "quality-analyst", "certifications", OLD_QA_CERTS),
]


def _records(path):
    return yaml.safe_load(path.read_text())


def _set(path, slug, **changes):
    records = _records(path)
    record = next(r for r in records if r.get("slug") == slug)
    record.update(changes)
    path.write_text(yaml.safe_dump(records, sort_keys=False, allow_unicode=True))


# The files the corrections touch, and those they refer to (loading them all is slow).
FILES = ["metrics.yaml", "certifications.yaml", "roles.yaml", "skills.yaml", "resources.yaml",
         "glossary.yaml"]  # fmt: skip


def _copy(to):
    to.mkdir()
    for name in FILES:
        shutil.copy(CONTENT_DIR / name, to / name)
    return to


def _load_before_and_after(tmp_path):
    old = _copy(tmp_path / "old")
    for filename, slug, field, value in BEFORE:
        _set(old / filename, slug, **{field: value})
    csr = next(r for r in _records(old / "roles.yaml") if r["slug"] == CSR)
    fixed_day = csr["day_in_the_life"]
    day = fixed_day.replace("60\u201380 calls a shift", "60\u2013100 calls a shift")
    assert day != fixed_day
    _set(old / "roles.yaml", CSR, day_in_the_life=day)
    shaky = next(r for r in _records(old / "certifications.yaml") if r["slug"] == "mos-excel")
    _set(old / "certifications.yaml", "mos-excel", suits=shaky["suits"].replace("MO-210", "MO-200"))
    call_command("load_content", old, stdout=StringIO())
    assert "sla" in Metric.objects.get(slug="service-level").aliases
    out = StringIO()
    call_command("load_content", _copy(tmp_path / "new"), stdout=out)  # as `make seed` does
    return out.getvalue()


@pytest.fixture(scope="session")
def _before_the_fixes(django_db_setup, django_db_blocker, tmp_path_factory):
    def build():
        with django_db_blocker.unblock():
            folder = tmp_path_factory.mktemp("fixes")
            return snapshots.capture(lambda: _load_before_and_after(folder))

    return snapshots.once_per_run(tmp_path_factory, "before-the-fixes", build)


@pytest.fixture
def loaded_before_the_fixes(db, _before_the_fixes):
    """A database that loaded the seed as it was before the fact-check, then today's seed
    (loaded once per run, copied in for each test); what the second load printed."""
    return snapshots.restore(_before_the_fixes)


def test_an_sla_is_the_contract_not_the_service_level_metric(loaded_before_the_fixes):
    service_level = Metric.objects.get(slug="service-level")
    assert not {"sla", "slas", "service level agreement"} & set(service_level.aliases)
    sla = JargonTerm.objects.get(slug="sla")
    assert sla.is_published and "contract" in sla.meaning
    result = match_ad("Must consistently meet SLAs and SLA targets.")
    assert service_level not in result.metrics
    assert [term.obj for hit in result.hits for term in hit.terms] == [sla, sla]
    # The full name is the contract first (its words "service level" still name the metric).
    hit = match_ad("Knows our service level agreement.").hits[0]
    assert hit.terms[0].obj == sla


def test_the_csr_call_count_adds_up(loaded_before_the_fixes):
    day = Role.objects.get(slug=CSR).day_in_the_life
    assert "60\u2013100 calls" not in day
    # About seven hours on the phones at about five minutes a call is at most 84 calls.
    assert "60\u201380 calls a shift" in day and 80 * 5 <= 7 * 60


def test_capm_link_has_no_stray_hyphen(loaded_before_the_fixes):
    from careers.skills.models import LearningResource

    url = LearningResource.objects.get(slug="pmi-capm").url
    assert url == "https://www.pmi.org/certifications/certified-associate-capm"


def test_mos_excel_names_the_current_exams(loaded_before_the_fixes):
    suits = Certification.objects.get(slug="mos-excel").suits
    assert "**MO-210**" in suits and "**MO-211**" in suits
    assert "replaced the Office 2019 exams" in suits


def test_shrinkage_has_one_range_everywhere():
    metric = next(r for r in _records(CONTENT_DIR / "metrics.yaml") if r["slug"] == "shrinkage")
    texts = [metric["typical_target"]]
    for path in CONTENT_DIR.glob("questions-*.yaml"):
        texts += [r["sample_answer"] for r in _records(path) if "hrinkage" in r["sample_answer"]]
    ranges = {t[t.index("around ") :].split("%")[0] for t in texts if "around " in t and "%" in t}
    assert ranges == {"around 25\u201335"}, ranges
    assert "Knowlagent" in metric["typical_target"] and "2011" in metric["typical_target"]


def test_copc_is_not_offered_as_a_personal_certification(loaded_before_the_fixes):
    copc = Certification.objects.get(slug="copc-cx-standard")
    assert not Role.objects.filter(certifications=copc).exists()
    result = match_ad("COPC certified candidates preferred.")
    assert copc not in result.certifications
    term = result.hits[0].terms[0].obj
    assert term.slug == "copc" and 'Do not write "COPC certified"' in term.advice


def test_update_mode_reports_what_changed(loaded_before_the_fixes):
    assert "metrics.yaml: 0 created, 1 updated" in loaded_before_the_fixes
    assert "glossary.yaml: 0 created, 0 updated" in loaded_before_the_fixes


# --- near-duplicate questions --------------------------------------------------------------

MIGRATION = importlib.import_module("careers.interviews.migrations.0004_merge_duplicate_questions")


def test_seed_has_no_dropped_question_and_keeps_each_kept_one():
    slugs = {r["slug"] for p in CONTENT_DIR.glob("questions-*.yaml") for r in _records(p)}
    for drop, keep in MIGRATION.DUPLICATES:
        assert drop not in slugs and keep in slugs


def test_merging_moves_answers_ratings_and_boxes_to_the_kept_question(alice):
    drop, keep = MIGRATION.DUPLICATES[0]
    dropped, kept = make_question(slug=drop), make_question(slug=keep)
    owner, other = (
        Owner.objects.create(user=alice),
        Owner.objects.create(session_token=Owner.new_token()),
    )
    earlier = timezone.now() - timezone.timedelta(days=3)
    progress(owner, dropped, box=1, times=2)
    progress(owner, kept, box=4, times=3, last_seen=earlier)
    progress(other, dropped, box=3, times=1)
    # One session practised only the dropped question; another practised both.
    only = PracticeSession.objects.create(owner=owner, size=1)
    PracticeItem.objects.create(
        session=only, question=dropped, position=1, answer="Mine.", rating=2
    )
    both = PracticeSession.objects.create(owner=owner, size=3)
    PracticeItem.objects.create(session=both, question=kept, position=1)
    PracticeItem.objects.create(
        session=both, question=dropped, position=2, answer="Kept words.", rating=4
    )
    third = make_question()
    PracticeItem.objects.create(session=both, question=third, position=3)

    MIGRATION.merge_duplicates(apps, None)

    assert not Question.objects.filter(slug=drop).exists()
    moved = PracticeItem.objects.get(session=only)
    assert (moved.question, moved.answer, moved.rating) == (kept, "Mine.", 2)
    items = list(PracticeItem.objects.filter(session=both).order_by("position"))
    assert [(i.question, i.position) for i in items] == [(kept, 1), (third, 2)]
    assert (items[0].answer, items[0].rating) == ("Kept words.", 4)
    both.refresh_from_db()
    assert both.size == 2
    mine = QuestionProgress.objects.get(owner=owner, question=kept)
    assert (mine.box, mine.times, mine.last_seen > earlier) == (1, 5, True)
    assert QuestionProgress.objects.get(owner=other, question=kept).box == 3


def test_merging_twice_or_on_an_empty_database_does_nothing():
    MIGRATION.merge_duplicates(apps, None)
    keep = MIGRATION.DUPLICATES[1][1]
    make_question(slug=keep)
    MIGRATION.merge_duplicates(apps, None)
    assert Question.objects.filter(slug=keep).exists()
