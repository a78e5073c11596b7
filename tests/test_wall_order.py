"""The studio wall's words and order, decided without Qt (console/present/wall_order.py): a tile's texts from a live
built event by event on the KPI engine, the feed's words in each state, the finished row's figures, and the
attention order and its steadiness on hand-made inputs. Expected figures are worked out by hand in the comments."""

from __future__ import annotations

from typing import Literal

from console.advisor.model import Advice, AdviceRecord, Evidence, Remedy
from console.kpi.engine import KpiEngine
from console.live.health import FeedHealth, FeedState
from console.plan.model import AdviceKind, parse_plan
from console.present.wall_order import (
    Attention,
    LiveReading,
    TileOrder,
    TileView,
    attention_order,
    duration_words,
    feed_words,
    finished_view,
    open_advice,
    tile_view,
)
from console.protocol import wire as p

T0 = 1_700_000_000.0
NOW = 1_800_000_000.0  # the wall's clock
PLAN = parse_plan("""
[live]
id = "mugs-01"
title = "Mugs at noon"
duration_min = 60
currency = "EUR"

[goals]
gmv = 5000.0

[[products]]
sku = "MUG"
name = "Stoneware mug"
price = 20.0
unit_cost = 8.0
stock = 50
""")


def order(seq: int, at_s: float, qty: int) -> p.OrderPlaced:
    return p.OrderPlaced(seq=seq, ts=T0 + at_s, order_id=f"o{seq}", customer_id=f"c{seq}", channel="organic",
                         new_customer=True, items=[p.OrderItem(product_id="MUG", quantity=qty, unit_price=20.0)],
                         amount=20.0 * qty)


def mugs_live(until_s: float = 170.0, ended: bool = False) -> KpiEngine:
    """120 viewers; orders of 2, 1 and 3 mugs at 30 s, 70 s and 130 s: GMV 40 + 20 + 60 = €120, 3 orders."""
    engine = KpiEngine(PLAN)
    engine.apply(p.LiveStarted(seq=1, ts=T0, live_id="mugs-01", title="Mugs at noon"))
    engine.apply(p.ViewerCount(seq=2, ts=T0 + 10, viewers=120, total_viewers=150))
    engine.apply(order(3, 30, 2))
    engine.apply(order(4, 70, 1))
    engine.apply(order(5, 130, 3))
    if ended:
        engine.apply(p.ViewerCount(seq=6, ts=T0 + 140, viewers=90, total_viewers=160))
        engine.apply(p.LiveEnded(seq=7, ts=T0 + until_s, live_id="mugs-01"))
    return engine


def advice(kind: AdviceKind, raised_s: float, status: Literal["raised", "taken", "dismissed", "expired"] = "raised",
           text: str = "something moved") -> AdviceRecord:
    a = Advice(id=f"{kind}-{raised_s}", kind=kind, raised_ts=T0 + raised_s, subject=None, text=text,
               evidence=Evidence(since_ts=T0, numbers={}), remedy=Remedy(action=None, label="none", fits="none"))
    return AdviceRecord(advice=a, status=status)


# ------------------------------------------------------------------------------------------------ a tile's words
def test_a_live_on_air_reads_its_viewers_gmv_against_goal_pace_orders_and_sparkline() -> None:
    snap = mugs_live().snapshot(T0 + 170)
    view = tile_view(LiveReading("mugs-01", "Mugs at noon", "EUR", snap, FeedHealth(FeedState.LIVE, lag_s=0.5)),
                     NOW)
    assert (view.title, view.feed, view.feed_tone, view.dimmed) == ("Mugs at noon", "LIVE", "good", False)
    assert view.viewers == "120"
    assert (view.gmv, view.goal) == ("€120", "goal €5,000")
    assert view.gmv_share == 120 / 5000
    # projection: 120 + (120 over the last 170 s) x the 3,430 s left = 120 + 2,421.2 = 2,541.2; 50.8 % of 5,000,
    # under 85 %: off track
    assert view.pace == "pace €2,541 · 51% of goal"
    assert view.pace_tone == "bad"
    assert view.attention.pace is not None and abs(view.attention.pace - 2541.18 / 5000) < 1e-4
    assert view.orders_per_min == "1"  # the order at 130 s is the only one in the last minute
    assert view.spark == (1.0, 1.0, 1.0)  # one order in each of the three started minutes
    assert (view.advice_count, view.advice_kind, view.advice) == (0, "", "")


def test_without_a_plan_the_goal_says_so_and_a_currency_less_live_shows_plain_figures() -> None:
    engine = KpiEngine(None)
    engine.apply(p.LiveStarted(seq=1, ts=T0, live_id="x", title="X"))
    engine.apply(order(2, 5, 60))  # 60 mugs at €20: 1,200
    view = tile_view(LiveReading("x", "", "", engine.snapshot(T0 + 10), FeedHealth(FeedState.LIVE), has_plan=False),
                     NOW)
    assert (view.title, view.gmv, view.goal, view.pace, view.gmv_share) == ("x", "1,200", "no goal (no plan)", "",
                                                                            None)


def test_before_the_first_event_every_figure_is_a_dash() -> None:
    view = tile_view(LiveReading("mugs-01", "Mugs at noon", "EUR", None, FeedHealth(FeedState.CONNECTING,
                                                                                    since=NOW - 2)), NOW)
    assert (view.viewers, view.gmv, view.orders_per_min, view.spark) == ("—", "—", "—", ())
    assert (view.feed, view.attention.trouble) == ("CONNECTING…", 0)


def test_the_feed_says_what_is_wrong_and_for_how_long() -> None:
    def words(state: FeedState, since_s: float, **kw: object) -> tuple[str, str, int]:
        text, tone, trouble, _ = feed_words(FeedHealth(state, since=NOW - since_s, **kw), True, NOW)  # type: ignore[arg-type]
        return text, tone, trouble

    assert words(FeedState.LIVE, 500, lag_s=0.4) == ("LIVE", "good", 0)
    assert words(FeedState.LIVE, 500, lag_s=12.0) == ("CATCHING UP · 12 s behind", "warn", 0)
    assert words(FeedState.LIVE, 500, lag_s=95.0) == ("CATCHING UP · 1:35 behind", "warn", 1)  # past 30 s: trouble
    assert words(FeedState.STALE, 42) == ("QUIET · 42 s", "bad", 2)
    assert words(FeedState.RECONNECTING, 65) == ("RECONNECTING · 1:05", "bad", 3)
    assert words(FeedState.STOPPED, 3, reason="bad credentials") == ("STOPPED · bad credentials", "bad", 4)
    assert words(FeedState.CONNECTING, 3) == ("CONNECTING…", "warn", 0)
    assert words(FeedState.CONNECTING, 20) == ("CONNECTING · 20 s", "bad", 1)  # past 15 s, the bus or producer
    assert (duration_words(59), duration_words(3725)) == ("59 s", "1:02:05")


def test_figures_the_wall_cannot_vouch_for_are_dimmed() -> None:
    snap = mugs_live().snapshot(T0 + 170)
    lost = tile_view(LiveReading("m", "M", "EUR", snap, FeedHealth(FeedState.RECONNECTING, since=NOW - 30)), NOW)
    assert lost.dimmed and lost.attention == Attention(3, 30.0, None, 0, None)  # its pace is not to be trusted
    assert lost.gmv == "€120"  # still shown, dimmed: never a blank where a figure was


def test_the_most_urgent_open_advice_heads_the_tile_answered_advice_does_not_count() -> None:
    records = [advice("dwell_lift", 100), advice("conversion_sag", 120, text="clicks per view fell"),
               advice("stock_out_risk", 50, status="taken"), advice("audience_drop", 90, status="expired")]
    assert [r.advice.kind for r in open_advice(records)] == ["conversion_sag", "dwell_lift"]
    view = tile_view(LiveReading("m", "M", "EUR", mugs_live().snapshot(T0 + 170), FeedHealth(FeedState.LIVE),
                                 advice=records), NOW)
    assert view.advice_count == 2
    assert (view.advice_kind, view.advice) == ("Conversion sag", "clicks per view fell")
    assert view.advice_tone == "warn"
    assert (view.attention.advice_rank, view.attention.advice_open) == (2, 2)  # URGENCY: third of six
    stock = tile_view(LiveReading("m", "M", "EUR", None, FeedHealth(FeedState.LIVE),
                                  advice=[advice("stock_out_risk", 10, text="Mug may sell out")]), NOW)
    assert (stock.advice_kind, stock.advice, stock.advice_tone, stock.attention.advice_rank) == (
        "Stock-out risk", "Mug may sell out", "bad", 0)


def test_a_finished_live_reads_its_final_gmv_against_goal_orders_and_peak() -> None:
    snap = mugs_live(until_s=200, ended=True).snapshot(T0 + 200)
    done = finished_view(LiveReading("mugs-01", "Mugs at noon", "EUR", snap, FeedHealth(FeedState.ENDED)), NOW)
    assert done.gmv == "€120 of €5,000 goal · 2%"  # 120 / 5,000 = 2.4 %
    assert done.gmv_tone == "bad"
    assert done.orders == "3 orders · peak 120 viewers"
    assert (done.report, done.report_ready, done.ended_at) == ("", True, NOW)


# ------------------------------------------------------------------------------------------ the attention order
def view(live_id: str, title: str, attention: Attention) -> TileView:
    return TileView(live_id=live_id, title=title, feed="", feed_tone="good", viewers="", gmv="", goal="",
                    gmv_share=None, pace_share=None, pace="", pace_tone="muted", orders_per_min="", spark=(),
                    advice_count=attention.advice_open, advice_kind="", advice="", advice_tone="muted", note="",
                    note_tone="muted", dimmed=False, attention=attention)


FINE_Z = view("z", "Zebra deals", Attention(pace=1.3))
FINE_A = view("a", "Apron live", Attention())
BEHIND_LITTLE = view("b1", "Bakeware", Attention(pace=0.93))
BEHIND_FAR = view("b2", "Blenders", Attention(pace=0.41))
DWELL = view("d", "Dutch ovens", Attention(advice_rank=5, advice_open=1, pace=0.2))
SAG_ONE = view("s1", "Spatulas", Attention(advice_rank=2, advice_open=1))
SAG_TWO = view("s2", "Steel pans", Attention(advice_rank=2, advice_open=2))
STOCK = view("k", "Knives", Attention(advice_rank=0, advice_open=1))
STALE = view("q", "Quiet room", Attention(trouble=2, trouble_s=30, advice_rank=0, advice_open=3))
LOST_LONG = view("l1", "Lost long", Attention(trouble=3, trouble_s=300))
LOST_NEW = view("l2", "Lost new", Attention(trouble=3, trouble_s=20))
STOPPED = view("x", "Stopped", Attention(trouble=4, trouble_s=5))


def test_feed_trouble_first_then_advice_by_urgency_then_pace_behind_goal_then_the_rest_by_title() -> None:
    shuffled = [FINE_Z, DWELL, BEHIND_LITTLE, SAG_ONE, FINE_A, LOST_NEW, STOCK, BEHIND_FAR, STALE, SAG_TWO,
                LOST_LONG, STOPPED]
    assert [v.live_id for v in attention_order(shuffled)] == [
        "x", "l1", "l2", "q",  # stopped, then lost (the longest first), then quiet, whatever its advice
        "k", "s2", "s1", "d",  # stock-out risk; two conversion sags, the one with more open advice first; dwell
        "b2", "b1",  # 41 % of goal, then 93 %
        "a", "z",  # the rest (on or ahead of pace, or no goal) by title
    ]


def test_a_pace_wobble_inside_one_step_does_not_reorder() -> None:
    # 61 % and 63 % are one 5-point step (60-65 %): the title decides, not the wobble of the projection
    first = view("p1", "Alpha", Attention(pace=0.63))
    second = view("p2", "Beta", Attention(pace=0.61))
    assert [v.live_id for v in attention_order([second, first])] == ["p1", "p2"]
    assert [v.live_id for v in attention_order([first, view("p2", "Beta", Attention(pace=0.58))])] == ["p2", "p1"]


def test_tiles_move_at_most_every_five_seconds_and_never_while_held() -> None:
    order = TileOrder(every_s=5.0)
    assert [v.live_id for v in order.arrange([FINE_Z, FINE_A, STOCK], now=0.0)] == ["k", "a", "z"]
    zebra_lost = view("z", "Zebra deals", Attention(trouble=3, trouble_s=1))
    assert [v.live_id for v in order.arrange([FINE_Z, FINE_A, STOCK, LOST_NEW], now=1.0)] == ["k", "a", "z", "l2"]
    assert [v.live_id for v in order.arrange([zebra_lost, FINE_A, STOCK, LOST_NEW], now=4.9)] == ["k", "a", "z", "l2"]
    assert [v.live_id for v in order.arrange([zebra_lost, FINE_A, STOCK, LOST_NEW], now=9.0, held=True)] == [
        "k", "a", "z", "l2"]  # due, but the pointer is on the tiles
    assert [v.live_id for v in order.arrange([zebra_lost, FINE_A, STOCK, LOST_NEW], now=9.1)] == ["l2", "z", "k", "a"]
    # a live gone leaves its place; the others stay until the next re-sort
    assert [v.live_id for v in order.arrange([zebra_lost, FINE_A, LOST_NEW], now=10.0)] == ["l2", "z", "a"]
