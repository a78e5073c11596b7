"""Synthetic lives: a library of a thousand plausible lives in seconds, for the benchmark and for tests that need
volume (docs/library.md, "Synthetic lives").

Nothing here is a recorded live. Five recurring shows (a fixed catalogue: products, segments, offer presets, kits)
air once a week each; every live is drawn from a small model, minute by minute and product by product, with numpy:

- viewers ramp up over the first minutes, sag around minute 30 and drift down towards the end; joins and leaves
  follow from the viewer curve and a dwell time that depends on the segment on air;
- orders per minute and product are Poisson draws: the room's size times a conversion that sags around minute 30
  too, shared among the products by popularity and by the segment featuring them; a flash offer adds orders to
  its product while it runs (most offers lift, about one in five does not), a kit nudges all of them;
- stock runs out: units beyond a product's stock are cut and its sold-out second is recorded;
- every action's and advice's effect is then *measured* on the drawn minutes the way the report measures it (five
  minutes before against five after, the per-viewer verdict of console/report/stats.py), so the actions table
  says what the minutes say, not what the model intended.

The tables are built column-wise and written through store.write_rows like any other live, so every reader sees
the columns the exporter writes. Each live draws from its own generator (seed, index): live 7 of a library of ten
is live 7 of a library of a thousand.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, Final

import numpy as np
import pyarrow as pa
from numpy.typing import NDArray

from console.library import store, store_cache
from console.report.model import EFFECT_WINDOW_S
from console.report.stats import verdict

Floats = NDArray[np.float64]
Ints = NDArray[np.int64]

FIRST_WEEK: Final = datetime(2023, 1, 2, tzinfo=UTC).timestamp()  # a Monday
WEEKDAYS: Final = (1, 3, 4, 6, 5)  # each show's day (Monday 0): kitchen on Tuesdays ... kids on Saturdays
WEEK_S: Final = 7 * 86400.0
PLAN_WEEKS: Final = 8  # a show's plan is revised (a new plan hash, goals raised 3 %) every eight weeks
CHANNELS: Final = ("organic", "paid", "direct")
_WINDOW_MIN: Final = int(EFFECT_WINDOW_S // 60)  # the report's before/after window, in whole minutes
_CATALOGUE_SEED: Final = 16  # the shows are the same in every synthetic library, whatever its seed
#: goal -> its label, as the report names it
_GOAL_LABELS: Final = {"gmv": "GMV", "orders": "Orders", "conversion": "Conversion", "peak_viewers": "Peak viewers",
                       "roas": "ROAS", "max_cart_abandonment": "Cart abandonment (max)"}
#: what the live advisor offers for each kind of advice (a segment, an offer preset, a kit; None: nothing fits)
_REMEDY: Final[dict[str, str | None]] = {
    "conversion_sag": "flash_offer", "views_no_orders": "flash_offer", "abandonment_spike": "kit",
    "audience_drop": "segment", "dwell_lift": "segment", "stock_out_risk": None}

# ------------------------------------------------------------------------------------------------ the shows


@dataclass(frozen=True, slots=True)
class Product:
    sku: str
    name: str
    category: str
    price: float
    unit_cost: float
    popularity: float


@dataclass(frozen=True, slots=True)
class Segment:
    segment_id: str
    title: str
    demo: bool
    category: str | None  # the products it features; None: all (welcome) or none (Q&A)
    dwell: float  # how well it holds the room: > 1 keeps viewers longer
    converts: float  # how well it sells, relative to the show's average


@dataclass(frozen=True, slots=True)
class Preset:
    preset_id: str
    sku: str
    discount: float
    duration_s: float


@dataclass(frozen=True, slots=True)
class Show:
    index: int
    live_id: str
    title: str
    tags: tuple[str, ...]
    audience: float  # typical peak viewers
    conversion: float  # typical buyers / entered
    products: tuple[Product, ...]
    segments: tuple[Segment, ...]  # welcome first, Q&A last
    presets: tuple[Preset, ...]
    kits: tuple[str, ...]


#: (live id, title, tag, peak viewers, conversion, {category: (products, price range)})
_SHOW_SPECS: Final[tuple[tuple[str, str, str, float, float, dict[str, tuple[tuple[str, ...], tuple[float, float]]]],
                         ...]] = (
    ("autumn-kitchen", "Autumn Kitchen Live", "kitchen", 1500, 0.022, {
        "knives": (("Chef's knife", "Santoku knife", "Paring knife", "Bread knife", "Whetstone"), (25, 120)),
        "cookware": (("Cast-iron pan", "Dutch oven", "Saucepan set", "Wok", "Roasting tin"), (35, 180)),
        "textiles": (("Linen tea towels", "Canvas apron", "Oven gloves", "Table runner"), (12, 40)),
        "pantry": (("Spice set", "Olive oil duo", "Sea salt flakes", "Pepper mill", "Vinegar trio"), (9, 45))}),
    ("glow-beauty", "Glow Beauty Hour", "beauty", 2600, 0.024, {
        "skincare": (("Vitamin C serum", "Night cream", "Cleansing balm", "Eye gel", "SPF 50 fluid"), (15, 65)),
        "makeup": (("Lip tint", "Cushion foundation", "Brow pencil", "Mascara", "Blush stick"), (9, 39)),
        "hair": (("Argan hair oil", "Silk scrunchies", "Heat protect spray", "Wide-tooth comb"), (8, 35)),
        "tools": (("Jade roller", "LED mirror", "Facial steamer", "Brush set"), (19, 89))}),
    ("tech-friday", "Tech Friday Deals", "tech", 900, 0.016, {
        "audio": (("Wireless earbuds", "Bluetooth speaker", "Noise-cancelling headphones", "Soundbar"), (29, 249)),
        "phone": (("Fast charger", "MagSafe stand", "Phone case", "Power bank", "Cable pack"), (12, 59)),
        "smart home": (("Smart plug pack", "Video doorbell", "Smart bulb kit", "Indoor camera"), (19, 129)),
        "gaming": (("Gaming mouse", "Mechanical keyboard", "Controller", "Headset stand"), (15, 139))}),
    ("garden-sunday", "Sunday Garden Show", "garden", 600, 0.019, {
        "tools": (("Pruning shears", "Hand trowel set", "Garden kneeler", "Hose reel"), (12, 75)),
        "plants": (("Olive tree", "Herb trio", "Lavender pots", "Hydrangea", "Seed tin"), (8, 60)),
        "outdoor": (("Solar lanterns", "Bistro set", "Bird feeder", "Fire pit"), (15, 199)),
        "care": (("Organic fertiliser", "Neem spray", "Plant mister", "Compost bin"), (7, 49))}),
    ("kids-corner", "Kids Corner", "toys", 1100, 0.022, {
        "building": (("Brick set", "Marble run", "Magnetic tiles", "Wooden blocks"), (19, 89)),
        "crafts": (("Paint kit", "Bead set", "Clay studio", "Sticker book", "Loom kit"), (8, 35)),
        "outdoor": (("Balance bike", "Kite", "Bubble machine", "Scooter"), (15, 129)),
        "books": (("Atlas for kids", "Bedtime stories", "Science lab book", "Puzzle book"), (9, 29))}),
)


@cache
def shows() -> tuple[Show, ...]:
    """The recurring shows, drawn once from a fixed seed: the same in every synthetic library."""
    rng = np.random.default_rng(_CATALOGUE_SEED)
    out = []
    for index, (live_id, title, tag, audience, conversion, cats) in enumerate(_SHOW_SPECS):
        products = []
        for c, (cat, (names, (lo, hi))) in enumerate(cats.items()):
            for k, name in enumerate(names):
                price = round(float(np.exp(rng.uniform(math.log(lo), math.log(hi)))), 0) - 0.01
                products.append(Product(f"{tag[:3].upper()}-{c}{k:02d}", name, cat, price,
                                        round(price * float(rng.uniform(0.3, 0.65)), 2),
                                        float(rng.gamma(2.0)) / math.sqrt(price)))
        segments = [Segment("welcome", "Welcome and today's deals", False, None, 0.9, 1.0)]
        segments += [Segment(f"{cat.replace(' ', '-')}-demo", f"{cat.capitalize()} demo", True, cat,
                             float(rng.uniform(0.8, 1.4)), float(rng.uniform(0.8, 1.3))) for cat in cats]
        segments.append(Segment("qa", "Questions and answers", False, None, 0.75, 0.7))
        picks = rng.choice(len(products), 4, replace=False)
        presets = tuple(Preset(f"flash-{products[p].sku.lower()}", products[p].sku, float(rng.choice([10, 15, 20, 25,
                        30])) / 100, float(rng.choice([240, 300, 600]))) for p in sorted(picks))
        kits = tuple(f"kit-{tag}-{name}" for name in ("starter", "care", "gift"))
        out.append(Show(index, f"{live_id}-01", title, (tag,), audience, conversion, tuple(products),
                        tuple(segments), presets, kits))
    return tuple(out)


# ------------------------------------------------------------------------------------------------ one live


@dataclass(frozen=True, slots=True)
class _Action:
    at_s: float
    kind: str
    target: str
    label: str
    source: str
    failed: bool
    lift: float  # the model's effect on orders while it runs (not what is measured)
    span_s: float
    sku: str | None
    discount: float = 0.0
    advice_kind: str | None = None


@dataclass(frozen=True, slots=True)
class _Minutes:
    """The drawn live, minute by minute (M minutes) and product by product (P products)."""

    length: Floats  # M: seconds of each minute recorded (60, the last one less)
    viewers: Floats  # M
    joins: Floats
    leaves: Floats
    chat: Floats
    orders: Ints  # M x P
    units: Ints
    revenue: Floats
    carts: Ints
    abandons: Ints
    clicks: Ints
    stock: list[int | None]  # P: the plan's stock (None: a product the plan did not list)
    sold_out_at_s: list[float | None]  # P


def synthetic_live(show: Show, episode: int, rng: np.random.Generator) -> dict[str, pa.Table]:
    """One live of `show` (its `episode`-th week) as a table per store.SCHEMAS table, every row keyed."""
    planned_s = float(rng.choice([60, 75, 90, 90, 90, 105, 120])) * 60
    partial = bool(rng.random() < 0.04)  # the console stopped early: a recording that does not cover the live
    duration_s = planned_s * float(rng.uniform(0.7, 0.95)) if partial else planned_s + float(rng.uniform(-50, 50))
    duration_s = float(np.clip(round(duration_s, 1), 3600.5, 7199.5))
    started_at = (FIRST_WEEK + episode * WEEK_S + WEEKDAYS[show.index] * 86400.0 + 3600.0 * (18 + show.index % 3)
                  + float(rng.integers(0, 900)))
    key = store.live_key(show.live_id, started_at)
    products = _pick_products(show, rng)
    runs = _segment_runs(show, duration_s, rng)
    actions = _actions(show, runs, products, duration_s, rng)
    mins = _draw_minutes(show, episode, duration_s, products, runs, actions, rng)
    advice, actions = _advice(show, runs, actions, products, duration_s, rng)
    tables = {
        "minutes": _minutes_table(mins),
        "products": _products_table(products, mins, rng),
        "channels": _channels_table(mins, rng),
        "segments": _segments_table(runs, mins),
        "actions": _actions_table(actions, mins),
        "advice": _advice_table(advice, mins),
    }
    tables["lives"] = _lives_table(show, episode, (started_at, duration_s, planned_s, partial), tables, mins,
                                   rng)
    return {name: t.append_column("key", pa.array([key] * t.num_rows, pa.string())).select(store.SCHEMAS[name].names)
            .cast(store.SCHEMAS[name]) for name, t in tables.items()}


def _pick_products(show: Show, rng: np.random.Generator) -> list[tuple[Product, bool]]:
    """10-20 of the show's products (every preset's among them); now and then one the plan did not list."""
    preset_skus = {p.sku for p in show.presets}
    others = [p for p in show.products if p.sku not in preset_skus]
    n = int(rng.integers(10, min(20, len(show.products)) + 1)) - len(preset_skus)
    chosen = {p.sku for p in show.products if p.sku in preset_skus}
    chosen |= {others[i].sku for i in rng.choice(len(others), n, replace=False)}
    picked = [p for p in show.products if p.sku in chosen]
    off_plan = int(rng.integers(len(picked))) if rng.random() < 0.15 else -1
    return [(p, i != off_plan or p.sku in preset_skus) for i, p in enumerate(picked)]


def _segment_runs(show: Show, duration_s: float, rng: np.random.Generator) -> list[tuple[Segment, float, float]]:
    """4-6 runs covering the live end to end: welcome, demos in some order (one may come back), Q&A."""
    demos = [s for s in show.segments if s.demo]
    k = int(rng.integers(4, 7))
    middle = [demos[i] for i in rng.permutation(len(demos))][: k - 2]
    if len(middle) < k - 2:  # a sixth run: a demo comes back
        middle.append(middle[int(rng.integers(len(middle)))])
    order = [show.segments[0], *middle, show.segments[-1]]
    welcome = float(rng.uniform(120, 360))
    qa = float(rng.uniform(240, 600))
    shares = rng.dirichlet(np.full(len(middle), 6.0)) * (duration_s - welcome - qa)
    bounds = np.concatenate([[0.0, welcome], welcome + np.cumsum(shares), [duration_s]]).round(1)
    bounds[-1] = duration_s  # to the tenth of a second already: the last run ends where the live does
    return [(seg, float(bounds[i]), float(bounds[i + 1])) for i, seg in enumerate(order)]


def _actions(show: Show, runs: list[tuple[Segment, float, float]], products: list[tuple[Product, bool]],
             duration_s: float, rng: np.random.Generator) -> list[_Action]:
    """Segment changes at each run's start, 2-5 flash offers (one just after the sag, more often than not), 1-3 kits."""
    out = [_Action(start, "segment", seg.segment_id, seg.title, str(rng.choice(["cue", "go", "button"],
                   p=[0.6, 0.25, 0.15])), False, 0.0, 0.0, None) for seg, start, _ in runs[1:]]
    names = {p.sku: p.name for p, _ in products}
    times: list[float] = []
    if rng.random() < 0.6:
        times.append(float(rng.uniform(29, 35)) * 60)
    wanted = int(rng.integers(2, 6))
    for _ in range(200):  # at least 9 minutes apart, so that each offer's windows are mostly its own
        if len(times) >= wanted:
            break
        t = float(rng.uniform(4, duration_s / 60 - 12)) * 60
        if all(abs(t - u) > 540 for u in times):
            times.append(t)
    for t in times:
        p = show.presets[int(rng.integers(len(show.presets)))]
        works = rng.random() < 0.8  # most offers lift orders; some change nothing or cannibalise
        lift = float(rng.uniform(0.4, 1.8) if works else rng.uniform(-0.3, 0.1))
        out.append(_Action(round(t, 1), "flash_offer", p.preset_id, f"{names[p.sku]} -{p.discount:.0%} "
                           f"({p.duration_s / 60:.0f} min)", str(rng.choice(["button", "hotkey", "cue"])),
                           bool(rng.random() < 0.03), lift, p.duration_s, p.sku, p.discount))
    for _ in range(int(rng.integers(1, 4))):
        kit = show.kits[int(rng.integers(len(show.kits)))]
        out.append(_Action(round(float(rng.uniform(5, duration_s / 60 - 6)) * 60, 1), "kit", kit,
                           f"{kit.rsplit('-', 1)[-1].capitalize()} kit", str(rng.choice(["button", "go"])),
                           bool(rng.random() < 0.03), float(rng.uniform(-0.1, 0.6)), EFFECT_WINDOW_S, None))
    return sorted(out, key=lambda a: a.at_s)


def _overlap(start: Floats | float, end: Floats | float, length: Floats) -> Floats:
    """Seconds of [start, end) inside each minute (rows: spans, columns: minutes)."""
    lo = np.arange(len(length)) * 60.0
    hi = lo + length
    s = np.atleast_1d(np.asarray(start, dtype=np.float64))[:, None]
    e = np.atleast_1d(np.asarray(end, dtype=np.float64))[:, None]
    out: Floats = np.clip(np.minimum(e, hi) - np.maximum(s, lo), 0.0, None)
    return out


def _draw_minutes(show: Show, episode: int, duration_s: float, products: list[tuple[Product, bool]],
                  runs: list[tuple[Segment, float, float]], actions: list[_Action],
                  rng: np.random.Generator) -> _Minutes:
    m_count = math.ceil(duration_s / 60)
    length = np.full(m_count, 60.0)
    length[-1] = duration_s - 60.0 * (m_count - 1)
    t = np.arange(m_count) + length / 120.0  # each minute's middle, in minutes
    on_air = _overlap(np.array([r[1] for r in runs]), np.array([r[2] for r in runs]), length) / length  # runs x M
    # the room: ramp, the sag around minute 30, a slow fade; the audience grows slowly week after week
    audience = show.audience * _growth(episode) * float(rng.lognormal(0.0, 0.3))
    sag_at, sag_w = float(rng.uniform(27, 33)), float(rng.uniform(4, 7))
    sag = np.exp(-0.5 * ((t - sag_at) / sag_w) ** 2)
    noise = np.exp(np.cumsum(rng.normal(0.0, 0.03, m_count)) * 0.5)
    offers = [a for a in actions if a.kind == "flash_offer" and not a.failed]
    running = sum((_overlap(a.at_s, a.at_s + a.span_s, length)[0] / length for a in offers), np.zeros(m_count))
    depth = float(rng.uniform(0.1, 0.3))
    curve = (1 - np.exp(-t / 4)) * (1 - 0.15 * t / m_count) * (1 - depth * sag) * (1 + 0.05 * np.minimum(running, 1))
    viewers = np.round(audience * curve * noise).astype(np.float64)
    # turnover: leaves from the room at the segment's dwell; joins make up the rest of the curve
    dwell = float(rng.uniform(8, 16)) * (np.array([r[0].dwell for r in runs]) @ on_air)
    before = np.concatenate([[0.0], viewers[:-1]])
    leaves = rng.poisson(before / dwell * length / 60).astype(np.float64)
    leaves = np.maximum(leaves, before - viewers)
    joins = viewers - before + leaves
    chat = rng.poisson(viewers * 0.04 * length / 60).astype(np.float64)
    # orders: the room times a conversion that sags too (most lives), shared among products by popularity and
    # by the segment on air featuring them
    entered = float(joins.sum())
    conv = float(np.clip(show.conversion * rng.lognormal(0.0, 0.25), 0.01, 0.035))  # offers add to it
    sags = float(rng.uniform(0.2, 0.5)) if rng.random() < 0.85 else 0.0
    rate = viewers * (1 - sags * sag) * (np.array([r[0].converts for r in runs]) @ on_air) * length / 60
    rate *= conv * entered * float(rng.uniform(1.05, 1.25)) / rate.sum()  # orders per buyer a little over 1
    skus = [p.sku for p, _ in products]
    featured = np.array([[1.0 if r[0].category in (None, p.category) and r[0].segment_id != "qa" else 0.0
                          for p, _ in products] for r in runs])
    share = np.array([p.popularity for p, _ in products])[None, :] * (1 + 1.5 * (on_air.T @ featured))
    lam = rate[:, None] * share / share.sum(axis=1, keepdims=True)
    price = np.tile(np.array([p.price for p, _ in products]), (m_count, 1))
    for a in actions:
        if a.failed or a.kind == "segment":
            continue
        cover = _overlap(a.at_s, a.at_s + a.span_s, length)[0] / length
        lam *= (1 + min(a.lift, 0.0) * cover)[:, None]
        if a.sku is not None:
            col = skus.index(a.sku)
            lam[:, col] += rate * max(a.lift, 0.0) * cover
            price[:, col] *= 1 - a.discount * cover
        else:
            lam *= (1 + max(a.lift, 0.0) * cover)[:, None]
    orders = rng.poisson(lam)
    units = orders + rng.binomial(orders, 0.15)
    units, orders, stock, gone = _cut_at_stock(units, orders, products, rng)
    abandon = float(rng.uniform(0.25, 0.5))
    # nothing left to click on or put in a cart after the minute it sold out in
    alive = 1.0 - np.concatenate([np.zeros((1, len(products))), gone[:-1]]).astype(np.float64)
    abandons = rng.poisson(lam * abandon / (1 - abandon) * alive)
    carts = orders + abandons
    clicks = carts + rng.poisson(lam * rng.uniform(4, 12, len(products))[None, :] * alive)
    sold_out: list[float | None] = []
    for col in range(len(products)):
        first = np.flatnonzero(gone[:, col])
        sold_out.append(None if not len(first) else
                        round(min(duration_s - 0.1, 60.0 * first[0] + float(rng.uniform(0, length[first[0]]))), 1))
    revenue = np.round(units * price, 2)
    return _Minutes(length, viewers, joins, leaves, chat, orders, units, revenue, carts, abandons, clicks, stock,
                    sold_out)


def _cut_at_stock(units: Ints, orders: Ints, products: list[tuple[Product, bool]],
                  rng: np.random.Generator) -> tuple[Ints, Ints, list[int | None], Ints]:
    """Units beyond each product's stock cut (a product off the plan has no stock to run out of); `gone` is 1 from
    the minute it sold out in."""
    drawn = units.sum(axis=0).astype(np.float64)
    stock = np.maximum(5.0, np.round(drawn * rng.uniform(0.7, 2.2, len(products))))
    stock[[not in_plan for _, in_plan in products]] = np.inf
    cum = np.cumsum(units, axis=0)
    over = np.clip(cum - stock, 0, None)
    cut = units - np.diff(over, axis=0, prepend=0).astype(np.int64)
    gone = np.maximum.accumulate((cum >= stock).astype(np.int64), axis=0)
    plan_stock = [None if math.isinf(s) else int(s) for s in stock.tolist()]
    return cut, np.minimum(orders, cut), plan_stock, gone


def _advice(show: Show, runs: list[tuple[Segment, float, float]], actions: list[_Action],
            products: list[tuple[Product, bool]], duration_s: float,
            rng: np.random.Generator) -> tuple[list[dict[str, Any]], list[_Action]]:
    """0-3 advice: often a conversion sag just after minute 30, taken half the time (the offer that follows it is
    then marked as taken from the advice); the others dismissed, left to expire, or still open at the end. Each
    advice says where to measure what followed it (`measured_at`: its action when taken, else itself)."""
    out: list[dict[str, Any]] = []
    number = next((n for n, a in enumerate(actions) if a.kind == "flash_offer" and 29 * 60 <= a.at_s <= 35 * 60),
                  None)
    if number is not None and rng.random() < 0.7:
        offer = actions[number]
        raised = offer.at_s - float(rng.uniform(15, 90))
        taken = bool(rng.random() < 0.5)
        if taken:
            actions = [*actions[:number], _Action(offer.at_s, offer.kind, offer.target, offer.label, "advice",
                       offer.failed, offer.lift, offer.span_s, offer.sku, offer.discount, "conversion_sag"),
                       *actions[number + 1:]]
        out.append({"kind": "conversion_sag", "subject": None, "raised_s": round(raised, 1),
                    "status": "taken" if taken else str(rng.choice(["dismissed", "expired"])),
                    "remedy_action": "flash_offer", "remedy_target": offer.target,
                    "action_key": f"k-{number + 1}" if taken else None, "measured_at": offer.at_s if taken else raised})
    demo_ids = [seg.segment_id for seg, _, _ in runs if seg.demo]
    skus = [p.sku for p, _ in products]
    for _ in range(int(rng.integers(0, 4)) - len(out)):
        kind = str(rng.choice([k for k in _REMEDY if k != "conversion_sag"]))
        raised = round(float(rng.uniform(6, duration_s / 60 - 2)) * 60, 1)
        remedy = _REMEDY[kind]
        target = {"flash_offer": show.presets[0].preset_id, "kit": show.kits[0], "segment": demo_ids[0]}.get(
            remedy or "")
        subject = (None if kind == "audience_drop" else str(rng.choice(demo_ids)) if kind == "dwell_lift"
                   else str(rng.choice(skus)))
        late = raised > duration_s - 120
        out.append({"kind": kind, "subject": subject, "raised_s": raised,
                    "status": "raised" if late else str(rng.choice(["dismissed", "expired"], p=[0.4, 0.6])),
                    "remedy_action": remedy, "remedy_target": target, "action_key": None, "measured_at": raised})
    out.sort(key=lambda r: float(r["raised_s"]))
    for n, a in enumerate(out, 1):
        a["advice_id"] = f"adv-{n}"
    return out, actions


def _measure(at_s: float, mins: _Minutes) -> dict[str, Any]:
    """Orders per minute in the whole minutes of the report's window before `at_s` and after it, and the verdict on
    orders per viewer-minute (console/report/stats.py)."""
    m = min(int(at_s // 60), len(mins.length) - 1)
    per_min = mins.orders.sum(axis=1)
    b, a = slice(max(0, m - _WINDOW_MIN), m), slice(m, min(len(per_min), m + _WINDOW_MIN))
    sb, sa = float(mins.length[b].sum()) / 60, float(mins.length[a].sum()) / 60
    ob, oa = int(per_min[b].sum()), int(per_min[a].sum())
    vb, va = float((mins.viewers * mins.length)[b].sum()) / 60, float((mins.viewers * mins.length)[a].sum()) / 60
    word, p = verdict(ob, vb, oa, va)
    opm_b = ob / sb if sb > 0 else None
    opm_a = oa / sa if sa > 0 else None
    lift = opm_a / opm_b - 1 if opm_a is not None and opm_b else None
    vlift = (oa / va) / (ob / vb) - 1 if ob and vb > 0 and va > 0 else None
    return {"opm_before": opm_b, "opm_after": opm_a, "lift": lift, "viewer_lift": vlift, "p_value": p,
            "verdict": word}


# ------------------------------------------------------------------------------------------------ tables


def _minutes_table(mins: _Minutes) -> pa.Table:
    n = len(mins.length)
    return pa.table({
        "minute": np.arange(n), "complete": np.arange(n) < n - 1, "viewers": mins.viewers,
        "orders": mins.orders.sum(axis=1).astype(np.float64), "revenue": np.round(mins.revenue.sum(axis=1), 2),
        "units": mins.units.sum(axis=1).astype(np.float64), "chat": mins.chat,
        "clicks": mins.clicks.sum(axis=1).astype(np.float64), "cart_adds": mins.carts.sum(axis=1).astype(np.float64),
        "abandons": mins.abandons.sum(axis=1).astype(np.float64), "joins": mins.joins, "leaves": mins.leaves})


def _products_table(products: list[tuple[Product, bool]], mins: _Minutes, rng: np.random.Generator) -> pa.Table:
    units = mins.units.sum(axis=0)
    clicks = mins.clicks.sum(axis=0)
    in_plan = [ip for _, ip in products]
    stock_start = mins.stock
    cost = [p.unit_cost if ip else None for p, ip in products]
    return pa.table({
        "sku": [p.sku for p, _ in products], "name": [p.name for p, _ in products],
        "category": [p.category if ip else None for p, ip in products], "in_plan": in_plan,
        "price": [p.price for p, _ in products], "unit_cost": cost,
        "margin": [None if c is None else (p.price - c) / p.price for (p, _), c in zip(products, cost, strict=True)],
        "stock_start": stock_start,
        "impressions": np.round(clicks * rng.uniform(5, 15, len(products))).astype(np.int64), "clicks": clicks,
        "carts": mins.carts.sum(axis=0), "abandons": mins.abandons.sum(axis=0), "orders": mins.orders.sum(axis=0),
        "units": units, "revenue": np.round(mins.revenue.sum(axis=0), 2),
        "stock_left": [None if s is None else s - u for s, u in zip(stock_start, units.tolist(), strict=True)],
        "sold_out_at_s": mins.sold_out_at_s,
        "sell_through": [None if not s else u / s for s, u in zip(stock_start, units.tolist(), strict=True)]})


def _channels_table(mins: _Minutes, rng: np.random.Generator) -> pa.Table:
    """Organic, paid and direct: who entered from where, and their orders (direct converts best); the live's ad
    spend sits on the paid channel, at a ROAS of 2-9."""
    entered = int(mins.joins.sum())
    orders = int(mins.orders.sum())
    gmv = round(float(mins.revenue.sum()), 2)
    came = rng.multinomial(entered, rng.dirichlet([55.0, 30.0, 15.0]))
    weights = came * np.array([0.8, 1.0, 1.6])
    bought = rng.multinomial(orders, weights / weights.sum()) if weights.sum() else np.zeros(3, np.int64)
    buyers = bought - rng.binomial(bought, 0.1)
    revenue = [round(gmv * o / orders, 2) if orders else 0.0 for o in bought.tolist()]
    revenue[0] = round(gmv - revenue[1] - revenue[2], 2)
    spend = round(max(revenue[1], 50.0) / float(rng.uniform(2, 9)), 2)
    return pa.table({
        "channel": list(CHANNELS), "entered": came, "orders": bought, "buyers": buyers, "revenue": revenue,
        "conversion": [b / e if e else None for b, e in zip(buyers.tolist(), came.tolist(), strict=True)],
        "ad_spend": [None, spend, None], "roas": [None, round(revenue[1] / spend, 4), None]})


def _segments_table(runs: list[tuple[Segment, float, float]], mins: _Minutes) -> pa.Table:
    """Each run's share of the minutes it covers: a partial minute by the share of its seconds."""
    cover = _overlap(np.array([r[1] for r in runs]), np.array([r[2] for r in runs]), mins.length)
    share = cover / mins.length
    run_no = [sum(1 for r in runs[: i + 1] if r[0] is seg) for i, (seg, _, _) in enumerate(runs)]  # 2: it came back
    return pa.table({
        "run": run_no, "segment_id": [s.segment_id for s, _, _ in runs], "title": [s.title for s, _, _ in runs],
        "demo": [s.demo for s, _, _ in runs], "start_s": [r[1] for r in runs], "end_s": [r[2] for r in runs],
        "viewer_minutes": cover @ mins.viewers / 60, "joins": share @ mins.joins, "leaves": share @ mins.leaves,
        "orders": share @ mins.orders.sum(axis=1), "revenue": share @ mins.revenue.sum(axis=1),
        "clicks": share @ mins.clicks.sum(axis=1)})


def _actions_table(actions: list[_Action], mins: _Minutes) -> pa.Table:
    rows = []
    for n, a in enumerate(actions, 1):
        # another action whose window meets this one's: its effect is mixed into this one's (as the report counts)
        near = sum(1 for o in actions if o is not a and not o.failed and abs(o.at_s - a.at_s) < 2 * EFFECT_WINDOW_S)
        measured = (dict.fromkeys(("opm_before", "opm_after", "lift", "viewer_lift", "p_value"))
                    | {"verdict": "not on the stream"}) if a.failed else _measure(a.at_s, mins)
        rows.append({"number": n, "action_id": f"a-{n}", "kind": a.kind, "target": a.target, "label": a.label,
                     "source": a.source, "status": "failed" if a.failed else "acked", "at_s": a.at_s, **measured,
                     "overlaps": 0 if a.failed else near, "product_id": a.sku, "advice_kind": a.advice_kind})
    return _from_rows("actions", rows)


def _advice_table(advice: list[dict[str, Any]], mins: _Minutes) -> pa.Table:
    rows = []
    for a in advice:
        m = _measure(a["measured_at"], mins)
        rows.append(a | {k: m[k] for k in ("opm_before", "opm_after", "lift")})
    return _from_rows("advice", rows)


def _from_rows(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    schema = store.SCHEMAS[table]
    columns = [n for n in schema.names if n != "key"]
    return pa.table({c: pa.array([r.get(c) for r in rows], schema.field(c).type) for c in columns})


def _lives_table(show: Show, episode: int, span: tuple[float, float, float, bool],
                 tables: dict[str, pa.Table], mins: _Minutes, rng: np.random.Generator) -> pa.Table:
    """The live's headline, from its own tables: GMV the products' revenue, buyers and entered the channels'."""
    started_at, duration_s, planned_s, partial = span
    ch = tables["channels"].to_pydict()
    gmv = round(sum(tables["products"].column("revenue").to_pylist()), 2)
    orders, buyers, entered = int(mins.orders.sum()), sum(ch["buyers"]), sum(ch["entered"])
    carts, abandons = int(mins.carts.sum()), int(mins.abandons.sum())
    returning = int(rng.binomial(buyers, 0.2 + 0.08 * show.index))  # some shows keep their buyers better
    returning_revenue = round(gmv * returning / buyers, 2) if buyers else 0.0
    spend = ch["ad_spend"][1]
    actual = {"gmv": gmv, "orders": float(orders), "conversion": buyers / entered if entered else None,
              "peak_viewers": float(mins.viewers.max()), "roas": ch["revenue"][1] / spend if spend else None,
              "max_cart_abandonment": abandons / carts if carts else None}
    advice = tables["advice"].column("status").to_pylist()
    start = datetime.fromtimestamp(started_at, UTC)
    return pa.table({
        "live_id": [show.live_id], "title": [show.title], "started_at": [started_at],
        "date": [start.strftime("%Y-%m-%d")], "plan_name": [show.title],
        "plan_hash": [hashlib.sha256(f"{show.live_id} plan v{episode // PLAN_WEEKS}".encode()).hexdigest()],
        "tags": [[*show.tags, *(["weekend"] if start.weekday() >= 5 else [])]], "currency": ["EUR"],
        "duration_s": [duration_s], "planned_s": [planned_s], "partial": [partial],
        "events": [_events(mins, tables)], "gmv": [gmv], "orders": [orders], "units": [int(mins.units.sum())],
        "buyers": [buyers], "conversion": [actual["conversion"]], "peak_viewers": [int(mins.viewers.max())],
        "avg_viewers": [float(mins.viewers.mean())], "entered": [entered], "ad_spend": [spend],
        "roas": [actual["roas"]], "cart_adds": [carts], "abandons": [abandons],
        "abandonment": [actual["max_cart_abandonment"]], "new_buyers": [buyers - returning],
        "returning_buyers": [returning], "new_revenue": [round(gmv - returning_revenue, 2)],
        "returning_revenue": [returning_revenue], "actions": [tables["actions"].num_rows], "advice": [len(advice)],
        "advice_taken": [advice.count("taken")], "goals": [json.dumps(_goals(show, episode, actual))],
        "provides": pa.array([None], pa.list_(pa.string()))})


def _events(mins: _Minutes, tables: dict[str, pa.Table]) -> int:
    """About as many events as the simulator would have sent for this live: every join, leave, chat line, click,
    cart, abandon and order, the impressions, a viewer count every 5 s, the actions and the live's start and end."""
    per_minute = (mins.joins.sum() + mins.leaves.sum() + mins.chat.sum() + mins.clicks.sum() + mins.carts.sum()
                  + mins.abandons.sum() + mins.orders.sum())
    impressions = sum(tables["products"].column("impressions").to_pylist())
    return int(per_minute + impressions + mins.length.sum() / 5 + tables["actions"].num_rows + 2)


@cache
def _typical(show: Show) -> dict[str, float]:
    """What the show's 90-minute lives reach: the median of eight reference lives of its first weeks (the goals'
    base, so that goals are the show's own scale rather than one number for every show)."""
    figures: dict[str, list[float]] = {}
    for k in range(8):
        rng = np.random.default_rng([_CATALOGUE_SEED, show.index, k])
        duration_s = 5400.5
        products = _pick_products(show, rng)
        runs = _segment_runs(show, duration_s, rng)
        mins = _draw_minutes(show, k, duration_s, products, runs, _actions(show, runs, products, duration_s, rng),
                             rng)
        carts = float(mins.carts.sum())
        for g, v in {"gmv": float(mins.revenue.sum()), "orders": float(mins.orders.sum()),
                     "conversion": float(mins.orders.sum()) / 1.15 / float(mins.joins.sum()),
                     "peak_viewers": float(mins.viewers.max()), "roas": 5.0,  # ad spend is drawn at a ROAS of 2-9
                     "max_cart_abandonment": float(mins.abandons.sum()) / carts if carts else 0.4}.items():
            figures.setdefault(g, []).append(v)
    return {g: float(np.median(v)) for g, v in figures.items()}


def _growth(episode: int) -> float:
    """The show's audience, relative to its first week: +0.4 % a week, up to +60 %."""
    return min(1.6, 1.0 + 0.004 * episode)


def _goals(show: Show, episode: int, actual: dict[str, float | None]) -> list[dict[str, Any]]:
    """The plan's goals: the show's typical figures, the volumes (GMV, orders, peak) set 3 % above what the audience
    of the week the plan was revised (every PLAN_WEEKS) should bring, so that some lives meet them and some do not;
    cart abandonment is a ceiling."""
    typical = _typical(show)
    audience = _growth(episode // PLAN_WEEKS * PLAN_WEEKS)
    out = []
    for g, label in _GOAL_LABELS.items():
        ceiling = g == "max_cart_abandonment"
        base = typical[g] * (1.08 if ceiling else 1.03 * audience if g in ("gmv", "orders", "peak_viewers") else 1.0)
        target = (round(base, 3) if g in ("conversion", "max_cart_abandonment") else round(base, 1) if g == "roas"
                  else float(round(base, -1)))
        got = actual[g]
        met = None if got is None else (got <= target) if ceiling else (got >= target)
        out.append({"key": g, "label": label, "target": target, "actual": got, "met": met})
    return out


# ------------------------------------------------------------------------------------------------ writing


def synthetic_lives(n: int, seed: int, first: int = 0) -> Iterator[dict[str, pa.Table]]:
    """Lives `first` to `n - 1`, the shows in turn (live i is show i % 5 in week i // 5), each from generator
    (seed, i)."""
    catalogue = shows()
    for i in range(first, n):
        yield synthetic_live(catalogue[i % len(catalogue)], i // len(catalogue), np.random.default_rng([seed, i]))


def write_synthetic(library: Path, n: int, seed: int, first: int = 0, compact: bool = True) -> list[str]:
    """Write synthetic lives `first` to `n - 1` into `library` (every table, through store.write_rows); their keys,
    in order. `first` grows a library by the next lives, as shows go by: write_synthetic(lib, 100, s) and then
    write_synthetic(lib, 101, s, first=100) is write_synthetic(lib, 101, s). A live already there under the same key
    is replaced, as adding a live again replaces its rows. At the end the store's compacted files are brought up to
    date (store_cache.compact), as a batch add does, unless `compact` is False (the benchmark times it apart)."""
    if not 0 <= first <= n:
        raise ValueError(f"write_synthetic: lives {first} to {n - 1}: need 0 <= first <= n")
    keys = []
    for tables in synthetic_lives(n, seed, first):
        key = tables["lives"].column("key")[0].as_py()
        for name in store.TABLES:
            store.write_rows(library, name, key, tables[name].to_pylist())
        keys.append(key)
    if keys and compact:
        store_cache.compact(library)
    return keys
