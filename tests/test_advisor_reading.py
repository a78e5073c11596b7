"""The advisor reads the same totals from the KPI engine's snapshot (the live console) and from an EventTally (runs
without a window), and an advisor fed either way says the same things at the same instants."""

from __future__ import annotations

import numpy as np
import pytest

from console.advisor import Advisor, EventTally, reading_from_snapshot, seed_from_readings
from console.advisor.reading import Reading
from console.kpi.engine import KpiEngine
from console.plan.model import DEMO_PLAN, load_plan
from console.studio.staged import StagedLive
from tests.advisor_lives import T0, Funnel, steady_funnel, steady_live

PLAN = load_plan(DEMO_PLAN)
FIELDS = ("impressions", "clicks", "carts", "abandons", "orders", "units", "stock_left", "sold_out", "on_offer")


def _same(a: Reading, b: Reading) -> None:
    assert (a.ts, a.started_at, a.ended, a.viewers, a.leaves, a.segment) == (
        b.ts, b.started_at, b.ended, b.viewers, b.leaves, b.segment)
    assert a.channel_viewers == b.channel_viewers and a.joins == b.joins
    assert a.skus == b.skus
    for name in FIELDS:
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert [(m.ts, m.kind, m.label, m.product_id) for m in a.markers] == [
        (m.ts, m.kind, m.label, m.product_id) for m in b.markers]


def test_tally_and_snapshot_read_the_same_totals() -> None:
    # the opening of the demo's run of show (segment at 3:00, offer at 6:00, kit at 9:00), a scenario's stock sync
    live = StagedLive(PLAN, "control", 5, audience=1.0, until_s=12 * 60.0)
    engine, tally = KpiEngine(PLAN), EventTally(PLAN)
    compared = 0
    for n, evs in enumerate(live):
        engine.apply_many(evs)
        tally.apply(evs)
        if n % 60 == 59:  # every 30 live seconds
            ts = live.model.live_ts()
            a, b = reading_from_snapshot(engine.snapshot(ts)), tally.reading(ts)
            assert a is not None and b is not None
            _same(a, b)
            compared += 1
    assert compared == 24


def test_an_advisor_fed_snapshots_says_what_one_fed_a_tally_says() -> None:
    live = steady_live(720)
    for second in range(720, 800):  # organic arrivals fall, and A's carts vanish
        live.second(second, joins={"organic": 3, "paid": 5, "direct": 3},
                    products=steady_funnel(A=Funnel(views=50, clicks=5, carts=0, orders=1, abandons=1)))
    engine, tally = KpiEngine(live.plan), EventTally(live.plan)
    by_snapshot, by_tally = Advisor(live.plan), Advisor(live.plan)
    said: tuple[list[str], list[str]] = ([], [])
    events = iter(live.events)
    pending = next(events)
    for second in range(800):
        batch = []
        while pending is not None and pending.ts < T0 + second + 1:
            batch.append(pending)
            pending = next(events, None)
        engine.apply_many(batch)
        tally.apply(batch)
        ts = T0 + second + 1.0
        for _ in range(2):  # the pipeline publishes up to 10 times a second; only one a second evaluates
            said[0].extend(u.advice.text for u in by_snapshot.observe_snapshot(engine.snapshot(ts)))
        said[1].extend(u.advice.text for u in by_tally.observe(tally.reading(ts)))
    assert said[0] == said[1]
    assert len(said[0]) == 2


def test_readings_before_the_first_event_are_none() -> None:
    assert EventTally(PLAN).reading(0.0) is None
    assert reading_from_snapshot(KpiEngine(PLAN).snapshot()) is None
    assert Advisor(PLAN).observe(None) == []


def test_a_seed_from_earlier_lives_gives_the_baselines_a_head_start() -> None:
    live = StagedLive(PLAN, "control", 6, audience=1.0, until_s=20 * 60.0)
    tally = EventTally(PLAN)
    for evs in live:
        tally.apply(evs)
    final = tally.reading(live.model.live_ts())
    assert final is not None
    seed = seed_from_readings([final, final])
    chef = seed.products["KNF-CHEF20"]
    assert chef.clicks == 2 * int(final.clicks[0]) and seed.lives == 2
    fresh, seeded = Advisor(PLAN), Advisor(PLAN, seed)
    assert float(fresh.funnel.cart_base.den[0]) == 0.0
    assert 0 < float(seeded.funnel.cart_base.den[0]) <= 200.0 + 1e-9  # at most SEED_TRIALS of weight
    rate = seeded.funnel.cart_base.num[0] / seeded.funnel.cart_base.den[0]
    assert rate == pytest.approx(min(chef.carts, chef.clicks) / chef.clicks)
