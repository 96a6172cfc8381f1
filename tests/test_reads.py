"""careers.common.reads: several querysets read in one statement give what reading each one
gives (types, order, select_related, annotations, values), and rounds of reads cost one
statement each."""

import pytest
from django.db.models import Count, Max, Window

from careers.common.compiled import Compiled
from careers.common.reads import Each, Reads, read_all, resolve_all
from careers.drills.models import TypingResult
from careers.interviews.models import PracticeItem, PracticeSession
from careers.resumes.models import SavedAd, Tick
from careers.seekers.models import Owner
from tests.owner_progress import add_progress, make_world

pytestmark = pytest.mark.django_db


def shown(row):
    """Everything a page could show of a row: its fields, annotations and related rows."""
    if isinstance(row, dict | tuple):
        return row
    data = {k: v for k, v in vars(row).items() if not k.startswith("_")}
    related = row._state.fields_cache
    return type(row), data, {name: shown(obj) for name, obj in related.items() if obj}


@pytest.fixture
def owner():
    owner = Owner.objects.create(session_token=Owner.new_token())
    add_progress(owner, make_world(), rows=4)
    return owner


def test_rows_read_together_are_the_rows_read_alone(owner, django_assert_num_queries):
    querysets = [
        TypingResult.objects.filter(owner=owner)
        .defer("typed")
        .annotate(best=Window(Max("net_wpm")))[:3],
        PracticeItem.objects.filter(session__owner=owner).select_related("question", "session"),
        PracticeSession.objects.filter(owner=owner).values("role__name", "created_at"),
        SavedAd.objects.filter(owner=owner).annotate(ticks=Count("tick")).order_by("-pk"),
        Tick.objects.filter(owner=owner).values_list("key", "done", "updated_at"),
        Tick.objects.filter(pk__in=[]),  # no SQL at all for this one
    ]
    with django_assert_num_queries(1):
        together = read_all(querysets)
    alone = [list(queryset) for queryset in querysets]
    assert [len(rows) for rows in together] == [3, 4, 4, 4, 8, 0]
    for mine, theirs in zip(together, alone, strict=True):
        assert [shown(row) for row in mine] == [shown(row) for row in theirs]
    assert together[1][0].question.text.startswith("Tell me about")  # no query: selected


def test_a_prefetch_is_refused(owner):
    with pytest.raises(ValueError, match="prefetch_related"):
        read_all([SavedAd.objects.prefetch_related("tick_set"), SavedAd.objects.all()])


def test_one_statement_a_round(owner, django_assert_num_queries):
    def then_more(ads):  # a second read that needs the first one's rows
        return Reads((Tick.objects.filter(ad__in=ads),), lambda ticks: (len(ads), len(ticks)))

    nodes = [
        Reads((SavedAd.objects.filter(owner=owner),), then_more),
        Each([Reads((TypingResult.objects.filter(owner=owner),), len), 7]),
        "plain",
    ]
    with django_assert_num_queries(2):
        assert resolve_all(nodes) == [(4, 4), [4, 7], "plain"]


def test_compiled_querysets_read_together_are_the_rows_read_alone(owner, django_assert_num_queries):
    """Compiled.queryset brings its SQL, compiled once a process: read_all embeds it, and the
    stand-in's compiler builds each owner's rows (select_related, annotations, values)."""
    other = Owner.objects.create(session_token=Owner.new_token())  # nothing yet: no rows
    sessions = Compiled(
        lambda owner_id: (
            PracticeSession.objects.filter(owner_id=owner_id)
            .select_related("role")
            .annotate(items_n=Count("items"))
        )
    )
    ticks = Compiled(lambda owner_id: Tick.objects.filter(owner_id=owner_id).values("key", "done"))
    querysets = [compiled.queryset(o.pk) for o in (owner, other) for compiled in (sessions, ticks)]
    assert all(hasattr(queryset, "compiled_as") for queryset in querysets)
    assert not hasattr(querysets[0].filter(pk__gt=0), "compiled_as")  # another query
    with django_assert_num_queries(1):
        together = read_all(querysets)
    alone = [list(queryset) for queryset in querysets]
    assert [len(rows) for rows in together] == [4, 8, 0, 0]
    for mine, theirs in zip(together, alone, strict=True):
        assert [shown(row) for row in mine] == [shown(row) for row in theirs]
