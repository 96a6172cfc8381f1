"""Progress in every app for one owner, written straight to the tables (the pages that read it
are under test, not the forms that write it): the job seeker's own pages must show it all in a
fixed number of queries, however many rows `add_progress` is called to add."""

import datetime
import uuid
from itertools import count

from django.utils import timezone

from careers.drills.models import AccuracyResult, EnglishAnswer, EnglishSession
from careers.interviews.models import PracticeItem, PracticeSession, QuestionProgress, RubricScore
from careers.mockcalls.models import MockSession
from careers.plans.models import SetAsidePlan, Setback
from careers.resumes.models import SavedAd, Tick
from careers.speaking.models import Result
from tests.drill_factories import make_english_item, make_passage, make_typing_result
from tests.factories import make_role, make_skill, make_step
from tests.interview_factories import make_question
from tests.plugin_app.models import RoleNote, SavedNote
from tests.resume_factories import make_item

_seq = count(1)
TODAY = timezone.localdate()


def make_world() -> dict:
    """Two roles whose route sets off every app's plan milestone (typing, English, a voice
    front-office role, a checklist, questions, a plugin note)."""
    csr = make_role(
        slug="csr",
        name="CSR",
        typing_wpm=25,
        english_level="conversational",
        channel="voice",
        office="front",
    )
    tl = make_role(slug="tl", name="Team Leader", level="senior")
    make_step(csr, tl, typical_months=18).skills.add(make_skill())
    make_item(csr, tl)
    RoleNote.objects.create(slug="tl-note", role=tl, text="Lead a team", status="published")
    question = make_question(csr, tl, rubric=[("Empathy", "Says sorry first")])
    english = [make_english_item("grammar"), make_english_item("reading")]
    return {"csr": csr, "tl": tl, "question": question, "english": english}


def save_plan(client, *, to="tl", outside=False) -> None:
    """A plan from CSR to `to`; `outside`: from outside BPO, getting hired as a CSR first (every
    app adds a milestone for getting hired)."""
    target = (TODAY + datetime.timedelta(days=700)).isoformat()
    data = {"from": "csr", "to": to, "route": "0", "target_date": target}
    if outside:
        hired_by = (TODAY + datetime.timedelta(days=90)).isoformat()
        data |= {"from": "outside", "first": "csr", "hired_by": hired_by}
    assert client.post("/plan/save/", data).status_code == 302


def add_progress(owner, world, rows: int = 3) -> None:
    """`rows` more of each kind of progress, in every app, for `owner`."""
    now = timezone.now()
    passage = make_passage()
    question = world["question"]
    rubric = question.rubric_lines.first()
    for n in range(rows):
        k = next(_seq)
        make_typing_result(owner, 28 + k, 95, passage=passage, typed_chars=100, gross_wpm=30 + k)
        AccuracyResult.objects.create(
            owner=owner, nonce=uuid.uuid4().hex, seed=k, pairs=10, right=8, wrong=2, seconds=90
        )
        english = EnglishSession.objects.create(owner=owner, finished_at=now)
        for position, item in enumerate(world["english"], start=1):
            EnglishAnswer.objects.create(
                session=english, item=item, position=position, choice=2, correct=position == 1
            )
        session = PracticeSession.objects.create(owner=owner, role=world["csr"], size=1)
        item = PracticeItem.objects.create(
            session=session,
            question=question,
            position=1,
            answer="I'm sorry.",
            rating=1,
            rated_at=now,
        )
        RubricScore.objects.create(item=item, rubric_line=rubric, score=1)
        MockSession.objects.create(
            owner=owner,
            title=f"Billing {k}",
            channel="chat",
            state="ended",
            started_at=now,
            ended_at=now,
            first_response_target=30,
            handle_target=300,
        )
        ad = SavedAd.objects.create(owner=owner, title=f"Ad {k}", text="Night shift.", lines=4)
        Tick.objects.create(owner=owner, ad=ad, key="item:one", done=True)
        Tick.objects.create(owner=owner, role=world["tl"], key=f"extra:{k}", done=n % 2 == 0)
        Result.objects.create(
            owner=owner, kind="read", prompt="Hi", seconds=9, speaking_seconds=8, wpm=120 + k
        )
        SetAsidePlan.objects.create(
            owner=owner, target_name=f"Role {k}", target_date=TODAY, snapshot={}
        )
        if plan := getattr(owner, "plan", None):
            Setback.objects.create(
                plan=plan,
                stage="typing",
                failed_on=TODAY,
                retry_on=TODAY + datetime.timedelta(days=9 + k),
            )
            plan.ticks.create(key=f"extra:{k}", done=True)
    if not SavedNote.objects.filter(owner=owner).exists():  # the plugin keeps 2 at most
        SavedNote.objects.create(owner=owner, note=RoleNote.objects.get(slug="tl-note"))
    QuestionProgress.objects.update_or_create(
        owner=owner, question=question, defaults={"box": 1, "times": rows, "last_seen": now}
    )
