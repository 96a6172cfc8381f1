"""A small progress chart drawn on the server: net WPM and accuracy over the last results."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

W, H, PAD = 320, 140, 24


def _points(values, low, high) -> str:
    span = (high - low) or 1
    step = (W - 2 * PAD) / max(len(values) - 1, 1)
    return " ".join(
        f"{PAD + i * step:.1f},{H - PAD - (v - low) / span * (H - 2 * PAD):.1f}"
        for i, v in enumerate(values)
    )


def progress_chart(results) -> SafeString:
    """`results` oldest first; an empty string when there are fewer than two."""
    if len(results) < 2:
        return mark_safe("")
    wpm = [r.net_wpm for r in results]
    acc = [r.accuracy for r in results]
    top = max(max(wpm), 10)
    title = (
        f"Net WPM from {wpm[0]:.0f} to {wpm[-1]:.0f}; accuracy from {acc[0]:.0f}% to {acc[-1]:.0f}%"
    )
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="drill-chart" width="{W}" height="{H}" '
        f'viewBox="0 0 {W} {H}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>"
        f'<line class="chart-axis" x1="{PAD}" y1="{H - PAD}" x2="{W - PAD}" y2="{H - PAD}"/>'
        f'<polyline class="chart-wpm" points="{_points(wpm, 0, top)}"/>'
        f'<polyline class="chart-accuracy" points="{_points(acc, 0, 100)}"/>'
        f'<text class="chart-label" x="{PAD}" y="14">WPM (0 to {top:.0f})</text>'
        f'<text class="chart-label chart-accuracy-label" x="{W - PAD}" y="14" '
        f'text-anchor="end">Accuracy %</text></svg>'
    )
