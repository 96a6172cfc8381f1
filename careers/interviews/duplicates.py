"""Merging a duplicate interview question into the one that is kept, with everything job seekers
did on it: practice answers, ratings, scorecard scores and their repetition box.

It takes the models as arguments so that a data migration can run it with its historical models
(`apps.get_model`) and tests with the real ones.
"""

from types import SimpleNamespace

from django.db import transaction


def models_from(apps) -> SimpleNamespace:
    """The models `merge_question` needs, from a migration's `apps` or from the real registry."""
    get = apps.get_model
    return SimpleNamespace(
        Question=get("interviews", "Question"),
        PracticeItem=get("interviews", "PracticeItem"),
        RubricLine=get("interviews", "RubricLine"),
        RubricScore=get("interviews", "RubricScore"),
        QuestionProgress=get("interviews", "QuestionProgress"),
    )


@transaction.atomic
def merge_question(m: SimpleNamespace, drop_slug: str, keep_slug: str) -> bool:
    """Move `drop_slug`'s practice and progress to `keep_slug`, then delete it. False (nothing
    done) when either question is missing: a fresh database, or staff already merged them."""
    questions = {q.slug: q for q in m.Question.objects.filter(slug__in=[drop_slug, keep_slug])}
    drop, keep = questions.get(drop_slug), questions.get(keep_slug)
    if drop is None or keep is None:
        return False
    keep.roles.add(*drop.roles.all())
    _move_items(m, drop, keep)
    _move_progress(m, drop, keep)
    drop.delete()
    return True


def _move_items(m, drop, keep):
    lines = {line.criterion: line for line in m.RubricLine.objects.filter(question=keep)}
    for item in m.PracticeItem.objects.filter(question=drop).select_related("session"):
        twin = m.PracticeItem.objects.filter(session=item.session, question=keep).first()
        if twin is None:
            item.question = keep
            item.save(update_fields=["question"])
            _move_scores(m, item, lines)
            continue
        # One session held both questions: keep the twin, filling in what only this one has.
        if not twin.answer and item.answer:
            twin.answer, twin.revealed = item.answer, item.revealed
        if twin.rating is None and item.rating is not None:
            twin.rating, twin.box_before, twin.rated_at = (
                item.rating,
                item.box_before,
                item.rated_at,
            )
            m.RubricScore.objects.filter(item=item).update(item=twin)  # its scores come along
            _move_scores(m, twin, lines)
        twin.save()
        session, position = item.session, item.position
        item.delete()
        # Close the gap so the session's positions stay 1..size.
        for later in m.PracticeItem.objects.filter(session=session, position__gt=position).order_by(
            "position"
        ):
            later.position -= 1
            later.save(update_fields=["position"])
        session.size = max(1, session.size - 1)
        session.save(update_fields=["size"])


def _move_scores(m, item, lines):
    """Scorecard scores follow the kept question's line of the same name; others go."""
    for score in m.RubricScore.objects.filter(item=item).select_related("rubric_line"):
        line = lines.get(score.rubric_line.criterion)
        if line is None:
            score.delete()
        else:
            score.rubric_line = line
            score.save(update_fields=["rubric_line"])


def _move_progress(m, drop, keep):
    """As in the login merge: the weaker box, the times added up, the latest date."""
    kept = {p.owner_id: p for p in m.QuestionProgress.objects.filter(question=keep)}
    for progress in m.QuestionProgress.objects.filter(question=drop):
        twin = kept.get(progress.owner_id)
        if twin is None:
            progress.question = keep
            progress.save(update_fields=["question"])
            continue
        twin.box = min(twin.box, progress.box)
        twin.times += progress.times
        twin.last_seen = max(twin.last_seen, progress.last_seen)
        twin.save(update_fields=["box", "times", "last_seen"])
        progress.delete()
