"""Small charts drawn on the server as SVG: no script, no third-party request, readable at
360 px (the SVG scales to its box). Every point carries its exact value in a <title>, and each
page that shows a chart shows the same numbers as text or a table beside it, so the chart is
never the only way to read them.
"""

import datetime
from dataclasses import dataclass

from django.template.defaultfilters import floatformat
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from careers.common.money import grouped

W, H, PAD, TOP = 320, 150, 28, 22


@dataclass(frozen=True)
class Series:
    """One line: its name ("Net WPM"), CSS class, values oldest first, and the scale's top."""

    name: str
    css: str
    values: list[float]
    top: float
    unit: str = ""


def _x(i: int, count: int) -> float:
    return PAD + i * (W - 2 * PAD) / max(count - 1, 1)


def _y(value: float, top: float) -> float:
    return H - PAD - min(max(value, 0), top) / (top or 1) * (H - PAD - TOP)


def figure(value: float) -> str:
    """A value as the charts print it: whole numbers, rounded as the templates' tables round
    them (`floatformat:0`), so a chart and its table always agree."""
    return floatformat(value, 0)


def line_chart(series: list[Series], labels: list[str], title: str) -> SafeString:
    """Lines over attempts (`labels` name them: "Test 1, 3 Dec"); empty under two points."""
    count = len(labels)
    if count < 2:
        return mark_safe("")
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {W} {H}" '
        f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>',
        f'<line class="chart-axis" x1="{PAD}" y1="{H - PAD}" x2="{W - PAD}" y2="{H - PAD}"/>',
    ]
    for n, line in enumerate(series):
        points = [(_x(i, count), _y(v, line.top)) for i, v in enumerate(line.values)]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        out.append(f'<polyline class="chart-line {line.css}" points="{path}"/>')
        for (x, y), label, value in zip(points, labels, line.values, strict=True):
            text = f"{label}: {line.name} {figure(value)}{line.unit}"
            out.append(
                f'<circle class="chart-point {line.css}" cx="{x:.1f}" cy="{y:.1f}" r="3">'
                f"<title>{escape(text)}</title></circle>"
            )
        anchor, x = ("start", PAD) if n == 0 else ("end", W - PAD)
        out.append(
            f'<text class="chart-label {line.css}-label" x="{x}" y="14" text-anchor="{anchor}">'
            f"{escape(line.name)} (0 to {figure(line.top)}{escape(line.unit)})</text>"
        )
    out.append("</svg>")
    return mark_safe("".join(out))  # every value above is a number or escaped


@dataclass(frozen=True)
class Mark:
    """A dated point on a timeline: its day, text, and whether it is done."""

    day: datetime.date
    text: str
    done: bool = False


def timeline(start: datetime.date, end: datetime.date, marks: list[Mark], bands, today):
    """A horizontal timeline from `start` to `end`: `bands` are (label, begin, finish) spans
    (a plan's steps), each mark a dot (filled when done), and a line for today."""
    if end <= start or not marks:
        return mark_safe("")
    span = (end - start).days

    def x(day) -> float:
        return PAD + max(0, min((day - start).days, span)) / span * (W - 2 * PAD)

    height, axis = 96, 60
    title = f"Your plan from {start:%-d %b %Y} to {end:%-d %b %Y}: {len(marks)} milestones"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline" viewBox="0 0 {W} '
        f'{height}" role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for n, (label, begin, finish) in enumerate(bands):
        x1, x2 = x(begin), x(finish)
        out.append(
            f'<rect class="timeline-band timeline-band-{n % 2}" x="{x1:.1f}" y="{axis - 16}" '
            f'width="{max(x2 - x1, 1):.1f}" height="32"><title>{escape(label)}: '
            f"{begin:%-d %b %Y} to {finish:%-d %b %Y}</title></rect>"
        )
    out.append(f'<line class="chart-axis" x1="{PAD}" y1="{axis}" x2="{W - PAD}" y2="{axis}"/>')
    for mark in marks:
        state = "done" if mark.done else "open"
        out.append(
            f'<circle class="timeline-mark is-{state}" cx="{x(mark.day):.1f}" cy="{axis}" r="4">'
            f"<title>{mark.day:%-d %b %Y}: {escape(mark.text)} ({state})</title></circle>"
        )
    if start <= today <= end:
        out.append(
            f'<line class="timeline-today" x1="{x(today):.1f}" y1="{axis - 24}" '
            f'x2="{x(today):.1f}" y2="{axis + 20}"/>'
            f'<text class="chart-label" x="{x(today):.1f}" y="{axis - 28}" '
            f'text-anchor="middle">Today</text>'
        )
    out.append(
        f'<text class="chart-label" x="{PAD}" y="{height - 6}">{start:%b %Y}</text>'
        f'<text class="chart-label" x="{W - PAD}" y="{height - 6}" text-anchor="end">'
        f"{end:%b %Y}</text></svg>"
    )
    return mark_safe("".join(out))  # every value above is a date, a number or escaped


# Ranges (pay per role and place): one bar per range, the legal minimum wage as a floor line.
R_LEFT, R_RIGHT, R_ROW, R_TOP, R_BOTTOM = 8, 8, 34, 8, 30


def _bar_x(value: float, top: float) -> float:
    return R_LEFT + value / top * (W - R_LEFT - R_RIGHT)


def range_chart(
    bars, floor: int | None, symbol: str, title: str, currency: str = "PHP"
) -> SafeString:
    """`bars`: (label, low, high, below_floor) a month, in one currency (`currency` decides the
    digit grouping: lakhs for INR). Empty without bars."""

    def amount(value) -> str:
        return f"{symbol}{grouped(value, currency)}"

    if not bars:
        return mark_safe("")
    top = max([high for _, _, high, _ in bars] + [floor or 0]) * 1.1 or 1
    height = R_TOP + R_ROW * len(bars) + R_BOTTOM
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="range-chart" viewBox="0 0 {W} {height}" '
        f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i, (label, low, high, below) in enumerate(bars):
        y = R_TOP + i * R_ROW
        x1, x2 = _bar_x(low, top), _bar_x(high, top)
        css = "range-bar range-below" if below else "range-bar"
        parts.append(
            f'<text class="chart-label" x="{R_LEFT}" y="{y + 10}">{escape(label)}: '
            f"{amount(low)}{'' if high == low else f' to {amount(high)}'}"
            f"{' (below min. wage)' if below else ''}</text>"
            f'<rect class="{css}" x="{x1:.1f}" y="{y + 14}" width="{max(x2 - x1, 3):.1f}" '
            f'height="12" rx="3"/>'
        )
    base = R_TOP + R_ROW * len(bars)
    parts.append(
        f'<line class="chart-axis" x1="{R_LEFT}" y1="{base}" x2="{W - R_RIGHT}" y2="{base}"/>'
    )
    parts.append(f'<text class="chart-label" x="{R_LEFT}" y="{base + 14}">{symbol}0</text>')
    if floor:
        fx = _bar_x(floor, top)
        anchor = "end" if fx > W / 2 else "start"  # the label stays inside the picture
        parts.append(
            f'<line class="chart-floor" x1="{fx:.1f}" y1="{R_TOP}" x2="{fx:.1f}" y2="{base}"/>'
            f'<text class="chart-label chart-floor-label" x="{fx:.1f}" y="{base + 26}" '
            f'text-anchor="{anchor}">Minimum wage {amount(floor)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))
