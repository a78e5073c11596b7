"""Each detector on hand-built lives: exact counts per live second, the CUSUM's increments worked out by hand.

A steady live raises nothing; then one rate moves and the advice comes when the statistic, growing by the same
increment every second, first reaches its threshold h (read from the advisor: it depends on the rates, by design,
docs/advisor.md). The increments below are the log-likelihood ratios of the pattern against ordinary's edge.
"""

from __future__ import annotations

import math

import pytest

from console.advisor import AdviceUpdate, Advisor
from tests.advisor_lives import Funnel, HandLive, hand_plan, steady_funnel, steady_live

LN = math.log


def raised(updates: list[tuple[int, AdviceUpdate]]) -> list[tuple[int, str, str | None]]:
    return [(s, u.advice.kind, u.advice.subject) for s, u in updates if u.status == "raised"]


def first_crossing(change_s: int, z: float, update: AdviceUpdate) -> int:
    """The reading (end of a live second) at which a statistic at 0 before second change_s, growing by z each
    second from it on, first reaches the threshold h the advice was raised at (thresholds follow the rates; the
    evidence keeps the one in force)."""
    h = float(update.advice.evidence.numbers["threshold"])  # type: ignore[arg-type]  # a number here
    assert 4.0 <= h < 25.0
    return change_s + math.ceil(h / z - 1e-6)


def test_a_steady_live_raises_nothing() -> None:
    advisor, updates = steady_live(1500).run()
    assert updates == []
    assert advisor.evaluations == 1499


def test_one_channels_arrivals_falling_is_that_channels_audience_drop() -> None:
    # organic 10 joins a second for 12 minutes, then 3: baseline mu = 600 a minute = 10/s (every minute the same, so
    # the 30th percentile is 600 and the trend flat). z = x ln(r1/r0) - (r1 - r0) mu with r0 = 0.75 (ordinary's
    # edge), r1 = 1 - 0.5 (audience_drop_pct 50): z = 3 ln(0.5/0.75) + 0.25 * 10 = -1.216395 + 2.5 = 1.283605
    live = steady_live(720, funnel=False)
    for s in range(720, 800):
        live.second(s, joins={"organic": 3, "paid": 5, "direct": 3})
    _advisor, updates = live.run()
    z = 3 * LN(0.5 / 0.75) + 0.25 * 10
    assert z == pytest.approx(1.283605, abs=1e-6)
    assert raised(updates) == [(first_crossing(720, z, updates[0][1]), "audience_drop", "organic")]
    advice = updates[0][1].advice
    assert advice.evidence.numbers["baseline_per_min"] == pytest.approx(600.0)
    assert advice.evidence.since_ts == pytest.approx(1_700_000_000.0 + 720)  # the statistic left zero then
    assert "organic" in advice.text and "600" in advice.text


def test_every_channel_falling_is_the_lives_drop() -> None:
    live = steady_live(720, funnel=False)
    for s in range(720, 800):
        live.second(s, joins={"organic": 3, "paid": 1, "direct": 1})
    _, updates = live.run()
    assert [(k, subj) for _, k, subj in raised(updates)] == [("audience_drop", None)]


def test_clicks_per_view_sagging_across_products_is_a_conversion_sag() -> None:
    # A, B and C: 50 views and 5 clicks a second (10 %), H 20 and 2; from second 600 A, B and C get 2 clicks (4 %).
    # The views stage is pooled: 170 views, 17 -> 8 clicks. Baseline c = 0.1, edge c0 = 0.085, pattern c1 = 0.06
    # (sag_pct 40): z = 8 ln(0.06/0.085) + 162 ln(0.94/0.915) = 8 (-0.3483067) + 162 (0.0269558)
    # = -2.786454 + 4.366841 = 1.580388
    low = {sku: Funnel(views=50, clicks=2, carts=1, orders=1) for sku in "ABC"}
    live = steady_live(600)
    for s in range(600, 640):
        live.second(s, products={**steady_funnel(), **low})
    _advisor, updates = live.run()
    z = 8 * LN(0.06 / 0.085) + 162 * LN(0.94 / 0.915)
    assert z == pytest.approx(1.580388, abs=1e-6)
    assert raised(updates)[0] == (first_crossing(600, z, updates[0][1]), "conversion_sag", None)
    ev = updates[0][1].advice.evidence
    assert ev.stage == "ctr" and ev.numbers["baseline"] == pytest.approx(0.1, abs=1e-4)
    assert ev.numbers["now"] == pytest.approx(8 / 170, abs=1e-4)


def test_one_products_carts_vanishing_is_its_views_no_orders_not_the_lives_sag() -> None:
    # A keeps its 5 clicks a second but from second 600 no cart. Its carts per click were 2/5 = 0.4, as were B's and
    # C's: baseline 0.4 (its own data, shrunk to a pooled prior that is 0.4 as well), edge 0.4 * 0.85 = 0.34,
    # pattern 0.4 * (1 - 0.8) = 0.08: z = 5 ln(0.92/0.66) = 5 * 0.3321338 = 1.660669 a second. The live-wide
    # carts-per-click stream moves too, but A carries all its evidence: that alarm is A's, not the live's.
    live = steady_live(600)
    for s in range(600, 660):
        live.second(s, products=steady_funnel(A=Funnel(views=50, clicks=5, carts=0, orders=1, abandons=1)))
    _advisor, updates = live.run()
    z = 5 * LN(0.92 / 0.66)
    assert z == pytest.approx(1.660669, abs=1e-6)
    assert raised(updates) == [(first_crossing(600, z, updates[0][1]), "views_no_orders", "A")]
    assert "Alpha pan" in updates[0][1].advice.text


def test_abandonment_after_presenting_the_high_ticket_product() -> None:
    # H (500, four times the median price of 35 and more) is presented at second 900 (segment show-h); from then
    # every product's two carts a second are both abandoned. Pooled over A, B, C: 6 resolved carts a second, all
    # abandoned. Abandonment q = 0.5 each; edge 1 - 0.5 * 0.9 = 0.55, pattern 0.5 * 1.6 = 0.8:
    # z = 6 ln(0.8/0.55) = 6 * 0.3746934 = 2.248161 a second, on the test that starts with the presentation.
    live = steady_live(900)
    live.segment(900, "show-h")
    dropped = {sku: Funnel(views=50, clicks=5, carts=2, abandons=2) for sku in "ABC"}
    for s in range(900, 960):
        live.second(s, products={**steady_funnel(), **dropped})
    advisor, updates = live.run()
    z = 6 * LN(0.8 / 0.55)
    assert z == pytest.approx(2.248161, abs=1e-6)
    # a test from a known start needs less evidence than the live-wide stream watching every second
    assert float(advisor.funnel.shown.h[0]) < float(advisor.funnel.room.h[2])
    assert raised(updates) == [(first_crossing(900, z, updates[0][1]), "abandonment_spike", "H")]
    advice = updates[0][1].advice
    assert "Heavy mixer (R$500)" in advice.text
    assert advice.remedy.action == "kit" and advice.remedy.target == "kit-h"


def test_a_segment_that_holds_viewers_is_a_dwell_lift() -> None:
    # 3,000 viewers; 18 leave a second in "intro" (as many join), 9 in "demo" from second 600 (and 9 join: the
    # audience holds; arrivals are not what this test is about, so audience_drop is off). The others' rate is
    # mu = 18 / 3000 a viewer-second, 18 expected a second. Edge 0.85, pattern 1 / 1.5:
    # z = 9 ln((2/3)/0.85) - (2/3 - 0.85) 18 = 9 (-0.2429462) + 3.3 = -2.186516 + 3.3 = 1.113484
    live = steady_live(600, funnel=False, extra='\n[advisor]\noff = ["audience_drop"]\n')
    live.segment(600, "demo")
    for s in range(600, 700):
        live.second(s, joins={"organic": 5, "paid": 3, "direct": 1}, leaves=9)
    _, updates = live.run()
    z = 9 * LN((2 / 3) / 0.85) - (2 / 3 - 0.85) * 18
    assert z == pytest.approx(1.113484, abs=1e-6)
    start = 600 + 20  # the segment's first 20 seconds still belong to the previous one
    assert raised(updates) == [(first_crossing(start, z, updates[0][1]), "dwell_lift", "demo")]
    assert "“Pans in action”" in updates[0][1].advice.text


def test_stock_that_would_run_out_within_the_horizon() -> None:
    # A: 300 left, 0.1 a second sold until second 400, then 1 a second (gone in 5 minutes). Critical rate
    # 300 / 600 s = 0.5/s; the test sets 0.5 against 0.25 (it would last twice the horizon):
    # z = x ln 2 - 0.25 = 0.693147 - 0.25 = 0.443147 a second at first (the stock falls, so lambda_c with it).
    live = HandLive(hand_plan())
    live.stock(0, "A", 340)
    for s in range(400):
        live.second(s, units={"A": 1} if s % 10 == 0 else {})
    for s in range(400, 460):
        live.second(s, units={"A": 1})
    _, updates = live.run()
    assert [(k, subj) for _, k, subj in raised(updates)] == [("stock_out_risk", "A")]
    s, u = updates[0]
    assert 400 < s <= 460
    numbers = u.advice.evidence.numbers
    assert numbers["eta_min"] is not None and 4.0 <= float(numbers["eta_min"]) <= 6.0  # type: ignore[arg-type]
    assert u.advice.remedy.action == "segment"  # swap the featured product: a segment featuring others


def test_one_advice_per_kind_and_subject_then_it_expires_when_the_condition_ends() -> None:
    live = steady_live(720, funnel=False)
    for s in range(720, 900):
        live.second(s, joins={"organic": 3, "paid": 5, "direct": 3})
    for s in range(900, 1200):
        live.second(s)
    _, updates = live.run()
    states = [(u.status, u.advice.kind, u.advice.subject, u.reason) for _, u in updates]
    assert states == [("raised", "audience_drop", "organic", ""),
                      ("expired", "audience_drop", "organic", "cleared")]
    assert updates[1][0] > 900


def test_answered_advice_is_not_raised_again_during_its_cooldown() -> None:
    live = steady_live(720, funnel=False)
    for s in range(720, 1000):
        live.second(s, joins={"organic": 3, "paid": 5, "direct": 3})
    advisor = Advisor(live.plan)
    advisor, updates = live.run(advisor)
    first = updates[0][1].advice
    done = advisor.answer(first.id, "dismissed", first.raised_ts + 5)
    assert done is not None and done.status == "dismissed"
    assert advisor.open_advice() == []
    assert advisor.answer(first.id, "dismissed", first.raised_ts + 6) is None  # answered once


def test_the_interruption_budget_holds_advice_back_until_the_window_allows() -> None:
    # organic arrivals fall and A's carts vanish at the same second; with max_per_10min = 1 the more urgent (the
    # audience) is raised, A's waits until ten live minutes after it, its condition still holding
    live = steady_live(720, extra="\n[advisor]\nmax_per_10min = 1\n")
    for s in range(720, 1400):
        live.second(s, joins={"organic": 3, "paid": 5, "direct": 3},
                    products=steady_funnel(A=Funnel(views=50, clicks=5, carts=0, orders=1, abandons=1)))
    _, updates = live.run()
    (t1, k1, s1), (t2, k2, s2) = raised(updates)
    assert {(k1, s1), (k2, s2)} == {("audience_drop", "organic"), ("views_no_orders", "A")}
    assert t2 == t1 + 600


def test_a_kind_the_plan_turns_off_is_never_raised() -> None:
    live = steady_live(720, funnel=False, extra='\n[advisor]\noff = ["audience_drop"]\n')
    for s in range(720, 800):
        live.second(s, joins={"organic": 3, "paid": 5, "direct": 3})
    _, updates = live.run()
    assert updates == []
