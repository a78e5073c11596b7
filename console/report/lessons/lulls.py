"""Stretches that sold slowly for the audience watching: a long lull and its likely cause, or the worst five minutes
(the sag) and an action to schedule before it. Rates are orders per viewer-minute, complete minutes only."""

from __future__ import annotations

from typing import Final

import numpy as np

from console.i18n import PLURAL, translate
from console.plan.model import Plan
from console.present.fmt import mmss, pct
from console.report.lessons.actions import lift_key
from console.report.lessons.context import LessonContext, clauses, dec, orders_n, then, whole
from console.report.model import Lesson

SAG_WINDOW_MIN: Final = 5
SAG_SHARE: Final = 0.6  # a window selling below 60% of the live's rate per viewer is a sag
MIN_SAG_ORDERS: Final = 20
WARM_UP_MIN: Final = 3  # the opening minutes fill the room; a low rate there is not a sag
LULL_MIN: Final = 10  # a low stretch this long is a lull with a cause to find, not a dip to pre-empt


def find_lull(minute_orders: np.ndarray, minute_viewers: np.ndarray) -> tuple[int, int, float, float] | None:
    """The longest stretch of complete minutes, at least LULL_MIN long, in which every SAG_WINDOW_MIN-minute window
    sells below SAG_SHARE of the live's orders per viewer-minute: (first minute, end minute, its orders per
    viewer-minute, the live's). None when there is no such stretch or too little to judge."""
    full = len(minute_orders) - 1  # the last minute is cut short by the end of the recording
    if full < WARM_UP_MIN + LULL_MIN:
        return None
    orders = np.asarray(minute_orders[:full], dtype=float)
    viewers = np.asarray(minute_viewers[:full], dtype=float)
    if viewers.sum() <= 0 or orders.sum() < MIN_SAG_ORDERS:
        return None
    avg = float(orders.sum() / viewers.sum())
    o_win = np.convolve(orders, np.ones(SAG_WINDOW_MIN), "valid")
    v_win = np.convolve(viewers, np.ones(SAG_WINDOW_MIN), "valid")
    low = (v_win > 0) & (o_win < SAG_SHARE * avg * v_win)
    low[:WARM_UP_MIN] = False
    best: tuple[int, int] | None = None
    i = 0
    while i < low.size:
        if not low[i]:
            i += 1
            continue
        j = i
        while j + 1 < low.size and low[j + 1]:
            j += 1
        span = (i, j + SAG_WINDOW_MIN)  # windows i..j cover minutes i .. j + window - 1
        if best is None or span[1] - span[0] > best[1] - best[0]:
            best = span
        i = j + 1
    if best is None or best[1] - best[0] < LULL_MIN:
        return None
    start, end = best
    seen = float(viewers[start:end].sum())
    return start, end, float(orders[start:end].sum()) / seen if seen else 0.0, avg


def lull_lesson(ctx: LessonContext) -> Lesson | None:
    """A long stretch of low sales, and what most likely caused it: best sellers sold out, nothing done about it."""
    found = find_lull(ctx.snap.minute_orders, ctx.snap.minute_viewers)
    if found is None:
        return None
    start, end, low, avg = found
    snap = ctx.snap
    viewer_min = float(snap.minute_viewers[start:end].sum())
    orders = int(snap.minute_orders[start:end].sum())
    stake = (avg - low) * viewer_min * ctx.aov
    per_min = snap.minute_orders[start:end]
    gone = sorted((p for p in ctx.products if p.sold_out_at_s is not None and p.sold_out_at_s < (start + 1) * 60),
                  key=lambda p: p.sold_out_at_s or 0.0)
    inside = [a for a in ctx.actions if a.at_s is not None and start * 60 <= a.at_s < end * 60
              and a.verdict != "not on the stream"]
    skipped = _unfired_cues(ctx, start * 60, end * 60)
    lo, hi = whole(float(per_min.min())), whole(float(per_min.max()))
    span = translate("ReportLessons", "about {count}").format(count=lo) if lo == hi else f"{lo}–{hi}"
    minutes = end - start
    text = translate("ReportLessons", "From {start} to {end} ({minutes} minutes) orders ran at {span} a minute, "
                                      "{low} per 1,000 viewers against {average} for the whole live, while {viewers} "
                                      "viewers were watching on average.").format(
        start=mmss(start * 60), end=mmss(end * 60), minutes=minutes, span=span, low=dec(low * 1000),
        average=dec(avg * 1000), viewers=whole(viewer_min / minutes))
    causes = []
    if gone:
        share = sum(p.orders for p in gone) / max(1, snap.orders)
        names = ", ".join(f"{p.name} {mmss(p.sold_out_at_s or 0.0)}" for p in gone)
        sold_out = len(gone)  # counts after PLURAL are plain names (tests/test_i18n_catalogue.py)
        causes.append(translate("ReportLessons", "%n products had sold out by then ({names}), the ones that took "
                                                 "{share} of the live's orders", None, PLURAL, sold_out).format(
            names=names, share=pct(share, 0)))
    failed = [a for a in ctx.actions if a.at_s is not None and start * 60 <= a.at_s < end * 60
              and a.verdict == "not on the stream"]
    if not inside:
        none = (translate("ReportLessons", "no action reached the stream in those {minutes} minutes") if failed else
                translate("ReportLessons", "no action was taken in those {minutes} minutes"))
        causes.append(none.format(minutes=minutes))
    else:
        causes.append(translate("ReportLessons", "only {actions} came inside it").format(
            actions=", ".join(f"#{a.number} {a.label}" for a in inside)))
    if failed:
        causes.append(clauses([translate("ReportLessons", "“{action}” at {time} failed ({why})").format(
            action=a.label, time=mmss(a.at_s or 0), why=a.error or a.status) for a in failed]))
    if skipped:
        causes.append(translate("ReportLessons", "the plan's cues {cues} were not fired").format(
            cues=", ".join(skipped)))
    text = then(text, translate("ReportLessons", "Likely cause: {causes}.").format(causes=clauses(causes)))
    if gone:
        text = then(text, translate("ReportLessons", "Next time stock the best sellers deeper or hold part of "
                                                     "their stock "
                                                 "back for this part of the live, and fire an offer or a kit on the "
                                                 "products still in stock as soon as orders flatten."))
    else:
        text = then(text, translate("ReportLessons", "Next time fire an offer or a kit on the products still in "
                                                     "stock as "
                                                 "soon as orders flatten."))
    ran = len(inside)
    evidence = (translate("ReportLessons", "{orders} in {minutes} min from {start}").format(
                    orders=orders_n(orders), minutes=minutes, start=mmss(start * 60)),
                translate("ReportLessons", "{low} vs {average} orders per 1,000 viewer-minutes").format(
                    low=dec(low * 1000), average=dec(avg * 1000)),
                translate("ReportLessons", "%n actions inside it", None, PLURAL, ran))
    return Lesson("lull", mmss(start * 60), translate("ReportLessons", "Fill the {minutes}-minute lull from {start}")
                  .format(minutes=minutes, start=mmss(start * 60)), text, evidence, stake)


def _unfired_cues(ctx: LessonContext, start_s: float, end_s: float) -> list[str]:
    """'32:00 flash-dutch' for each cue of the plan due in [start_s, end_s) with no action of its kind near it."""
    if ctx.plan is None:
        return []
    out = []
    for cue in ctx.plan.cues:
        at = cue.at_s
        if not start_s <= at < end_s:
            continue
        fired = any(a.kind == cue.action and a.at_s is not None and abs(a.at_s - at) <= 300
                    and a.verdict != "not on the stream" for a in ctx.actions)
        if not fired:
            out.append(f"{cue.at} {_cue_name(ctx.plan, cue.action, cue.target)}")
    return out


def _cue_name(plan: Plan, action: str, target: str) -> str:
    """A cue's target as the plan names it (preset label, segment title, kit name), else its id."""
    if action == "flash_offer":
        return next((p.label or p.id for p in plan.presets if p.id == target), target)
    if action == "segment":
        return next((translate("ReportLessons", "segment “{title}”").format(title=s.title) for s in plan.segments
                     if s.id == target), target)
    return next((translate("ReportLessons", "kit “{name}”").format(name=k.name) for k in plan.kits if k.id == target),
                target)


def sag_lesson(ctx: LessonContext) -> Lesson | None:
    snap = ctx.snap
    full = len(snap.minute_orders) - 1  # the last minute is cut short by the end of the recording
    if full < WARM_UP_MIN + SAG_WINDOW_MIN or snap.orders < MIN_SAG_ORDERS:
        return None
    orders, viewers = snap.minute_orders[:full], snap.minute_viewers[:full]
    if viewers.sum() <= 0:
        return None
    avg = float(orders.sum() / viewers.sum())  # orders per viewer-minute over the live
    o_win = np.convolve(orders, np.ones(SAG_WINDOW_MIN), "valid")
    v_win = np.convolve(viewers, np.ones(SAG_WINDOW_MIN), "valid")
    rates = np.where(v_win > 0, o_win / np.maximum(v_win, 1.0), np.inf)
    rates[:WARM_UP_MIN] = np.inf
    start = int(np.argmin(rates))
    low = float(rates[start])
    if not np.isfinite(low) or low >= SAG_SHARE * avg:
        return None
    end = start + SAG_WINDOW_MIN
    lull = find_lull(snap.minute_orders, snap.minute_viewers)
    if lull is not None and start < lull[1] and lull[0] < end:
        return None  # inside the long lull: that lesson names it and its cause
    stake = (avg - low) * float(v_win[start]) * ctx.aov
    lead = max(0, start - 2)
    inside = [a for a in ctx.actions if a.at_s is not None and start * 60 <= a.at_s < end * 60]
    best = next((a for a in sorted(ctx.actions, key=lift_key, reverse=True)
                 if a.verdict in ("clear lift", "likely lift") and a.before_s >= a.after_s
                 and a.sold_out_at_s is None), None)
    what = (translate("ReportLessons", "“{action}” (this live's best lift)").format(action=best.label) if best
            else translate("ReportLessons", "a flash offer or a segment change"))
    text = translate("ReportLessons", "Between {start} and {end} orders fell to {low} per 1,000 viewers a minute, "
                                      "against {average} for the whole live, while {viewers} viewers were still "
                                      "watching. Schedule {what} at about {lead}, before the sag.").format(
        start=mmss(start * 60), end=mmss(end * 60), low=dec(low * 1000), average=dec(avg * 1000),
        viewers=whole(float(v_win[start]) / SAG_WINDOW_MIN), what=what, lead=mmss(lead * 60))
    if inside:
        text = then(text, translate("ReportLessons", "{actions} came inside the sag and did not prevent it.").format(
            actions=", ".join(f"#{a.number} {a.label}" for a in inside)))
    evidence = (translate("ReportLessons", "{orders} in {minutes} min from {start}").format(
                    orders=orders_n(int(o_win[start])), minutes=SAG_WINDOW_MIN, start=mmss(start * 60)),
                translate("ReportLessons", "live average {average} orders per 1,000 viewer-minutes").format(
                    average=dec(avg * 1000)))
    return Lesson("sag", mmss(start * 60), translate("ReportLessons", "Plan an action before {time}").format(
        time=mmss(start * 60)), text, evidence, stake)
