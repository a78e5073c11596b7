"""Real plans with long names (assets/plans/brasil-cozinha.toml: Portuguese titles, BRL): every label stays readable,
elided in the middle with the whole text in a tooltip, and numbers side by side share one format."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from console.plan.model import Plan, load_plan
from console.widgets import theme
from console.widgets.action_log import ActionLogDock, CueTable
from console.widgets.channels_panel import ChannelsPanel, money_row
from console.widgets.chat_heatmap import ChatHeatmap
from console.widgets.product_panels import ProductPanels
from tests.test_action_widgets import LIVE, T0, FakePort
from tests.test_widgets import simulate

BRASIL = Path(__file__).resolve().parent.parent / "assets" / "plans" / "brasil-cozinha.toml"


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(BRASIL)


def shown(qtbot: QtBot, widget: QWidget, width: int, height: int) -> None:
    theme.apply_to(widget)
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def test_heat_map_keeps_its_labels_and_its_width_with_long_titles(qtbot: QtBot, plan: Plan) -> None:
    heat = ChatHeatmap(plan)
    shown(qtbot, heat, 460, 360)
    heat.draw_slow(simulate(plan, 6))
    titles = [s.title for s in plan.segments]
    assert heat.row_labels() == titles
    labels = heat.shown_labels()
    fm = QFontMetrics(heat._font)
    for full, label in zip(titles, labels, strict=True):
        assert fm.horizontalAdvance(label) <= heat.label_width() - 16  # drawn whole in its column, never clipped
        if label != full:  # elided in the middle: its start and its end still tell segments apart
            head, tail = label.split("…")
            assert full.startswith(head) and full.endswith(tail) and head and tail
    assert len(set(labels)) == len(labels)
    assert heat.label_width() <= 0.4 * heat.width() + 1
    assert heat.plot.vb.width() >= 0.35 * heat.width(), "the heat map shrank to a strip"
    # hovering a row names it whole
    row = 2
    scene = heat.plot.vb.mapViewToScene(QPointF(1.0, row + 0.5))
    heat._hover(scene)
    assert heat._glw.toolTip() == titles[row]


@pytest.mark.parametrize(("values", "currency", "texts"), [
    ([10_800.0, 5_929.0, 880.0], "EUR", ["€11K", "€6K", "€1K"]),  # never "€10.8K" beside "€5,929"
    ([5_929.0, 880.0], "EUR", ["€5.9K", "€0.9K"]),
    ([950.0, 120.0, None], "EUR", ["€950", "€120", "—"]),  # all below 1,000: whole units
    ([1_250_000.0, 10_000.0, 0.0], "EUR", ["€1.25M", "€0.01M", "€0"]),
    ([1_499.0, 800.0], "BRL", ["R$1.5K", "R$0.8K"]),
    ([2_000.0], "CHF", ["CHF\u00a02.0K"]),
])
def test_money_side_by_side_shares_one_format(values: list[float | None], currency: str, texts: list[str]) -> None:
    assert money_row(values, currency) == texts


def test_channels_revenue_row_has_one_format(qtbot: QtBot, plan: Plan) -> None:
    panel = ChannelsPanel("BRL")
    shown(qtbot, panel, 340, 300)
    snap = simulate(plan, 12)
    panel.draw(snap)  # the table follows every snapshot, like the tiles
    revenue = [panel._cells[(ch, "revenue")].text() for ch in ("organic", "paid", "direct")]
    assert all(t.startswith("R$") for t in revenue)
    assert len({t.endswith("K") for t in revenue}) == 1, revenue


def test_product_names_elide_in_the_middle_with_the_whole_name_in_the_tooltip(qtbot: QtBot, plan: Plan) -> None:
    panel = ProductPanels(plan)
    assert panel.minimumWidth() <= 620  # the longest name no longer sets the column (it set 866 px)
    shown(qtbot, panel, panel.minimumWidth(), 500)
    panel.draw_slow(simulate(plan, 3))
    longest = max(plan.products, key=lambda p: len(p.name))
    row = panel._rows[longest.sku]
    assert "…" in row.name.text()
    assert row.name.toolTip().startswith(longest.name)


def test_action_log_status_is_never_behind_a_sideways_scroll(qtbot: QtBot, plan: Plan) -> None:
    win = QMainWindow()
    port = FakePort(plan)
    log = ActionLogDock(port, win)
    win.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, log)
    shown(qtbot, win, 460, 300)
    press = port.book.press("preset:relampago-cacarola", "flash_offer", {},
                            "Caçarola de ferro fundido esmaltado -25% (4 min)", "button", "tester", T0 + 60, T0 + 60)
    assert press is not None
    log.refresh(None, LIVE, time.time())
    view, status = log.view, 4
    assert not view.horizontalScrollBar().isVisible()
    header = view.horizontalHeader()
    assert header.sectionViewportPosition(status) + header.sectionSize(status) <= view.viewport().width()
    what = log.model.index(0, 2)
    assert what.data(Qt.ItemDataRole.ToolTipRole) == "Caçarola de ferro fundido esmaltado -25% (4 min)"


@pytest.mark.parametrize("width", [340, 460, 900])
def test_action_log_drops_its_least_needed_columns_before_the_status(qtbot: QtBot, plan: Plan, width: int) -> None:
    """At 1366 px the log is a tab ~350 px wide: the status read "confi" or a red "f", and with more rows it went
    behind the edge. Narrow, the log leaves out latency, tries, source, kind, effect (in that order) instead."""
    win = QMainWindow()
    port = FakePort(plan)
    log = ActionLogDock(port, win)
    win.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, log)
    shown(qtbot, win, width, 300)
    for n in range(6):
        press = port.book.press(f"preset:p{n}", "flash_offer", {}, "Caçarola de ferro fundido esmaltado -25% (4 min)",
                                "button", "tester", T0 + 60 * n, T0 + 60 * n)
        assert press is not None
    log.refresh(None, LIVE, time.time())
    view, header, status, what = log.view, log.view.horizontalHeader(), 4, 2
    assert not header.isSectionHidden(status) and not header.isSectionHidden(what)
    assert header.sectionViewportPosition(status) + header.sectionSize(status) <= view.viewport().width()
    assert header.sectionSize(status) >= view.sizeHintForColumn(status)  # "confirmed"/"failed" whole
    hidden = log.hidden_columns()
    order = ["latency", "attempts", "source", "kind", "effect"]
    assert hidden == [c for c in ("kind", "source", "attempts", "latency", "effect") if c in order[:len(hidden)]]
    if width >= 900:
        assert hidden == []


def test_run_of_show_names_each_cue_whole_in_its_tooltip(qtbot: QtBot, plan: Plan) -> None:
    table = CueTable()
    shown(qtbot, table, 380, 200)
    titles = {s.id: s.title for s in plan.segments}
    rows = FakePort(plan).cue_rows()
    table.show_rows(rows, lambda r: titles.get(r.cue.target, r.cue.target))
    segment = next(i for i, r in enumerate(rows) if r.cue.action == "segment")
    tip = table.item(segment, 2).toolTip()
    assert tip.startswith(titles[rows[segment].cue.target]) and rows[segment].cue.note in tip
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
