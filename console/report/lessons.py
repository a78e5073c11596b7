"""Lessons for the next live, each derived from this live's numbers by one rule and citing them (docs/report.md).

Every rule looks at one kind of finding and returns at most one lesson with a rough money stake; the three
largest stakes are kept. Thresholds keep a rule quiet when its numbers are too thin to mean anything.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from statistics import median
from typing import Final

import numpy as np

from console.kpi.snapshot import KpiSnapshot, rate, ratio
from console.plan.model import Plan
from console.present.fmt import mmss, money, pct
from console.report.model import ActionImpact, ChannelRow, Lesson, ProductRow

MAX_LESSONS: Final = 3
MIN_IMPRESSIONS: Final = 50  # a product seen fewer times than this is not judged on its conversion
MIN_CHANNEL_ENTERED: Final = 30  # viewers through a channel before its conversion is compared
MIN_CARTS: Final = 10  # carts of a product before its abandonment is judged
HIGH_ABANDONMENT: Final = 0.5
RECOVERY: Final = 0.25  # share of abandoned carts a kit or offer might win back: ranks the lesson, no more
AUDIENCE_MOVED: Final = 0.2  # viewers changing by a fifth across an action's windows is worth saying
SAG_WINDOW_MIN: Final = 5
SAG_SHARE: Final = 0.6  # a window selling below 60% of the live's rate per viewer is a sag
MIN_SAG_ORDERS: Final = 20
EARLY_S: Final = 600  # an action in the first ten minutes cannot usefully move "earlier"
WARM_UP_MIN: Final = 3  # the opening minutes fill the room; a low rate there is not a sag
LULL_MIN: Final = 10  # a low stretch this long is a lull with a cause to find, not a dip to pre-empt


class _Ctx:
    """What every rule reads."""

    def __init__(self, snap: KpiSnapshot, products: Sequence[ProductRow], channels: Sequence[ChannelRow],
                 actions: Sequence[ActionImpact], plan: Plan | None, currency: str) -> None:
        self.snap, self.products, self.channels, self.actions = snap, products, channels, actions
        self.plan, self.currency = plan, currency
        self.aov = snap.avg_order_value or 0.0

    def m(self, value: float | None) -> str:
        return money(value, self.currency)


def derive_lessons(snap: KpiSnapshot, products: Sequence[ProductRow], channels: Sequence[ChannelRow],
                   actions: Sequence[ActionImpact], plan: Plan | None, currency: str) -> tuple[Lesson, ...]:
    ctx = _Ctx(snap, products, channels, actions, plan, currency)
    found = [lesson for rule in _RULES if (lesson := rule(ctx)) is not None]
    found.sort(key=lambda lesson: -lesson.stake)  # stable: equal stakes keep the rules' order
    return tuple(found[:MAX_LESSONS])


def _best_action(ctx: _Ctx) -> Lesson | None:
    # an action whose before window is cut by the start of the live is measured against the room filling up
    fair = [a for a in ctx.actions if a.opkv_before is not None and a.opkv_after is not None
            and a.before_s >= a.after_s]
    # one whose stock ran out inside its window cannot be repeated as it was: the sold-out rule says so instead
    lifted = [a for a in fair if a.verdict in ("clear lift", "likely lift") and a.sold_out_at_s is None]
    if lifted:
        a = max(lifted, key=lambda x: (_lift_key(x), -(x.p_value or 1.0)))
        gain = _extra_orders(a) * ctx.aov
        when = "again, and earlier," if (a.at_s or 0) >= EARLY_S else "again"
        text = (f"“{a.label}” at {mmss(a.at_s or 0)} took orders from {a.opkv_before:.1f} to {a.opkv_after:.1f} per "
                f"1,000 viewers a minute ({_lift(a)}; {a.verdict}, {_p(a.p_value)}){_audience(a)}. Run it {when} "
                f"when orders flatten: one more run is worth about {ctx.m(gain)} at this live's order value.")
        if a.overlaps:
            text += f" Part of the lift may belong to {', '.join(a.overlaps)}, which ran in the same window."
        evidence: tuple[str, ...] = (
            f"{_n(a.orders_before, 'order')} in {a.before_s / 60:.0f} min before, {a.orders_after:,} in "
            f"{a.after_s / 60:.0f} min after", _viewers(a), f"average order {ctx.m(ctx.aov)}")
        title = f"Repeat “{a.label}”" + (", earlier" if (a.at_s or 0) >= EARLY_S else "")
        return Lesson("best_action", a.label, title, text, evidence, gain)
    dropped = [a for a in fair if a.verdict in ("clear drop", "likely drop")]
    if dropped:
        a = min(dropped, key=lambda x: x.viewer_lift or 0.0)
        loss = -_extra_orders(a) * ctx.aov
        # only a clear drop is worth dropping the action for; a likely one is worth a second look
        advice = ("Move it to a quieter moment or drop it." if a.verdict == "clear drop" else
                  "Not proven: try it at another moment and compare before dropping it.")
        text = (f"After “{a.label}” at {mmss(a.at_s or 0)} orders fell from {a.opkv_before:.1f} to "
                f"{a.opkv_after:.1f} per 1,000 viewers a minute ({_lift(a)}; {a.verdict}, {_p(a.p_value)})"
                f"{_audience(a)}. {advice}")
        if a.overlaps:
            text += f" Part of the fall may belong to {', '.join(a.overlaps)}, which ran in the same windows."
        evidence = (f"{_n(a.orders_before, 'order')} before, {a.orders_after:,} after", _viewers(a))
        return Lesson("worst_action", a.label, f"Rethink “{a.label}”", text, evidence, loss)
    return None


def _extra_orders(a: ActionImpact) -> float:
    """Orders the action added (or cost) in its after window at its audience: the per-viewer change × viewer-minutes."""
    per_viewer_min = ((a.opkv_after or 0.0) - (a.opkv_before or 0.0)) / 1000.0
    return per_viewer_min * (a.viewers_after or 0.0) * a.after_s / 60.0


def _audience(a: ActionImpact) -> str:
    """', while the audience grew from 785 to 1,403 (+79%)' when the room moved enough to mislead a raw count."""
    change = a.audience_change
    if change is None or abs(change) < AUDIENCE_MOVED:
        return ""
    verb = "grew" if change > 0 else "shrank"
    return (f", while the audience {verb} from {a.viewers_before:,.0f} to {a.viewers_after:,.0f} ({change:+.0%}; "
            f"raw orders a minute {a.opm_before:.1f} → {a.opm_after:.1f})")


def _viewers(a: ActionImpact) -> str:
    return f"{a.viewers_before or 0:,.0f} viewers on average before, {a.viewers_after or 0:,.0f} after"


def _lift_key(a: ActionImpact) -> float:
    """Per-viewer lift for ranking; orders out of a silent before window (no lift defined) rank above any other."""
    return a.viewer_lift if a.viewer_lift is not None else math.inf


def _lift(a: ActionImpact) -> str:
    return f"{a.viewer_lift:+.0%} per viewer" if a.viewer_lift is not None else "from none before"


def _n(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _p(p: float | None) -> str:
    return "p —" if p is None else "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def click_measured(ctx: _Ctx) -> list[ProductRow]:
    """Products whose orders per click measure their clicks: not the items of a kit launched in this live (a kit
    order needs no click on the item) and not a product with at least as many orders as clicks (capped at 100%)."""
    in_kits = {s for a in ctx.actions if a.kind == "kit" and a.verdict != "not on the stream" for s in a.skus}
    return [p for p in ctx.products if p.sku not in in_kits and p.orders < max(p.clicks, 1)]


def _weak_product(ctx: _Ctx) -> Lesson | None:
    # sold-out products keep being shown with nothing to buy: they would top this list for the wrong reason
    on_sale = [p for p in ctx.products if p.sold_out_at_s is None]
    seen = [p for p in on_sale if p.impressions >= MIN_IMPRESSIONS]
    if not seen or ctx.snap.orders == 0:
        return None
    cut = median(p.impressions for p in seen)
    top = [p for p in seen if p.impressions >= cut]  # the well-viewed half: where a fix pays most
    worst = min(top, key=lambda p: (p.orders / p.impressions, -p.impressions))
    # the yardstick leaves out what the metric does not cover: kit orders inflate orders per view and per click
    measured = {p.sku for p in click_measured(ctx)}
    base = [p for p in on_sale if p.sku in measured] or on_sale
    left_out = [p.name for p in on_sale if p.sku not in measured]
    impressions = sum(p.impressions for p in base)
    clicks = sum(p.clicks for p in base)
    orders = sum(p.orders for p in base)
    if impressions == 0:
        return None
    avg_view = orders / impressions
    if worst.orders / worst.impressions >= avg_view:
        return None
    avg_ctr, avg_conv = rate(clicks, impressions), rate(orders, clicks)
    price = worst.revenue / worst.units if worst.units else (worst.price or ctx.aov)
    stake = worst.impressions * (avg_view - worst.orders / worst.impressions) * price
    if worst.ctr is not None and avg_ctr is not None and worst.ctr < 0.75 * avg_ctr:
        title = f"Show {worst.name} better"
        why = ("It is seen but not clicked: the pitch is the problem. Demonstrate it on camera, show it in use "
               "and pin it while it is being shown.")
    else:
        title = f"Lower the barrier on {worst.name}"
        offer = _unused_preset(ctx, worst.sku)
        why = ("It is clicked but not bought: the price is the likely blocker. "
               + (f"The plan's offer “{offer}” was not run: run it. " if offer else "Try a flash offer on it. ")
               + "Or sell it in a kit with a best-seller.")
    yardstick = "products on sale" + (f" without kit items ({', '.join(left_out)}: kit orders need no click)"
                                      if left_out and len(base) < len(on_sale) else "")
    text = (f"{worst.name} was seen {worst.impressions:,} times (the most-viewed half of the products on sale) but "
            f"ordered only {worst.orders:,} times: CTR {pct(worst.ctr)} (the average {pct(avg_ctr)}), clicks "
            f"to orders {pct(worst.conversion)} (the average {pct(avg_conv)}; averages over {yardstick}). {why}")
    evidence: tuple[str, ...] = (f"{worst.impressions:,} impressions, {worst.clicks:,} clicks, {worst.orders:,} orders",
                f"{worst.orders / worst.impressions:.2%} of views ordered vs {avg_view:.2%} for {yardstick}")
    return Lesson("weak_product", worst.sku, title, text, evidence, stake)


def _unused_preset(ctx: _Ctx, sku: str) -> str | None:
    """A flash-offer preset of the plan for this product that was never run."""
    if ctx.plan is None:
        return None
    ran = {a.product_id for a in ctx.actions if a.kind == "flash_offer" and a.verdict != "not on the stream"}
    if sku in ran:
        return None
    return next((pr.label or pr.id for pr in ctx.plan.presets if pr.product == sku), None)


def _sold_out(ctx: _Ctx) -> Lesson | None:
    best: tuple[float, ProductRow, float, str] | None = None
    stats = {ps.sku: ps for ps in ctx.snap.products}
    measured = click_measured(ctx) or list(ctx.products)
    conv_all = rate(sum(p.orders for p in measured), sum(p.clicks for p in measured)) or 0.0
    for p in ctx.products:
        if p.sold_out_at_s is None or p.units == 0:
            continue
        minute = int(p.sold_out_at_s // 60)
        clicks = stats[p.sku].clicks_per_min
        after = float(clicks[minute + 1:].sum())  # the minute it sold out holds both: left out
        before = float(clicks[: minute + 1].sum())
        units_per_order = p.units / max(1, p.orders)
        if after > 0:
            # demand that found nothing to buy, at the lower of its own and the live's click-to-order rate
            conv = min(rate(p.orders, before) or conv_all, conv_all)
            missed = after * conv * units_per_order
            how = (f"after that it was still clicked {after:,.0f} times, and with {conv:.1%} of clicks ordering "
                   f"that is about {missed:,.0f} more units")
        else:  # the card came down: extrapolate its pace, never beyond what it sold
            left_min = max(0.0, (ctx.snap.elapsed_s - p.sold_out_at_s) / 60.0)
            missed = min(p.velocity * left_min, float(p.units))
            how = f"at its pace the remaining {left_min:.0f} minutes would have sold about {missed:,.0f} more"
        value = missed * p.revenue / p.units
        if missed >= 1 and (best is None or value > best[0]):
            best = (value, p, missed, how)
    if best is None:
        return None
    stake, p, missed, how = best
    planned = ctx.plan.product(p.sku).stock if ctx.plan is not None and p.in_plan else None
    others = [f"{q.name} ({mmss(q.sold_out_at_s)}{_ran_out_in(ctx, q, short=True)})"
              for q in sorted(ctx.products, key=lambda q: q.sold_out_at_s or 0.0)
              if q.sold_out_at_s is not None and q is not p]
    text = (f"{p.name} sold out at {mmss(p.sold_out_at_s or 0)}{_ran_out_in(ctx, p)} after {p.units:,} units "
            f"({p.velocity:.1f} a minute); {how} (≈ {ctx.m(stake)}). Stock about {p.units + missed:,.0f} next time, "
            "or hold part of it back for later in the live.")
    drained = _drained_by(ctx, p)
    if drained is not None:
        into = (p.sold_out_at_s or 0.0) - (drained.at_s or 0.0)
        text += (f" Do not repeat “{drained.label}” as it was: its stock ran out {mmss(into)} into it. Stock for "
                 f"it first, or run it for at most {max(1, int(into // 60))} min with this stock.")
    if others:
        text += f" Also sold out: {', '.join(others)}."
    evidence = (f"sold out at {mmss(p.sold_out_at_s or 0)}", f"{p.units:,} units sold"
                + (f" of {planned:,} planned" if planned is not None else ""), f"{p.velocity:.1f} units/min")
    return Lesson("sold_out", p.sku, f"Stock more {p.name}", text, evidence, stake)


def _drained_by(ctx: _Ctx, p: ProductRow) -> ActionImpact | None:
    """The offer or kit in whose after window this product sold out: its stock could not serve that action."""
    return next((a for a in ctx.actions if a.sold_out_sku == p.sku), None)


def _ran_out_in(ctx: _Ctx, p: ProductRow, short: bool = False) -> str:
    a = _drained_by(ctx, p)
    if a is None:
        return ""
    into = mmss((p.sold_out_at_s or 0.0) - (a.at_s or 0.0))
    return f", {into} into “{a.label}”" if short else f", {into} into “{a.label}” (#{a.number})"


def _channels(ctx: _Ctx) -> Lesson | None:
    rows = [c for c in ctx.channels if c.entered >= MIN_CHANNEL_ENTERED and c.conversion is not None]
    if len(rows) < 2 or ctx.snap.orders == 0:
        return None
    best = max(rows, key=lambda c: c.conversion or 0.0)
    worst = min(rows, key=lambda c: c.conversion or 0.0)
    listing = ", ".join(f"{c.channel} {pct(c.conversion)} ({ctx.m(c.revenue)})" for c in rows)
    paid = next((c for c in ctx.channels if c.channel == "paid" and c.roas is not None), None)
    if paid is not None and paid.roas is not None and paid.ad_spend:
        target = _roas_target(ctx)
        stake = abs(paid.revenue - paid.ad_spend * target)
        if paid.roas >= target:
            title = "Raise the paid budget"
            act = (f"Paid returned {paid.roas:.1f}× its {ctx.m(paid.ad_spend)} spend, above the {target:.1f}× "
                   "target: buy more of it, in the minutes where the room converts best.")
        else:
            title = "Cut or retarget paid traffic"
            act = (f"Paid returned only {paid.roas:.1f}× its {ctx.m(paid.ad_spend)} spend, below the "
                   f"{target:.1f}× target: cut it or retarget it to the audience of {best.channel}.")
        text = f"Conversion by channel: {listing}. {act}"
        evidence: tuple[str, ...] = (f"ROAS {paid.roas:.1f}× vs target {target:.1f}×",
                                     f"paid conversion {pct(paid.conversion)}")
        return Lesson("channels", "paid", title, text, evidence, stake)
    if best is worst or (best.conversion or 0.0) < 1.5 * (worst.conversion or 0.0):
        return None  # no spend to move and no channel standing out
    stake = ((best.conversion or 0.0) - (worst.conversion or 0.0)) * worst.entered * (ctx.snap.aov or 0.0)
    text = (f"Conversion by channel: {listing}. Viewers from {best.channel} buy far more often than those from "
            f"{worst.channel}: put promotion effort into {best.channel} before the next live.")
    evidence = (f"{best.channel} {pct(best.conversion)} vs {worst.channel} {pct(worst.conversion)}",)
    return Lesson("channels", best.channel, f"Bring more viewers through {best.channel}", text, evidence, stake)


def _roas_target(ctx: _Ctx) -> float:
    """The plan's ROAS goal, else break-even: 1 / the live's margin rate (revenue that pays for its spend)."""
    if ctx.plan is not None and ctx.plan.goals.roas is not None:
        return ctx.plan.goals.roas
    margin = sum(p.margin or 0.0 for p in ctx.products)
    revenue = sum(p.revenue for p in ctx.products if p.margin is not None)
    share = ratio(margin, revenue)
    return 1.0 / share if share else 1.0


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


def _lull(ctx: _Ctx) -> Lesson | None:
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
    lo, hi = f"{per_min.min():.0f}", f"{per_min.max():.0f}"
    span = f"about {lo}" if lo == hi else f"{lo}–{hi}"
    text = (f"From {mmss(start * 60)} to {mmss(end * 60)} ({end - start} minutes) orders ran at {span} a "
            f"minute, {low * 1000:.1f} per 1,000 viewers against {avg * 1000:.1f} for the "
            f"whole live, while {viewer_min / (end - start):,.0f} viewers were watching on average.")
    causes = []
    if gone:
        share = sum(p.orders for p in gone) / max(1, snap.orders)
        names = ", ".join(f"{p.name} {mmss(p.sold_out_at_s or 0.0)}" for p in gone)
        causes.append(f"{_n(len(gone), 'product')} had sold out by then ({names}), the ones that took {share:.0%} "
                      "of the live's orders")
    failed = [a for a in ctx.actions if a.at_s is not None and start * 60 <= a.at_s < end * 60
              and a.verdict == "not on the stream"]
    if not inside:
        verb = "reached the stream" if failed else "was taken"
        causes.append(f"no action {verb} in those {end - start} minutes")
    else:
        causes.append(f"only {', '.join(f'#{a.number} {a.label}' for a in inside)} came inside it")
    if failed:
        causes.append("; ".join(f"“{a.label}” at {mmss(a.at_s or 0)} failed ({a.error or a.status})" for a in failed))
    if skipped:
        causes.append(f"the plan's cues {', '.join(skipped)} were not fired")
    text += " Likely cause: " + "; ".join(causes) + "."
    fix = []
    if gone:
        fix.append("stock the best sellers deeper or hold part of their stock back for this part of the live")
    fix.append("fire an offer or a kit on the products still in stock as soon as orders flatten")
    text += " Next time " + ", and ".join(fix) + "."
    evidence = (f"{_n(orders, 'order')} in {end - start} min from {mmss(start * 60)}",
                f"{low * 1000:.1f} vs {avg * 1000:.1f} orders per 1,000 viewer-minutes",
                f"{_n(len(inside), 'action')} inside it")
    return Lesson("lull", mmss(start * 60), f"Fill the {end - start}-minute lull from {mmss(start * 60)}", text,
                  evidence, stake)


def _unfired_cues(ctx: _Ctx, start_s: float, end_s: float) -> list[str]:
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
        return next((f"segment “{s.title}”" for s in plan.segments if s.id == target), target)
    return next((f"kit “{k.name}”" for k in plan.kits if k.id == target), target)


def _sag(ctx: _Ctx) -> Lesson | None:
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
    best = next((a for a in sorted(ctx.actions, key=_lift_key, reverse=True)
                 if a.verdict in ("clear lift", "likely lift") and a.before_s >= a.after_s
                 and a.sold_out_at_s is None), None)
    what = f"“{best.label}” (this live's best lift)" if best else "a flash offer or a segment change"
    text = (f"Between {mmss(start * 60)} and {mmss(end * 60)} orders fell to {low * 1000:.1f} per 1,000 viewers a "
            f"minute, against {avg * 1000:.1f} for the whole live, while {v_win[start] / SAG_WINDOW_MIN:,.0f} "
            f"viewers were still watching. Schedule {what} at about {mmss(lead * 60)}, before the sag.")
    if inside:
        text += f" {', '.join(f'#{a.number} {a.label}' for a in inside)} came inside the sag and did not prevent it."
    evidence = (f"{_n(int(o_win[start]), 'order')} in {SAG_WINDOW_MIN} min from {mmss(start * 60)}",
                f"live average {avg * 1000:.1f} orders per 1,000 viewer-minutes")
    return Lesson("sag", mmss(start * 60), f"Plan an action before {mmss(start * 60)}", text, evidence, stake)


def _abandonment(ctx: _Ctx) -> Lesson | None:
    prices = [p.price for p in ctx.products if p.price is not None]
    if not prices:
        return None
    dear = median(prices)
    overall = ctx.snap.cart_abandonment or 0.0
    hits = [p for p in ctx.products if p.carts >= MIN_CARTS and p.price is not None and p.price >= dear
            and p.abandonment is not None and p.abandonment >= max(HIGH_ABANDONMENT, overall)]
    if not hits:
        return None
    p = max(hits, key=lambda q: q.abandons * (q.price or 0.0))
    stake = p.abandons * (p.price or 0.0) * RECOVERY
    kits = [k.name for k in ctx.plan.kits if p.sku in k.items] if ctx.plan is not None else []
    offer = f"the plan's kit {', '.join(kits)}" if kits else "a kit with a cheaper best-seller"
    text = (f"{p.name} ({ctx.m(p.price)}, among the dearer half) lost {p.abandons:,} of {p.carts:,} carts "
            f"({pct(p.abandonment)}, the live {pct(overall)}). Expensive carts stall at checkout: launch "
            f"{offer} or a short offer while its carts are open.")
    evidence = (f"{p.abandons:,} abandoned carts × {ctx.m(p.price)}", f"median plan price {ctx.m(dear)}")
    return Lesson("abandonment", p.sku, f"Bundle {p.name} into a kit", text, evidence, stake)


def _no_orders(ctx: _Ctx) -> Lesson | None:
    snap = ctx.snap
    if snap.orders or not snap.entered:
        return None
    impressions = sum(p.impressions for p in ctx.products)
    clicks = sum(p.clicks for p in ctx.products)
    stage = ("no product was shown" if impressions == 0 else "viewers saw products but did not click"
             if clicks == 0 else "viewers clicked but did not add to cart" if snap.cart_adds == 0
             else "carts were opened but none was paid")
    text = (f"{snap.entered:,} viewers entered, products were shown {impressions:,} times and clicked {clicks:,} "
            f"times, {snap.cart_adds:,} carts were opened, and no order came: {stage}. Check that stage first "
            "(product cards, shop link, checkout) before the next live.")
    evidence = (f"{snap.entered:,} entered", f"{impressions:,} impressions", f"{clicks:,} clicks",
                f"{snap.cart_adds:,} carts", "0 orders")
    return Lesson("no_orders", stage, "Find where the funnel broke", text, evidence, 0.0)


_RULES: Final[tuple[Callable[[_Ctx], Lesson | None], ...]] = (
    _best_action, _weak_product, _sold_out, _lull, _channels, _sag, _abandonment, _no_orders)
