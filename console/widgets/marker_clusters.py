"""Merging action markers that sit too close on a chart into one labelled cluster: pure, no Qt."""

from __future__ import annotations

from dataclasses import dataclass

from console.kpi_types import Marker

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
