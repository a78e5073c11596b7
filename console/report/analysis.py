"""Post-live analysis: read a session file, bring one KpiEngine to the live's end, and shape the report.

The engine starts from the last checkpoint the live console stored (normally taken at the very end, so no event
is left to apply) and falls back to applying every recorded event when there is none it can use; both give the
same engine. The file is read through console/session (its event reader, its checkpoint restore, its tables), and
the events go to the engine through Ingest, the one door the live console and replay use. No Qt and no file
writing. Every KPI comes from the engine (`snapshot` at the last event, `effect`
per action), exactly as the replay shows them at the live's end; this module only arranges, flags and grades them.
"""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from pathlib import Path
from typing import Final

from console.advisor.model import records_from_rows
from console.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from console.kpi.engine import KpiEngine
from console.kpi.snapshot import AT_RISK, CEILING_AT_RISK, KpiSnapshot, ProductStats, rate, ratio
from console.live.ingest import Ingest
from console.plan.model import Plan
from console.present.availability import GOAL_FIGURES, NOT_AVAILABLE, is_available, lacking_types
from console.present.fmt import count, mmss
from console.present.product_flags import MANY_VIEWS_FEW_ORDERS, flag_keys
from console.report import compare as _compare
from console.report.advice import advice_section
from console.report.lessons import derive_lessons
from console.report.model import (
    EFFECT_WINDOW_S,
    REVIEW_SOURCE,
    ActionImpact,
    ActionRecord,
    ChannelRow,
    Comparison,
    GapRecord,
    GoalRow,
    GoalVerdict,
    Metric,
    NoteRecord,
    Polarity,
    ProductRow,
    Report,
    SessionData,
    Unit,
)
from console.report.windows import viewer_seconds, window
from console.session.checkpoints import latest_checkpoint
from console.session.file import SessionFileError, verify
from console.session.notes import load_review_notes
from console.session.reader import EventSource
from console.session.tables import SessionTables, parse_recorded_plan, recorded_available

__all__ = ["analyse", "compare", "load_session", "moment_context", "viewer_seconds"]

_HEADLINE: Final[tuple[tuple[str, str, Unit, int], ...]] = (
    ("gmv", QT_TRANSLATE_NOOP("ReportMetric", "GMV"), "money", 1),
    ("orders", QT_TRANSLATE_NOOP("ReportMetric", "Orders"), "count", 1),
    ("units", QT_TRANSLATE_NOOP("ReportMetric", "Units sold"), "count", 1),
    ("buyers", QT_TRANSLATE_NOOP("ReportMetric", "Buyers"), "count", 1),
    ("aov", QT_TRANSLATE_NOOP("ReportMetric", "AOV (GMV / buyer)"), "money", 1),
    ("conversion", QT_TRANSLATE_NOOP("ReportMetric", "Conversion (buyers / entered)"), "pct", 1),
    ("entered", QT_TRANSLATE_NOOP("ReportMetric", "Entered (unique viewers)"), "count", 1),
    ("peak_viewers", QT_TRANSLATE_NOOP("ReportMetric", "Peak viewers"), "count", 1),
    ("gpm", QT_TRANSLATE_NOOP("ReportMetric", "GPM (GMV per 1,000 views)"), "money", 1),
    ("uv_value", QT_TRANSLATE_NOOP("ReportMetric", "UV value (GMV / entered)"), "money", 1),
    ("cart_abandonment", QT_TRANSLATE_NOOP("ReportMetric", "Cart abandonment"), "pct", -1),
    ("engagement_rate", QT_TRANSLATE_NOOP("ReportMetric", "Engagement (chatters / entered)"), "pct", 1),
    ("chat_messages", QT_TRANSLATE_NOOP("ReportMetric", "Chat messages"), "count", 1),
    ("ad_spend", QT_TRANSLATE_NOOP("ReportMetric", "Ad spend"), "money", 0),
    ("paid_revenue", QT_TRANSLATE_NOOP("ReportMetric", "Paid revenue"), "money", 1),
    ("roas", QT_TRANSLATE_NOOP("ReportMetric", "ROAS"), "times", 1),
    ("new_buyers", QT_TRANSLATE_NOOP("ReportMetric", "New buyers"), "count", 1),
    ("returning_buyers", QT_TRANSLATE_NOOP("ReportMetric", "Returning buyers"), "count", 1),
    ("new_revenue", QT_TRANSLATE_NOOP("ReportMetric", "Revenue from new buyers"), "money", 1),
    ("returning_revenue", QT_TRANSLATE_NOOP("ReportMetric", "Revenue from returning buyers"), "money", 1),
)
_GOALS: Final[dict[str, tuple[str, Unit]]] = {
    "gmv": (QT_TRANSLATE_NOOP("ReportMetric", "GMV"), "money"),
    "orders": (QT_TRANSLATE_NOOP("ReportMetric", "Orders"), "count"),
    "conversion": (QT_TRANSLATE_NOOP("ReportMetric", "Conversion"), "pct"),
    "peak_viewers": (QT_TRANSLATE_NOOP("ReportMetric", "Peak viewers"), "count"),
    "roas": (QT_TRANSLATE_NOOP("ReportMetric", "ROAS"), "times"),
    "max_cart_abandonment": (QT_TRANSLATE_NOOP("ReportMetric", "Cart abandonment (max)"), "pct"),
}


def load_session(path: Path) -> SessionData:
    """Read a session file, read-only; SessionFileError (naming the file) when it is missing or unusable.

    Events are decoded and folded into the engine batch by batch as they are read, never held all at once (5
    million decoded events took GBs and most of the report's time in allocation and garbage collection). The
    whole-file integrity check runs beside the read, on SQLite's side of the GIL, instead of before it.
    """
    tables = SessionTables(path)
    check: list[SessionFileError] = []
    checker = threading.Thread(target=_verify_into, args=(path, check), name="report-verify", daemon=True)
    checker.start()
    try:
        with EventSource(path) as source:
            data = _read(tables, source, path)
    finally:
        tables.close()
        checker.join()
    if check:
        raise check[0]
    return data


def _verify_into(path: Path, out: list[SessionFileError]) -> None:
    try:
        verify(path)
    except SessionFileError as exc:
        out.append(exc)


def _read(tables: SessionTables, source: EventSource, path: Path) -> SessionData:
    meta = tables.meta()
    plan, problem = parse_recorded_plan(meta.get("plan_toml"), path)
    # The last usable stored checkpoint (normally the final one: nothing left to apply); damaged bytes or another
    # engine version make it try the one before, a few times. A checkpoint holds the live's engine built with the
    # plan it had: with an unreadable recorded plan the report runs without one, so it applies every event to an
    # engine of its own.
    start = latest_checkpoint(source, plan) if problem is None else None
    # a stored checkpoint holds what the feed could send; a fresh engine is told it from the session row
    ingest = start.ingest if start is not None else Ingest(KpiEngine(plan, recorded_available(meta)))
    count = start.applied if start is not None else 0
    last_ts = source.latest_ts_upto(start.seq) if start is not None else None
    undecodable = 0
    # through the one door from a frame to the engine, as the live console and replay apply them
    for frame, _n, _last in source.frames(ingest.last_seq):
        result = ingest.frame(frame, 0.0)
        if result.events:
            count += len(result.events)
            top = max(ev.ts for ev in result.events)
            last_ts = top if last_ts is None else max(last_ts, top)
        undecodable += len(result.rejected)
    actions = tuple(ActionRecord(r["id"], r["kind"], r["label"] or r["kind"], r["source"], r["operator"] or "",
                                 r["status"], r["action_id"], r["live_ts"], r["error"] or "", r["params"] or "{}")
                    for r in tables.actions())
    notes = tuple(NoteRecord(r["live_ts"], r["text"], r["author"] or "", r["source"]) for r in tables.notes())
    notes += _review_notes(path)
    gaps = tuple(GapRecord(*g) for g in tables.gaps())
    records, unreadable = records_from_rows(tables.advice())
    advice = tuple(records)
    live_id = meta.get("live_id") or (plan.live.id if plan else path.stem)
    title = meta.get("title") or (plan.live.title if plan else live_id)
    return SessionData(path, live_id, title, meta.get("console_version") or "", meta.get("operator") or "", plan,
                       problem, ingest.engine, count, last_ts, undecodable, actions, notes, gaps, tables.rejected(),
                       advice, unreadable)


def _review_notes(session: Path) -> tuple[NoteRecord, ...]:
    """The notes a producer typed while replaying this live (kept beside it, never inside it); none when unreadable."""
    try:
        rows = load_review_notes(session)
    except SessionFileError:
        return ()  # a damaged side file must not cost the whole report
    return tuple(NoteRecord(ts, text, author, REVIEW_SOURCE) for ts, text, author in rows)


def analyse(data: SessionData) -> Report:
    """Every section of the report, from one engine fed every recorded event."""
    engine = data.engine
    snap = engine.snapshot(now_ts=data.last_ts)
    t0 = snap.started_at
    plan = data.plan
    currency = plan.live.currency if plan else "EUR"
    planned = plan.live.duration_min * 60.0 if plan else None
    products = tuple(_product_row(ps, snap, plan) for ps in snap.products)
    channels = _channels(snap)
    actions = _actions(engine, snap, data, {p.sku: p for p in products})
    headline = tuple(_metric(snap, k, label, unit, pol)  # type: ignore[arg-type]  # _HEADLINE: literals
                     for k, label, unit, pol in _HEADLINE)
    lessons = derive_lessons(snap, products, channels, actions, plan, currency)
    notes = tuple(sorted((_note_in_live(n, t0, snap, actions) for n in data.notes),
                         key=lambda n: (n.live_ts is None, n.live_ts or 0.0)))
    advice = advice_section(data, snap, actions, products)
    return Report(data.path, data.live_id, data.title, currency, planned, snap.elapsed_s, data.events_count,
                  data.rejected, data.undecodable, data.gaps, snap, headline, _goals(snap), products, channels,
                  actions, lessons, notes, _warnings(data, snap, planned), _empty(data, snap), advice)


def compare(a: Report, b: Report) -> Comparison:
    """Two lives side by side (A the reference, B the one judged): every difference with its direction."""
    return _compare.compare(a, b)


def _value(snap: KpiSnapshot, key: str) -> float | None:
    v = getattr(snap, key)
    return None if v is None else float(v)


def _metric(snap: KpiSnapshot, key: str, label: str, unit: Unit, polarity: Polarity) -> Metric:
    """A headline number; no value when the feed could not give it (a missing signal is not a zero)."""
    label = translate("ReportMetric", label)
    if not is_available(key, snap.available):
        return Metric(key, label, None, unit, polarity, available=False)
    return Metric(key, label, _value(snap, key), unit, polarity)


def _goals(snap: KpiSnapshot) -> tuple[GoalRow, ...]:
    """Each goal judged on its actual at the live's end, with the console's at-risk band as "close"."""
    rows = []
    for g in snap.goals:
        label, unit = _GOALS[g.name]
        label = translate("ReportMetric", label)
        ceiling = g.name == "max_cart_abandonment"
        v: GoalVerdict
        if not is_available(GOAL_FIGURES[g.name], snap.available):
            rows.append(GoalRow(g.name, label, unit, g.target, None, None, "not available from this feed", ceiling))
            continue
        if g.actual is None:
            v = "no data"
        elif (g.actual <= g.target) if ceiling else (g.actual >= g.target):
            v = "met"
        elif g.status == "on_track":  # not reached, but the projection over the planned length reaches it
            v = "on pace"
        elif (g.actual <= CEILING_AT_RISK * g.target) if ceiling else (g.actual >= AT_RISK * g.target):
            v = "close"
        else:
            v = "missed"
        share = None if g.actual is None else ratio(g.actual, g.target)
        rows.append(GoalRow(g.name, label, unit, g.target, g.actual, share, v, ceiling))
    return tuple(rows)


def _product_row(ps: ProductStats, snap: KpiSnapshot, plan: Plan | None) -> ProductRow:
    t0 = snap.started_at or 0.0
    sold_out_s = None if ps.sold_out_at is None else max(0.0, ps.sold_out_at - t0)
    # velocity while it could be bought: a product that sold out at 20:00 is judged on its 20 minutes
    on_sale_min = max(1.0, (sold_out_s if sold_out_s is not None else snap.elapsed_s) / 60.0)
    unit_margin = None
    if ps.margin is not None and ps.units:
        unit_margin = ps.margin / ps.units
    elif plan is not None and ps.in_plan:
        unit_margin = plan.product(ps.sku).margin
    # "few orders" only from a feed that has them
    weak = MANY_VIEWS_FEW_ORDERS in flag_keys(ps) and is_available("product_orders", snap.available)
    flags = ([MANY_VIEWS_FEW_ORDERS] if weak else []) + ([f"sold out at {mmss(sold_out_s)}"]
                                                          if sold_out_s is not None else [])
    if not ps.in_plan:
        flags.append("not in the plan")
    return ProductRow(ps.sku, ps.name, ps.in_plan, ps.price, ps.impressions, ps.clicks, ps.ctr, ps.carts,
                      ps.abandons, rate(ps.abandons, ps.carts), ps.orders, ps.units, ps.conversion, ps.revenue,
                      ps.margin, unit_margin, ps.units / on_sale_min, sold_out_s, ps.stock_left, weak, tuple(flags))


def _channels(snap: KpiSnapshot) -> tuple[ChannelRow, ...]:
    rows = []
    for ch in snap.channels.values():
        paid = ch.channel == "paid"
        rows.append(ChannelRow(ch.channel, ch.entered, ch.views, ch.orders, ch.buyers, ch.conversion, ch.revenue,
                               ratio(ch.revenue, snap.gmv), snap.ad_spend if paid else None,
                               snap.roas if paid else None))
    return tuple(rows)


def _note_in_live(n: NoteRecord, t0: float | None, snap: KpiSnapshot,
                  actions: tuple[ActionImpact, ...]) -> NoteRecord:
    """A note at seconds from the start, with what the live looked like at that moment."""
    if n.live_ts is None or t0 is None:
        return n
    at = n.live_ts - t0
    return NoteRecord(at, n.text, n.author, n.source, moment_context(snap, actions, at))


def moment_context(snap: KpiSnapshot, actions: tuple[ActionImpact, ...], at: float) -> str:
    """'2,180 viewers · 31 orders that minute · during #2 Chef's knife -20%': the room at a marked moment."""
    m = int(at // 60)
    parts = []
    if 0 <= m < snap.minute_viewers.size:
        parts.append(translate("ReportNotes", "{count} viewers").format(count=count(float(snap.minute_viewers[m]))))
        parts.append(translate("ReportNotes", "{count} orders that minute").format(
            count=count(float(snap.minute_orders[m]))))
    running = [a for a in actions if a.at_s is not None and a.verdict != "not on the stream"
               and a.at_s <= at < a.at_s + EFFECT_WINDOW_S]
    if running:
        last = running[-1]
        parts.append(translate("ReportNotes", "{time} after #{number} {action}").format(
            time=mmss(at - (last.at_s or 0.0)), number=last.number, action=last.label))
    return " · ".join(parts)


def _action_skus(kind: str, product_id: str | None, label: str, rec: ActionRecord | None,
                 plan: Plan | None) -> tuple[str, ...]:
    """The products an action sells: an offer's product; a kit's items (by the request's kit id, else its name)."""
    if kind == "flash_offer":
        if product_id:
            return (product_id,)
        try:
            return (str(json.loads(rec.params)["product_id"]),) if rec is not None else ()
        except (ValueError, KeyError, TypeError):
            return ()
    if kind != "kit" or plan is None:
        return ()
    kit_id = None
    if rec is not None:
        try:
            kit_id = json.loads(rec.params).get("kit_id")
        except (ValueError, AttributeError):
            kit_id = None
    kit = next((k for k in plan.kits if k.id == kit_id or label in (k.name, f"Kit {k.name}")), None)
    return tuple(kit.items) if kit is not None else ()


def _actions(engine: KpiEngine, snap: KpiSnapshot, data: SessionData,
             products: dict[str, ProductRow]) -> tuple[ActionImpact, ...]:
    t0 = snap.started_at
    records = {r.action_id: r for r in data.actions if r.action_id}
    seen: dict[str, float] = {}
    items: list[tuple[float, ActionImpact]] = []
    for mk in snap.markers:
        if mk.action_id in seen:
            continue  # a repeated action_id: the engine measures its first marker
        seen[mk.action_id] = mk.ts
        eff = engine.effect(mk.action_id, EFFECT_WINDOW_S)
        assert eff is not None  # a marker's action is always known to the engine that made the marker
        rec = records.get(mk.action_id)
        at = mk.ts - t0 if t0 is not None else 0.0
        # per viewer: orders over viewer-seconds, so a room filling up is not read as the action's lift
        w = window(eff, snap, at)
        label = rec.label if rec else mk.label
        skus = _action_skus(mk.kind, mk.product_id, mk.label, rec, data.plan)
        gone = sorted((products[s].sold_out_at_s or 0.0, s) for s in skus if s in products
                      and products[s].sold_out_at_s is not None and at <= (products[s].sold_out_at_s or 0.0)
                      <= at + eff.after_s)
        items.append((mk.ts, ActionImpact(
            0, mk.action_id, mk.kind, label, at if t0 is not None else None, rec.source if rec else "feed",
            rec.status if rec else "seen", eff.before_s, eff.after_s, w.orders_before, w.orders_after,
            eff.orders_per_min_before, eff.orders_per_min_after, eff.orders_lift, w.p_value, w.verdict,
            mk.product_id, eff.units_per_min_before, eff.units_per_min_after, eff.units_lift, (), "",
            w.viewers_before, w.viewers_after, w.opkv_before, w.opkv_after, w.viewer_lift, skus,
            gone[0][0] if gone else None, gone[0][1] if gone else None, rec.key if rec else None)))
    for rec in data.actions:
        if rec.action_id in seen:
            continue
        # asked for but never seen on the stream (failed, or the console died before the answer)
        ts = rec.live_ts if rec.live_ts is not None else float("inf")
        at_s = rec.live_ts - t0 if rec.live_ts is not None and t0 is not None else None
        items.append((ts, ActionImpact(0, rec.action_id, rec.kind, rec.label, at_s, rec.source, rec.status, 0.0, 0.0,
                                       0, 0, None, None, None, None, "not on the stream", None, None, None, None, (),
                                       rec.error, key=rec.key)))
    items.sort(key=lambda it: it[0])
    numbered = [replace(imp, number=n) for n, (_, imp) in enumerate(items, 1)]
    return tuple(_with_overlaps(imp, numbered) for imp in numbered)


def _with_overlaps(imp: ActionImpact, others: list[ActionImpact]) -> ActionImpact:
    if imp.at_s is None or imp.verdict == "not on the stream":
        return imp
    # Another action overlaps when its own effect window meets this one's: an offer started a minute before this
    # action's before window still runs through it (a kit was once blamed for the end of the offer before it).
    near = tuple(f"#{o.number} {o.label}" for o in others
                 if o is not imp and o.at_s is not None and o.verdict != "not on the stream"
                 and imp.at_s - imp.before_s < o.at_s + o.after_s and o.at_s < imp.at_s + imp.after_s)
    return replace(imp, overlaps=near)


def _warnings(data: SessionData, snap: KpiSnapshot, planned: float | None) -> tuple[str, ...]:
    out = []
    if data.plan_problem:
        out.append(translate("ReportWarnings", "The recorded plan could not be read, so there are no goals or "
                                               "margins: {problem}").format(problem=data.plan_problem))
    if data.gaps:
        lost = sum(max(0, g.to_seq - g.from_seq + 1) for g in data.gaps)
        gaps = len(data.gaps)  # a plain name: lupdate hangs on a count such as len(data.gaps)
        out.append(translate("ReportWarnings", "{events} events never reached the console (%n gap(s)): every count "
                                               "is short by what they held.", None, PLURAL, gaps).format(
            events=count(lost)))
    rejected, undecodable = data.rejected, data.undecodable  # plain names: lupdate reads no attribute as a count
    if rejected:
        out.append(translate("ReportWarnings", "%n frame(s) or event(s) failed validation during the live and are not "
                                               "counted.", None, PLURAL, rejected))
    if undecodable:
        out.append(translate("ReportWarnings", "%n recorded event(s) could not be decoded now and are left out.",
                             None, PLURAL, undecodable))
    if data.events_count and snap.ended_at is None:
        out.append(translate("ReportWarnings", "The recording stops at {time} without the live's end: the console was "
                                               "closed or lost the feed before the live ended.").format(
            time=mmss(snap.elapsed_s)))
    elif planned is not None and data.events_count and snap.elapsed_s < planned - 60:
        out.append(translate("ReportWarnings", "The live ran {elapsed} of the planned {planned}.").format(
            elapsed=mmss(snap.elapsed_s), planned=mmss(planned)))
    return tuple(out)


def _empty(data: SessionData, snap: KpiSnapshot) -> tuple[str, ...]:
    out = []
    lacking = lacking_types(snap.available)
    if lacking:  # said first: it explains every "not available from this feed" below
        out.append(translate("ReportWarnings", "this live's feed did not send {event_types}: the figures built on "
                                               "them are {not_available}, not zero").format(
            event_types=", ".join(lacking), not_available=translate("ReportVerdict", NOT_AVAILABLE)))
    if not data.events_count:
        out.append(translate("ReportWarnings", "no events were recorded"))
    elif snap.orders == 0 and is_available("orders", snap.available):
        out.append(translate("ReportWarnings", "no orders were recorded"))
    if not snap.markers and not data.actions:
        out.append(translate("ReportWarnings", "no actions were taken"))
    if data.plan is None:
        out.append(translate("ReportWarnings", "the session holds no plan: no goals, costs or margins"))
    if data.events_count and snap.ad_spend == 0 and is_available("ad_spend", snap.available):
        out.append(translate("ReportWarnings", "no ad spend was recorded, so there is no ROAS"))
    return tuple(out)
