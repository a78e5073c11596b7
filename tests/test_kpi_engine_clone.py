"""KpiEngine.clone(): a copy that shares no mutable state with the original (replay checkpoints rely on it)."""

from __future__ import annotations

import dataclasses
import pickle
import types
from pathlib import Path

import msgspec
import numpy as np
import pytest

from console.kpi.engine import KpiEngine
from console.plan.model import parse_plan
from console.protocol import wire as pr


def _join(seq: int, ts: float, viewer: str, channel: str = "organic") -> pr.ViewerJoined:
    return pr.ViewerJoined(seq=seq, ts=ts, viewer_id=viewer, channel=channel)


def test_a_clone_and_its_original_evolve_independently() -> None:
    engine = KpiEngine()
    engine.apply(pr.LiveStarted(seq=1, ts=100.0, live_id="L1", title="t"))
    engine.apply(_join(2, 101.0, "a"))
    twin = engine.clone()
    engine.apply(_join(3, 102.0, "b"))
    twin.apply(_join(3, 130.0, "c", "paid"))
    twin.apply(_join(4, 131.0, "a", "paid"))
    mine, theirs = engine.snapshot(), twin.snapshot()
    # original: a, b organic -> 2 entered, 2 joins; twin: a organic, then c and a paid -> 2 entered, 3 joins
    assert (mine.entered, mine.views, mine.channels["paid"].entered) == (2, 2, 0)
    assert (theirs.entered, theirs.views, theirs.channels["paid"].entered) == (2, 3, 2)
    assert mine.minute_joins.tolist() == [2.0]
    assert theirs.minute_joins.tolist() == [3.0]


def _mutable_parts(root: object, plan: object) -> tuple[set[int], list[np.ndarray]]:
    """ids of every mutable object reachable from root (the plan excluded: shared on purpose), and its arrays.
    Strings, numbers, msgspec's UNSET (a plan field left out) and frozen dataclasses are immutable: sharing them is
    safe and expected."""
    seen: set[int] = set()
    mutable: set[int] = set()
    arrays: list[np.ndarray] = []
    stack = [root]
    while stack:
        obj = stack.pop()
        if id(obj) in seen or obj is plan or isinstance(obj, (str, bytes, int, float, type, type(None),
                                                              msgspec.UnsetType)):
            continue
        seen.add(id(obj))
        frozen = dataclasses.is_dataclass(obj) and obj.__dataclass_params__.frozen  # type: ignore[union-attr]
        if not isinstance(obj, (tuple, frozenset)) and not frozen:
            mutable.add(id(obj))
        if isinstance(obj, np.ndarray):
            arrays.append(obj)
        elif isinstance(obj, dict):
            stack += [*obj.keys(), *obj.values()]
        elif isinstance(obj, (list, tuple, set, frozenset)):
            stack += list(obj)
        elif isinstance(obj, types.MethodType):
            stack.append(obj.__self__)
        else:
            stack += list(getattr(obj, "__dict__", {}).values())
            for cls in type(obj).__mro__:
                stack += [getattr(obj, s) for s in getattr(cls, "__slots__", ()) if hasattr(obj, s)]
    return mutable, arrays


def _busy_engine(viewers: int) -> KpiEngine:
    """A plan, products, offers, orders and `viewers` distinct viewers (past the exact limit: sketches), some
    of them still waiting in the engine's unfolded lists when cloned."""
    engine = KpiEngine(parse_plan(Path("assets/plans/demo.toml").read_text()))
    evs: list[pr.Event] = [pr.LiveStarted(seq=1, ts=0.0, live_id="L", title="t")]
    for i in range(viewers):
        ch = pr.CHANNELS[i % 3]
        evs.append(pr.ViewerJoined(seq=len(evs) + 1, ts=i * 0.01, viewer_id=f"v{i}", channel=ch))
        if i % 5 == 0:
            evs.append(pr.ChatMessage(seq=len(evs) + 1, ts=i * 0.01, viewer_id=f"v{i}", text="hi"))
        if i % 50 == 0:
            items = [pr.OrderItem(product_id="KNF-CHEF20", quantity=1, unit_price=10.0)]
            evs.append(pr.OrderPlaced(seq=len(evs) + 1, ts=i * 0.01, order_id=f"o{i}", customer_id=f"c{i % 700}",
                                      channel=ch, new_customer=i % 3 == 0, items=items, amount=10.0))
    evs.append(pr.OfferStarted(seq=len(evs) + 1, ts=100.0, action_id="A1", product_id="KNF-CHEF20",
                               discount_pct=10.0, price=9.0, duration_s=60.0, ends_at=160.0))
    engine.apply_many(evs)
    engine.apply(pr.ViewerJoined(seq=len(evs) + 1, ts=viewers * 0.01, viewer_id="late", channel="paid"))
    return engine


@pytest.mark.parametrize("viewers", [300, 40_000])  # exact sets, and sketches
def test_a_clone_shares_no_mutable_state_with_its_original(viewers: int) -> None:
    engine = _busy_engine(viewers)
    twin = engine.clone()
    assert twin.plan is engine.plan
    mine, my_arrays = _mutable_parts(engine, engine.plan)
    theirs, their_arrays = _mutable_parts(twin, engine.plan)
    assert mine & theirs == set()
    assert not any(np.shares_memory(a, b) for a in my_arrays for b in their_arrays)


def test_a_clone_carries_on_exactly_like_its_original() -> None:
    engine = _busy_engine(40_000)
    twin = engine.clone()
    before = twin.snapshot()
    more = [pr.ViewerJoined(seq=10**6 + i, ts=3000.0 + i, viewer_id=f"new{i}", channel="organic") for i in range(5000)]
    engine.apply_many(more)
    assert twin.snapshot().entered == before.entered  # the original's new viewers are not the clone's
    twin.apply_many(more)
    a, b = engine.snapshot(), twin.snapshot()
    assert (a.entered, a.chatters, a.buyers, a.new_buyers, a.views) == (b.entered, b.chatters, b.buyers,
                                                                         b.new_buyers, b.views)
    assert a.channels == b.channels
    assert engine.effect("A1") == twin.effect("A1")


def test_a_clone_is_small_once_the_viewers_are_many() -> None:
    # 100k distinct viewers (33k a channel, 20k chatters) kept as strings pickled to ~2 MB; past the exact limit
    # each count is a 16 KiB sketch. The rest is the bins, sized from the plan (90 minutes: 90 * 60 * 1.25 + 600
    # = 7,350 s): 10 float64 rows and a float32 row per product (at least 8 rows) per second, then per minute.
    engine = _busy_engine(100_000)
    rows = max(8, len(engine.plan.products)) if engine.plan else 8
    minutes = 7_350 // 60 + 1
    bins = 7_350 * (10 * 8 + rows * 4) + minutes * (10 * 8 + rows * 6 * 8 + 8 * 8)
    assert len(pickle.dumps(engine.clone())) < 400_000 + bins


def test_bins_are_sized_from_the_plan_so_a_planned_live_never_regrows_them() -> None:
    """RSS flat by construction (issue 19): a four-hour plan's engine holds its per-second bins from the start;
    a live of its planned length (and a quarter more) writes into the same arrays to its last second."""
    from console.kpi.engine import planned_bins_s

    plan = parse_plan(Path("assets/plans/demo.toml").read_text())
    four_hours = msgspec.structs.replace(plan, live=msgspec.structs.replace(plan.live, duration_min=240))
    assert planned_bins_s(four_hours) == 240 * 60 * 5 // 4 + 600  # 18,600 s, by hand
    assert planned_bins_s(None) == 1024
    e = KpiEngine(four_hours)
    bins = e._sec
    t0 = 1_000_000.0
    e.apply(pr.ViewerCount(seq=1, ts=t0, viewers=10, total_viewers=10))
    # four hours and 59 minutes in
    e.apply(pr.ViewerCount(seq=2, ts=t0 + 240 * 60 + 3_599, viewers=12, total_viewers=20))
    assert e._sec is bins
    # past the planned bins: they grow, as before
    e.apply(pr.ViewerCount(seq=3, ts=t0 + 18_600, viewers=12, total_viewers=20))
    assert e._sec is not bins and e._sec.shape[1] >= 18_601
    assert e.snapshot().viewers_now == 12
