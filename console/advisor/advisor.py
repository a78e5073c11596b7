"""The live advisor: fed readings of the live (once per live second is enough), it raises advice and ends it.

Runs on the pipeline thread (docs/advisor.md): `observe_snapshot()` returns at once unless a live second has passed
since the last evaluation, and an evaluation is a few dozen numpy operations over the products, whatever the event
rate. Not noisy:
- one advice per kind and subject at a time; a second detector finding the same thing adds nothing;
- a live-wide advice explains away the same stage's product findings (a room that cools is not ten products);
- an advice expires when its condition ends (its detector's clear test), when it cannot be judged any more (sold
  out, its segment long off air) or when the live ends; taken, dismissed or expired, the same kind and subject waits
  a while before it can be raised again;
- at most `max_per_10min` advice in any 10 live minutes; the rest waits, most urgent first, and is raised when the
  budget allows if its condition still holds.
The advisor never acts: the window offers the remedy as a button and tells the advisor what became of it (answer()).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final, Literal

import numpy as np
import numpy.typing as npt

from console.advisor.audience import AudienceDesign, AudienceWatch, DwellDesign, DwellWatch
from console.advisor.finding import Finding, Watch
from console.advisor.funnel import FunnelDesign, FunnelWatch
from console.advisor.model import KINDS, Advice, AdviceUpdate
from console.advisor.reading import IntArray, Reading, reading_from_snapshot
from console.advisor.remedies import Stage, remedy_for
from console.advisor.seed import BaselineSeed
from console.advisor.stock import StockDesign, StockWatch
from console.advisor.tick import FloatArray, History, Tick
from console.kpi.snapshot import KpiSnapshot
from console.plan.model import AdviceKind, AdvisorSettings, Plan
from console.protocol.wire import CHANNELS

EVERY_S: Final = 1.0
GAP_S: Final = 30.0  # a longer silence (a reconnect's catch-up) is no time series: start counting again
BUDGET_WINDOW_S: Final = 600.0
COOLDOWN_S: Final = {"expired": 300.0, "taken": 600.0, "dismissed": 900.0}
URGENCY: Final[tuple[AdviceKind, ...]] = ("stock_out_risk", "audience_drop", "conversion_sag", "abandonment_spike",
                                          "views_no_orders", "dwell_lift")
Key = tuple[AdviceKind, str | None]


@dataclass(slots=True)
class _Open:
    advice: Advice
    watch: Watch
    stream: int


@dataclass(slots=True)
class _Totals:
    ts: float
    skus: tuple[str, ...]
    product: FloatArray  # (6, products)
    joins: FloatArray
    leaves: int
    viewers: int


@dataclass(slots=True)
class _Budget:
    per_window: int
    raised: list[float] = field(default_factory=list)

    def allows(self, ts: float) -> bool:
        self.raised = [t for t in self.raised if ts - t < BUDGET_WINDOW_S]
        return len(self.raised) < self.per_window


def _shown_alpha(plan: Plan | None, per_kind_s: float) -> float:
    """Each test after a high-ticket presentation may err with this probability: the kind's false alarms spread over
    the presentations its budget covers (the plan's segments and presets that show a high-ticket product, per hour
    of the live; at least one an hour)."""
    per_hour = 1.0
    if plan is not None:
        high = {p.sku for p in plan.products if plan.is_high_ticket(p.sku)}
        shows = sum(1 for s in plan.segments if high & set(s.products)) + sum(1 for p in plan.presets
                                                                              if p.product in high)
        per_hour = max(1.0, shows / (plan.live.duration_min / 60.0))
    return 1.0 / (per_hour * per_kind_s / 3600.0)


class Advisor:
    def __init__(self, plan: Plan | None, seed: BaselineSeed | None = None, id_prefix: str = "adv") -> None:
        """`id_prefix`: advice ids are `<prefix>-<n>`; a console run gives its own, so that a restarted console's
        advice never takes an earlier run's id in the same session file."""
        self._id_prefix = id_prefix
        self.plan = plan
        self.settings = plan.advisor if plan is not None else AdvisorSettings()
        s = self.settings
        per_kind = s.false_alarm_hours * 3600.0 * len(KINDS)  # each kind gets an equal share of the false alarms
        self.funnel = FunnelWatch(plan, FunnelDesign(
            arl0_kind=per_kind, shown_alpha=_shown_alpha(plan, per_kind), sag=s.sag_pct / 100,
            abandonment=s.abandonment_pct / 100, views_no_orders=s.views_no_orders_pct / 100))
        self.stock = StockWatch(plan, StockDesign(arl0=per_kind, horizon_s=s.stock_horizon_min * 60.0))
        self.audience = AudienceWatch(AudienceDesign(arl0=per_kind, drop=s.audience_drop_pct / 100))
        self.dwell = DwellWatch(plan, DwellDesign(arl0=per_kind, lift=s.dwell_lift_pct / 100))
        self.watches: tuple[Watch, ...] = (self.funnel, self.stock, self.audience, self.dwell)
        self.skus: list[str] = []
        self._index: dict[str, int] = {}
        self._order: IntArray | None = None  # the reading's column of each of our products
        self._order_for: tuple[str, ...] = ()
        self.history = History(0)
        self._last: _Totals | None = None
        self._open: dict[Key, _Open] = {}
        self._waiting: dict[Key, Finding] = {}
        self._cooldown: dict[Key, float] = {}
        self._budget = _Budget(s.max_per_10min)
        self._raised = 0
        self._ended = False
        self.evaluations = 0
        self._seed = seed
        if plan is not None:
            self._add_products([p.sku for p in plan.products])

    # ------------------------------------------------------------------------------------------------ input
    def observe_snapshot(self, snap: KpiSnapshot | None) -> list[AdviceUpdate]:
        """The pipeline's hook: cheap unless a live second has passed since the last evaluation."""
        if snap is None or snap.now_ts is None or (self._last is not None and snap.now_ts - self._last.ts < EVERY_S):
            return []
        return self.observe(reading_from_snapshot(snap))

    def observe(self, reading: Reading | None) -> list[AdviceUpdate]:
        """Evaluate once a live second has passed since the last evaluation; returns what changed."""
        if reading is None or self._ended or (self._last is not None and reading.ts - self._last.ts < EVERY_S):
            return []
        now = self._totals(reading)
        last, self._last = self._last, now
        if last is None or now.ts - last.ts > GAP_S:
            return []
        tick = self._tick(reading, last, now)
        self.history.add(tick)
        self.evaluations += 1
        findings = [f for w in self.watches for f in w.evaluate(tick)]
        updates = self._expire(tick)
        updates += self._consider(findings, tick)
        if reading.ended:
            self._ended = True
            updates += [self._close(key, "expired", tick.ts, "live ended") for key in list(self._open)]
        return updates

    def answer(self, advice_id: str, status: Literal["taken", "dismissed"], ts: float,
               action_id: str | None = None) -> AdviceUpdate | None:
        """The operator took the remedy (with its action's id) or dismissed the advice; None if it is not open."""
        key = next((k for k, o in self._open.items() if o.advice.id == advice_id), None)
        return None if key is None else self._close(key, status, ts, "", action_id)

    def apply_seed(self, seed: BaselineSeed) -> None:
        """Earlier lives' baselines arriving after the start (read on another thread): added to what the live
        learnt so far, for the products known now and those that come later."""
        if self._seed is not None:
            return  # one head start per live
        self._seed = seed
        if self.skus:
            self.funnel.seed(0, *seed.funnel(self.skus))

    def open_advice(self) -> list[Advice]:
        """The advice standing now, newest first."""
        return sorted((o.advice for o in self._open.values()), key=lambda a: -a.raised_ts)

    # ------------------------------------------------------------------------------------------ bookkeeping
    def _add_products(self, skus: list[str]) -> None:
        new = [s for s in skus if s not in self._index]
        if not new:
            return
        for s in new:
            self._index[s] = len(self.skus)
            self.skus.append(s)
        prices = {p.sku: p.price for p in self.plan.products} if self.plan else {}
        self.funnel.add_products(new, np.array([prices.get(s, np.nan) for s in new], np.float64))
        self.stock.add_products(new)
        self.history.grow(len(self.skus))
        if self._seed is not None:
            self.funnel.seed(len(self.skus) - len(new), *self._seed.funnel(new))

    def _totals(self, r: Reading) -> _Totals:
        if r.skus != self._order_for:
            self._add_products(list(r.skus))
            self._order_for = r.skus
            pos = {s: j for j, s in enumerate(r.skus)}
            self._order = np.array([pos.get(s, -1) for s in self.skus], np.int64)
        order = self._order
        assert order is not None
        raw = np.stack([r.impressions, r.clicks, r.carts, r.abandons, r.orders, r.units]).astype(np.float64)
        product = np.where(order >= 0, raw[:, np.maximum(order, 0)], 0.0) if raw.shape[1] else np.zeros(
            (6, len(self.skus)))
        joins = np.array([r.joins.get(ch, 0) for ch in CHANNELS], np.float64)
        return _Totals(r.ts, r.skus, product, joins, r.leaves, r.viewers)

    def _aligned(self, values: npt.NDArray[Any], fill: float | bool) -> npt.NDArray[Any]:
        order = self._order
        assert order is not None
        if values.size == 0:
            return np.full(len(self.skus), fill, values.dtype)
        return np.where(order >= 0, values[np.maximum(order, 0)], fill)

    def _tick(self, r: Reading, last: _Totals, now: _Totals) -> Tick:
        n_last = last.product.shape[1]
        before = np.zeros_like(now.product)
        before[:, :n_last] = last.product
        prices = {p.sku: p.price for p in self.plan.products} if self.plan else {}
        return Tick(
            ts=now.ts, dt=now.ts - last.ts, live_s=now.ts - r.started_at, reading=r,
            product=np.maximum(0.0, now.product - before), totals=now.product,
            joins=np.maximum(0.0, now.joins - last.joins), leaves=float(max(0, now.leaves - last.leaves)),
            viewers=(now.viewers + last.viewers) / 2.0,
            on_offer=self._aligned(r.on_offer, False).astype(np.bool_),
            sold_out=self._aligned(r.sold_out, False).astype(np.bool_),
            stock_left=self._aligned(r.stock_left, -1).astype(np.int64),
            price=np.array([prices.get(s, np.nan) for s in self.skus], np.float64), history=self.history)

    # ------------------------------------------------------------------------------------------- lifecycle
    def _expire(self, tick: Tick) -> list[AdviceUpdate]:
        out = []
        for key, o in list(self._open.items()):
            reason = o.watch.gone(o.stream, tick) or ("cleared" if o.watch.cleared(o.stream) else "")
            if reason:
                out.append(self._close(key, "expired", tick.ts, reason))
        for key, f in list(self._waiting.items()):
            watch = self._watch(f.watch)
            if watch.gone(f.stream, tick) or watch.cleared(f.stream):
                del self._waiting[key]
                watch.release(f.stream, tick.ts)
        return out

    def _consider(self, findings: list[Finding], tick: Tick) -> list[AdviceUpdate]:
        for f in findings:
            key: Key = (f.kind, f.subject)
            if self._dropped(f, key, tick.ts):
                self._watch(f.watch).release(f.stream, tick.ts)
            else:
                self._waiting[key] = f
        out = []
        for key in sorted(self._waiting, key=lambda k: URGENCY.index(k[0])):
            if not self._budget.allows(tick.ts):
                break
            out.append(self._raise(self._waiting.pop(key), tick))
        return out

    def _dropped(self, f: Finding, key: Key, ts: float) -> bool:
        if f.kind in self.settings.off or key in self._open or key in self._waiting:
            return True
        if self._cooldown.get(key, -np.inf) > ts:
            return True
        explained = {o.advice.evidence.stage for o in self._open.values()
                     if o.advice.subject is None or o.advice.kind == "abandonment_spike"}
        if f.stage.endswith(":product") and f.stage.split(":")[0] in explained:
            return True  # the whole live's advice at this stage already says it
        # a channel's drop already said explains the live's arrivals falling, and the live's drop a channel's
        return f.kind == "audience_drop" and f.stage == "arrivals" and any(
            k[0] == "audience_drop" and o.advice.evidence.stage == "arrivals" for k, o in self._open.items())

    def _raise(self, f: Finding, tick: Tick) -> AdviceUpdate:
        self._raised += 1
        self._budget.raised.append(tick.ts)
        r = tick.reading
        stage = Stage(r.segment, frozenset(s for s, out in zip(self.skus, tick.sold_out, strict=True) if out),
                      frozenset(s for s, on in zip(self.skus, tick.on_offer, strict=True) if on))
        advice = Advice(id=f"{self._id_prefix}-{self._raised}", kind=f.kind, raised_ts=tick.ts, subject=f.subject,
                        text=f.text, evidence=f.evidence, remedy=remedy_for(self.plan, f.kind, f.subject, stage))
        self._open[(f.kind, f.subject)] = _Open(advice, self._watch(f.watch), f.stream)
        return AdviceUpdate(advice=advice, status="raised", ts=tick.ts)

    def _close(self, key: Key, status: Literal["taken", "dismissed", "expired"], ts: float, reason: str,
               action_id: str | None = None) -> AdviceUpdate:
        o = self._open.pop(key)
        o.watch.release(o.stream, ts)
        self._cooldown[key] = ts + COOLDOWN_S[status]
        return AdviceUpdate(advice=o.advice, status=status, ts=ts, reason=reason, action_id=action_id)

    def _watch(self, name: str) -> Watch:
        return next(w for w in self.watches if w.name == name)
