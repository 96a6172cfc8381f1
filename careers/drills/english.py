"""English practice sessions: items picked by the shared repetition rule, scored per area.

A right answer counts as a good rating and a wrong one as the lowest (careers.common.repetition),
so items answered wrongly come back first in the next session.
"""

import random
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from careers.common.repetition import RIGHT, WRONG, due_first, next_box
from careers.drills.models import Area, EnglishAnswer, EnglishItem, EnglishProgress, EnglishSession

SESSION_SIZE = 10


class AlreadyFinished(Exception):
    pass


def pick(owner, area: str, size: int = SESSION_SIZE, rng=None) -> list[EnglishItem]:
    """Up to `size` published items (of one area, or all), in repetition order (one query)."""
    rng = rng or random.Random()
    pool = EnglishItem.objects.published()
    if area:
        pool = pool.filter(area=area)
    return due_first(pool, EnglishProgress.objects.filter(owner=owner), "item", size, rng)


@transaction.atomic
def start(owner, area: str, rng=None) -> EnglishSession | None:
    items = pick(owner, area, rng=rng)
    if not items:
        return None
    session = EnglishSession.objects.create(owner=owner, area=area)
    EnglishAnswer.objects.bulk_create(
        EnglishAnswer(session=session, item=item, position=n) for n, item in enumerate(items, 1)
    )
    return session


@transaction.atomic
def submit(session: EnglishSession, choices: dict[int, int | None]) -> None:
    """Record the answers (position -> choice number, None when skipped) and move the boxes."""
    session = EnglishSession.objects.select_for_update().get(pk=session.pk)
    if session.finished_at is not None:
        raise AlreadyFinished
    now = timezone.now()
    answers = list(session.answers.select_related("item"))
    boxes = dict(
        EnglishProgress.objects.filter(
            owner_id=session.owner_id, item__in=[a.item_id for a in answers]
        ).values_list("item_id", "box")
    )
    for answer in answers:
        answer.choice = choices.get(answer.position)
        answer.correct = answer.choice == answer.item.answer if answer.choice else None
        if answer.choice is None:
            continue
        box = next_box(boxes.get(answer.item_id), RIGHT if answer.correct else WRONG)
        EnglishProgress.objects.update_or_create(
            owner_id=session.owner_id, item=answer.item, defaults={"box": box, "last_seen": now}
        )
    EnglishAnswer.objects.bulk_update(answers, ["choice", "correct"])
    session.finished_at = now
    session.save(update_fields=["finished_at"])


@dataclass
class AreaScore:
    area: str
    right: int
    total: int

    @property
    def label(self) -> str:
        return Area(self.area).label

    @property
    def percent(self) -> int:
        return round(100 * self.right / self.total) if self.total else 0


def area_scores(answers) -> list[AreaScore]:
    """Right answers out of the items asked, per area, in the areas' order."""
    scores = {area: AreaScore(area, 0, 0) for area in Area.values}
    for answer in answers:
        score = scores[answer.item.area]
        score.total += 1
        score.right += bool(answer.correct)
    return [score for score in scores.values() if score.total]
