"""The history page's figures: DuckDB SQL over the library (load.py's tables), one function per section, each
returning plain dataclasses (model.py). Every section reads the lives in `chosen`: the filters are applied there
and nowhere else. Per-live figures are the report's (the exporter wrote them from console/report's Report); this
module only adds them up across lives."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, TypeVar, cast

import duckdb

from console.i18n import translate
from console.library.history import stats
from console.library.history.load import open_selection
from console.library.history.minute_queries import comparison, minutes
from console.library.history.model import (
    QUADRANTS,
    AdviceEffect,
    ChannelRow,
    Effect,
    Filters,
    GoalPoint,
    GoalTrend,
    History,
    Live,
    ProductPoint,
    ProductRow,
    Quadrant,
    SegmentRow,
)
from console.present.advice_words import kind_words

_N = TypeVar("_N", int, float)

#: the plan's goals in the order the plan file lists them (console/plan/model.py Goals)
GOAL_ORDER: Final = ("gmv", "orders", "conversion", "peak_viewers", "roas", "max_cart_abandonment")
_LIVE_COLUMNS: Final = ("key", "live_id", "title", "date", "started_at", "plan_name", "tags", "currency",
                        "duration_s", "partial", "gmv", "orders", "conversion", "peak_viewers", "avg_viewers", "roas",
                        "abandonment", "buyers", "new_buyers", "returning_buyers", "new_revenue",
                        "returning_revenue", "actions", "advice", "advice_taken")


def build(library: Path, filters: Filters, compare: Sequence[str] | None = None) -> History:
    """Every section of the page for the lives `filters` keep (and the lives named in `compare`). Raises
    load.HistoryError with the sentence to print when there is nothing to show."""
    sel = open_selection(library, filters, compare)
    con = sel.con
    lv = lives(con)
    return History(library=library, filters=filters, lives=lv, goals=goals(con, sel.warnings), minutes=minutes(con),
                   segments=segments(con), products=products(con), channels=channels(con), actions=actions(con),
                   advice=advice(con),
                   comparison=comparison(con, sel.compare_keys, live_rows(con, sel.compare_keys))
                   if sel.compare_keys else None,
                   warnings=(*sel.warnings, *_mixed_currencies(lv)))


def lives(con: duckdb.DuckDBPyConnection) -> tuple[Live, ...]:
    """The chosen lives, oldest first."""
    cols = ", ".join(f"l.{c}" for c in _LIVE_COLUMNS)
    rows = con.execute(f"SELECT {cols} FROM lives_all l JOIN chosen c USING (key) ORDER BY c.pos").fetchall()
    return tuple(_live(r) for r in rows)


def live_rows(con: duckdb.DuckDBPyConnection, keys: Sequence[str]) -> tuple[Live, ...]:
    """The named lives, in the order named (--compare)."""
    cols = ", ".join(_LIVE_COLUMNS)
    by_key = {r[0]: _live(r) for r in con.execute(f"SELECT {cols} FROM lives_all WHERE key IN (SELECT unnest(?))",
                                                  [list(keys)]).fetchall()}
    return tuple(by_key[k] for k in keys)


def _live(r: tuple[Any, ...]) -> Live:
    v = dict(zip(_LIVE_COLUMNS, r, strict=True))
    return Live(**{**v, "title": v["title"] or v["live_id"] or v["key"], "live_id": v["live_id"] or "",
                   "tags": tuple(v["tags"] or ()), "currency": v["currency"] or "EUR", "partial": bool(v["partial"])})


def _mixed_currencies(lv: Sequence[Live]) -> list[str]:
    seen = sorted({x.currency for x in lv})
    if len(seen) < 2:
        return []
    return [translate("History", "These lives sold in {currencies}: totals across lives add different currencies. "
                      "Narrow the page with --plan or --tag to lives of one currency.").format(
        currencies=", ".join(seen))]


def goals(con: duckdb.DuckDBPyConnection, warnings: list[str]) -> tuple[GoalTrend, ...]:
    """Each goal across the lives whose plan set it: target against actual, how often met and the trend. A partial
    recording is shown but not counted (its actual is not the live's). The goals column is JSON written by the
    exporter; a live whose JSON cannot be read is named in `warnings` and left out of this section."""
    rows = con.execute("SELECT key, goals, partial FROM lives_all JOIN chosen c USING (key) ORDER BY c.pos").fetchall()
    points: dict[str, list[GoalPoint]] = defaultdict(list)
    labels: dict[str, str] = {}
    for key, text, partial in rows:
        for entry in _goal_entries(key, text, warnings):
            goal = entry["key"]
            labels[goal] = entry.get("label") or goal
            points[goal].append(GoalPoint(key, _num(entry.get("target")), _num(entry.get("actual")),
                                          entry.get("met") if isinstance(entry.get("met"), bool) else None,
                                          bool(partial)))
    order = sorted(points, key=lambda g: (GOAL_ORDER.index(g) if g in GOAL_ORDER else len(GOAL_ORDER), g))
    out = []
    for goal in order:
        counted = [p for p in points[goal] if not p.partial and p.actual is not None]
        ys = [p.actual for p in counted if p.actual is not None]
        out.append(GoalTrend(goal, labels[goal], goal.startswith("max_"), tuple(points[goal]), len(counted),
                             sum(1 for p in counted if p.met), stats.slope(ys), stats.trend_word(ys)))
    return tuple(out)


def _goal_entries(key: str, text: str | None, warnings: list[str]) -> list[dict[str, Any]]:
    if not text:
        return []
    try:
        data = json.loads(text)
    except ValueError as exc:
        warnings.append(translate("History", "Live {key}: its goals field is not JSON ({why}); its goals are left out."
                                  ).format(key=key, why=exc))
        return []
    if not isinstance(data, list):
        warnings.append(translate("History", "Live {key}: its goals field is not a list of goals; its goals are left "
                                  "out.").format(key=key))
        return []
    good = [e for e in data if isinstance(e, dict) and isinstance(e.get("key"), str)]
    if len(good) < len(data):
        warnings.append(translate("History", "Live {key}: {entries} entry(ies) of its goals field have no key; left "
                                  "out.").format(key=key, entries=len(data) - len(good)))
    return good


def _num(v: object) -> float | None:
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) else None


def segments(con: duckdb.DuckDBPyConnection) -> tuple[SegmentRow, ...]:
    """Each segment across the lives that ran it, pooled over its runs, ranked by dwell: the lowest leave rate per
    viewer-minute first (the segment that kept its viewers best). A rate is over the runs whose feed gave its
    figure: a run without leaves counts no viewer-minutes against the leaves."""
    rows = con.execute("""
        SELECT segment_id, arg_max(title, c.pos), bool_or(coalesce(demo, false)), count(DISTINCT key), count(*),
               sum(viewer_minutes),
               sum(leaves), coalesce(sum(viewer_minutes) FILTER (WHERE leaves IS NOT NULL), 0),
               sum(orders), coalesce(sum(viewer_minutes) FILTER (WHERE orders IS NOT NULL), 0),
               sum(revenue)  -- null when no run has revenue (a room-only feed): "—" on the page, never 0
        FROM segments JOIN chosen c USING (key)
        WHERE segment_id IS NOT NULL AND viewer_minutes > 0
        GROUP BY segment_id""").fetchall()
    out = [SegmentRow(sid, title or sid, bool(demo), lives, runs, vm, leaves, leave_vm, orders, order_vm, revenue)
           for sid, title, demo, lives, runs, vm, leaves, leave_vm, orders, order_vm, revenue in rows]
    return tuple(sorted(out, key=lambda s: (s.leave_rate is None, s.leave_rate or 0.0, s.segment_id)))


def products(con: duckdb.DuckDBPyConnection) -> tuple[ProductRow, ...]:
    """Each product across the lives that showed it: its quadrant in each live (margin against sell-through, each
    split at that live's median over its products with both figures; the median itself counts as high), oldest
    first. Ordered by the latest quadrant (stars first), then revenue."""
    rows = con.execute("""
        WITH p AS (SELECT p.*, c.pos FROM products p JOIN chosen c USING (key) WHERE sku IS NOT NULL),
        mid AS (SELECT key, median(margin) AS m, median(sell_through) AS s FROM p
                WHERE margin IS NOT NULL AND sell_through IS NOT NULL GROUP BY key)
        SELECT sku, name, key, margin, sell_through, units, revenue,
               CASE WHEN margin IS NULL OR sell_through IS NULL THEN NULL
                    WHEN margin >= mid.m AND sell_through >= mid.s THEN 'star'
                    WHEN margin >= mid.m THEN 'niche'
                    WHEN sell_through >= mid.s THEN 'traffic builder'
                    ELSE 'review' END
        FROM p LEFT JOIN mid USING (key) ORDER BY sku, pos""").fetchall()
    by_sku: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for r in rows:
        by_sku[r[0]].append(r)
    out = []
    for sku, rs in by_sku.items():
        points = tuple(ProductPoint(key, margin, st, units, cast("Quadrant | None", quad))
                       for _, _, key, margin, st, units, _, quad in rs)
        out.append(ProductRow(sku, rs[-1][1] or sku, points, _known_sum([r[5] for r in rs]),
                              _known_sum([r[6] for r in rs])))
    rank: dict[str | None, int] = {q: i for i, q in enumerate(QUADRANTS)}
    return tuple(sorted(out, key=lambda p: (rank.get(p.latest, len(rank)), -(p.revenue or 0.0), p.sku)))


def _known_sum(values: Sequence[_N | None]) -> _N | None:
    """The sum of the lives that gave the figure; None when none did (a room-only feed's products), never 0."""
    known = [v for v in values if v is not None]
    return sum(known[1:], known[0]) if known else None


def channels(con: duckdb.DuckDBPyConnection) -> tuple[ChannelRow, ...]:
    """Each entry channel across lives, best conversion first. Conversion pools the lives whose feed gave both
    entered and buyers; ROAS the lives with ad spend on the channel."""
    rows = con.execute("""
        SELECT channel, count(DISTINCT key), sum(entered), sum(buyers), sum(orders), sum(revenue),
               sum(ad_spend) FILTER (WHERE ad_spend > 0),
               sum(buyers) FILTER (WHERE entered IS NOT NULL AND buyers IS NOT NULL)
                 / nullif(sum(entered) FILTER (WHERE entered IS NOT NULL AND buyers IS NOT NULL), 0),
               sum(revenue) FILTER (WHERE ad_spend > 0 AND revenue IS NOT NULL)
                 / nullif(sum(ad_spend) FILTER (WHERE ad_spend > 0 AND revenue IS NOT NULL), 0)
        FROM channels JOIN chosen USING (key) WHERE channel IS NOT NULL GROUP BY channel""").fetchall()
    out = [ChannelRow(*r) for r in rows]
    return tuple(sorted(out, key=lambda c: (c.conversion is None, -(c.conversion or 0.0), c.channel)))


def actions(con: duckdb.DuckDBPyConnection) -> tuple[Effect, ...]:
    """Each action kind and target (the preset, segment or kit) across the lives that used it: the measured lift
    of orders per minute, one value per live (the median of its presses)."""
    rows = con.execute("""
        SELECT kind, coalesce(target, ''), key, any_value(c.pos) AS pos, median(lift), median(viewer_lift)
                 FILTER (WHERE isfinite(viewer_lift)), count(*), arg_max(label, number)
        FROM actions JOIN chosen c USING (key)
        WHERE lift IS NOT NULL AND isfinite(lift) AND kind IS NOT NULL
        GROUP BY kind, coalesce(target, ''), key ORDER BY kind, 2, pos""").fetchall()
    groups: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
    for r in rows:
        groups[(r[0], r[1])].append(r)
    out = [_effect(kind, target, rs[-1][7] or target or kind, [(r[2], r[4]) for r in rs], sum(r[6] for r in rs),
                   [r[5] for r in rs if r[5] is not None]) for (kind, target), rs in groups.items()]
    return tuple(sorted(out, key=_effect_rank))


def advice(con: duckdb.DuckDBPyConnection) -> tuple[AdviceEffect, ...]:
    """Each advice kind: how often raised, and what followed (the orders-per-minute lift measured after it) when the
    producer took it against when they dismissed it or let it expire. One value per live, as for actions."""
    raised = dict(con.execute("SELECT kind, count(*) FROM advice JOIN chosen USING (key) WHERE kind IS NOT NULL "
                              "GROUP BY kind").fetchall())
    rows = con.execute("""
        SELECT kind, status = 'taken', key, any_value(c.pos) AS pos, median(lift), count(*)
        FROM advice JOIN chosen c USING (key)
        WHERE kind IS NOT NULL AND status IN ('taken', 'dismissed', 'expired') AND lift IS NOT NULL AND isfinite(lift)
        GROUP BY kind, status = 'taken', key ORDER BY kind, pos""").fetchall()
    groups: dict[tuple[str, bool], list[tuple[Any, ...]]] = defaultdict(list)
    for r in rows:
        groups[(r[0], r[1])].append(r)

    def effect(kind: str, taken: bool) -> Effect:
        rs = groups.get((kind, taken), [])
        return _effect(kind, "", kind_words(kind), [(r[2], r[4]) for r in rs], sum(r[5] for r in rs), [])

    return tuple(AdviceEffect(kind, kind_words(kind), n, effect(kind, True), effect(kind, False))
                 for kind, n in sorted(raised.items(), key=lambda kv: (-kv[1], kv[0])))


def _effect(kind: str, target: str, label: str, per_live: list[tuple[str, float]], measured: int,
            viewer: list[float]) -> Effect:
    values = [v for _, v in per_live]
    return Effect(kind, target, label, tuple(per_live), measured, sum(1 for v in values if v > 0),
                  stats.median(values), stats.median_interval(values), stats.sign_test(values),
                  stats.median(viewer), stats.effect_verdict(values))


_VERDICT_RANK: Final = {"works": 0, "promising, not proven": 1, "no clear effect": 2, "hurts": 3,
                        "too few lives to tell": 4}


def _effect_rank(e: Effect) -> tuple[int, int, float, str, str]:
    return _VERDICT_RANK[e.verdict], -e.n, -(e.median or 0.0), e.kind, e.target
