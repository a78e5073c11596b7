"""Every number on screen tells the truth: stale data looks stale, panels agree, the chart ends at now, marks and
labels are readable and in live time (issue 12, items 9, 11, 12, 13)."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from console.kpi.snapshot import KpiSnapshot, Marker
from console.live.health import FeedHealth, FeedState
from console.plan.model import DEMO_PLAN, Plan, load_plan
from console.present.marker_clusters import place_labels
from console.protocol import wire as pr
from console.widgets import theme
from console.widgets.action_log import ActionLogDock
from console.widgets.action_pad import ActionPadDock
from console.widgets.dim_veil import DimVeil
from console.widgets.main_window import MainWindow
from tests.test_action_widgets import FakePort
from tests.test_widgets import LIVE, T0, Feed, Studio, number, open_window, temp_settings


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(DEMO_PLAN)


@pytest.fixture(scope="module")
def snap612(plan: Plan) -> KpiSnapshot:
    """10.2 minutes into the live: the minute in progress is a fifth done."""
    return Studio(plan).run_until(612)


def _dimmed(panel: QWidget) -> bool:
    veil = panel.findChild(DimVeil)
    return veil is not None and veil.isVisible() and veil.geometry() == panel.rect()


def _channel_orders(window: MainWindow) -> int:
    return sum(int(number(window.channels.channel_text(ch).split("Orders ")[1].split(" ·")[0]))
               for ch in ("organic", "paid", "direct"))


# ------------------------------------------------------------------------------------------ item 12: agreement


def test_channels_table_shows_the_snapshot_the_tiles_show(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    """At 5x speed the table was one order behind: it drew on the slow pace, an older snapshot than the tiles."""
    studio = Studio(plan)
    feed = Feed(studio.run_until(300))
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    window._timer.stop()
    window._clock = lambda: 1000.0  # no time passes: only what every refresh draws can follow
    window.settle()
    assert feed.snap is not None
    drawn = feed.snap.orders
    for seconds in range(301, 900):  # up to the next snapshot with a new order
        feed.snap = studio.run_until(seconds)
        if feed.snap.orders > drawn:
            break
    assert feed.snap.orders > drawn
    window.refresh()
    assert number(window.tiles.tile_text("orders")) == feed.snap.orders
    assert _channel_orders(window) == feed.snap.orders


# ------------------------------------------------------------------------------------------ item 11: stale data


def test_stale_numbers_are_dimmed_everywhere_and_say_their_age(qtbot: QtBot, plan: Plan, snap612: KpiSnapshot,
                                                               tmp_path: Path) -> None:
    feed = Feed(snap612, LIVE)
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    window.settle()
    panels = [slot.dock.widget() for slot in window._slots.values()]
    assert not any(_dimmed(p) for p in panels)
    feed.health = FeedHealth(FeedState.STALE, since=time.time() - 9.2, lag_s=9.4, last_seq=100)
    window.refresh()
    assert all(_dimmed(p) for p in panels)
    banner = window.data_banner
    assert banner is not None and banner.isVisible()
    assert banner.text() == "STALE · numbers 9 s old"
    assert re.fullmatch(r"● STALE (9|10) s", window.status.state_text())  # 9.2 s, and a slow machine's second
    feed.health = LIVE
    window.refresh()
    assert not any(_dimmed(p) for p in panels) and not banner.isVisible()


def test_a_resumed_console_says_it_is_catching_up(qtbot: QtBot, plan: Plan, snap612: KpiSnapshot,
                                                 tmp_path: Path) -> None:
    """Connected again, numbers from the session file 20 s old: not a green '● LIVE'."""
    feed = Feed(snap612, FeedHealth(FeedState.LIVE, since=time.time(), lag_s=20.3, last_seq=100))
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    window.settle()
    assert window.status.state_text() == "● CATCHING UP · numbers 20 s old"
    assert window.status.state.property("tone") == "warn"
    assert window.data_banner is not None and window.data_banner.text() == "CATCHING UP · numbers 20 s old"
    assert _dimmed(window.tiles)


def test_lag_is_not_flagged_after_the_end(qtbot: QtBot, plan: Plan, snap612: KpiSnapshot, tmp_path: Path) -> None:
    feed = Feed(snap612, FeedHealth(FeedState.ENDED, since=time.time(), lag_s=8.0, last_seq=100))
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    window.settle()
    assert window.status.lag.property("tone") == "muted"
    assert not _dimmed(window.tiles)  # final numbers are not stale


# ------------------------------------------------------------------------------------------ item 12: the chart


def test_chart_curves_end_at_now_with_each_minute_at_its_end(qtbot: QtBot, plan: Plan, snap612: KpiSnapshot,
                                                             tmp_path: Path) -> None:
    window = open_window(qtbot, plan, Feed(snap612), temp_settings(tmp_path))
    window.settle()
    now_min = snap612.elapsed_s / 60.0
    assert 10.1 < now_min < 10.3
    vx, vy = window.audience.curve("viewers")
    ox, oy = window.audience.curve("orders")
    # the end moves pixel by pixel (a pixel is ~0.03 min here): at now, not at 10.5 nor 9.5
    assert now_min - 0.1 < vx.max() <= now_min and now_min - 0.1 < ox.max() <= now_min
    assert (vx[-1], vy[-1]) == (vx.max(), snap612.viewers_now)
    assert (ox[-1], oy[-1]) == (ox.max(), snap612.orders_per_min)  # the tile's number
    # minute 3 (3:00-3:59) is drawn at 4:00, when its count is complete
    assert list(ox[1:11]) == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]
    assert list(oy[1:11]) == list(snap612.minute_orders[:10])
    assert list(vy[1:11]) == list(snap612.minute_viewers[:10])


def test_within_a_minute_only_the_curves_tails_are_redrawn(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    """Issue 19: a changed item repaints its whole bounding rect, the plot's whole area for the filled viewers
    curve; the complete minutes and the tail to now are items apart, and a snapshot later in the same minute
    touches only the tails."""
    studio = Studio(plan)
    feed = Feed(studio.run_until(612))
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    window.settle()
    chart = window.audience
    history = (chart.viewers.xData, chart.viewers.yData, chart.orders.xData, chart.orders.yData)
    tails = (chart.viewers_tail.xData, chart.orders_tail.xData)
    feed.snap = studio.run_until(640)  # 10:12 -> 10:40, the same minute
    window.settle()
    assert (chart.viewers.xData, chart.viewers.yData, chart.orders.xData, chart.orders.yData) == history  # untouched
    assert chart.viewers_tail.xData is not tails[0] and chart.orders_tail.xData is not tails[1]
    assert chart.viewers_tail.xData[0] == 10.0 and chart.viewers_tail.xData[-1] == pytest.approx(640 / 60, abs=0.05)
    feed.snap = studio.run_until(665)  # 11:05: minute 10 is complete, the history grows by its point at x = 11
    window.settle()
    assert chart.viewers.xData[-1] == 11.0 and chart.viewers.xData is not history[0]


def test_the_grid_lines_fall_on_the_axis_ticks(qtbot: QtBot, plan: Plan, snap612: KpiSnapshot,
                                               tmp_path: Path) -> None:
    """The chart's grid is TickGrid's (not the axes': tick_grid.py): a line at each minute the axis labels."""
    window = open_window(qtbot, plan, Feed(snap612), temp_settings(tmp_path))
    window.settle()
    chart = window.audience
    assert all(chart.plot.getAxis(n).grid is False for n in ("left", "bottom", "right"))
    image = chart._glw.grab().toImage()
    vb = chart.plot.vb
    top = vb.mapViewToDevice(vb.viewRect()).boundingRect().top()
    y = int(top) + 5  # above every curve: only the background and the grid
    for minute in (2.0, 3.0):
        x = round(vb.mapViewToDevice(QPointF(minute, 0.0)).x())
        line = image.pixelColor(x, y)
        background = image.pixelColor(x + 6, y)  # between two minutes' lines (~30 px apart here)
        assert line.lightness() > background.lightness(), minute


# ------------------------------------------------------------------------------------------ item 13: marks


def test_ctrl_m_says_live_time_and_draws_the_mark_on_the_chart(qtbot: QtBot, plan: Plan, snap612: KpiSnapshot,
                                                               tmp_path: Path) -> None:
    at = replace(snap612, now_ts=T0 + 1928.0, elapsed_s=1928.0)  # 32 min 8 s into the live
    window = open_window(qtbot, plan, Feed(at), temp_settings(tmp_path))
    port = FakePort(plan)
    pad = ActionPadDock(port, window)
    window.add_action_docks(pad, ActionLogDock(port))
    window.settle()  # the pad learns the live's clock from the snapshot
    qtbot.mouseClick(pad.mark_button, Qt.MouseButton.LeftButton)  # Ctrl+M's twin (test_skip_and_mark: the key)
    assert port.notes == [("marked", "button")]
    assert pad.toast.text() == "Moment marked at 00:32:08 into the live"  # not the wall clock
    window.settle()
    assert "★ marked" in window.audience.marker_labels()


def test_mark_before_the_live_started_says_so(qtbot: QtBot, plan: Plan) -> None:
    win = QMainWindow()
    qtbot.addWidget(win)
    theme.apply_to(win)
    pad = ActionPadDock(FakePort(plan), win)
    pad.refresh(None, LIVE, time.time())
    pad._mark("button")
    assert pad.toast.text() == "Moment marked (the live has not started yet)"


# ------------------------------------------------------------------------------------------ item 9: labels

LONG = ["Segmento: Selagem e tempero da frigideira de ferro fundido com óleo de linhaça",
        "Segmento: Demonstração de facas japonesas e técnicas de corte para iniciantes",
        "Segmento: Perguntas e respostas ao vivo com a chef convidada",
        "Segmento: Receita de pão de fermentação natural na panela de ferro"]


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_place_labels_never_overlaps_a_row_nor_leaves_the_plot() -> None:
    xs = [10.0, 60.0, 110.0, 160.0, 400.0, 560.0, 590.0]
    widths = [400.0] * len(xs)
    slots = place_labels(xs, widths, 0.0, 600.0, rows=3, gap=6.0, min_width=40.0)
    boxes = [(x, x + s.width, s.row) if s.side == "right" else (x - s.width, x, s.row)
             for x, s in zip(xs, slots, strict=True) if s.width]
    for i, (a0, a1, ra) in enumerate(boxes):
        assert a0 >= 0.0 and a1 <= 600.0
        for b0, b1, rb in boxes[i + 1:]:
            assert ra != rb or a1 + 6.0 <= b0 or b1 + 6.0 <= a0
    assert slots[0].width == 400.0 and slots[0].side == "right"  # the first one has the room: whole
    assert slots[-1].side == "left"  # the latest keeps inside the plot by turning left


def test_place_labels_gives_whole_labels_when_there_is_room() -> None:
    slots = place_labels([50.0, 500.0], [120.0, 120.0], 0.0, 600.0, rows=3)
    assert [(s.row, s.side, s.width) for s in slots] == [(0, "right", 120.0), (0, "left", 120.0)]


def test_long_segment_titles_never_overlap_on_the_chart(qtbot: QtBot, plan: Plan, snap612: KpiSnapshot,
                                                        tmp_path: Path) -> None:
    markers = [Marker(snap612.started_at + 45.0 + 70.0 * i, "segment", f"a{i}", LONG[i % len(LONG)])
               for i in range(8)]
    window = open_window(qtbot, plan, Feed(replace(snap612, markers=markers)), temp_settings(tmp_path))
    window.resize(1366, 768)
    window.settle()
    QApplication.processEvents()
    chart = window.audience
    boxes = chart.marker_label_boxes()
    assert boxes  # some labels are written
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not _overlap(a, b), (a, b)
    view = chart.plot.vb.sceneBoundingRect()
    assert all(view.left() - 1 <= a[0] and a[2] <= view.right() + 1 for a in boxes)
    shown = [t for t in chart.marker_texts() if t]
    assert any("…" in t for t in shown)  # elided in the middle, the full title in the tooltip
    assert sorted(chart.marker_labels()) == sorted(m.label for m in markers)


def test_goal_tiles_say_final_after_the_live_ended(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    """A live that ended early must not show a projection to the planned end (€207,346 for an end at €52,192)."""
    studio = Studio(plan)
    studio.run_until(600)
    studio.engine.apply(pr.LiveEnded(seq=10**9, ts=studio.model.started_at + 600.5, live_id=plan.live.id))
    snap = studio.engine.snapshot()
    window = open_window(qtbot, plan, Feed(snap, FeedHealth(FeedState.ENDED, since=time.time())),
                         temp_settings(tmp_path))
    window.settle()
    assert window.tiles.tile_note("gmv") == "target €42,000 · final"
    assert window.tiles.tile_note("orders") == "target 600 · final"
    gmv = next(g for g in snap.goals if g.name == "gmv")
    assert (gmv.projected, gmv.final) == (pytest.approx(snap.gmv), True)
