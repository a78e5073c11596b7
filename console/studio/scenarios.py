"""Scripted scenarios: lives that stage one pattern of the playbook at a documented onset, in realistic noise.

`live-console simulate --scenario NAME` and `demo --scenario NAME` run them; the advisor's benchmark and tests run
them in-process (console/studio/staged.py). Every scenario, `control` included, shares the same background: a
bigger crowd (audience 6, about 9,000 watching at the plateau, with stock to match), traffic bursts (a share or a
raid brings 2-3x the organic arrivals for a minute or three), ordinary dips (all arrivals -12 to -25 % for a few
minutes), each product's interest wandering (+-8 %, over minutes) and segments that hold viewers a little better
or worse than one another (+-8 %). The default live's two patterns are off: its 30-minute conversion sag and the
longer stays of demonstration segments. Each other scenario then stages one pattern (docs/advisor.md has the
table): when, on what, by how much. Deterministic: the same plan, seed and scenario give the same live.
"""

from __future__ import annotations

import contextlib
import math
import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from console.i18n import QT_TRANSLATE_NOOP
from console.plan.model import Plan, Product
from console.protocol import wire as p
from console.studio.rules import ActionRefused

if TYPE_CHECKING:
    from console.studio.model import StudioModel

SCENARIO_AUDIENCE: Final = 6.0
STOCK_PER_AUDIENCE: Final = 20.0  # stock = plan stock x audience x this: nothing sells out unless a scenario says so
STUDIO_ACTION: Final = "studio-"  # action ids of what the studio itself does in a scenario (no console asked)


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    kind: str | None  # the advice kind it stages; None for control
    summary: str
    onset_min: float | None  # nominal onset; moved to a quiet minute of the plan's run of show (quiet_onset)


SCENARIOS: Final = {s.name: s for s in (
    Scenario("control", None, QT_TRANSLATE_NOOP(
        "Studio", "realistic noise and no pattern: bursts, dips, segment changes, the run of show"), None),
    Scenario("conversion_sag", "conversion_sag", QT_TRANSLATE_NOOP(
        "Studio", "the room cools: clicks per view -50 %, carts per click -25 %, orders per cart -20 % over 30 s, "
        "until a flash offer or kit"), 28),
    Scenario("abandonment_spike", "abandonment_spike", QT_TRANSLATE_NOOP(
        "Studio", "the high-ticket product is presented; then orders per cart fall 80 % for it and 65 % for the "
        "others (abandonment 45 % -> 80 %) for 12 min"), 40),
    Scenario("dwell_lift", "dwell_lift", QT_TRANSLATE_NOOP(
        "Studio", "a demonstration segment holds viewers: leave rate -38 % while it is on air"), 15),
    Scenario("stock_out_risk", "stock_out_risk", QT_TRANSLATE_NOOP(
        "Studio", "a lightning sale: a limited lot of a featured product on offer with a demand surge, enough for "
        "about 5 minutes"), 25),
    Scenario("audience_drop", "audience_drop", QT_TRANSLATE_NOOP(
        "Studio", "the platform stops pushing the live: organic arrivals -70 % over 30 s, for the rest of the live"),
             50),
    Scenario("views_no_orders", "views_no_orders", QT_TRANSLATE_NOOP(
        "Studio", "a featured product still draws views and clicks but carts per click -93 % and orders per cart "
        "-50 % (a wrong variant on its page)"), 24),
)}


@dataclass(slots=True)
class Factors:
    """Multipliers of the model's rates for one tick; 1.0 (exact, so a live without a scenario is unchanged)."""

    arrivals: dict[str, float] = field(default_factory=dict)
    leave: float = 1.0
    impressions: dict[str, float] = field(default_factory=dict)
    click: dict[str, float] = field(default_factory=dict)
    cart: dict[str, float] = field(default_factory=dict)
    order: dict[str, float] = field(default_factory=dict)


NEUTRAL: Final = Factors()


def run_of_show(plan: Plan) -> list[tuple[int, str, str]]:
    """Every cue as (at_s, action, target), in time order: what an operator following the plan fires."""
    return sorted(((c.at_s, c.action, c.target) for c in plan.cues), key=lambda c: c[0])


def quiet_onset(plan: Plan, nominal_min: float) -> float:
    """The first whole minute from nominal_min with no cue, and no offer of a cue running, from 2 minutes before to
    3 minutes after it (an action would blur the pattern), and at least 10 minutes before the end."""
    busy = [(at, at + (plan.preset(target).duration_s if action == "flash_offer" else 0))
            for at, action, target in run_of_show(plan)]
    last = plan.live.duration_min - 10
    minute = math.ceil(nominal_min)
    while minute < last and any(start <= minute * 60 + 180 and end >= minute * 60 - 120 for start, end in busy):
        minute += 1
    return 60.0 * min(minute, max(1, last))


def segment_at(plan: Plan, t: float) -> str | None:
    """The segment on air at live second t when the run of show is followed."""
    current = plan.segments[0].id if plan.segments else None
    for at, action, target in run_of_show(plan):
        if action == "segment" and at <= t:
            current = target
    return current


def _ramp(t: float, start: float, seconds: float) -> float:
    return 0.0 if t < start else min(1.0, (t - start) / seconds)


@dataclass(frozen=True, slots=True)
class Staging:
    """What a scenario stages in this plan: when, and on what (the advice's expected subject)."""

    onset_s: float | None
    subject: str | None  # product sku, segment id or channel; None for live-wide patterns
    segment: str | None = None  # the segment the pattern needs on air (presented product, demonstration)


def stage(scenario: Scenario, plan: Plan, onset_s: float | None = None) -> Staging:
    """Where and when `scenario` puts its pattern in `plan` (onset_s overrides the documented onset)."""
    kind = scenario.kind
    if kind is None or scenario.onset_min is None:
        return Staging(None, None)
    at = onset_s if onset_s is not None else quiet_onset(plan, scenario.onset_min)
    if kind == "abandonment_spike":
        pricey = sorted(plan.products, key=lambda pr: -pr.price)
        top = next((pr for pr in pricey if plan.is_high_ticket(pr.sku)), pricey[0])
        shows = [s.id for s in plan.segments if top.sku in s.products]
        cued = [c for c in run_of_show(plan) if c[1] == "segment" and c[2] in shows and c[0] >= 20 * 60]
        if onset_s is None and cued:
            at = float(cued[0][0])
        return Staging(at, top.sku, cued[0][2] if cued else shows[0] if shows else None)
    if kind == "dwell_lift":
        later = [c for c in run_of_show(plan) if c[1] == "segment" and c[0] >= 15 * 60]
        demo = [c for c in later if plan.segment(c[2]).demo] or later
        if demo and onset_s is None:
            return Staging(float(demo[0][0]), demo[0][2], demo[0][2])
        target = demo[0][2] if demo else next((s.id for s in plan.segments[1:] if s.demo), None)
        target = target or (plan.segments[-1].id if plan.segments else None)
        return Staging(at, target, target)
    if kind == "audience_drop":
        return Staging(at, "organic")
    if kind in ("stock_out_risk", "views_no_orders"):
        # The segment that features it goes on air at the onset if it is not already: a rehearsal whose operator
        # has not pressed GO through the run of show (`demo --scenario`) still shows the pattern on its product.
        return Staging(at, _featured_product(plan, at, scarce=kind == "stock_out_risk").sku, segment_at(plan, at))
    return Staging(at, None)


def _featured_product(plan: Plan, t: float, scarce: bool) -> Product:
    """A product the segment on air at t features and that is not high-ticket: the one with the smallest stock
    (scarce) or the first listed; without one, the plan's first product that is not high-ticket."""
    seg = segment_at(plan, t)
    featured = [plan.product(s) for s in (plan.segment(seg).products if seg else [])]
    ordinary = [pr for pr in featured if not plan.is_high_ticket(pr.sku)]
    if ordinary:
        return min(ordinary, key=lambda pr: pr.stock) if scarce else ordinary[0]
    return next((pr for pr in plan.products if not plan.is_high_ticket(pr.sku)), plan.products[0])


@dataclass(slots=True)
class _Swell:
    """A burst or a dip of arrivals: factor `peak` between rising and falling edges."""

    start: float
    end: float
    peak: float
    edge_s: float

    def factor(self, t: float) -> float:
        if t <= self.start or t >= self.end:
            return 1.0
        w = min(1.0, (t - self.start) / self.edge_s, (self.end - t) / self.edge_s)
        return 1.0 + (self.peak - 1.0) * w


class ScenarioScript:
    """The scenario inside the studio model: the tick's rate factors, and what the studio does at the onset."""

    def __init__(self, scenario: Scenario, plan: Plan, seed: int, onset_s: float | None = None) -> None:
        self.scenario, self.plan = scenario, plan
        self.staging = stage(scenario, plan, onset_s)
        # its own generator: the model's draws stay what they are, and the noise is the same for every scenario
        noise = random.Random(f"scenario-noise:{seed}")
        duration = plan.live.duration_min * 60.0
        self._swells = _swells(noise, duration, 25 * 60, "burst") + _swells(noise, duration, 20 * 60, "dip")
        self._bursts = [s for s in self._swells if s.peak > 1.0]
        self._dips = [s for s in self._swells if s.peak < 1.0]
        self._segment_dwell = {s.id: noise.uniform(0.92, 1.08) for s in plan.segments}
        self._interest = {pr.sku: 0.0 for pr in plan.products}  # log of each product's click factor
        self._noise = noise
        self._recover_from: float | None = None  # conversion_sag: when an offer or kit started after the onset
        self._running_at_onset: set[str] = set()  # the offers and kits on at the onset (they do not end the sag)
        self._acted = False

    @property
    def onset_s(self) -> float | None:
        return self.staging.onset_s

    def factors(self, model: StudioModel, t: float) -> Factors:
        f = Factors()
        organic = math.prod(s.factor(t) for s in self._bursts)
        everyone = math.prod(s.factor(t) for s in self._dips)
        f.arrivals = {ch: everyone * (organic if ch == "organic" else 1.0) for ch in p.CHANNELS}
        f.leave = self._segment_dwell.get(model.segment_id or "", 1.0)
        step = 0.5 / 300.0  # Ornstein-Uhlenbeck in log space: sd 0.08, correlation time 5 minutes, 0.5 s ticks
        for sku, was in self._interest.items():
            x = was - was * step + 0.08 * math.sqrt(2 * step) * self._noise.gauss(0.0, 1.0)
            self._interest[sku] = x
            f.click[sku] = math.exp(x)
        onset = self.staging.onset_s
        if onset is not None and t >= onset:
            if not self._acted:
                self._acted = True
                self._at_onset(model, t)
            self._pattern(model, f, t, onset)
        return f

    # ---------------------------------------------------------------------------------------- the patterns
    def _at_onset(self, model: StudioModel, t: float) -> None:
        """What the studio itself does at the onset: put the pattern's segment on air, or start the lightning sale."""
        staging, kind = self.staging, self.scenario.kind
        self._running_at_onset = {o.action_id for o in model.offers.values()} | {k.action_id for k in
                                                                                  model.kits.values()}
        if staging.segment is not None and model.segment_id != staging.segment:
            with contextlib.suppress(ActionRefused):  # the live has ended
                model.change_segment(f"{STUDIO_ACTION}present-{int(t)}", staging.segment)
        if kind == "stock_out_risk" and staging.subject is not None:
            self._lightning_sale(model, staging.subject, t)

    def _lightning_sale(self, model: StudioModel, sku: str, t: float) -> None:
        """A lot sized for about 5 minutes at the surge's expected rate, on offer for 15 minutes."""
        product = self.plan.product(sku)
        preset = next((pr for pr in self.plan.presets if pr.product == sku), None)
        discount = preset.discount_pct if preset is not None else 20.0
        r = model.rules
        demo = bool(model.segment_id) and self.plan.segment(model.segment_id).demo  # type: ignore[arg-type]  # bool() checked it
        units_per_s = (model.viewers_now * r.impressions_per_viewer_s(True, True) * r.click_rate(True, demo)
                       * min(0.95, r.cart_rate(product, discount) * _SURGE_CART)
                       * r.order_rate(product, discount, t, 0.0) * 1.08)
        model.set_stock(sku, max(20, round(units_per_s * 300)))
        if sku in model.offers:
            return
        with contextlib.suppress(ActionRefused):  # sold out, or the live has ended
            model.start_offer(f"{STUDIO_ACTION}lightning-{int(t)}", sku, discount, 900)

    def _pattern(self, model: StudioModel, f: Factors, t: float, onset: float) -> None:
        kind, subject = self.scenario.kind, self.staging.subject
        if kind == "conversion_sag":
            running = {o.action_id for o in model.offers.values()} | {k.action_id for k in model.kits.values()}
            if self._recover_from is None and running - self._running_at_onset:
                self._recover_from = t
            w = _ramp(t, onset, 30.0) * (1.0 - _ramp(t, self._recover_from, 120.0)
                                          if self._recover_from is not None else 1.0)
            for pr in self.plan.products:
                f.click[pr.sku] = f.click.get(pr.sku, 1.0) * (1.0 - 0.5 * w)
                f.cart[pr.sku] = 1.0 - 0.25 * w
                f.order[pr.sku] = 1.0 - 0.20 * w
        elif kind == "abandonment_spike":
            w = _ramp(t, onset, 20.0) * (1.0 - _ramp(t, onset + 12 * 60, 60.0))
            for pr in self.plan.products:
                f.order[pr.sku] = 1.0 - (0.8 if pr.sku == subject else 0.65) * w
            if self.staging.segment is None and subject is not None:  # no segment shows it: the host pins it
                f.impressions[subject] = 8.0
        elif kind == "dwell_lift":
            if model.segment_id == subject:
                f.leave *= 0.62
        elif kind == "stock_out_risk" and subject is not None:
            f.cart[subject] = _SURGE_CART
        elif kind == "audience_drop":
            f.arrivals["organic"] *= 1.0 - 0.7 * _ramp(t, onset, 30.0)
        elif kind == "views_no_orders" and subject is not None and subject not in model.offers:
            w = _ramp(t, onset, 20.0)
            f.cart[subject] = 1.0 - 0.93 * w
            f.order[subject] = 1.0 - 0.5 * w


_SURGE_CART: Final = 1.8


def _swells(rng: random.Random, duration: float, every_s: float, what: str) -> list[_Swell]:
    """Bursts (organic arrivals x1.8-3 for 1-3 minutes) or dips (all arrivals x0.75-0.88 for 2-5 minutes), one after
    the other (two dips on top of each other would be a drop, not a dip), a mean of every_s apart, from the 5th
    minute to 5 minutes before the end."""
    out: list[_Swell] = []
    t = 300.0
    while True:
        t += rng.expovariate(1.0 / every_s)
        if t >= duration - 300.0:
            return out
        if what == "burst":
            out.append(_Swell(t, t + rng.uniform(60, 180), rng.uniform(1.8, 3.0), 10.0))
        else:
            out.append(_Swell(t, t + rng.uniform(120, 300), rng.uniform(0.75, 0.88), 20.0))
        t = out[-1].end


def scenario_names() -> list[str]:
    return list(SCENARIOS)
