"""The remedy for an advice, drawn from the plan: a preset flash offer, a kit, a segment. Never invented: when the
plan has nothing that fits, the remedy says which kind of remedy would fit and that the plan has none.

Its words are written in the console's language when the advice is raised (the session file keeps them so); the
plan's own names (products, kits, segments, a preset's label) stay as the plan writes them."""

from __future__ import annotations

from dataclasses import dataclass

from console.advisor.model import Remedy
from console.i18n import translate
from console.plan.model import AdviceKind, Kit, Plan, Preset, Segment
from console.present.fmt import count, money, pct


@dataclass(frozen=True, slots=True)
class Stage:
    """What the remedy must respect at this moment of the live."""

    segment: str | None  # on air
    sold_out: frozenset[str]
    on_offer: frozenset[str]


def what_fits(plan: Plan | None, kind: AdviceKind, subject: str | None) -> str:
    """The kind of remedy that fits an advice, in plain words (said whether or not the plan has one)."""
    name = _name(plan, subject)
    if kind == "conversion_sag":
        return translate("AdviceRemedy", "a surprise flash offer on the featured product")
    if kind == "abandonment_spike":
        return translate("AdviceRemedy", "a lower-priced kit (or a discount on {product})").format(product=name)
    if kind == "dwell_lift":
        return translate("AdviceRemedy", "more time on demonstrations")
    if kind == "stock_out_risk":
        return translate("AdviceRemedy", "a swap of the featured product to one with stock left (or stretching what "
                         "is left of {product})").format(product=name)
    if kind == "audience_drop":
        return (translate("AdviceRemedy", "a check of the paid campaign (budget, bids, targeting)") if subject == "paid"
                else translate("AdviceRemedy", "a flash offer or a demonstration to win the room back"))
    return translate("AdviceRemedy", "a flash offer on {product} (and a look at its page: price, variants)").format(
        product=name)


def remedy_for(plan: Plan | None, kind: AdviceKind, subject: str | None, now: Stage) -> Remedy:
    fit = what_fits(plan, kind, subject)
    if plan is None:
        return _none(fit)
    choice = _CHOOSE[kind](plan, subject, now)
    return choice if choice is not None else _none(fit)


def _none(fits: str) -> Remedy:
    return Remedy(action=None, fits=fits,
                  label=translate("AdviceRemedy", "the plan has no fitting remedy; {fits} would fit").format(fits=fits))


def _name(plan: Plan | None, sku: str | None) -> str:
    if plan is None or sku is None:
        return sku or translate("AdviceRemedy", "the product")
    return next((p.name for p in plan.products if p.sku == sku), sku)


def _offer(plan: Plan, preset: Preset, fits: str) -> Remedy:
    d = preset.discount_pct
    label = preset.label or translate("AdviceRemedy", "{product} -{discount} ({minutes} min)").format(
        product=_name(plan, preset.product), discount=pct(d / 100, 0 if float(d).is_integer() else 1),
        minutes=count(preset.duration_s // 60))
    return Remedy(action="flash_offer", target=preset.id, fits=fits,
                  label=translate("AdviceRemedy", "Flash offer: {offer}").format(offer=label))


def _kit(plan: Plan, kit: Kit, fits: str) -> Remedy:
    full = sum(plan.product(s).price for s in kit.items)
    cur = plan.live.currency
    return Remedy(action="kit", target=kit.id, fits=fits,
                  label=translate("AdviceRemedy", "Kit: {kit} ({price} instead of {full})").format(
                      kit=kit.name, price=money(kit.price, cur), full=money(full, cur)))


def _segment(seg: Segment, fits: str, label: str = "") -> Remedy:
    """`label`: the button's words with {segment} for its title (default "Segment: {segment}")."""
    words = label or translate("AdviceRemedy", "Segment: {segment}")
    return Remedy(action="segment", target=seg.id, label=words.format(segment=seg.title), fits=fits)


def _presets(plan: Plan, now: Stage, products: list[str]) -> list[Preset]:
    """The plan's presets on these products (in this order) that can start now."""
    ok = [p for sku in products for p in plan.presets if p.product == sku]
    return [p for p in ok if p.product not in now.sold_out and p.product not in now.on_offer]


def _featured(plan: Plan, now: Stage) -> list[str]:
    return list(plan.segment(now.segment).products) if now.segment in {s.id for s in plan.segments} else []


def _kits_open(plan: Plan, now: Stage) -> list[Kit]:
    return [k for k in plan.kits if not any(s in now.sold_out for s in k.items)]


def _conversion_sag(plan: Plan, _subject: str | None, now: Stage) -> Remedy | None:
    fits = what_fits(plan, "conversion_sag", None)
    featured = _featured(plan, now)
    presets = _presets(plan, now, featured) or _presets(plan, now, [p.sku for p in plan.products])
    return _offer(plan, presets[0], fits) if presets else None


def _abandonment(plan: Plan, subject: str | None, now: Stage) -> Remedy | None:
    fits = what_fits(plan, "abandonment_spike", subject)
    kits = _kits_open(plan, now)
    price = next((p.price for p in plan.products if p.sku == subject), None)
    category = next((p.category for p in plan.products if p.sku == subject), None)
    with_it = sorted((k for k in kits if subject in k.items), key=lambda k: k.price)
    cheaper = sorted((k for k in kits if price is not None and k.price < price), key=lambda k: (
        not any(plan.product(s).category == category for s in k.items), k.price))
    if with_it or cheaper:
        return _kit(plan, (with_it or cheaper)[0], fits)
    presets = _presets(plan, now, [subject] if subject else [])
    return _offer(plan, presets[0], fits) if presets else None


def _dwell(plan: Plan, subject: str | None, now: Stage) -> Remedy | None:
    fits = what_fits(plan, "dwell_lift", subject)
    seg = next((s for s in plan.segments if s.id == subject), None)
    if seg is not None and now.segment != seg.id:
        return _segment(seg, fits, translate("AdviceRemedy", "Segment: {segment} (back on air)"))
    ids = [s.id for s in plan.segments]
    at = ids.index(subject) if subject in ids else -1
    after = [s for s in plan.segments[at + 1:] + plan.segments[:max(0, at)] if s.demo and s.id != now.segment]
    return _segment(after[0], fits, translate("AdviceRemedy", "Segment: {segment} (next, rather than a segment "
                                              "without a demonstration)")) if after else None


def _stock(plan: Plan, subject: str | None, now: Stage) -> Remedy | None:
    fits = what_fits(plan, "stock_out_risk", subject)
    category = next((p.category for p in plan.products if p.sku == subject), None)
    stock = {p.sku: p.stock for p in plan.products}

    def alternatives(seg: Segment) -> list[str]:
        return [s for s in seg.products if s != subject and s not in now.sold_out]

    others = [s for s in plan.segments if s.id != now.segment and alternatives(s)]
    same = [s for s in others if any(plan.product(x).category == category for x in alternatives(s))]
    pick = sorted(same or others, key=lambda s: -max(stock.get(x, 0) for x in alternatives(s)))
    return _segment(pick[0], fits) if pick else None


def _audience(plan: Plan, subject: str | None, now: Stage) -> Remedy | None:
    if subject == "paid":
        return None  # the campaign is not in the plan: nothing the console can press fixes a paid channel's drop
    fits = what_fits(plan, "audience_drop", subject)
    presets = _presets(plan, now, _featured(plan, now)) or _presets(plan, now, [p.sku for p in plan.products])
    if presets:
        return _offer(plan, presets[0], fits)
    demos = [s for s in plan.segments if s.demo and s.id != now.segment]
    return _segment(demos[0], fits) if demos else None


def _views(plan: Plan, subject: str | None, now: Stage) -> Remedy | None:
    fits = what_fits(plan, "views_no_orders", subject)
    presets = _presets(plan, now, [subject] if subject else [])
    if presets:
        return _offer(plan, presets[0], fits)
    kits = sorted((k for k in _kits_open(plan, now) if subject in k.items), key=lambda k: k.price)
    return _kit(plan, kits[0], fits) if kits else None


_CHOOSE = {
    "conversion_sag": _conversion_sag, "abandonment_spike": _abandonment, "dwell_lift": _dwell,
    "stock_out_risk": _stock, "audience_drop": _audience, "views_no_orders": _views,
}
