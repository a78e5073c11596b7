"""The product on the viewers' screen (a platform bridge's `product_featured`): the engine keeps it, a checkpoint
carries it, the product panel says "on screen", and a pin the plan does not map is said above the rows."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from console.kpi.engine import KpiEngine
from console.kpi.snapshot import Featured
from console.kpi.state import engine_from_bytes, engine_to_bytes
from console.plan.model import DEMO_PLAN, load_plan
from console.present.product_flags import ON_SCREEN, product_flags
from console.protocol import wire as p
from console.widgets.product_panels import ProductPanels

PLAN = load_plan(DEMO_PLAN)
SKU = PLAN.products[1].sku


def pin(seq: int, ts: float, platform_id: str, product_id: str | None, title: str = "On screen") -> p.ProductFeatured:
    return p.ProductFeatured(seq=seq, ts=ts, state="pinned", platform="tiktok", platform_product_id=platform_id,
                             title=title, product_id=product_id)


def unpin(seq: int, ts: float, platform_id: str | None) -> p.ProductFeatured:
    return p.ProductFeatured(seq=seq, ts=ts, state="unpinned", platform="tiktok", platform_product_id=platform_id)


def started() -> p.LiveStarted:
    return p.LiveStarted(seq=1, ts=100.0, live_id="L", title="t")


def test_the_engine_keeps_what_is_on_screen_and_a_checkpoint_carries_it() -> None:
    engine = KpiEngine(PLAN)
    engine.apply_many([started(), pin(2, 110.0, "tt-1", SKU, "Knife")])
    assert engine.snapshot().featured == Featured(SKU, "tt-1", "Knife", 110.0)
    restored = engine_from_bytes(engine_to_bytes(engine), PLAN)
    assert restored.snapshot().featured == Featured(SKU, "tt-1", "Knife", 110.0)
    engine.apply(unpin(3, 120.0, "tt-other"))  # another product taken off: this one stays on screen
    assert engine.snapshot().featured is not None
    engine.apply(pin(4, 130.0, "tt-9", None, "A pan the plan does not list"))  # a new pin replaces it
    assert engine.snapshot().featured == Featured(None, "tt-9", "A pan the plan does not list", 130.0)
    engine.apply(unpin(5, 140.0, None))  # an unpin that does not say which: nothing on screen
    assert engine.snapshot().featured is None


def test_a_checkpoint_from_before_pins_reads_as_nothing_on_screen() -> None:
    engine = KpiEngine(PLAN)
    engine.apply(started())
    del engine._featured  # an engine of the version before, whose checkpoints lack the attribute
    restored = engine_from_bytes(engine_to_bytes(engine), PLAN)
    assert restored.snapshot().featured is None


def test_the_flag_says_on_screen_first() -> None:
    engine = KpiEngine(PLAN)
    engine.apply_many([started(), pin(2, 110.0, "tt-1", SKU)])
    ps = next(x for x in engine.snapshot().products if x.sku == SKU)
    assert product_flags(ps, 110.0, on_screen=True)[0] == ON_SCREEN
    assert ON_SCREEN not in product_flags(ps, 110.0)


def test_the_panels_show_the_pin_on_its_row_or_above_the_rows(qtbot: QtBot) -> None:
    panels = ProductPanels(PLAN)
    qtbot.addWidget(panels)
    engine = KpiEngine(PLAN)
    engine.apply_many([started(), pin(2, 110.0, "tt-1", SKU)])
    panels.draw_slow(engine.snapshot())
    assert panels.flags_of(SKU)[0] == ON_SCREEN and panels.unplanned.isHidden()
    engine.apply(pin(3, 120.0, "tt-9", None, "Cast-iron grill pan"))
    panels.draw_slow(engine.snapshot())
    assert ON_SCREEN not in panels.flags_of(SKU)
    assert not panels.unplanned.isHidden()
    assert "Cast-iron grill pan" in panels.unplanned.text() and "tt-9" in panels.unplanned.text()
    engine.apply(unpin(4, 130.0, "tt-9"))
    panels.draw_slow(engine.snapshot())
    assert panels.unplanned.isHidden()


def test_viewers_now_is_no_figure_before_the_feed_gave_one(qtbot: QtBot) -> None:
    """A real platform's first viewer count comes seconds into the live: 'VIEWERS NOW 0', red against its target,
    was a number no one had given. A dash until a count, join or leave arrives; a checkpoint keeps which."""
    from console.widgets.kpi_tiles import KpiTilesPanel

    panel = KpiTilesPanel("EUR")
    qtbot.addWidget(panel)
    engine = KpiEngine(PLAN)
    engine.apply(started())
    assert engine.snapshot().viewers_known is False
    panel.draw(engine.snapshot())
    assert panel.tile_text("viewers") == "—"
    assert engine_from_bytes(engine_to_bytes(engine), PLAN).snapshot().viewers_known is False
    engine.apply(p.ViewerCount(seq=2, ts=103.0, viewers=0, total_viewers=0))  # a count of 0 is a figure
    panel.draw(engine.snapshot())
    assert engine.snapshot().viewers_known is True and panel.tile_text("viewers") == "0"
