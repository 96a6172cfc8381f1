"""Pay range charts drawn on the server: one bar per range, the legal minimum wage as a floor
line. Plain SVG (no script, no inline style: colours come from the site's CSS classes), sized by
its viewBox so it fits a 360 px phone; the page beside it lists the same figures as text."""

from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

W, LEFT, RIGHT, ROW, TOP, BOTTOM = 320, 8, 8, 34, 8, 30


def _x(value: float, top: float) -> float:
    return LEFT + value / top * (W - LEFT - RIGHT)


def range_chart(bars, floor: int | None, symbol: str, title: str) -> SafeString:
    """`bars`: (label, low, high, below_floor) a month, in one currency. Empty without bars."""
    if not bars:
        return mark_safe("")
    top = max([high for _, _, high, _ in bars] + [floor or 0]) * 1.1 or 1
    height = TOP + ROW * len(bars) + BOTTOM
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="range-chart" viewBox="0 0 {W} {height}" '
        f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i, (label, low, high, below) in enumerate(bars):
        y = TOP + i * ROW
        x1, x2 = _x(low, top), _x(high, top)
        css = "range-bar range-below" if below else "range-bar"
        parts.append(
            f'<text class="chart-label" x="{LEFT}" y="{y + 10}">{escape(label)}: '
            f"{symbol}{intcomma(low)}{'' if high == low else f' to {symbol}{intcomma(high)}'}"
            f"{' (below min. wage)' if below else ''}</text>"
            f'<rect class="{css}" x="{x1:.1f}" y="{y + 14}" width="{max(x2 - x1, 3):.1f}" '
            f'height="12" rx="3"/>'
        )
    base = TOP + ROW * len(bars)
    parts.append(f'<line class="chart-axis" x1="{LEFT}" y1="{base}" x2="{W - RIGHT}" y2="{base}"/>')
    parts.append(f'<text class="chart-label" x="{LEFT}" y="{base + 14}">{symbol}0</text>')
    if floor:
        fx = _x(floor, top)
        anchor = "end" if fx > W / 2 else "start"  # the label stays inside the picture
        parts.append(
            f'<line class="chart-floor" x1="{fx:.1f}" y1="{TOP}" x2="{fx:.1f}" y2="{base}"/>'
            f'<text class="chart-label chart-floor-label" x="{fx:.1f}" y="{base + 26}" '
            f'text-anchor="{anchor}">Minimum wage {symbol}{intcomma(floor)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))
