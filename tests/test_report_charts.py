"""The report's charts are readable: legends at the size of the axis text, quadrant labels whole and apart."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from console.report.analysis import analyse, load_session
from console.report.charts import SCALE, WIDTH, curve_chart, place_labels
from tests.test_report import build_session

# The demo live's crowded quadrant (view pixels): the four sold-out knives and boards across the middle, six slow
# products piled up against the y axis, where a label placed to the left was cut ("TOW-LIN3" read "-LIN3").
VIEW = (934.5, 368.5)
POINTS = [(715, 253, 20, 156), (252, 244, 18, 150), (354, 270, 19, 151), (422, 289, 15, 143), (29, 234, 14, 89),
          (16, 162, 14, 91), (35, 302, 10, 72), (38, 282, 12, 74), (28, 279, 11, 79), (9, 43, 15, 80)]
CORNERS = [(775.2, 0.0, 159.3, 23.1), (0.0, 0.0, 167.2, 23.1), (719.0, 345.4, 215.5, 23.1), (0.0, 345.4, 168.1, 23.1)]


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def test_quadrant_labels_stay_whole_inside_the_chart_and_apart() -> None:
    px, py = np.array([p[0] for p in POINTS], float), np.array([p[1] for p in POINTS], float)
    radii = np.array([p[2] for p in POINTS], float)
    sizes = [(float(p[3]), 23.0) for p in POINTS]
    spots = place_labels(px, py, radii, sizes, VIEW, CORNERS)
    boxes = [(x, y, w, h) for (x, y), (w, h) in zip(spots, sizes, strict=True)]
    for b in boxes:  # nothing cut at an edge
        assert b[0] >= 0 and b[1] >= 0 and b[0] + b[2] <= VIEW[0] and b[1] + b[3] <= VIEW[1]
    for i, a in enumerate(boxes):
        assert not any(_overlap(a, b) for b in boxes[i + 1:]), f"label {i} overlaps another"
        assert not any(_overlap(a, c) for c in CORNERS), f"label {i} covers a corner note"
        for j, (x, y, r, _w) in enumerate(POINTS):
            assert j == i or not _overlap(a, (x - r, y - r, 2 * r, 2 * r)), f"label {i} covers bubble {j}"


def _ink_in_top_right(png: bytes) -> int:
    """Dark text pixels in the top right corner of a chart, where the legend sits."""
    image = QImage.fromData(png)
    w = image.width()
    dark = 0
    for yy in range(0, 50 * SCALE, 2):
        for xx in range(w - 340 * SCALE, w, 2):
            c = QColor(image.pixel(xx, yy))
            dark += c.red() < 110 and c.green() < 110 and c.blue() < 110
    return dark


@pytest.mark.usefixtures("qapp")
def test_two_series_charts_have_a_legend_as_big_as_their_axis_text(tmp_path: Path) -> None:
    rep = analyse(load_session(build_session(tmp_path / "live.db")))
    png = curve_chart(rep, "dropoff")
    assert QImage.fromData(png).width() == WIDTH * SCALE
    # "leaves/min  joins/min" at 14 px: a few hundred dark pixels (sampled every second pixel); at the old ~5 px
    # the words were a smudge of a few dozen
    assert _ink_in_top_right(png) > 150
