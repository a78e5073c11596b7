"""One live's rows for every table of the library (console/library/store.py SCHEMAS), from the report's model.

Every per-live figure is the report's (console/report/analysis.py `analyse`: the engine's end-of-live snapshot, the
products, channels and actions tables, the advice section): nothing is recomputed another way, so the library and
the report of a live never disagree. What the report has no table for is arranged here from the same snapshot:
the per-minute series as rows, and the segments' spans (docs/library.md, "How a live is added"). A figure the
feed could not give (console/present/availability.py) is null, never 0.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Sequence
from typing import Any, Final

import numpy as np

from console.kpi.snapshot import KpiSnapshot
from console.library.history.model import GOAL_LABELS
from console.library.recorded import Recorded, plan_hash
from console.library.store import live_key
from console.plan.model import Plan
from console.present.availability import is_available
from console.report.model import ActionImpact, Report, SessionData
from console.report.windows import viewer_seconds

Row = dict[str, Any]

#: minutes table column -> (the snapshot's series, the figure it needs)
_MINUTE_SERIES: Final = {
    "viewers": "minute_viewers", "orders": "minute_orders", "revenue": "minute_revenue", "units": "minute_units",
    "chat": "minute_chat", "clicks": "minute_clicks", "cart_adds": "minute_cart_adds", "abandons": "minute_abandons",
    "joins": "minute_joins", "leaves": "minute_leaves",
}
#: segments table column -> the minute series its count over a span is read from
_SEGMENT_COUNTS: Final = {"joins": "minute_joins", "leaves": "minute_leaves", "orders": "minute_orders",
                          "revenue": "minute_revenue", "clicks": "minute_clicks"}


def rows_of(report: Report, data: SessionData, recorded: Recorded, tags: Iterable[str] = ()) -> dict[str, list[Row]]:
    """Table -> this live's rows (without `key`: store.write_rows adds it). `tags`: besides the plan's own."""
    snap = report.snapshot
    started = recorded.started_at if recorded.started_at is not None else snap.started_at
    key = live_key(data.live_id, started or 0.0)
    return {
        "lives": [_live(report, data, recorded, key, started, tags)],
        "minutes": _minutes(snap),
        "products": _products(report, data.plan),
        "channels": _channels(report),
        "segments": _segments(snap, data.plan, recorded),
        "actions": _actions(report, data, recorded),
        "advice": _advice(report),
    }


def key_of(rows: dict[str, list[Row]]) -> str:
    """The live's key, as rows_of made it."""
    return str(rows["lives"][0]["key"])


def _has(snap: KpiSnapshot, figure: str) -> bool:
    return is_available(figure, snap.available)


def _num(value: float | None) -> float | None:
    return None if value is None else float(value)


def _whole(value: float | None) -> int | None:
    return None if value is None else round(value)


# ------------------------------------------------------------------------------------------------------ lives
def _live(report: Report, data: SessionData, recorded: Recorded, key: str, started: float | None,
          tags: Iterable[str]) -> Row:
    snap = report.snapshot
    plan = data.plan
    m = {x.key: x.value for x in report.headline}  # None where the feed could not give it
    viewers = snap.minute_viewers
    avg = float(np.mean(viewers)) if viewers.size and _has(snap, "minute_viewers") else None
    advice = report.advice.rows
    return {
        "key": key, "live_id": data.live_id, "title": data.title, "started_at": started,
        "date": dt.datetime.fromtimestamp(started, dt.UTC).date().isoformat() if started is not None else None,
        "plan_name": plan.live.title if plan else None,
        "plan_hash": plan_hash(recorded.plan_text) if recorded.plan_text else None,
        "tags": merged_tags(plan.live.tag_list if plan else (), tags), "currency": report.currency,
        "duration_s": report.elapsed_s, "planned_s": report.planned_s,
        # the recording does not cover the whole live: it never saw the end, or events never reached the console
        "partial": snap.ended_at is None or bool(report.gaps), "events": report.events,
        "gmv": m["gmv"], "orders": _whole(m["orders"]), "units": _whole(m["units"]), "buyers": _whole(m["buyers"]),
        "conversion": m["conversion"], "peak_viewers": _whole(m["peak_viewers"]), "avg_viewers": avg,
        "entered": _whole(m["entered"]), "ad_spend": m["ad_spend"], "roas": m["roas"],
        "cart_adds": snap.cart_adds if _has(snap, "cart_adds") else None,
        "abandons": snap.cart_abandons if _has(snap, "cart_abandons") else None,
        "abandonment": m["cart_abandonment"],
        "new_buyers": _whole(m["new_buyers"]), "returning_buyers": _whole(m["returning_buyers"]),
        "new_revenue": m["new_revenue"], "returning_revenue": m["returning_revenue"],
        "actions": len(report.actions), "advice": len(advice),
        "advice_taken": sum(1 for a in advice if a.status == "taken"),
        "goals": json.dumps([{"key": g.name, "label": GOAL_LABELS.get(g.name, g.label), "target": g.target,
                              "actual": g.actual, "met": None if g.actual is None else g.verdict == "met"}
                             for g in report.goals]),
        "provides": None if snap.available is None else sorted(snap.available),
    }


def merged_tags(*groups: Iterable[str]) -> list[str]:
    """Tags in the order first given, each once."""
    return list(dict.fromkeys(t for group in groups for t in group))


# ------------------------------------------------------------------------------------------------------ minutes
def _minutes(snap: KpiSnapshot) -> list[Row]:
    series = {col: getattr(snap, name) if _has(snap, name) else None for col, name in _MINUTE_SERIES.items()}
    n = snap.minute_viewers.size
    rows = []
    for m in range(n):
        row: Row = {"minute": m, "complete": (m + 1) * 60 <= snap.elapsed_s}
        row.update({col: None if s is None else float(s[m]) for col, s in series.items()})
        rows.append(row)
    return rows


# ------------------------------------------------------------------------------------------------------ products
def _products(report: Report, plan: Plan | None) -> list[Row]:
    snap = report.snapshot
    planned = {p.sku: p for p in plan.products} if plan else {}

    def fig(figure: str, value: float | None) -> float | None:
        return value if _has(snap, figure) else None

    rows = []
    for p in report.products:
        pp = planned.get(p.sku)
        units = fig("product_units", p.units)
        stock = pp.stock if pp else None
        rows.append({
            "sku": p.sku, "name": p.name, "category": pp.category if pp else None, "in_plan": p.in_plan,
            "price": p.price, "unit_cost": pp.unit_cost if pp else None,
            "margin": (pp.price - pp.unit_cost) / pp.price if pp else None, "stock_start": stock,
            "impressions": _whole(fig("product_impressions", p.impressions)),
            "clicks": _whole(fig("product_clicks", p.clicks)), "carts": _whole(fig("product_carts", p.carts)),
            "abandons": _whole(fig("product_abandons", p.abandons)),
            "orders": _whole(fig("product_orders", p.orders)), "units": _whole(units),
            "revenue": fig("product_revenue", p.revenue),
            "stock_left": p.stock_left if _has(snap, "product_stock_left") else None,
            "sold_out_at_s": p.sold_out_at_s,
            "sell_through": units / stock if units is not None and stock else None,
        })
    return rows


# ------------------------------------------------------------------------------------------------------ channels
def _channels(report: Report) -> list[Row]:
    snap = report.snapshot

    def fig(figure: str, value: float | None) -> float | None:
        return value if _has(snap, figure) else None

    return [{"channel": c.channel, "entered": _whole(fig("channel_entered", c.entered)),
             "orders": _whole(fig("channel_orders", c.orders)), "buyers": _whole(fig("channel_buyers", c.buyers)),
             "revenue": fig("channel_revenue", c.revenue), "conversion": fig("channel_conversion", c.conversion),
             "ad_spend": fig("ad_spend", c.ad_spend), "roas": fig("roas", c.roas)} for c in report.channels]


# ------------------------------------------------------------------------------------------------------ segments
def _segments(snap: KpiSnapshot, plan: Plan | None, recorded: Recorded) -> list[Row]:
    """One row per time a segment was on air: from its change (the opening segment: the live's start) to the next
    change, the last to the end of the recording. Counts are read from the per-minute series, a minute the span
    only partly covers by the share of the minute's recorded seconds it covers (docs/library.md)."""
    t0 = snap.started_at
    if t0 is None:
        return []
    end = snap.elapsed_s
    # the engine bins by whole seconds: the last event's second is recorded whole, so the recording covers
    # [0, floor(end) + 1) and every count falls inside some span
    covered = math.floor(end) + 1.0
    starts = [(max(0.0, c.ts - t0), c.segment_id) for c in recorded.segments]
    titles = {s.id: s for s in plan.segments} if plan else {}
    runs: dict[str, int] = {}
    rows = []
    for i, (start, seg) in enumerate(starts):
        stop = starts[i + 1][0] if i + 1 < len(starts) else end
        runs[seg] = runs.get(seg, 0) + 1
        planned = titles.get(seg)
        row: Row = {"run": runs[seg], "segment_id": seg, "title": planned.title if planned else seg,
                    "demo": planned.demo if planned else None, "start_s": start, "end_s": stop}
        share_end = covered if i + 1 == len(starts) else stop
        row["viewer_minutes"] = (viewer_seconds(snap.minute_viewers, start, share_end) / 60.0
                                 if _has(snap, "minute_viewers") else None)
        for col, series in _SEGMENT_COUNTS.items():
            values = getattr(snap, series)
            row[col] = span_sum(values, start, share_end, covered) if _has(snap, series) else None
        rows.append(row)
    return rows


def span_sum(per_minute: Sequence[float] | np.ndarray, start_s: float, end_s: float, covered_s: float) -> float:
    """A per-minute count over [start_s, end_s): each minute's count times the share of its recorded seconds
    (the last minute has only `covered_s - 60 m` of them) that the span covers."""
    total = 0.0
    for m in range(max(0, int(start_s // 60)), min(len(per_minute), math.ceil(end_s / 60))):
        length = min(60.0, covered_s - m * 60.0)
        overlap = min(end_s, m * 60.0 + length) - max(start_s, m * 60.0)
        if length > 0 and overlap > 0:
            total += float(per_minute[m]) * overlap / length
    return total


# ------------------------------------------------------------------------------------------------------ actions
def _actions(report: Report, data: SessionData, recorded: Recorded) -> list[Row]:
    snap = report.snapshot
    measured = _has(snap, "action_effect")
    params = {r.key: _params(r.params) for r in data.actions}
    # the advice an action answered: the advice rows that were taken, by the action the report matched them to
    answered = {a.action.number: a.kind for a in report.advice.rows if a.status == "taken" and a.action is not None}
    by_key = {a.action_key: a.kind for a in report.advice.rows if a.status == "taken" and a.action_key}
    rows = []
    for a in report.actions:
        given = params.get(a.key, {}) if a.key else {}
        stream = recorded.stream_actions.get(a.action_id or "", {})
        rows.append({
            "number": a.number, "action_id": a.action_id, "kind": a.kind,
            "target": target_of(a, given, stream, data.plan), "label": a.label, "source": a.source,
            "status": a.status, "at_s": a.at_s, "opm_before": a.opm_before if measured else None,
            "opm_after": a.opm_after if measured else None, "lift": a.lift if measured else None,
            "viewer_lift": a.viewer_lift if measured else None, "p_value": a.p_value if measured else None,
            "verdict": a.verdict, "overlaps": len(a.overlaps), "product_id": a.product_id,
            "advice_kind": answered.get(a.number) or (by_key.get(a.key) if a.key else None),
        })
    return rows


def _params(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def target_of(a: ActionImpact, given: dict[str, Any], stream: dict[str, Any], plan: Plan | None) -> str | None:
    """What the action was aimed at, as the plan names it: an offer's preset (the plan's preset of that product
    and discount, the one of that duration too when several), a segment's id, a kit's id. From the request the
    console sent, else from the stream's event (an action the console did not ask for); None when unknown."""
    if a.kind in ("segment", "kit"):
        field = f"{a.kind}_id"
        return _text(given.get(field)) or _text(stream.get(field))
    if a.kind != "flash_offer" or plan is None:
        return None
    said = {**stream, **given}  # the request first; the stream's event for what the request does not say
    product, discount, duration = said.get("product_id"), said.get("discount_pct"), said.get("duration_s")
    fits = [p for p in plan.presets if p.product == product and _same(p.discount_pct, discount)]
    exact = [p for p in fits if _same(p.duration_s, duration)]
    chosen = exact or fits
    return chosen[0].id if chosen else None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _same(a: float, b: Any) -> bool:
    return isinstance(b, int | float) and not isinstance(b, bool) and math.isclose(a, float(b), abs_tol=1e-9)


# ------------------------------------------------------------------------------------------------------ advice
def _advice(report: Report) -> list[Row]:
    measured = _has(report.snapshot, "action_effect")
    rows = []
    for r in report.advice.rows:
        f = r.followed if measured else None  # what followed is measured in orders per minute
        rows.append({
            "advice_id": r.advice_id, "kind": r.kind, "subject": r.subject, "raised_s": r.at_s, "status": r.status,
            "remedy_action": r.remedy_action, "remedy_target": r.remedy_target, "action_key": r.action_key,
            "opm_before": f.opm_before if f else None, "opm_after": f.opm_after if f else None,
            "lift": f.lift if f else None,
        })
    return rows
