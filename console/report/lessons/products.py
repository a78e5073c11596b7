"""Product lessons: the well-viewed product that sells worst per view, the product that sold out with demand left,
and the dear product whose carts were abandoned."""

from __future__ import annotations

from statistics import median
from typing import Final

from console.kpi.snapshot import rate
from console.present.fmt import mmss, pct
from console.report.lessons.context import LessonContext
from console.report.model import ActionImpact, Lesson, ProductRow

MIN_IMPRESSIONS: Final = 50  # a product seen fewer times than this is not judged on its conversion
MIN_CARTS: Final = 10  # carts of a product before its abandonment is judged
HIGH_ABANDONMENT: Final = 0.5
RECOVERY: Final = 0.25  # share of abandoned carts a kit or offer might win back: ranks the lesson, no more


def click_measured(ctx: LessonContext) -> list[ProductRow]:
    """Products whose orders per click measure their clicks: not the items of a kit launched in this live (a kit
    order needs no click on the item) and not a product with at least as many orders as clicks (capped at 100%)."""
    in_kits = {s for a in ctx.actions if a.kind == "kit" and a.verdict != "not on the stream" for s in a.skus}
    return [p for p in ctx.products if p.sku not in in_kits and p.orders < max(p.clicks, 1)]


def weak_product_lesson(ctx: LessonContext) -> Lesson | None:
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


def _unused_preset(ctx: LessonContext, sku: str) -> str | None:
    """A flash-offer preset of the plan for this product that was never run."""
    if ctx.plan is None:
        return None
    ran = {a.product_id for a in ctx.actions if a.kind == "flash_offer" and a.verdict != "not on the stream"}
    if sku in ran:
        return None
    return next((pr.label or pr.id for pr in ctx.plan.presets if pr.product == sku), None)


def sold_out_lesson(ctx: LessonContext) -> Lesson | None:
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


def _drained_by(ctx: LessonContext, p: ProductRow) -> ActionImpact | None:
    """The offer or kit in whose after window this product sold out: its stock could not serve that action."""
    return next((a for a in ctx.actions if a.sold_out_sku == p.sku), None)


def _ran_out_in(ctx: LessonContext, p: ProductRow, short: bool = False) -> str:
    a = _drained_by(ctx, p)
    if a is None:
        return ""
    into = mmss((p.sold_out_at_s or 0.0) - (a.at_s or 0.0))
    return f", {into} into “{a.label}”" if short else f", {into} into “{a.label}” (#{a.number})"


def abandonment_lesson(ctx: LessonContext) -> Lesson | None:
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
