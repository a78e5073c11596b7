"""What the host view shows (console/widgets/host_view.py, docs/host.md), decided without Qt: the segment on air and
its talking points, the product on screen with its price and stock, the running offer's countdown, the next cue,
the advice addressed to the host, and a band that says plainly when the figures are not current. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from console.actions.rules import CUE_FAR_EARLY_S
from console.advisor.model import AdviceRecord
from console.i18n import translate
from console.kpi.snapshot import KpiSnapshot, OfferInfo, ProductStats
from console.live.health import DataState, FeedHealth, FeedState, data_view
from console.plan.cues import CueRow, CueState
from console.plan.model import Cue, Plan
from console.present.advice_words import kind_words
from console.present.fmt import DASH, clock, count, mmss, money, pct
from console.present.run_of_show import next_cue_line

Tone = Literal["plain", "good", "warn", "bad", "muted"]

# a cue more than this many live seconds late, its effect not in place, is the operator's business (skipped, or to
# be fired off the plan's time): the host reads the cue after it rather than a reminder that never goes away
LATE_S: Final = 300.0
# advice shown at once: the newest first; more would not be read from two metres in a pause between sentences
SHOWN_ADVICE: Final = 2
# stock is "low" (amber) at or below this share of the plan's starting stock
LOW_STOCK_SHARE: Final = 0.1
# ... or, for a product without a starting stock in the plan, at or below this many units
LOW_STOCK_UNITS: Final = 10


@dataclass(frozen=True, slots=True)
class FeedBand:
    """The band across the top: '' when the figures are live."""

    text: str = ""
    tone: Tone = "plain"


@dataclass(frozen=True, slots=True)
class OnScreen:
    """The product the host is selling now: the featured one, else the segment's first."""

    name: str
    price: str  # what a viewer pays now: the offer price while one runs
    price_note: str  # "-20% · was €89", "list price", "not in the plan"
    on_offer: bool
    stock: str  # "132 left", "only 7 left", "SOLD OUT", "" when not known
    stock_tone: Tone


@dataclass(frozen=True, slots=True)
class OfferClock:
    left: str  # "03:42"; "--:--" while the figures are not current
    what: str  # "Chef's knife 20 cm -20%"


@dataclass(frozen=True, slots=True)
class HostAdvice:
    headline: str  # "Dwell lift → Segment: Knife skills demo (back on air)"
    detail: str  # what was seen, the advisor's own words


@dataclass(frozen=True, slots=True)
class HostBoard:
    band: FeedBand
    fresh: bool  # the figures are current (live, or final once the live ended)
    clock: str  # "ON AIR · 00:12:34", "NOT LIVE · figures as of 00:12:34"
    segment: str
    points: tuple[str, ...]
    on_screen: OnScreen | None
    offer: OfferClock | None
    next_cue: str
    advice: tuple[HostAdvice, ...]


def host_board(plan: Plan, snap: KpiSnapshot | None, health: FeedHealth, advice: Sequence[AdviceRecord],
               wall_now: float) -> HostBoard:
    """The host view's content at this moment, in the console's language (the plan's own texts as written).
    `advice`: the advisor's board (any order); `wall_now`: time.time()."""
    view = data_view(health, wall_now, snap is not None and snap.started_at is not None)
    fresh = view.state in (DataState.LIVE, DataState.ENDED)
    band = feed_band(view.state, health, view.age_s)
    if snap is None or snap.started_at is None:
        return HostBoard(band, fresh, translate("HostBoard", "waiting for the live"), DASH, (), None, None,
                         next_cue(plan, None), ())
    if view.state == DataState.ENDED:
        when = translate("HostBoard", "LIVE ENDED · {t}").format(t=clock(snap.elapsed_s))
    elif fresh:
        when = translate("HostBoard", "ON AIR · {t}").format(t=clock(snap.elapsed_s))
    else:  # the live clock they stopped at
        when = translate("HostBoard", "NOT LIVE · figures as of {t}").format(t=clock(snap.elapsed_s))
    seg = next((s for s in plan.segments if s.id == snap.current_segment), None)
    title = seg.title if seg is not None else snap.current_segment or translate("HostBoard", "no segment on air")
    sku = product_on_screen(plan, snap)
    return HostBoard(band, fresh, when, title, seg.points if seg is not None else (),
                     on_screen(plan, snap, sku), offer_clock(plan, snap, sku, fresh and snap.ended_at is None),
                     next_cue(plan, snap) if snap.ended_at is None else translate("HostBoard", "the live has ended"),
                     host_advice(advice, sku))


def feed_band(state: DataState, health: FeedHealth, age_s: float | None) -> FeedBand:
    """Big words for a feed that is not live: never a frozen figure that looks current."""
    if state == DataState.LIVE:
        return FeedBand()
    if state == DataState.ENDED:
        return FeedBand(translate("HostBoard", "THE LIVE HAS ENDED · final figures"), "plain")
    if health.state == FeedState.STOPPED:
        return FeedBand(translate("HostBoard", "FEED STOPPED · {why}").format(
            why=health.reason or translate("HostBoard", "not retrying")), "bad")
    if health.state == FeedState.RECONNECTING:
        return FeedBand(translate("HostBoard", "FEED LOST · retrying"), "bad")
    if health.state == FeedState.STALE:
        return FeedBand(translate("HostBoard", "FEED QUIET · nothing for {t}").format(t=mmss(age_s or 0.0)), "bad")
    if state == DataState.WAITING:
        return FeedBand(translate("HostBoard", "CONNECTING TO THE FEED…"), "warn")
    # connecting, data old
    return FeedBand(translate("HostBoard", "CATCHING UP · {t} behind").format(t=mmss(age_s or 0.0)), "warn")


def product_on_screen(plan: Plan, snap: KpiSnapshot) -> str | None:
    """The featured product when the feed says which (a platform's pin), else the first product of the segment on
    air; None when neither names a plan product (a pin the plan does not map is on screen all the same: on_screen
    shows its platform title, never the segment's product in its place)."""
    if snap.featured is not None:
        return snap.featured.product_id
    seg = next((s for s in plan.segments if s.id == snap.current_segment), None)
    return seg.products[0] if seg is not None and seg.products else None


def host_money(value: float, currency: str) -> str:
    """A price the host reads aloud: cents only when there are some (€71.20, €89)."""
    return money(value, currency, cents=round(value * 100) % 100 != 0)


def discount(discount_pct: float) -> str:
    """An offer's discount as the language writes a percentage: "20%", "12.5%" ("20 %" in Finnish)."""
    return pct(discount_pct / 100, 0 if float(discount_pct).is_integer() else 1)


def on_screen(plan: Plan, snap: KpiSnapshot, sku: str | None) -> OnScreen | None:
    cur = plan.live.currency
    if sku is None:
        pinned = snap.featured
        if pinned is not None:  # the platform pinned a product the plan does not map: its title, nothing invented
            return OnScreen(pinned.title or pinned.platform_product_id or DASH, DASH,
                            translate("HostBoard", "not in the plan"), False, "", "muted")
        return None
    stats: ProductStats | None = next((p for p in snap.products if p.sku == sku), None)
    planned = next((p for p in plan.products if p.sku == sku), None)
    name = planned.name if planned is not None else stats.name if stats is not None else sku
    list_price = planned.price if planned is not None else stats.price if stats is not None else None
    offer = stats.offer if stats is not None else None
    if offer is not None:
        price, off = host_money(offer.price, cur), discount(offer.discount_pct)
        #: under the offer price, read from two metres: the discount and the list price ("-20% · was €89")
        note = (translate("HostBoard", "-{pct} · was {was}").format(pct=off, was=host_money(list_price, cur))
                if list_price is not None else translate("HostBoard", "-{pct}").format(pct=off))
    else:
        price = host_money(list_price, cur) if list_price is not None else DASH
        note = translate("HostBoard", "list price") if list_price is not None else ""
    left = stats.stock_left if stats is not None else None
    stock, tone = _stock_words(left, stats is not None and stats.sold_out, planned.stock if planned else None)
    return OnScreen(name, price, note, offer is not None, stock, tone)


def _stock_words(left: int | None, sold_out: bool, start: int | None) -> tuple[str, Tone]:
    if sold_out or left == 0:
        return translate("HostBoard", "SOLD OUT"), "bad"
    if left is None:
        return "", "muted"
    low = left <= (LOW_STOCK_SHARE * start if start else LOW_STOCK_UNITS)
    words = translate("HostBoard", "only {n} left") if low else translate("HostBoard", "{n} left")
    return words.format(n=count(left)), "warn" if low else "good"


def offer_clock(plan: Plan, snap: KpiSnapshot, sku: str | None, current: bool) -> OfferClock | None:
    """The running flash offer: the one on the product on screen, else the one that ends first. `current`: the
    figures are live; otherwise the time left is not known and reads --:--."""
    offers = sorted(snap.running_offers.values(), key=lambda o: o.ends_at)
    if not offers or snap.now_ts is None:
        return None
    offer: OfferInfo = next((o for o in offers if o.product_id == sku), offers[0])
    name = next((p.name for p in plan.products if p.sku == offer.product_id), offer.product_id)
    left = mmss(offer.ends_at - snap.now_ts) if current else "--:--"
    off = discount(offer.discount_pct)
    if len(offers) > 1:  # the others: the operator's pad has them
        return OfferClock(left, translate("HostBoard", "{name} -{pct} · +{n} more").format(
            name=name, pct=off, n=count(len(offers) - 1)))
    return OfferClock(left, translate("HostBoard", "{name} -{pct}").format(name=name, pct=off))


def cue_words(plan: Plan, cue: Cue) -> str:
    """What a cue does, as the host calls it: a segment's title, an offer, a kit."""
    if cue.action == "segment":
        return next((s.title for s in plan.segments if s.id == cue.target), cue.target)
    if cue.action == "kit":
        return translate("HostBoard", "kit {name}").format(
            name=next((k.name for k in plan.kits if k.id == cue.target), cue.target))
    preset = next((p for p in plan.presets if p.id == cue.target), None)
    if preset is None:
        return translate("HostBoard", "flash offer {name}").format(name=cue.target)
    name = next((p.name for p in plan.products if p.sku == preset.product), preset.product)
    return translate("HostBoard", "flash offer {name} -{pct}").format(name=name, pct=discount(preset.discount_pct))


def cue_behind(plan: Plan, snap: KpiSnapshot, cue: Cue) -> bool:
    """A cue the host need not wait for: its effect is in place (its segment on air, its offer running or started,
    its kit launched; from CUE_FAR_EARLY_S before its time on, as the console's run of show judges it), or it is
    more than LATE_S late."""
    due = cue.at_s - snap.elapsed_s
    if due < -LATE_S:
        return True
    if snap.started_at is None or due > CUE_FAR_EARLY_S:
        return False
    since = snap.started_at + cue.at_s - CUE_FAR_EARLY_S
    marks = [m for m in snap.markers if m.ts >= since and m.kind == cue.action]
    if cue.action == "segment":
        title = next((s.title for s in plan.segments if s.id == cue.target), cue.target)
        return snap.current_segment == cue.target or any(m.label.endswith(title) for m in marks)
    if cue.action == "kit":
        name = next((k.name for k in plan.kits if k.id == cue.target), cue.target)
        return any(m.label.endswith(name) for m in marks)
    product = next((p.product for p in plan.presets if p.id == cue.target), None)
    return any(m.product_id == product for m in marks) or any(
        o.product_id == product for o in snap.running_offers.values())


def next_cue(plan: Plan, snap: KpiSnapshot | None) -> str:
    """'next: Searing in cast iron in 02:10', '… 00:40 late', 'run of show done' (console/present/run_of_show.py)."""
    cues = sorted(plan.cues, key=lambda c: c.at_s)
    if snap is None or snap.started_at is None:
        rows, elapsed = [CueRow(i, c, CueState.WAITING) for i, c in enumerate(cues)], None
    else:
        rows = [CueRow(i, c, CueState.DONE if cue_behind(plan, snap, c) else CueState.WAITING)
                for i, c in enumerate(cues)]
        elapsed = snap.elapsed_s
    return next_cue_line(rows, elapsed, lambda row: cue_words(plan, row.cue))


def for_host(record: AdviceRecord, on_screen_sku: str | None) -> bool:
    """The advice addressed to the host (docs/host.md): standing, and either its remedy is a script segment (the
    host changes what is on camera), or its kind is dwell_lift (its remedy, more time on demonstrations, is the
    host's to give even when the plan has no segment to switch to), or its subject is the product on screen (the
    host is holding it: a sell-out coming, views without orders). Offers, kits and the paid campaign are the
    operator's."""
    a = record.advice
    return record.status == "raised" and (
        a.remedy.action == "segment" or a.kind == "dwell_lift"
        or (on_screen_sku is not None and a.subject == on_screen_sku))


def host_advice(board: Sequence[AdviceRecord], on_screen_sku: str | None) -> tuple[HostAdvice, ...]:
    mine = sorted((r for r in board if for_host(r, on_screen_sku)), key=lambda r: -r.advice.raised_ts)
    out = []
    for r in mine[:SHOWN_ADVICE]:
        remedy = r.advice.remedy
        out.append(HostAdvice(f"{kind_words(r.advice.kind)} → {remedy.label if remedy.action else remedy.fits}",
                              r.advice.text))
    return tuple(out)
