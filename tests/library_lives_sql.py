"""What a recorded session file says, in plain SQL over its own `events`, `actions` and `advice` tables, for the
library's end-to-end test (tests/test_library_end_to_end.py): every figure the history page and `plan suggest` show
about a live, worked out here from the definitions in docs/metrics.md, docs/report.md and docs/library.md without
the console's code (no engine, no report, no library). The per-minute counts come from tests/test_library_add.py's
`expected`, which the library's own export tests already hold to the same SQL.

Also the statistics the page names (docs/library.md, "History page"), written again from their definitions: the
median, the two-sided sign test, the order-statistics interval of the median, the least-squares slope."""

from __future__ import annotations

import json
import math
import statistics
from collections import defaultdict
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console.plan.model import Plan
from tests.test_library_add import Expected, expected, one, ro, rows_by

WINDOW_S = 300  # an action's effect: orders per minute in the 5 minutes before it against the 5 from it
MARK_TYPES = {"segment_changed": "segment", "offer_started": "flash_offer", "kit_launched": "kit"}


@dataclass(frozen=True)
class Effect:
    """Orders before and after a moment, in the report's windows (console/report/windows.py): whole seconds from
    the start, [a - 300, a) against [a, a + 300), each cut at the recording's ends."""

    orders_before: int
    orders_after: int
    before_s: int
    after_s: int
    lift: float | None  # orders per minute after / before - 1
    viewer_lift: float | None  # the same per viewer-second of exposure


@dataclass(frozen=True)
class Mark:
    """An action seen on the stream (its first event), with what it aimed at and what followed."""

    action_id: str
    kind: str  # segment, flash_offer, kit
    target: str | None  # the segment or kit id, or the plan's preset of that product and discount
    label: str | None  # the console's words for it (its actions table); None when no console asked
    at_s: float  # live seconds from the first event
    effect: Effect
    overlapped: bool  # another action's windows meet this one's (docs/library.md: such a lift is mixed)


@dataclass(frozen=True)
class Facts:
    """One live as its session file says it."""

    path: Path
    key: str  # live id @ the feed's start second
    plan_text: str
    ended: bool  # a live_ended was recorded
    gaps: bool  # events lost: the seqs recorded are not one run
    t0: float  # the first event's time: live second 0
    minutes: Expected  # per-minute counts and viewers (tests/test_library_add.py)
    headline: dict[str, Any]
    goals: dict[str, float | None]  # the plan's goal keys -> the live's actual
    channels: dict[str, dict[str, float]]  # channel -> entered, buyers, orders, revenue, ad_spend
    products: dict[str, dict[str, Any]]  # sku -> units, revenue, sold_out_s
    spans: list[tuple[str, float, float]]  # each run of a segment on air: (segment id, start, end) in live seconds
    marks: list[Mark]
    advice: list[tuple[str, str, float | None]]  # (kind, status, lift of what followed)

    @property
    def elapsed(self) -> float:
        return self.minutes.elapsed

    def complete(self) -> list[int]:
        """The minutes recorded in full (their 60 seconds inside the recording)."""
        return [m for m in range(len(self.minutes.viewers)) if (m + 1) * 60 <= self.elapsed]


def facts(path: Path, plan: Plan) -> Facts:
    with closing(ro(path)) as c:
        live_id, started, plan_text = c.execute("SELECT live_id, live_started_at, plan_toml FROM session").fetchone()
        exp = expected(path)
        t0 = exp.t0
        orders = [int(s) for (s,) in c.execute("SELECT CAST(ts - ? AS INTEGER) FROM events WHERE type = "
                                                "'order_placed'", (t0,))]
        headline = _headline(c)
        channels = _channels(c)
        products = _products(c, t0, plan)
        spans = _spans(c, t0, exp.elapsed)
        raw_marks = _marks(c, t0, plan)
        ended = one(c, "SELECT count(*) FROM events WHERE type = 'live_ended'") > 0
        last_ts = one(c, "SELECT max(ts) FROM events")
        gaps = one(c, "SELECT max(seq) - min(seq) + 1 <> count(*) FROM events") == 1
        advice_rows = c.execute("SELECT kind, status, raised_ts, action_id, action_key FROM advice ORDER BY raised_ts"
                                ).fetchall()
        asked = c.execute("SELECT id, action_id FROM actions").fetchall()
    viewers = [v or 0.0 for v in exp.viewers]
    windows = {aid: effect(orders, viewers, at, exp.elapsed) for aid, _, _, _, at in raw_marks}
    # another action overlaps when its windows meet this one's (console/report/analysis.py's rule, in words in
    # docs/library.md): an offer started just before still runs through this one's "after"
    marks = [Mark(aid, kind, target, label, at, windows[aid], any(
        at - windows[aid].before_s < o_at + windows[o_id].after_s and o_at < at + windows[aid].after_s
        for o_id, _, _, _, o_at in raw_marks if o_id != aid)) for aid, kind, target, label, at in raw_marks]
    # advice: what followed it is the effect of the action that took it, else the same windows at the moment it
    # was raised (at the last event, when raised after it)
    by_id = {m.action_id: m for m in marks}
    id_of_key = dict(asked)
    advice = []
    for kind, status, raised_ts, action_id, action_key in advice_rows:
        aid = action_id or id_of_key.get(action_key)
        took = by_id.get(aid) if status == "taken" and aid else None
        at = max(0.0, min(raised_ts, last_ts) - t0)
        advice.append((kind, status, took.effect.lift if took else effect(orders, viewers, at, exp.elapsed).lift))
    goal_actual = {"gmv": headline["gmv"], "orders": headline["orders"], "conversion": headline["conversion"],
                   "peak_viewers": headline["peak_viewers"], "roas": headline["roas"],
                   "max_cart_abandonment": headline["abandonment"]}
    goals = {g: goal_actual[g] for g in type(plan.goals).__struct_fields__ if getattr(plan.goals, g) is not None}
    seen = {m.action_id for m in marks}
    headline["actions"] = len(seen | {a for _, a in asked if a}) + sum(1 for _, a in asked if not a)
    headline["advice"] = len(advice_rows)
    headline["advice_taken"] = sum(1 for r in advice_rows if r[1] == "taken")
    headline["avg_viewers"] = sum(viewers) / len(viewers)
    return Facts(path, f"{live_id}@{int(started)}", plan_text, ended, gaps, t0, exp, headline, goals, channels,
                 products, spans, marks, advice)


def _headline(c: Any) -> dict[str, Any]:
    """The report's headline (docs/metrics.md): conversion = buyers / entered and abandonment = abandons / carts,
    each capped at 1; ROAS = the paid channel's revenue / ad spend; a buyer is new or returning by their first
    order."""
    orders, gmv, buyers = c.execute("SELECT count(*), coalesce(sum(json_extract(raw, '$.amount')), 0), "
                                    "count(DISTINCT json_extract(raw, '$.customer_id')) FROM events "
                                    "WHERE type = 'order_placed'").fetchone()
    entered = one(c, "SELECT count(DISTINCT json_extract(raw, '$.viewer_id')) FROM events WHERE type = "
                     "'viewer_joined'")
    new_buyers, new_revenue = c.execute("""
        WITH o AS (SELECT json_extract(raw, '$.customer_id') AS who, json_extract(raw, '$.amount') AS amount,
                          json_extract(raw, '$.new_customer') AS new,
                          row_number() OVER (PARTITION BY json_extract(raw, '$.customer_id') ORDER BY seq) AS n
                   FROM events WHERE type = 'order_placed'),
             first AS (SELECT who, new FROM o WHERE n = 1)
        SELECT count(DISTINCT o.who), coalesce(sum(o.amount), 0) FROM o JOIN first USING (who) WHERE first.new
        """).fetchone()
    spend = one(c, "SELECT sum(json_extract(raw, '$.amount')) FROM events WHERE type = 'ad_spend'")
    paid = one(c, "SELECT coalesce(sum(json_extract(raw, '$.amount')), 0) FROM events WHERE type = 'order_placed' "
                  "AND channel = 'paid'")
    carts = one(c, "SELECT count(*) FROM events WHERE type = 'cart_added'")
    abandons = one(c, "SELECT count(*) FROM events WHERE type = 'cart_abandoned'")
    return {"gmv": gmv, "orders": orders, "buyers": buyers, "entered": entered,
            "conversion": min(1.0, buyers / entered) if entered else None,
            "peak_viewers": one(c, "SELECT max(json_extract(raw, '$.viewers')) FROM events WHERE type = "
                                   "'viewer_count'"),
            "roas": paid / spend if spend else None,
            "abandonment": min(1.0, abandons / carts) if carts else None,
            "new_buyers": new_buyers, "returning_buyers": buyers - new_buyers,
            "new_revenue": new_revenue, "returning_revenue": gmv - new_revenue}


def _channels(c: Any) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = defaultdict(lambda: {"entered": 0, "buyers": 0, "orders": 0, "revenue": 0.0,
                                                            "ad_spend": 0.0})
    for ch, n in c.execute("SELECT channel, count(DISTINCT json_extract(raw, '$.viewer_id')) FROM events "
                           "WHERE type = 'viewer_joined' GROUP BY 1"):
        out[ch]["entered"] = n
    for ch, n, who, revenue in c.execute(
            "SELECT channel, count(*), count(DISTINCT json_extract(raw, '$.customer_id')), "
            "sum(json_extract(raw, '$.amount')) FROM events WHERE type = 'order_placed' GROUP BY 1"):
        out[ch].update(orders=n, buyers=who, revenue=revenue)
    for ch, spend in c.execute("SELECT json_extract(raw, '$.channel'), sum(json_extract(raw, '$.amount')) "
                               "FROM events WHERE type = 'ad_spend' GROUP BY 1"):
        out[ch]["ad_spend"] = spend
    return dict(out)


def _products(c: Any, t0: float, plan: Plan) -> dict[str, dict[str, Any]]:
    """Units and revenue from the orders' items; the second it sold out: its stock said 0 (a sold_out event or a
    stock_changed to 0) and not restocked since, else its plan stock used up by the orders."""
    sold = rows_by(c, "SELECT json_extract(i.value, '$.product_id'), sum(json_extract(i.value, '$.quantity')), "
                      "sum(json_extract(i.value, '$.quantity') * json_extract(i.value, '$.unit_price')) "
                      "FROM events, json_each(raw, '$.items') AS i WHERE events.type = 'order_placed' GROUP BY 1")
    out: dict[str, dict[str, Any]] = {}
    for p in plan.products:
        units, revenue = sold.get(p.sku, (0, 0.0))
        out_at: float | None = None
        told = c.execute("SELECT ts, type, json_extract(raw, '$.stock') FROM events WHERE type IN ('stock_changed', "
                         "'sold_out') AND json_extract(raw, '$.product_id') = ? ORDER BY seq", (p.sku,)).fetchall()
        for ts, kind, stock in told:
            if kind == "stock_changed" and stock > 0:
                out_at = None
            elif out_at is None:
                out_at = ts
        if not told:
            running = 0
            for ts, q in c.execute("SELECT ts, json_extract(i.value, '$.quantity') FROM events, json_each(raw, "
                                   "'$.items') AS i WHERE events.type = 'order_placed' AND "
                                   "json_extract(i.value, '$.product_id') = ? ORDER BY seq", (p.sku,)):
                running += q
                if running >= p.stock:
                    out_at = ts
                    break
        out[p.sku] = {"units": units, "revenue": revenue, "sold_out_s": None if out_at is None else out_at - t0}
    return out


def _spans(c: Any, t0: float, elapsed: float) -> list[tuple[str, float, float]]:
    """A segment is on air from its change to the next; the opening one (live_started's) from the start, the last to
    the end of the recording."""
    starts = [(max(0.0, ts - t0), seg) for ts, seg in c.execute(
        "SELECT ts, json_extract(raw, '$.segment_id') FROM events WHERE type IN ('live_started', 'segment_changed') "
        "ORDER BY seq")]
    return [(seg, start, starts[i + 1][0] if i + 1 < len(starts) else elapsed)
            for i, (start, seg) in enumerate(starts)]


def _marks(c: Any, t0: float, plan: Plan) -> list[tuple[str, str, str | None, str | None, float]]:
    """Each action on the stream, once (its first event): (action id, kind, target, the console's label, live s).
    The target as the console asked for it (its actions table's params), else as the stream says it."""
    rows = c.execute("""
        SELECT e.action_id, e.type, e.ts, e.raw, a.params, a.label FROM events e
        LEFT JOIN actions a ON a.action_id = e.action_id
        WHERE e.type IN ('segment_changed', 'offer_started', 'kit_launched') AND e.action_id IS NOT NULL
          AND e.seq = (SELECT min(seq) FROM events f WHERE f.action_id = e.action_id AND f.type = e.type)
        ORDER BY e.seq""").fetchall()
    out = []
    for action_id, kind, ts, raw, params, label in rows:
        said = {**json.loads(raw), **(json.loads(params) if params else {})}
        what = MARK_TYPES[kind]
        if what == "flash_offer":
            fits = [p.id for p in plan.presets if p.product == said.get("product_id")
                    and p.discount_pct == said.get("discount_pct")]
            target = fits[0] if fits else None
        else:
            target = said.get(f"{what}_id")
        out.append((action_id, what, target, label, ts - t0))
    return out


def effect(orders: list[int], viewers: list[float], at: float, elapsed: float) -> Effect:
    """The report's windows around live second `at`: orders in the seconds [a - 300, a) and [a, a + 300), a the
    whole second of `at`, the first cut at the start and the second after the last event's second; per viewer, over
    the viewer-seconds of each window (each minute's viewers held over its 60 seconds)."""
    a, last = int(at), int(elapsed)
    lo, hi = max(0, a - WINDOW_S), max(a + 1, min(a + WINDOW_S, last + 1))
    before = sum(1 for s in orders if lo <= s < a)
    after = sum(1 for s in orders if a <= s < hi)
    before_s, after_s = a - lo, hi - a
    lift = (after / after_s) / (before / before_s) - 1 if before_s and before else None

    def exposure(start: float, end: float) -> float:
        return sum(max(0.0, min(end, m * 60.0 + 60) - max(start, m * 60.0)) * v for m, v in enumerate(viewers))

    e_before, e_after = exposure(at - before_s, at), exposure(at, at + after_s)
    viewer_lift = (after / e_after) / (before / e_before) - 1 if before and e_before > 0 and e_after > 0 else None
    return Effect(before, after, before_s, after_s, lift, viewer_lift)


# ---------------------------------------------------------------------------------------- statistics, again
def binom_tail(k: int, n: int) -> float:
    """P(X <= k), X ~ Binomial(n, 1/2)."""
    return sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n


def sign_p(values: list[float]) -> float | None:
    up, down = sum(1 for v in values if v > 0), sum(1 for v in values if v < 0)
    return None if up + down == 0 else min(1.0, 2 * binom_tail(min(up, down), up + down))


def median_interval(values: list[float]) -> tuple[float, float, float] | None:
    """The k-th smallest to the k-th largest, k the largest whose coverage 1 - 2 P(X <= k - 1) is at least 95%."""
    xs, n = sorted(values), len(values)
    ks = [k for k in range(1, n // 2 + 1) if 1 - 2 * binom_tail(k - 1, n) >= 0.95]
    if not ks:
        return None
    k = max(ks)
    return xs[k - 1], xs[n - k], 1 - 2 * binom_tail(k - 1, n)


def verdict(values: list[float]) -> str:
    """Fewer than 3 lives: too few; the sign test sure (p < 0.05): works or hurts, the way most lives moved; three in
    four lives lifted with a positive median: promising; else no clear effect."""
    if len(values) < 3:
        return "too few lives to tell"
    p, up = sign_p(values), sum(1 for v in values if v > 0)
    if p is not None and p < 0.05:
        return "works" if up > len(values) - up - values.count(0.0) else "hurts"
    if statistics.median(values) > 0 and up >= 0.75 * len(values):
        return "promising, not proven"
    return "no clear effect"


def stands(votes: list[int], least: int) -> bool:
    """A playbook rule (docs/library.md, "Playbook"): the lives vote +1 or -1 (0 abstains); it stands when the votes
    of the side most lives took, with those against, are at least `least` and the sign test says p < 0.05."""
    up, down = votes.count(1), votes.count(-1)
    return up != down and up + down >= least and (sign_p([float(v) for v in votes]) or 1.0) < 0.05


def slope(ys: list[float]) -> float | None:
    n = len(ys)
    if n < 2:
        return None
    mx, my = (n - 1) / 2, sum(ys) / n
    return sum((i - mx) * (y - my) for i, y in enumerate(ys)) / sum((i - mx) ** 2 for i in range(n))


def trend(ys: list[float]) -> str:
    """Three or more lives: "steady" when the fitted line moves less than 5% of their mean across them."""
    s = slope(ys)
    if s is None or len(ys) < 3:
        return ""
    change, mean = s * (len(ys) - 1), abs(sum(ys) / len(ys))
    if (mean == 0 and change == 0) or (mean > 0 and abs(change) < 0.05 * mean):
        return "steady"
    return "rising" if change > 0 else "falling"
