"""The drawn career map: one SVG, laid out and rendered on the server (no JavaScript).

Three tracks side by side (front office, back office, specialist industries), levels from entry
at the bottom to leadership at the top, a box per role (a link to its page) and a line per
published step: solid with an arrow for a promotion, dashed for a sideways move. A route page
passes the roles and steps of its route to highlight them. The text list on /ladder/ stays as the
accessible alternative; the drawing's links are real links too.
"""

import textwrap
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from careers.roles.models import LEVEL_ORDER, Level

TRACKS = {"front": "Front office", "back": "Back office", "specialist": "Specialist industries"}
BOX_W, BOX_H, GAP = 150, 46, 14
PER_ROW = 2  # boxes side by side in one track at one level
PAD, HEADER, LEVEL_LABEL = 12, 28, 22
CHARS_PER_LINE = 22
# More boxes than this are unreadable on a phone, and heavy to send: a bigger map is drawn in
# parts (a page of the career map, the roles on a route).
MAX_ROLES = 30


def track_of(role) -> str:
    return "specialist" if role.industry else role.office


@dataclass
class Box:
    role: object
    x: int
    y: int

    @property
    def cx(self) -> int:
        return self.x + BOX_W // 2

    @property
    def cy(self) -> int:
        return self.y + BOX_H // 2


def layout(roles) -> tuple[dict, int, int, list]:
    """Place every role: returns {role id: Box}, the width, the height and the level bands."""
    cells: dict[tuple[str, str], list] = {}
    for role in sorted(roles, key=lambda r: r.name):
        cells.setdefault((role.level, track_of(role)), []).append(role)
    col_w = PER_ROW * (BOX_W + GAP)
    width = PAD * 2 + len(TRACKS) * col_w
    boxes, bands, y = {}, [], HEADER
    for level in reversed(LEVEL_ORDER):  # leadership at the top
        rows = max((-(-len(cells.get((level, t), [])) // PER_ROW) for t in TRACKS), default=0)
        if rows == 0:
            continue
        height = LEVEL_LABEL + rows * (BOX_H + GAP)
        bands.append((Level(level).label, y, height))
        for column, track in enumerate(TRACKS):
            for i, role in enumerate(cells.get((level, track), [])):
                x = PAD + column * col_w + (i % PER_ROW) * (BOX_W + GAP)
                boxes[role.pk] = Box(role, x, y + LEVEL_LABEL + (i // PER_ROW) * (BOX_H + GAP))
        y += height
    return boxes, width, y + PAD, bands


def _ends(start: Box, end: Box) -> tuple[int, int, int, int]:
    """Join box edges, not centres, so a line never crosses its own boxes' labels."""
    if end.y < start.y:  # up a level
        return start.cx, start.y, end.cx, end.y + BOX_H
    if end.y > start.y:
        return start.cx, start.y + BOX_H, end.cx, end.y
    if end.x > start.x:  # same row: side to side
        return start.x + BOX_W, start.cy, end.x, end.cy
    return start.x, start.cy, end.x + BOX_W, end.cy


def _label(name: str) -> list[str]:
    lines = textwrap.wrap(name, CHARS_PER_LINE)
    return lines[:2] if len(lines) <= 2 else [lines[0], lines[1][: CHARS_PER_LINE - 1] + "…"]


def render(roles, steps, *, route_roles=(), route_steps=(), title="BPO career map") -> SafeString:
    """The map as an inline <svg>; `steps` need from_role_id, to_role_id and kind."""
    boxes, width, height, bands = layout(roles)
    on_route_roles, on_route_steps = set(route_roles), set(route_steps)
    highlight = bool(on_route_roles)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="career-map-svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="group" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>',
        '<defs><marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" '
        'class="map-arrowhead"/></marker></defs>',
    ]
    col_w = PER_ROW * (BOX_W + GAP)
    for label, top, band_height in bands:
        out.append(
            f'<rect class="map-band" x="0" y="{top}" width="{width}" height="{band_height}"/>'
            f'<text class="map-level" x="{PAD}" y="{top + 15}">{escape(label)}</text>'
        )
    # The track names over the bands, on a background of their own (contrast checkers read it)
    head = bands[0][1] if bands else 24
    out.append(f'<rect class="map-head" x="0" y="0" width="{width}" height="{head}"/>')
    for column, label in enumerate(TRACKS.values()):
        out.append(
            f'<text class="map-track" x="{PAD + column * col_w}" y="18">{escape(label)}</text>'
        )
    for step in steps:
        start, end = boxes.get(step.from_role_id), boxes.get(step.to_role_id)
        if start is None or end is None:
            continue
        classes = f"map-step map-step-{step.kind}"
        if highlight:
            classes += " is-route" if step.pk in on_route_steps else " is-faded"
        marker = ' marker-end="url(#map-arrow)"' if step.kind == "promotion" else ""
        x1, y1, x2, y2 = _ends(start, end)
        out.append(f'<line class="{classes}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"{marker}/>')
    for box in boxes.values():
        role = box.role
        classes = "map-role"
        if highlight:
            classes += " is-route" if role.pk in on_route_roles else " is-faded"
        lines = _label(role.name)
        first_y = box.cy - (len(lines) - 1) * 7 + 4
        text = "".join(
            f'<tspan x="{box.cx}" y="{first_y + i * 14}">{escape(line)}</tspan>'
            for i, line in enumerate(lines)
        )
        out.append(
            f'<a href="{escape(role.get_absolute_url())}" class="{classes}">'
            f'<rect x="{box.x}" y="{box.y}" width="{BOX_W}" height="{BOX_H}" rx="6"/>'
            f'<text text-anchor="middle">{text}</text></a>'
        )
    out.append("</svg>")
    return mark_safe("".join(out))  # every value above is a number or escaped
