"""Product lessons: the well-viewed product that sells worst per view, the product that sold out with demand left,
and the dear product whose carts were abandoned."""

from __future__ import annotations

from statistics import median
from typing import Final

from console.i18n import translate
from console.kpi.snapshot import rate
from console.present.fmt import count, mmss, pct
from console.report.lessons.context import LessonContext, dec, then, whole
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
        title = translate("ReportLessons", "Show {product} better").format(product=worst.name)
        why = translate("ReportLessons", "It is seen but not clicked: the pitch is the problem. Demonstrate it on "
                                         "camera, show it in use and pin it while it is being shown.")
    else:
        title = translate("ReportLessons", "Lower the barrier on {product}").format(product=worst.name)
        offer = _unused_preset(ctx, worst.sku)
        why = (translate("ReportLessons", "It is clicked but not bought: the price is the likely blocker. The plan's "
                                          "offer “{offer}” was not run: run it. Or sell it in a kit with a "
                                          "best-seller.").format(offer=offer) if offer else
               translate("ReportLessons", "It is clicked but not bought: the price is the likely blocker. Try a "
                                          "flash offer on it. Or sell it in a kit with a best-seller."))
    yardstick = (translate("ReportLessons", "products on sale without kit items ({products}: kit orders need no "
                                            "click)").format(products=", ".join(left_out))
                 if left_out and len(base) < len(on_sale) else translate("ReportLessons", "products on sale"))
    text = translate("ReportLessons", "{product} was seen {impressions} times (the most-viewed half of the products on "
                                      "sale) but ordered only {orders} times: CTR {ctr} (the average {average_ctr}), "
                                      "clicks to orders {conversion} (the average {average_conversion}; averages over "
                                      "{yardstick}).").format(
        product=worst.name, impressions=count(worst.impressions), orders=count(worst.orders), ctr=pct(worst.ctr),
        average_ctr=pct(avg_ctr), conversion=pct(worst.conversion), average_conversion=pct(avg_conv),
        yardstick=yardstick)
    text = then(text, why)
    evidence: tuple[str, ...] = (
        translate("ReportLessons", "{impressions} impressions, {clicks} clicks, {orders} orders").format(
            impressions=count(worst.impressions), clicks=count(worst.clicks), orders=count(worst.orders)),
        translate("ReportLessons", "{share} of views ordered vs {average} for {yardstick}").format(
            share=pct(worst.orders / worst.impressions, 2), average=pct(avg_view, 2), yardstick=yardstick))
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
            how = translate("ReportLessons", "after that it was still clicked {clicks} times, and with {conversion} "
                                             "of clicks ordering that is about {missed} more units").format(
                clicks=whole(after), conversion=pct(conv), missed=whole(missed))
        else:  # the card came down: extrapolate its pace, never beyond what it sold
            left_min = max(0.0, (ctx.snap.elapsed_s - p.sold_out_at_s) / 60.0)
            missed = min(p.velocity * left_min, float(p.units))
            how = translate("ReportLessons", "at its pace the remaining {minutes} minutes would have sold about "
                                             "{missed} more").format(minutes=whole(left_min), missed=whole(missed))
        value = missed * p.revenue / p.units
        if missed >= 1 and (best is None or value > best[0]):
            best = (value, p, missed, how)
    if best is None:
        return None
    stake, p, missed, how = best
    planned = ctx.plan.product(p.sku).stock if ctx.plan is not None and p.in_plan else None
    others = [f"{q.name} ({mmss(q.sold_out_at_s or 0.0)}{_ran_out_in(ctx, q, short=True)})"
              for q in sorted(ctx.products, key=lambda q: q.sold_out_at_s or 0.0)
              if q.sold_out_at_s is not None and q is not p]
    text = translate("ReportLessons", "{product} sold out at {time}{ran_out_in} after {units} units ({velocity} a "
                                      "minute); {how} (≈ {amount}). Stock about {stock} next time, or hold part of "
                                      "it back for later in the live.").format(
        product=p.name, time=mmss(p.sold_out_at_s or 0), ran_out_in=_ran_out_in(ctx, p), units=count(p.units),
        velocity=dec(p.velocity), how=how, amount=ctx.m(stake), stock=whole(p.units + missed))
    drained = _drained_by(ctx, p)
    if drained is not None:
        into = (p.sold_out_at_s or 0.0) - (drained.at_s or 0.0)
        text = then(text, translate("ReportLessons", "Do not repeat “{action}” as it was: its stock ran out {into} "
                                                     "into "
                                                 "it. Stock for it first, or run it for at most {minutes} min with "
                                                 "this stock.").format(action=drained.label, into=mmss(into),
                                                                       minutes=max(1, int(into // 60))))
    if others:
        text = then(text, translate("ReportLessons", "Also sold out: {products}.").format(products=", ".join(others)))
    sold = (translate("ReportLessons", "{units} units sold of {planned} planned").format(
                units=count(p.units), planned=count(planned)) if planned is not None else
            translate("ReportLessons", "{units} units sold").format(units=count(p.units)))
    evidence = (translate("ReportLessons", "sold out at {time}").format(time=mmss(p.sold_out_at_s or 0)), sold,
                translate("ReportLessons", "{velocity} units/min").format(velocity=dec(p.velocity)))
    return Lesson("sold_out", p.sku, translate("ReportLessons", "Stock more {product}").format(product=p.name), text,
                  evidence, stake)


def _drained_by(ctx: LessonContext, p: ProductRow) -> ActionImpact | None:
    """The offer or kit in whose after window this product sold out: its stock could not serve that action."""
    return next((a for a in ctx.actions if a.sold_out_sku == p.sku), None)


def _ran_out_in(ctx: LessonContext, p: ProductRow, short: bool = False) -> str:
    a = _drained_by(ctx, p)
    if a is None:
        return ""
    into = mmss((p.sold_out_at_s or 0.0) - (a.at_s or 0.0))
    if short:
        return translate("ReportLessons", ", {into} into “{action}”").format(into=into, action=a.label)
    return translate("ReportLessons", ", {into} into “{action}” (#{number})").format(into=into, action=a.label,
                                                                                   number=a.number)


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
    offer = (translate("ReportLessons", "the plan's kit {kits}").format(kits=", ".join(kits)) if kits
             else translate("ReportLessons", "a kit with a cheaper best-seller"))
    text = translate("ReportLessons", "{product} ({price}, among the dearer half) lost {abandons} of {carts} carts "
                                      "({abandonment}, the live {overall}). Expensive carts stall at checkout: launch "
                                      "{offer} or a short offer while its carts are open.").format(
        product=p.name, price=ctx.m(p.price), abandons=count(p.abandons), carts=count(p.carts),
        abandonment=pct(p.abandonment), overall=pct(overall), offer=offer)
    evidence = (translate("ReportLessons", "{abandons} abandoned carts × {price}").format(
                    abandons=count(p.abandons), price=ctx.m(p.price)),
                translate("ReportLessons", "median plan price {price}").format(price=ctx.m(dear)))
    title = translate("ReportLessons", "Bundle {product} into a kit").format(product=p.name)
    return Lesson("abandonment", p.sku, title, text, evidence, stake)
