"""Routes through the career map: the quickest by typical months, and a second one that differs.

The map is small enough to hold in memory per request: two light queries read every published
step (as plain tuples) and every published role (only the columns a map needs). Routes are plain
Dijkstra over it, and the second route is the best "spur" off the first (Yen's method, k = 2).
Drafts never appear: only published steps between published roles.
"""

import heapq
from dataclasses import dataclass, field

from careers.roles.careermap import track_of
from careers.roles.models import CareerStep, MonthsRange, Role, months_range

MAP_FIELDS = ("id", "name", "slug", "level", "office", "industry", "status")


@dataclass(frozen=True)
class Edge(MonthsRange):
    """One published career step, as much as route finding and the map need."""

    pk: int
    from_role_id: int
    to_role_id: int
    kind: str
    typical_months: int
    months_min: int | None
    months_max: int | None


@dataclass
class Route:
    steps: list = field(default_factory=list)  # Edges, or CareerSteps once details are loaded
    roles: list = field(default_factory=list)

    @property
    def typical_months(self) -> int:
        return sum(step.typical_months for step in self.steps)

    @property
    def low_months(self) -> int:
        return sum(step.low_months for step in self.steps)

    @property
    def high_months(self) -> int:
        return sum(step.high_months for step in self.steps)

    @property
    def range_label(self) -> str:
        return months_range(self.low_months, self.high_months)

    @property
    def via(self) -> list:
        return self.roles[1:-1]


class CareerGraph:
    def __init__(self, roles, edges) -> None:
        self.roles = {role.pk: role for role in roles}
        self.steps = [
            e for e in edges if e.from_role_id in self.roles and e.to_role_id in self.roles
        ]
        self.out: dict[int, list[Edge]] = {}
        for edge in self.steps:
            self.out.setdefault(edge.from_role_id, []).append(edge)
        for edges in self.out.values():
            edges.sort(key=lambda e: (e.typical_months, self.roles[e.to_role_id].name))

    @classmethod
    def published(cls) -> "CareerGraph":
        """Every public role and step (two queries)."""
        roles = Role.objects.published().only(*MAP_FIELDS).order_by("name")
        rows = (
            CareerStep.objects.published()
            .order_by()
            .values_list(
                "pk",
                "from_role_id",
                "to_role_id",
                "kind",
                "typical_months",
                "months_min",
                "months_max",
            )
        )
        return cls(list(roles), [Edge(*row) for row in rows])

    def _route(self, start: int, edges) -> Route:
        return Route(list(edges), [self.roles[start], *(self.roles[e.to_role_id] for e in edges)])

    def shortest(self, start: int, goal, *, banned_steps=(), banned_roles=()) -> Route | None:
        """Fewest typical months, then fewest steps (Dijkstra; cycles are harmless). `goal` is
        a role id, or a test `fn(role)` for "the nearest role such that…"."""
        return self.shortest_from(
            [start], goal, banned_steps=banned_steps, banned_roles=banned_roles
        )

    def shortest_from(self, starts, goal, *, banned_steps=(), banned_roles=()) -> Route | None:
        """The quickest route from whichever of `starts` is nearest `goal` (one search, all the
        starts at once: from outside BPO, any entry role can be the first job)."""
        starts = [start for start in starts if start in self.roles]
        is_goal = goal if callable(goal) else None
        # (months, steps, role, path): a path never ties on cost
        queue = [(0, 0, start, ()) for start in sorted(starts)]
        heapq.heapify(queue)
        best: dict[int, tuple[int, int]] = dict.fromkeys(starts, (0, 0))
        while queue:
            months, hops, role, path = heapq.heappop(queue)
            if path and (is_goal(self.roles[role]) if is_goal else role == goal):
                return self._route(path[0].from_role_id, path)
            if best.get(role, (months, hops)) < (months, hops):
                continue
            for edge in self.out.get(role, []):
                nxt = edge.to_role_id
                if edge.pk in banned_steps or nxt in banned_roles:
                    continue
                cost = (months + edge.typical_months, hops + 1)
                if cost < best.get(nxt, (10**9, 0)):
                    best[nxt] = cost
                    heapq.heappush(queue, (*cost, nxt, (*path, edge)))
        return None

    def two_routes(self, start: int, goal: int) -> list[Route]:
        """The quickest route and, when one exists, the best route that differs by a step."""
        first = self.shortest(start, goal)
        if first is None:
            return []
        candidates = []
        for i, spur_edge in enumerate(first.steps):
            root = first.steps[:i]
            spur = self.shortest(
                spur_edge.from_role_id,
                goal,
                banned_steps={spur_edge.pk},
                banned_roles={e.from_role_id for e in root},
            )
            if spur is not None:
                candidates.append(self._route(start, [*root, *spur.steps]))
        candidates.sort(key=lambda r: (r.typical_months, len(r.steps)))
        return [first, *candidates[:1]]

    def reachable(self, start: int) -> set[int]:
        seen, todo = {start}, [start]
        while todo:
            for edge in self.out.get(todo.pop(), []):
                if edge.to_role_id not in seen:
                    seen.add(edge.to_role_id)
                    todo.append(edge.to_role_id)
        return seen

    def nearest_reachable(self, start: int, target):
        """When no route exists: the reachable role most like the target (same track, then
        the highest level), so the page can say where the map does lead."""
        options = [self.roles[pk] for pk in self.reachable(start) - {start}]
        if not options:
            return None
        return max(options, key=lambda r: (track_of(r) == track_of(target), r.level_rank, r.name))
