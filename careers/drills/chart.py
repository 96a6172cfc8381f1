"""The typing progress chart: net WPM and accuracy over the last results (careers.common.charts
draws it; /me/ and /drills/ show the same numbers in a table beside it)."""

from django.utils.safestring import SafeString

from careers.common.charts import Series, figure, line_chart


def attempt_labels(results) -> list[str]:
    return [f"Test {n}, {r.created_at:%-d %b}" for n, r in enumerate(results, start=1)]


def progress_chart(results) -> SafeString:
    """`results` oldest first; an empty string when there are fewer than two."""
    if len(results) < 2:
        return line_chart([], [], "")
    wpm = [r.net_wpm for r in results]
    accuracy = [r.accuracy for r in results]
    title = (
        f"Net WPM from {figure(wpm[0])} to {figure(wpm[-1])}; "
        f"accuracy from {figure(accuracy[0])}% to {figure(accuracy[-1])}%"
    )
    return line_chart(
        [
            Series("Net WPM", "chart-wpm", wpm, max(max(wpm), 10)),
            Series("Accuracy", "chart-accuracy", accuracy, 100, "%"),
        ],
        attempt_labels(results),
        title,
    )
