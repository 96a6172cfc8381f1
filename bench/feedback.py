"""Answer feedback speed: the time to analyse a 5,000-character answer (the answer cap).

Usage: make bench-feedback   (no database: the feedback is plain Python on the seed's
questions, read from content/*.yaml)
Prints the median and worst time per answer for each kind of question, over N runs, using the
seed question with the most talking points of that kind. Goal: under 20 ms.
"""

import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careers.interviews.feedback import Line, Point, analyse  # noqa: E402

RUNS = 50
STORY = (
    "Last year at my previous job a customer called, basically really upset, like, about a "
    "double charge on her card. I said I'm sorry and I checked the account, then I explained "
    "the refund and I escalated it to billing. As a result the refund arrived in 2 days, and "
    "my CSAT went up 10% that month. I guess we learned to check charges first. "
)


def main() -> None:
    questions = []
    for path in sorted((ROOT / "content").glob("questions-*.yaml")):
        questions += yaml.safe_load(path.read_text())
    answer = (STORY * 40)[:5000]
    print(f"answer: {len(answer):,} characters, {len(answer.split()):,} words; {RUNS} runs each")
    by_category = {}
    for q in questions:
        best = by_category.get(q["category"])
        if best is None or len(q.get("talking_points") or []) > len(
            best.get("talking_points") or []
        ):
            by_category[q["category"]] = q
    for category, q in sorted(by_category.items()):
        points = [Point(p["point"], tuple(p["phrases"])) for p in q.get("talking_points") or []]
        lines = [
            Line(r["criterion"], tuple(r.get("evidence") or ())) for r in q.get("rubric") or []
        ]
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            analyse(
                answer, category=category, points=points, lines=lines, sample=q["sample_answer"]
            )
            times.append((time.perf_counter() - start) * 1000)
        print(
            f"{category:12} {q['slug']:36} {len(points)} points, {len(lines)} scorecard lines: "
            f"median {statistics.median(times):.2f} ms, worst {max(times):.2f} ms"
        )


if __name__ == "__main__":
    main()
