"""The console window and its panels, offscreen, fed with real snapshots of the studio model (no network)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QGraphicsItem, QLabel
from pytestqt.qtbot import QtBot

from console.kpi.engine import KpiEngine
from console.kpi.snapshot import KpiSnapshot, Marker, OfferInfo, ProductStats
from console.live.health import FeedHealth, FeedState
from console.plan.model import DEMO_PLAN, Plan, load_plan
from console.present import fmt
from console.present.marker_clusters import cluster_markers
from console.present.product_flags import product_flags
from console.protocol import wire as pr
from console.studio.model import StudioModel
from console.widgets import theme
from console.widgets.fit_label import set_steady_text
from console.widgets.main_window import MainWindow
from console.widgets.screen_fit import LAYOUT_VERSION

T0 = 1_700_000_000.0
DOCKS = {"dock_kpis", "dock_products", "dock_audience", "dock_channels", "dock_chat_map"}
LIVE = FeedHealth(FeedState.LIVE, since=1.0, events_per_s=120.0, lag_s=0.2, last_seq=100)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(DEMO_PLAN)


@dataclass
class Studio:
    """The studio model and a KPI engine fed with every event it emits; actions fire before the tick at t."""

    plan: Plan
    model: StudioModel = field(init=False)
    engine: KpiEngine = field(init=False)
    actions: dict[float, Callable[[StudioModel], Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.model = StudioModel(self.plan, seed=11, started_at=T0)
        self.engine = KpiEngine(self.plan)

    def run_until(self, seconds: float) -> KpiSnapshot:
        while self.model.t < seconds:
            action = self.actions.pop(self.model.t, None)
            if action is not None:
                action(self.model)
            self.engine.apply_many(self.model.step())
        return self.engine.snapshot()


def simulate(plan: Plan, minutes: float, actions: dict[float, Callable[[StudioModel], Any]] | None = None
             ) -> KpiSnapshot:
    return Studio(plan, actions=dict(actions or {})).run_until(minutes * 60)


@pytest.fixture(scope="module")
def snap10(plan: Plan) -> KpiSnapshot:
    return simulate(plan, 10)


class Feed:
    """What the pipeline hands the window: the latest snapshot and health, swapped by the test."""

    def __init__(self, snap: KpiSnapshot | None = None, health: FeedHealth = LIVE) -> None:
        self.snap, self.health = snap, health

    def __call__(self) -> tuple[KpiSnapshot | None, FeedHealth]:
        return self.snap, self.health


def temp_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)


def open_window(qtbot: QtBot, plan: Plan | None, feed: Feed, settings: QSettings) -> MainWindow:
    window = MainWindow(plan, feed, settings=settings, session_label="session-test.sqlite")
    qtbot.addWidget(window)  # closed (and its layout saved) at the end of the test
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    return window


def number(text: str) -> float:
    return float(re.sub(r"[^\d.]", "", text) or "nan")


# ------------------------------------------------------------------------------------------------ window

def test_window_opens_with_five_docks(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    window = open_window(qtbot, plan, Feed(), temp_settings(tmp_path))
    docks = window.docks()
    assert {d.objectName() for d in docks.values()} == DOCKS
    assert all(d.isVisible() and not d.isFloating() for d in docks.values())
    assert window.dockWidgetArea(docks["kpis"]) == Qt.DockWidgetArea.TopDockWidgetArea
    titles = {d.windowTitle() for d in docks.values()}
    assert titles == {"KPIs", "Products", "Audience vs conversion", "Entry channels", "Chat map"}


def test_view_menu_has_reset_full_screen_and_a_toggle_per_dock(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    window = open_window(qtbot, plan, Feed(), temp_settings(tmp_path))
    view = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in view.actions() if not a.isSeparator()]
    assert texts[:4] == ["Reset layout", "Full screen", "Text size", "Language"]
    assert set(texts[4:]) == {d.windowTitle() for d in window.docks().values()}
    assert window.full_screen_action.shortcut().toString() == "F11"
    window.docks()["channels"].toggleViewAction().trigger()
    assert not window.docks()["channels"].isVisible()


def test_before_any_event_everything_reads_dash(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    window = open_window(qtbot, plan, Feed(None, FeedHealth()), temp_settings(tmp_path))
    window.refresh()
    assert window.tiles.tile_text("viewers") == fmt.DASH
    assert window.tiles.tile_text("gmv") == fmt.DASH
    assert "connecting" in window.status.state_text().lower()
    assert window.products.panel_count() == len(plan.products)


def test_tiles_show_viewers_and_gmv_after_ten_minutes(qtbot: QtBot, plan: Plan, snap10: KpiSnapshot,
                                                      tmp_path: Path) -> None:
    window = open_window(qtbot, plan, Feed(snap10), temp_settings(tmp_path))
    window.settle()  # every panel at once (refresh() spreads first draws)
    tiles = window.tiles
    assert number(tiles.tile_text("viewers")) == snap10.viewers_now > 0
    assert tiles.tile_text("gmv").startswith("€") and number(tiles.tile_text("gmv")) == round(snap10.gmv) > 0
    assert number(tiles.tile_text("orders")) == snap10.orders
    assert tiles.tile_note("gmv").startswith("target €42,000 · projected €")
    goals = {g.name: g.status for g in snap10.goals}
    assert tiles.tile_status("gmv") == goals["gmv"]
    assert tiles.tile_status("viewers") == goals["peak_viewers"]
    assert tiles.tile_status("gpm") == "none"  # no goal for GPM in the plan
    assert all(tiles.tile_text(name) for name in tiles.tile_names())


def test_one_product_panel_per_plan_product_then_discovered_ones(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    studio = Studio(plan)
    snap = studio.run_until(120)
    feed = Feed(snap)
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    assert window.products.panel_count() == len(plan.products)
    assert window.products.skus() == plan.product_ids()
    window.settle()  # every panel at once (refresh() spreads first draws)
    assert number(window.products.stats_text("KNF-CHEF20").split("sold")[0].split(">")[-1]) >= 0
    studio.engine.apply(pr.ProductImpression(seq=studio.model.seq + 1, ts=T0 + 121, product_id="NEW-SKU",
                                             viewer_id="v-1", channel="organic"))
    feed.snap = studio.engine.snapshot()
    window.refresh()
    assert window.products.panel_count() == len(plan.products) + 1
    assert window.products.skus()[-1] == "NEW-SKU"


def test_a_marker_per_action_on_the_audience_chart(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    snap = simulate(plan, 14, {
        120: lambda m: m.change_segment("act-2", "knife-demo"),
        360: lambda m: m.start_offer("act-1", "KNF-CHEF20", 20, 300),
        720: lambda m: m.launch_kit("act-3", "kit-knife-care"),
    })
    window = open_window(qtbot, plan, Feed(snap), temp_settings(tmp_path))
    window.settle()  # every panel at once (refresh() spreads first draws)
    assert window.audience.marker_count() == 3
    assert window.audience.marker_labels() == [m.label for m in snap.markers] == [
        "Segment Knife skills demo", "Offer Chef's knife 20 cm -20%", "Kit Knife care kit"]


def test_close_actions_cluster_into_one_marker_with_every_label(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    snap = simulate(plan, 20, {
        300: lambda m: m.change_segment("act-2", "knife-demo"),
        301: lambda m: m.start_offer("act-1", "KNF-CHEF20", 20, 300),
        303: lambda m: m.launch_kit("act-3", "kit-knife-care"),
        900: lambda m: m.change_segment("act-4", "cast-iron"),
    })
    window = open_window(qtbot, plan, Feed(snap), temp_settings(tmp_path))
    window.settle()  # every panel at once (refresh() spreads first draws)
    chart = window.audience
    assert chart.marker_count() == 2 < len(snap.markers)
    assert sorted(chart.marker_labels()) == sorted(m.label for m in snap.markers)
    cluster, single = chart.marker_texts()
    assert cluster == "3 actions"
    # the single marker's title, whole or elided in the middle where the cluster's label leaves it too little room
    # (placement: tests/test_numbers_on_screen.py); its line's tooltip keeps it whole
    assert single == "Segment Searing in cast iron" or (
        "…" in single and single.startswith("Segment") and single.endswith("iron")), single


def test_clusters_are_capped_by_widening_the_merge() -> None:
    markers = [Marker(T0 + i * 60.0, "segment", f"a{i}", f"Segment s{i}") for i in range(100)]
    assert len(cluster_markers(markers, T0, x_span=40.0, max_items=100)) == 100  # 1 min apart > 2% of 40
    assert len(cluster_markers(markers, T0, x_span=100.0, max_items=100)) == 50  # 2% of 100 = 2 min: pairs
    capped = cluster_markers(markers, T0, x_span=40.0, max_items=30)
    assert 20 <= len(capped) <= 30
    assert sum(len(c.markers) for c in capped) == 100


@pytest.mark.parametrize(("state", "held_s", "reason", "word", "tone"), [
    (FeedState.LIVE, 0.0, "", "live", "good"),
    (FeedState.RECONNECTING, 12.2, "connection reset", "reconnecting", "bad"),
    (FeedState.STALE, 8.2, "", "stale", "warn"),
    (FeedState.STOPPED, 0.0, "token refused", "stopped", "bad"),
    (FeedState.ENDED, 0.0, "", "ended", "muted"),
    (FeedState.CONNECTING, 0.0, "", "resuming", "warn"),  # numbers on screen from before: say how old
])
def test_status_text_for_each_feed_state(qtbot: QtBot, plan: Plan, snap10: KpiSnapshot, tmp_path: Path,
                                         state: FeedState, held_s: float, reason: str, word: str, tone: str) -> None:
    health = FeedHealth(state, since=time.time() - held_s, reason=reason)  # `since` is wall-clock time
    window = open_window(qtbot, plan, Feed(snap10, health), temp_settings(tmp_path))
    window.refresh()
    text = window.status.state_text()
    assert word in text.lower()
    assert window.status.state.property("tone") == tone
    if health.state == FeedState.RECONNECTING:
        assert re.search(r"RECONNECTING 1[23] s", text)
        assert window.status.state.toolTip().startswith("connection reset")
    if health.state == FeedState.STALE:
        assert re.search(r"STALE [89] s", text)
    if health.state == FeedState.STOPPED:
        assert text.endswith("token refused")
    assert window.status.clock.text().startswith("00:09:5")


def test_status_bar_colours_rejects_and_gaps(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    feed = Feed(None, FeedHealth(FeedState.LIVE, rejected=0))
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    window.refresh()
    assert window.status.rejected.property("tone") == "muted"
    assert window.status.gaps.property("tone") == "muted"
    feed.health = FeedHealth(FeedState.LIVE, rejected=3, gaps=((10, 19, "evicted"),), last_seq=1234)
    window.refresh()
    assert window.status.rejected.property("tone") == "warn"
    assert window.status.gaps.property("tone") == "bad"
    assert window.status.gaps.text() == "gaps 1" and window.status.seq.text() == "seq 1,234"


def test_channels_side_by_side_with_roas_on_paid_only(qtbot: QtBot, plan: Plan, snap10: KpiSnapshot,
                                                      tmp_path: Path) -> None:
    window = open_window(qtbot, plan, Feed(snap10), temp_settings(tmp_path))
    window.settle()  # every panel at once (refresh() spreads first draws)
    paid, organic = window.channels.channel_text("paid"), window.channels.channel_text("organic")
    assert "ROAS" in paid and "ROAS" not in organic
    assert f"Entered {snap10.channels['organic'].entered:,}" in organic
    assert str(snap10.new_buyers) in window.channels.buyers_text()


def test_heat_map_toggles_between_segments_and_products(qtbot: QtBot, plan: Plan, snap10: KpiSnapshot,
                                                        tmp_path: Path) -> None:
    window = open_window(qtbot, plan, Feed(snap10), temp_settings(tmp_path))
    window.settle()  # every panel at once (refresh() spreads first draws)
    heat = window.heatmap
    minutes = snap10.minute_viewers.size
    assert heat.shape() == (len(plan.segments), minutes)
    assert heat.row_labels()[0] == plan.segments[0].title
    heat.set_mode("clicks")  # without a new snapshot: the toggle redraws at once
    assert heat.shape() == (len(plan.products), minutes)
    assert heat.row_labels()[0] == plan.products[0].name


# ------------------------------------------------------------------------------------------------ refresh

def test_refresh_redraws_only_what_changed_and_skips_hidden_docks(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    studio = Studio(plan)
    feed = Feed(studio.run_until(300))
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    window._timer.stop()  # this test counts redraws itself
    window.settle()  # every panel at once (refresh() spreads first draws)
    frames = window.redraw_count
    window.refresh()
    assert window.redraw_count == frames  # same snapshot, same health: nothing to draw
    window.docks()["products"].close()
    window.SLOW_INTERVAL_S = 0.0
    before = window.products.stats_text("PAN-CAST28")
    feed.snap = studio.run_until(900)
    window.refresh()
    assert window.redraw_count == frames + 1
    assert window.products.stats_text("PAN-CAST28") == before  # closed: not drawn
    window.docks()["products"].show()
    window.refresh()  # same snapshot, but the reopened dock catches up
    assert window.products.stats_text("PAN-CAST28") != before


def test_the_timer_refreshes_the_window(qtbot: QtBot, plan: Plan, snap10: KpiSnapshot, tmp_path: Path) -> None:
    feed = Feed(None)
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    feed.snap = snap10
    qtbot.waitUntil(lambda: window.tiles.tile_text("viewers") != fmt.DASH, timeout=2000)


def test_painting_300_successive_snapshots_does_not_crash(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    """Guards the PySide6 6.12 + pyqtgraph none_dealloc abort during plot painting (style.md)."""
    studio = Studio(plan, actions={60: lambda m: m.change_segment("a1", "knife-demo"),
                                   200: lambda m: m.start_offer("a2", "KNF-CHEF20", 20, 120),
                                   400: lambda m: m.launch_kit("a3", "kit-knife-care")})
    feed = Feed()
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    window.SLOW_INTERVAL_S = 0.0  # paint the text panels every frame too
    for panel in (window.audience, window.heatmap):
        panel.rescale_every_s = 0.0
    for i in range(300):
        feed.snap = studio.run_until(studio.model.t + 2.0)
        window.refresh()
        QApplication.processEvents()  # the real paint events, as the event loop would run them
        if i % 10 == 0:
            assert not window.grab().isNull()
    assert window.redraw_count >= 300
    assert window.audience.marker_count() >= 1


def test_screenshot_at_full_size_is_not_blank(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    snap = simulate(plan, 25, {180: lambda m: m.change_segment("a1", "knife-demo"),
                               360: lambda m: m.start_offer("a2", "KNF-CHEF20", 20, 300),
                               540: lambda m: m.launch_kit("a3", "kit-knife-care")})
    window = open_window(qtbot, plan, Feed(snap), temp_settings(tmp_path))
    window.settle()  # every panel at once (refresh() spreads first draws)
    image = window.grab().toImage()
    assert (image.width(), image.height()) == (1600, 1000)
    assert image.save(str(tmp_path / "window.png"))
    colours = {image.pixel(x, y) for x in range(0, 1600, 37) for y in range(0, 1000, 29)}
    assert len(colours) > 20


# ------------------------------------------------------------------------------------------------ layout

def test_layout_round_trip(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    settings = temp_settings(tmp_path)
    first = open_window(qtbot, plan, Feed(), settings)
    docks = first.docks()
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, docks["products"])
    docks["channels"].close()
    first.save_layout()
    first.close()
    second = open_window(qtbot, plan, Feed(), temp_settings(tmp_path))
    again = second.docks()
    assert second.dockWidgetArea(again["products"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert not again["channels"].isVisible()
    assert again["chat_map"].isVisible()


def test_dock_sizes_are_restored(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    first = open_window(qtbot, plan, Feed(), temp_settings(tmp_path))
    first.resizeDocks([first.docks()["products"]], [420], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    width = first.docks()["products"].width()
    first.close()  # closing saves the layout
    second = open_window(qtbot, plan, Feed(), temp_settings(tmp_path))
    assert abs(second.docks()["products"].width() - width) <= 8


@pytest.mark.parametrize("bad", ["corrupt", "other_version"])
def test_unreadable_layout_falls_back_to_the_default(qtbot: QtBot, plan: Plan, tmp_path: Path, bad: str) -> None:
    settings = temp_settings(tmp_path)
    if bad == "corrupt":
        settings.setValue("window/state", QByteArray(b"\x00\xffnot a dock state"))
        settings.setValue("window/geometry", QByteArray(b"junk"))
    else:
        older = open_window(qtbot, plan, Feed(), settings)
        older.docks()["products"].close()
        settings.setValue("window/state", older.saveState(LAYOUT_VERSION + 1))
        older.hide()
    settings.sync()
    window = open_window(qtbot, plan, Feed(), temp_settings(tmp_path))
    docks = window.docks()
    assert all(d.isVisible() for d in docks.values())
    assert window.dockWidgetArea(docks["products"]) == Qt.DockWidgetArea.RightDockWidgetArea


def test_reset_layout_restores_every_dock(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    window = open_window(qtbot, plan, Feed(), temp_settings(tmp_path))
    docks = window.docks()
    docks["chat_map"].close()
    docks["kpis"].close()
    docks["audience"].setFloating(True)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, docks["products"])
    window.reset_layout()
    assert all(d.isVisible() and not d.isFloating() for d in docks.values())
    assert window.dockWidgetArea(docks["products"]) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(docks["kpis"]) == Qt.DockWidgetArea.TopDockWidgetArea


# ------------------------------------------------------------------------------------------------ pure rules

def stats(**over: Any) -> ProductStats:
    empty = np.zeros(3)
    series = dict.fromkeys(("units_per_min", "revenue_per_min", "orders_per_min", "clicks_per_min",
                            "impressions_per_min", "mentions_per_min"), empty)
    base: dict[str, Any] = {
        "sku": "KNF-CHEF20", "name": "Chef's knife 20 cm", "in_plan": True, "price": 89.0, "impressions": 50,
        "clicks": 10, "carts": 3, "abandons": 1, "orders": 2, "units": 2, "revenue": 178.0, "margin": 110.0,
        "ctr": 0.2, "conversion": 0.2, "stock_left": 100, "sold_out": False, "sold_out_at": None, "offer": None,
        "mentions": 0, **series}
    return ProductStats(**(base | over))


def offer(ends_at: float) -> OfferInfo:
    return OfferInfo("act-1", "KNF-CHEF20", 20.0, 71.2, ends_at - 300, ends_at)


@pytest.mark.parametrize(("ps", "plan_stock", "expected"), [
    (stats(), 140, []),
    (stats(stock_left=0, sold_out=True, sold_out_at=T0), 140, ["sold out"]),
    (stats(stock_left=14), 140, ["stock low"]),  # 10% of 140
    (stats(stock_left=15), 140, []),
    (stats(stock_left=5), 1000, ["stock low"]),  # 5 units is low whatever the plan
    (stats(stock_left=3, units=40), None, ["stock low"]),  # no plan stock: left + sold stands in
    (stats(stock_left=None), None, []),
    (stats(impressions=400, clicks=80, orders=1, conversion=1 / 80), 140, ["many views, few orders"]),
    (stats(impressions=800, clicks=0, orders=0, conversion=None), 140, ["many views, few orders"]),
    (stats(impressions=199, clicks=10, orders=0, conversion=0.0), 140, []),  # too few views to judge
    (stats(impressions=400, clicks=40, orders=8, conversion=0.2), 140, []),
])
def test_product_flags(ps: ProductStats, plan_stock: int | None, expected: list[str]) -> None:
    assert product_flags(ps, T0, plan_stock) == expected


def test_offer_countdown_is_in_live_time() -> None:
    flags = product_flags(stats(offer=offer(T0 + 252)), T0, 140)
    assert flags == ["offer live 04:12 left"]
    assert product_flags(stats(offer=offer(T0 - 5)), T0, 140) == ["offer live 00:00 left"]


def test_sold_out_product_with_offer_and_many_views() -> None:
    ps = stats(stock_left=0, sold_out=True, impressions=900, conversion=0.01, offer=offer(T0 + 61))
    assert product_flags(ps, T0, 140) == ["sold out", "offer live 01:01 left"]


def test_flags_are_shown_on_the_product_panels(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    studio = Studio(plan, actions={60: lambda m: m.start_offer("act-1", "KNF-CHEF20", 20, 300)})
    snap = studio.run_until(60 + 48)
    window = open_window(qtbot, plan, Feed(snap), temp_settings(tmp_path))
    window.settle()  # every panel at once (refresh() spreads first draws)
    ends_at = snap.running_offers["act-1"].ends_at
    assert ends_at - snap.now_ts == pytest.approx(252, abs=0.6)
    assert any(f.startswith("offer live 04:1") for f in window.products.flags_of("KNF-CHEF20"))
    assert window.products.flags_of("TOW-LIN3") == []


@pytest.mark.parametrize(("value", "text"), [
    (fmt.money(20435.4), "€20,435"), (fmt.money(None), "—"), (fmt.money(12.5, "CHF", cents=True), "CHF\u00a012.50"),
    (fmt.money_short(14321.0), "€14.3K"),
    (fmt.money_short(180_000.0), "€180K"), (fmt.pct(0.0239), "2.4%"), (fmt.times(10.25), "10.2×"),
    (fmt.clock(3725.9), "01:02:05"), (fmt.mmss(252), "04:12"), (fmt.count(1442), "1,442"),
])
def test_formats(value: str, text: str) -> None:
    assert value == text


# ------------------------------------------------------------------------------------------------ redraw cost

class _LayoutRequests(QObject):
    """Counts LayoutRequest events reaching one widget (a relayout of everything below it)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_changing_numbers_do_not_relayout_the_window(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    """Tiles, status bar and product stats hold their size: a new snapshot repaints, it does not relayout."""
    studio = Studio(plan)
    feed = Feed(studio.run_until(300), FeedHealth(FeedState.LIVE, since=1.0, events_per_s=400, lag_s=0.3,
                                                  last_seq=1300))  # as long as the numbers below: no growth
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    window._timer.stop()
    window.SLOW_INTERVAL_S = 0.0
    window.settle()
    for _ in range(2):  # the first texts size their labels once (the clock's '--:--:--' becomes digits)
        window.refresh()
        QApplication.processEvents()
    spy = _LayoutRequests()
    window.installEventFilter(spy)  # the main window's own layout: every dock below it
    for second in range(305, 330, 5):
        feed.snap = studio.run_until(second)
        feed.health = FeedHealth(FeedState.LIVE, since=1.0, events_per_s=100.0 + second, lag_s=0.1 + second / 1000,
                                 last_seq=1000 + second)
        window.refresh()
        QApplication.processEvents()
    window.removeEventFilter(spy)
    assert window.tiles.tile_text("viewers") == fmt.count(feed.snap.viewers_now)
    assert spy.count == 0


def test_costly_text_panels_take_turns(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    """Due at the same tick, the slow panels draw on successive ticks (one long frame split in two)."""
    studio = Studio(plan)
    feed = Feed(studio.run_until(120))
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    window._timer.stop()
    clock = [1000.0]
    window._clock = lambda: clock[0]
    drawn: list[str] = []
    for name in ("products", "chat_map"):  # the channels table follows every snapshot, like the tiles
        panel = window._slots[name].panel
        original = panel.draw_slow

        def spy(snap: KpiSnapshot | None, name: str = name, original: Any = original) -> None:
            drawn.append(name)
            original(snap)

        panel.draw_slow = spy  # type: ignore[method-assign]
    window.settle()  # first draw: everything at once
    assert sorted(drawn) == ["chat_map", "products"]
    turns = []
    for tick in range(1, 9):
        drawn.clear()
        clock[0] = 1000.0 + tick * 0.1
        feed.snap = studio.run_until(120 + tick)
        window.refresh()
        turns.append(list(drawn))
    assert all(len(t) <= 1 for t in turns)  # never two costly panels in one tick
    assert sorted(n for t in turns for n in t) == ["chat_map", "products"]  # each still twice a second
    window.settle()  # a screenshot draws everything at once
    assert window.products.stats_text("KNF-CHEF20")


@pytest.mark.parametrize(("x", "top"), [(1.0, 1.0), (1.01, 1.2), (7.0, 8.0), (11.0, 12.0), (0.3, 0.3),
                                        (2499.0, 2500.0), (2501.0, 3000.0), (0.0, 1.0)])
def test_axis_tops_move_in_round_steps(x: float, top: float) -> None:
    assert theme.nice_ceil(x) == pytest.approx(top)


def test_chart_axes_are_cached_and_ranges_step(qtbot: QtBot, plan: Plan, snap10: KpiSnapshot,
                                               tmp_path: Path) -> None:
    window = open_window(qtbot, plan, Feed(snap10), temp_settings(tmp_path))
    window.settle()  # every panel at once (refresh() spreads first draws)
    for plot in (window.audience.plot, window.heatmap.plot):
        for name in ("left", "bottom"):
            assert plot.getAxis(name).cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache
    (x0, x1), (_y0, y1) = window.audience.plot.vb.viewRange()
    minutes = snap10.elapsed_s / 60
    assert x0 == 0 and minutes < x1 <= minutes * 1.05 + 2  # a 2-minute step with room after the last minute
    assert y1 == theme.nice_ceil(y1) >= float(np.nanmax(snap10.minute_viewers))


def test_steady_label_grows_but_never_shrinks(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    set_steady_text(label, "seq 1")
    small = label.width()
    set_steady_text(label, "seq 1,000,000")
    wide = label.minimumWidth()
    assert wide > small and label.maximumWidth() == wide
    set_steady_text(label, "seq 2")
    assert label.text() == "seq 2" and label.minimumWidth() == wide  # no relayout for a shorter text
    row = QLabel()
    qtbot.addWidget(row)
    row.setFixedHeight(64)
    set_steady_text(row, "two lines<br>of text")
    assert row.height() == 64  # a table row keeps its height


def test_the_first_snapshot_is_drawn_one_panel_per_tick(qtbot: QtBot, plan: Plan, snap10: KpiSnapshot,
                                                        tmp_path: Path) -> None:
    """Drawing every panel from scratch is the longest frame of a live: refresh() spreads it, tiles first."""
    feed = Feed(None)
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    window._timer.stop()
    window.refresh()
    feed.snap = snap10
    order: list[str] = []
    for _ in range(len(window._slots)):
        window.refresh()
        new = [name for name, slot in window._slots.items() if slot.drawn is snap10 and name not in order]
        assert len(new) == 1  # one more panel per refresh...
        order += new
    assert order == list(window._slots)  # ...in dock order, the tiles first
    assert window.tiles.tile_text("viewers") == fmt.count(snap10.viewers_now)
    assert window.products.stats_text("KNF-CHEF20")


def test_a_narrow_goal_tile_keeps_its_projection_in_the_short_form(qtbot: QtBot) -> None:
    """At 1366 px a tile is ~220 px wide: 'target R$180,000 · projec…' hid the projection, the number the operator
    reads the tile for. Too narrow for the long note, the tile draws the same facts in the compact form."""
    from console.kpi.snapshot import GoalStatus
    from console.widgets.kpi_tiles import KpiTilesPanel

    panel = KpiTilesPanel("BRL")
    qtbot.addWidget(panel)
    tile = panel._tiles["gmv"]
    snap = KpiSnapshot.__new__(KpiSnapshot)  # only what a goal note reads; the tile never touches the rest
    goal = GoalStatus("gmv", 180_000.0, 5_524.0, 24_350.0, "off_track")
    tile.resize(220, 90)
    tile.note = "target R$180,000 · projected R$24,350"
    tile.note_short = "proj. R$24.4K / R$180K"
    assert tile.drawn_note() == "proj. R$24.4K / R$180K"  # the long form does not fit 220 - 26 px
    tile.resize(420, 90)
    assert tile.drawn_note() == "target R$180,000 · projected R$24,350"
    from console.widgets.kpi_tiles import goal_text
    assert goal_text(goal, snap, "BRL") == "target R$180,000 · projected R$24,350"
    assert goal_text(goal, snap, "BRL", short=True) == "proj. R$24.4K / R$180K"
    final = GoalStatus("gmv", 180_000.0, 52_192.0, 52_192.0, "off_track", final=True)
    assert goal_text(final, snap, "BRL", short=True) == "final · target R$180K"


def test_a_short_note_still_too_wide_is_set_smaller_before_it_is_cut(qtbot: QtBot) -> None:
    """pt_BR at 1366 px: '≈ R$ 102,8 mil / R$ 180 mil' lost its target's unit ('R$ 180 …') on the GMV tile. A short
    note a little too wide is set in a smaller type (down to 80 %) and drawn whole; narrower, the projection alone;
    far too narrow even for that, it is cut."""
    from PySide6.QtGui import QFont, QFontMetrics

    from console.widgets.kpi_tiles import _BAND_W, _MARGINS, KpiTilesPanel

    panel = KpiTilesPanel("BRL")
    qtbot.addWidget(panel)
    tile = panel._tiles["gmv"]
    short = "≈ R$\xa0102,8\xa0mil / R$\xa0180\xa0mil"
    tile.note, tile.note_short = "meta R$\xa0180.000 · projeção R$\xa0102.800", short
    needed = QFontMetrics(tile._note_font).horizontalAdvance(short)
    chrome = _BAND_W + _MARGINS[0] + _MARGINS[2]
    tile.resize(chrome + needed - 10, 90)  # 10 px short at the note's own size
    note, font = tile._fitted_note()
    assert note == short and tile.drawn_note() == short
    assert font.pixelSize() < tile._note_font.pixelSize()
    assert QFontMetrics(font).horizontalAdvance(short) <= needed - 10
    tiny = "projeção R$\xa0102,8\xa0mil"  # the projection alone: goal_text(..., tiny=True)
    tile.note_tiny = tiny
    at_80 = QFont(tile._note_font)
    at_80.setPixelSize(round(tile._note_font.pixelSize() * 0.8))
    short_80, tiny_80 = (QFontMetrics(at_80).horizontalAdvance(t) for t in (short, tiny))
    assert tiny_80 < short_80
    tile.resize(chrome + short_80 - 1, 90)  # the short form cannot fit even at 80 %; the tiny one can
    assert tile.drawn_note() == tiny
    tile.resize(chrome + tiny_80 // 2, 90)  # half of that: no type small enough that still reads
    assert tile.drawn_note().endswith("…")


def test_a_rate_shown_but_not_yet_judged_does_not_say_no_data() -> None:
    """'0.5% … no data yet' contradicted itself: a rate shown in its first minutes is not judged yet."""
    from console.kpi.snapshot import GoalStatus
    from console.widgets.kpi_tiles import goal_text

    snap = KpiSnapshot.__new__(KpiSnapshot)  # a goal note reads nothing else of it for these goals
    assert goal_text(GoalStatus("conversion", 0.02, 0.005, None, "no_data"), snap, "EUR") == \
        "target 2.0% · too early to judge"
    assert goal_text(GoalStatus("conversion", 0.02, None, None, "no_data"), snap, "EUR") == "target 2.0% · no data yet"


def test_every_panel_draws_a_new_snapshot_in_the_tick_that_finds_it(qtbot: QtBot, plan: Plan,
                                                                    tmp_path: Path) -> None:
    """Issue 19: the window polls at 60 Hz and the pipeline publishes a changing live at 20 Hz; a new snapshot is
    drawn by every panel, the chart included, in the tick that finds it, and a poll that finds nothing new draws
    nothing."""
    studio = Studio(plan)
    feed = Feed(studio.run_until(120))
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    window._timer.stop()  # the test drives refresh() on a clock of its own
    now = [100.0]
    window._clock = lambda: now[0]
    window.settle()
    now[0], feed.snap = 100.05, studio.run_until(130)
    window.refresh()
    assert all(slot.drawn is feed.snap for slot in window._slots.values())
    assert window.tiles.tile_text("viewers") == fmt.count(feed.snap.viewers_now)
    x, y = window.audience.curve("viewers")
    assert (x[-1], y[-1]) == (pytest.approx(feed.snap.elapsed_s / 60, abs=0.05), feed.snap.viewers_now)
    drawn = window.redraw_count
    now[0] += 0.016
    window.refresh()  # nothing new, 16 ms later: the poll returns at once
    assert window.redraw_count == drawn


def test_a_poll_that_finds_nothing_new_costs_nothing_but_the_clocks_still_tick(
        qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    """With nothing new, the status bar and the docks still refresh at 10 Hz (ages, the live clock, buttons)."""
    studio = Studio(plan)
    feed = Feed(studio.run_until(60))
    window = open_window(qtbot, plan, feed, temp_settings(tmp_path))
    window._timer.stop()
    now = [50.0]
    window._clock = lambda: now[0]
    window.settle()
    calls: list[float] = []
    real = window.status.set_health
    window.status.set_health = lambda *a: (calls.append(now[0]), real(*a))  # type: ignore[method-assign]
    for _ in range(12):  # 12 polls 16 ms apart: 192 ms
        now[0] += 0.016
        window.refresh()
    assert calls == [pytest.approx(50.0 + 7 * 0.016)]  # the first poll 100 ms or more after the settle
