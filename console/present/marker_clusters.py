"""Merging action markers that sit too close on a chart into one labelled cluster: pure, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from console.kpi.snapshot import Marker

MERGE_SHARE = 0.02  # markers closer than 2% of the visible x-range would draw their labels over each other
MAX_ITEMS = 60  # thousands of annotations froze Grafana panels: cap the items, widen the merge instead


@dataclass(frozen=True, slots=True)
class MarkerCluster:
    x: float  # minutes since the start of the live, of the first marker
    markers: tuple[Marker, ...]

    @property
    def kinds(self) -> set[str]:
        return {m.kind for m in self.markers}


def cluster_markers(markers: list[Marker], started_at: float, x_span: float,
                    share: float = MERGE_SHARE, max_items: int = MAX_ITEMS) -> list[MarkerCluster]:
    """Group markers (by time) lying within `share` of `x_span` minutes of their group's first marker.

    Measured from the group's first marker, not from the previous one: chained gaps would fold a steady run of
    actions into one endless cluster.
    """
    if not markers:
        return []
    points = sorted(((m.ts - started_at) / 60.0, i, m) for i, m in enumerate(markers))
    gap = max(share * x_span, 1e-9)
    while True:
        groups: list[list[tuple[float, int, Marker]]] = [[points[0]]]
        for p in points[1:]:
            if p[0] - groups[-1][0][0] < gap:
                groups[-1].append(p)
            else:
                groups.append([p])
        if len(groups) <= max_items:
            return [MarkerCluster(g[0][0], tuple(m for _, _, m in g)) for g in groups]
        gap *= 2


@dataclass(frozen=True, slots=True)
class LabelSlot:
    """Where a marker's label goes: its row, the side of its line, and the width it may take (0: no text)."""

    row: int
    side: Literal["right", "left"]
    width: float


def place_labels(xs: list[float], widths: list[float], left: float, right: float, rows: int,
                 gap: float = 6.0, min_width: float = 40.0) -> list[LabelSlot]:
    """Lay marker labels out (pixels, `xs` ascending) so that no two boxes of a row overlap or leave the plot.

    A label sits right of its line in the left half of the plot and left of it in the right half (so the latest
    ones stay inside). Each takes the row where it has the most room: its full width where one has it, else the
    room it has (the text is elided in the middle), else none below `min_width` (its line's tooltip still has it).
    """
    middle = (left + right) / 2
    boxes: list[list[tuple[float, float]]] = [[] for _ in range(rows)]
    out: list[LabelSlot] = []
    for x, want in zip(xs, widths, strict=True):
        side: Literal["right", "left"] = "right" if x < middle else "left"
        room = right - x if side == "right" else x - left
        best_row, best = 0, -1.0
        for row in range(rows):
            free = min(want, room, *(_room(x, side, a, b, gap) for a, b in boxes[row]))
            if free > best:
                best_row, best = row, free
            if free >= want:
                break
        width = best if best >= min(want, min_width) else 0.0
        if width > 0:
            boxes[best_row].append((x, x + width) if side == "right" else (x - width, x))
        out.append(LabelSlot(best_row, side, width))
    return out


def _room(x: float, side: str, a: float, b: float, gap: float) -> float:
    """The width a label at x on `side` can take beside the box (a, b) of the same row."""
    if side == "right":
        return float("inf") if b + gap <= x else max(0.0, a - gap - x) if a >= x else 0.0
    return float("inf") if a - gap >= x else max(0.0, x - gap - b) if b <= x else 0.0
