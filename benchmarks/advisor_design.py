"""The advisor's CUSUM designs in figures: threshold h, false-alarm spacing ARL0 and detection delay ARL1.

For each kind of advice, its main stream at three audiences of the demo plan (quiet: the simulator's default
audience 1; typical: the scenarios' audience 6; busy: audience 10, a top live), with the rates measured on a
`control` live (minutes 20-30) and the thresholds set exactly as the advisor sets them (console/advisor: the same
functions, constants and plan defaults). Every evaluation is one live second. Prints the tables of
docs/advisor.md:

- table 1: h, ARL0 of the stream by Siegmund's approximation, by the Markov chain and by simulation, ARL0 of all
  the kind's streams together (Markov, independent streams) against the design, and ARL1 under the designed
  pattern (Markov, simulation);
- table 2: the same streams at a threshold with a short ARL0 (about 2,000 s), where simulation is precise: a check
  of the Markov chain and of Siegmund;
- table 3: Siegmund's optimism against the variance of one step, the safety factor that covers it, and the
  normal-tilt variant the advisor does not use.

    python -m benchmarks.advisor_design [--quick]      (quick: a tenth of the ARL0 simulation, 1-2 min)

Deterministic: the same code gives the same figures (fixed seeds).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np

from benchmarks.common import DEMO_PLAN
from console.advisor import EventTally
from console.advisor import audience as aud
from console.advisor import funnel as fun
from console.advisor.advisor import _shown_alpha
from console.advisor.cusum import boundary_threshold, clip_p, safety, shared_threshold
from console.advisor.design import (
    OVERSHOOT,
    Increment,
    binomial_step,
    markov_arl,
    poisson_step,
    siegmund_arl,
    simulate_run_lengths,
    threshold_for,
)
from console.advisor.model import KINDS
from console.plan.model import AdvisorSettings, Plan, load_plan
from console.protocol.wire import CHANNELS
from console.studio.scenarios import SCENARIO_AUDIENCE, SCENARIOS, stage
from console.studio.staged import StagedLive

CASES = (("quiet", 1.0), ("typical", SCENARIO_AUDIENCE), ("busy", 10.0))
WINDOW_S = (20 * 60.0, 30 * 60.0)  # the cast-iron segment of the demo plan's run of show: no offer, no kit
STOCK_LEFT = {"quiet": 25, "typical": 100, "busy": 400}  # units left of the product at risk
SIM_DRAWS = 1.2e8  # Poisson draws per ARL0 simulation (run-seconds x terms of the increment)
SIM_STEPS = 2000  # ARL0 runs are cut here; ARL0 = run-seconds / alarms (censored exponential)
CHECK_ARL_S = 2000.0
CHECK_RUNS = 2000
ETA_MIN = (10, 7, 5, 3, 2)  # table 4: minutes until the stock would run out at the true rate
HOUR = 3600.0


@dataclass(frozen=True, slots=True)
class Rates:
    """What a control live shows per live second in WINDOW_S, at one audience."""

    audience: float
    viewers: float
    views: float  # product impressions a second, all products
    ctr: float  # clicks per impression
    skus: tuple[str, ...]
    clicks: np.ndarray  # type: ignore[type-arg]  # per product, a second
    p_cart: np.ndarray  # type: ignore[type-arg]  # carts per click
    resolved: np.ndarray  # type: ignore[type-arg]  # carts ordered or abandoned, a second
    q: np.ndarray  # type: ignore[type-arg]  # abandoned per resolved cart
    units_per_cart: np.ndarray  # type: ignore[type-arg]  # units sold per cart resolved (the stock test's carts)
    joins: dict[str, float]  # arrivals a second per channel
    leave: float  # leaves per viewer-second


@dataclass(frozen=True, slots=True)
class Row:
    kind: str
    stream: str
    case: str
    rate: str
    h: float
    h0: Increment  # one step at ordinary's edge
    h1: Increment  # one step under the designed pattern
    group: tuple[Increment, ...]  # every stream of the kind at ordinary's edge (this one included)
    group_h: tuple[float, ...]
    target_s: float  # the design: ARL0 of the kind's streams together


def measure(plan: Plan, audience: float, seed: int = 1) -> Rates:
    live = StagedLive(plan, "control", seed, audience=audience, until_s=WINDOW_S[1] + 1.0)
    tally = EventTally(plan)
    readings: dict[float, Any] = {}
    viewers: list[int] = []
    for evs in live:
        tally.apply(evs)
        t = live.model.t
        for mark in WINDOW_S:
            if mark not in readings and t >= mark:
                readings[mark] = tally.reading(live.model.live_ts())
        if WINDOW_S[0] <= t < WINDOW_S[1] and live.model.tick % 2 == 0:
            viewers.append(tally.reading(live.model.live_ts()).viewers)  # type: ignore[union-attr]
    a, b = readings[WINDOW_S[0]], readings[WINDOW_S[1]]
    dt = b.ts - a.ts

    def d(name: str) -> np.ndarray:  # type: ignore[type-arg]
        return (getattr(b, name) - getattr(a, name)).astype(np.float64)

    clicks, carts, abandons, orders, units = d("clicks"), d("carts"), d("abandons"), d("orders"), d("units")
    resolved = abandons + orders
    return Rates(
        audience=audience, viewers=float(np.mean(viewers)), views=float(d("impressions").sum() / dt),
        ctr=float(clicks.sum() / d("impressions").sum()), skus=b.skus, clicks=clicks / dt,
        p_cart=carts / np.maximum(clicks, 1.0), resolved=resolved / dt, q=abandons / np.maximum(resolved, 1.0),
        units_per_cart=units / np.maximum(resolved, 1.0),
        joins={ch: (b.joins[ch] - a.joins[ch]) / dt for ch in CHANNELS}, leave=(b.leaves - a.leaves) / dt / float(
            np.mean(viewers)))


def _binomial_sum(trials: np.ndarray, edge: np.ndarray, pattern: np.ndarray,  # type: ignore[type-arg]
                  truth: np.ndarray) -> Increment:  # type: ignore[type-arg]
    """The live-wide stream of a stage: the products' binomial LLRs added (funnel.py)."""
    edge, pattern = clip_p(edge), clip_p(pattern)
    weights: list[float] = []
    rates: list[float] = []
    for n, e, p1, t in zip(trials, edge, pattern, truth, strict=True):
        weights += [math.log(p1 / e), math.log((1 - p1) / (1 - e))]
        rates += [n * t, n * (1 - t)]
    return Increment(tuple(weights), tuple(rates))


def _binomial(trials: float, edge: float, pattern: float, truth: float) -> Increment:
    e, p1 = float(clip_p(np.array([edge]))[0]), float(clip_p(np.array([pattern]))[0])
    return binomial_step(trials, e, p1, truth)


def _moments(steps: list[Increment]) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[type-arg]
    return np.array([-s.mean for s in steps]), np.array([s.var for s in steps])


def rows_for(plan: Plan, case: str, r: Rates) -> list[Row]:
    s = AdvisorSettings()
    arl0 = s.false_alarm_hours * HOUR * len(KINDS)  # as Advisor: each kind's share of the false alarms
    sag, ab, vno = s.sag_pct / 100, s.abandonment_pct / 100, s.views_no_orders_pct / 100
    nu = np.maximum(r.clicks, fun.NU_FLOOR)
    nu_r = np.maximum(r.resolved, fun.NU_FLOOR)
    high = np.array([plan.is_high_ticket(sku) for sku in r.skus])
    out: list[Row] = []

    # conversion_sag: clicks per view pooled, carts per click and checkout abandonment added over products
    c = r.ctr
    ctr0 = _binomial(r.views, c * fun.ORDINARY_ROOM, c * (1 - sag), c * fun.ORDINARY_ROOM)
    ctr1 = _binomial(r.views, c * fun.ORDINARY_ROOM, c * (1 - sag), c * (1 - sag))
    p = r.p_cart
    cart_live0 = _binomial_sum(nu, p * fun.ORDINARY_ROOM, p * (1 - sag), clip_p(p * fun.ORDINARY_ROOM))
    lo0 = clip_p(1 - (1 - r.q) * fun.ORDINARY_CHECKOUT)
    spike = clip_p(np.maximum(lo0 + 0.02, np.minimum(0.97, r.q * (1 + ab))))
    order_live0 = _binomial_sum(nu_r, lo0, spike, lo0)
    order_live1 = _binomial_sum(nu_r, lo0, spike, spike)
    room = [ctr0, cart_live0, order_live0]
    h_room = shared_threshold(arl0, *_moments(room))
    out.append(Row("conversion_sag", "clicks per product view (pooled)", case,
                   f"{r.views:.0f} views/s, {100 * c:.1f} % clicked", h_room, ctr0, ctr1, tuple(room), (h_room,) * 3,
                   arl0))

    # abandonment_spike: the test that starts when a high-ticket product is presented (all products' abandonment)
    alpha = _shown_alpha(plan, arl0)
    shown_arl0 = fun.PRESENTED_S / alpha
    kl, var = _moments([order_live0])
    h_shown = float(boundary_threshold(shown_arl0, kl, var)[0])
    out.append(Row("abandonment_spike", "carts abandoned, 10 min after a high-ticket presentation", case,
                   f"{r.resolved.sum():.2f} resolved carts/s, {100 * _pooled(r.q, r.resolved):.0f} % abandoned",
                   h_shown, order_live0, order_live1, (order_live0,), (h_shown,), shown_arl0))

    # views_no_orders: every product's carts per click and the ordinary products' abandonment, one budget
    carts0 = [_binomial(float(n), pc * fun.ORDINARY_PRODUCT, pc * (1 - vno), pc * fun.ORDINARY_PRODUCT)
              for n, pc in zip(nu, p, strict=True)]
    po0 = clip_p(1 - (1 - r.q) * fun.ORDINARY_PRODUCT)
    po1 = np.maximum(po0 + 0.02, 1 - (1 - r.q) * (1 - vno))
    orders0 = [_binomial(float(n), e, p1, e) for n, e, p1, hi in zip(nu_r, po0, po1, high, strict=True) if not hi]
    group = carts0 + orders0
    h_vno = shared_threshold(arl0, *_moments(group))
    subject = stage(SCENARIOS["views_no_orders"], plan).subject
    i = r.skus.index(subject)  # type: ignore[arg-type]
    vno1 = _binomial(float(nu[i]), p[i] * fun.ORDINARY_PRODUCT, p[i] * (1 - vno), p[i] * (1 - vno))
    out.append(Row("views_no_orders", f"carts per click of {subject} (featured)", case,
                   f"{nu[i]:.2f} clicks/s, {100 * p[i]:.0f} % carted", h_vno, carts0[i], vno1, tuple(group),
                   (h_vno,) * len(group), arl0))

    # stock_out_risk: units and carts of the product at risk, against half the rate that empties it in the horizon
    sku = stage(SCENARIOS["stock_out_risk"], plan).subject
    j = r.skus.index(sku)  # type: ignore[arg-type]
    left = STOCK_LEFT[case]
    horizon = s.stock_horizon_min * 60.0
    lam0 = left / horizon / 2
    per_cart = max(0.05, float(r.units_per_cart[j]))
    units0, carts_s0 = poisson_step(lam0, 1.0, 2.0, 1.0), poisson_step(lam0 / per_cart, 1.0, 2.0, 1.0)
    h_stock = shared_threshold(arl0, *_moments([units0, carts_s0]))
    out.append(Row("stock_out_risk", f"units sold of {sku}", case,
                   f"{left} left: critical {120 * lam0:.1f} units/min", h_stock, units0,
                   poisson_step(lam0, 1.0, 2.0, 2.0), (units0, carts_s0), (h_stock,) * 2, arl0))

    # audience_drop: arrivals per channel and all together (per minute baselines), leaves per viewer-second
    design = AdvisorSettings().audience_drop_pct / 100
    r0j, r1j, r0l, r1l = aud.ORDINARY_JOINS, 1 - design, aud.ORDINARY_LEAVES, 1 / (1 - design)
    mus = [r.joins[ch] for ch in CHANNELS] + [sum(r.joins.values())]
    streams = [poisson_step(mu, r0j, r1j, r0j) for mu in mus]
    streams.append(poisson_step(r.leave * r.viewers, r0l, r1l, r0l))
    h_aud = shared_threshold(arl0, *_moments(streams))
    out.append(Row("audience_drop", "organic arrivals", case, f"{r.joins['organic']:.1f} arrivals/s", h_aud,
                   streams[0], poisson_step(mus[0], r0j, r1j, r1j), tuple(streams), (h_aud,) * len(streams), arl0))

    # dwell_lift: leaves of the segment on air against the rest of the live's rate (one stream armed at a time)
    lift = s.dwell_lift_pct / 100
    mu = r.leave * r.viewers
    dw0 = poisson_step(mu, aud.ORDINARY_DWELL, 1 / (1 + lift), aud.ORDINARY_DWELL)
    h_dw = float(boundary_threshold(arl0, -dw0.mean, dw0.var)[0])
    out.append(Row("dwell_lift", "leaves during the segment on air", case,
                   f"{mu:.1f} leaves/s ({r.viewers:,.0f} viewers)", h_dw, dw0,
                   poisson_step(mu, aud.ORDINARY_DWELL, 1 / (1 + lift), 1 / (1 + lift)), (dw0,), (h_dw,), arl0))
    return out


def _pooled(q: np.ndarray, w: np.ndarray) -> float:  # type: ignore[type-arg]
    return float(np.sum(q * w) / np.sum(w)) if np.sum(w) > 0 else 0.0


def evaluate(row: Row, quick: bool, seed: int) -> dict[str, Any]:
    """The figures of one row of table 1."""
    t0 = time.perf_counter()
    sieg = siegmund_arl(row.h, row.h0)
    markov = markov_arl(row.h, row.h0)
    group_rate = sum(1.0 / markov_arl(h, st) for h, st in zip(row.group_h, row.group, strict=True))
    arl1 = markov_arl(row.h, row.h1)
    terms = len(row.h0.weights)
    run_s = (SIM_DRAWS / (10 if quick else 1)) / terms
    lengths = simulate_run_lengths(row.h, row.h0, max(1, int(run_s / SIM_STEPS)), SIM_STEPS, seed=seed)
    alarms = int(np.count_nonzero(lengths < SIM_STEPS))
    exposure = float(lengths.sum())
    delay = simulate_run_lengths(row.h, row.h1, 4000 if quick else 20000, int(max(200.0, 30 * arl1)), seed=seed + 1)
    return {"sieg": sieg, "markov": markov, "sim": exposure / alarms if alarms else math.inf, "alarms": alarms,
            "exposure": exposure, "group": 1.0 / group_rate, "arl1": arl1, "arl1_sim": float(delay.mean()),
            "arl1_p90": float(np.quantile(delay, 0.9)), "var": row.h0.var, "cpu_s": time.perf_counter() - t0}


def check(row: Row, seed: int) -> dict[str, Any]:
    """Table 2: at the h whose Markov ARL0 is CHECK_ARL_S, the three methods side by side."""
    lo, hi = 0.5, row.h
    for _ in range(30):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if markov_arl(mid, row.h0) < CHECK_ARL_S else (lo, mid)
    h = hi
    markov = markov_arl(h, row.h0)
    lengths = simulate_run_lengths(h, row.h0, CHECK_RUNS, int(40 * CHECK_ARL_S), seed=seed)
    return {"h": h, "sieg": siegmund_arl(h, row.h0), "markov": markov, "sim": float(lengths.mean()),
            "se": float(lengths.std() / math.sqrt(lengths.size))}


def optimism() -> list[tuple[str, float, float, float, float, float, float]]:
    """Table 3: increments of growing variance, of two shapes: a Poisson drop test (audience_drop: -50 % against
    ordinary's edge -25 %, rare large steps down) and a rise test (stock_out_risk: 2x against 1x, rare steps up).
    h by Siegmund alone for the kind's ARL0, then Siegmund / Markov with the exact tilt and with the normal one."""
    s = AdvisorSettings()
    arl0 = s.false_alarm_hours * HOUR * len(KINDS)
    out = []
    drop, rise = math.log(0.5 / 0.75), math.log(2.0)
    for var in (0.01, 0.1, 1.0, 3.0, 10.0, 30.0):
        for words, step in (("drop", poisson_step(var / (0.75 * drop * drop), 0.75, 0.5, 0.75)),
                            ("rise", poisson_step(var / (rise * rise), 1.0, 2.0, 1.0))):
            h = threshold_for(arl0, step)
            markov = markov_arl(h, step)
            out.append((f"{words}, {step.rates[0]:.3g} a second", step.var, h, siegmund_arl(h, step) / markov,
                        _normal_siegmund(h, step) / markov, float(safety(np.array(step.var))), markov))
    return out


def stock_delays(rows: list[Row]) -> list[tuple[str, float, list[float]]]:
    """Table 4: stock_out_risk's delay (Markov ARL1, units stream alone) against how soon the stock would run out,
    at table 1's thresholds."""
    horizon = AdvisorSettings().stock_horizon_min * 60.0
    out = []
    for row in rows:
        lam0 = row.h0.rates[0]  # the units stream at ordinary's edge: half the critical rate
        out.append((row.rate.split(":")[0], row.h, [markov_arl(row.h, poisson_step(lam0, 1.0, 2.0, 2.0 * horizon / (
            60.0 * eta))) for eta in ETA_MIN]))
    return out


def _normal_siegmund(h: float, step: Increment) -> float:
    """Siegmund's formula with the normal tilt -2 mean / var (what the advisor does not use)."""
    mean, var = step.mean, step.var
    b = h + 2 * OVERSHOOT * math.sqrt(var)
    theta = -2.0 * mean / var
    x = theta * b
    return math.inf if x > 700 else (math.expm1(x) - x) / (-theta * mean)


def _star(job: tuple[Any, ...]) -> Any:
    fn, *args = job
    return fn(*args)


def _hours(s: float) -> str:
    if not math.isfinite(s):
        return "inf"
    h = s / HOUR
    return f"{h:,.0f}" if h >= 100 else f"{h:,.1f}" if h >= 1 else f"{h:.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.advisor_design", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a tenth of the ARL0 simulation")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    plan = load_plan(DEMO_PLAN)
    rates = {case: measure(plan, a) for case, a in CASES}
    rows = [row for case, _ in CASES for row in rows_for(plan, case, rates[case])]
    rows.sort(key=lambda rw: (KINDS.index(rw.kind), [c for c, _ in CASES].index(rw.case)))  # type: ignore[arg-type]
    typical = [rw for rw in rows if rw.case == "typical"]
    jobs: list[tuple[Any, ...]] = [(evaluate, rw, args.quick, 7 + k) for k, rw in enumerate(rows)]
    jobs += [(check, rw, 101 + k) for k, rw in enumerate(typical)]
    with ProcessPoolExecutor(max(1, min(len(jobs), os.cpu_count() or 1))) as pool:
        results = list(pool.map(_star, jobs))
    figs, checks = results[: len(rows)], results[len(rows):]

    s = AdvisorSettings()
    print(f"Advisor CUSUM design, demo plan, plan defaults ([advisor] false_alarm_hours = {s.false_alarm_hours:g}: "
          f"each of the {len(KINDS)} kinds {s.false_alarm_hours * len(KINDS):,.0f} h), one step = one live second"
          + (" (QUICK: a tenth of the ARL0 simulation)" if args.quick else ""))
    print("\nTable 1. Thresholds, false-alarm spacing (ARL0, live hours) and detection delay (ARL1, live seconds)\n")
    print("| kind | stream | case | rate | var of a step | h | ARL0 Siegmund | ARL0 Markov | ARL0 simulated (alarms) "
          "| kind ARL0 (design) | ARL1 Markov | ARL1 simulated (p90) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for rw, f in zip(rows, figs, strict=True):
        sim = (f"{_hours(f['sim'])} ({f['alarms']})" if f["alarms"]
               else f"> {_hours(f['exposure'] / 3)} (0 in {_hours(f['exposure'])})")
        print(f"| {rw.kind} | {rw.stream} | {rw.case} | {rw.rate} | {f['var']:.3g} | {rw.h:.2f} | {_hours(f['sieg'])} "
              f"| {_hours(f['markov'])} | {sim} | {_hours(f['group'])} ({_hours(rw.target_s)}) "
              f"| {f['arl1']:.0f} | {f['arl1_sim']:.0f} ({f['arl1_p90']:.0f}) |")
    print(f"\nTable 2. The typical rows at the threshold whose Markov ARL0 is {CHECK_ARL_S:,.0f} s: simulation "
          f"({CHECK_RUNS:,} runs) against the Markov chain and Siegmund\n")
    print("| kind | h | Siegmund (s) | Markov (s) | simulated (s) +- s.e. | Siegmund / Markov |")
    print("|---|---|---|---|---|---|")
    for rw, c in zip(typical, checks, strict=True):
        print(f"| {rw.kind} | {c['h']:.2f} | {c['sieg']:,.0f} | {c['markov']:,.0f} | {c['sim']:,.0f} +- "
              f"{c['se']:,.0f} | {c['sieg'] / c['markov']:.2f} |")
    print("\nTable 3. Siegmund's optimism against the variance of one step (h by Siegmund alone for the kind's "
          f"ARL0 of {_hours(s.false_alarm_hours * HOUR * len(KINDS))} h), and the safety factor that covers it\n")
    print("| increment: test, normal rate | var of a step | h | Siegmund / Markov, exact tilt "
          "| Siegmund / Markov, normal tilt | safety factor | Markov ARL0 (h) |")
    print("|---|---|---|---|---|---|---|")
    for words, var, h, exact, normal, fac, markov in optimism():
        print(f"| {words} | {var:.3g} | {h:.2f} | {exact:.2f} | {normal:.3g} | {fac:.2f} | {_hours(markov)} |")
    print("\nTable 4. stock_out_risk: delay (Markov ARL1 of the units stream alone, live seconds) against how soon "
          f"the stock would run out at the true rate (horizon {s.stock_horizon_min} min)\n")
    print("| units left | h | " + " | ".join(f"runs out in {m} min" for m in ETA_MIN) + " |")
    print("|---|---|" + "---|" * len(ETA_MIN))
    for left, h, delays in stock_delays([rw for rw in rows if rw.kind == "stock_out_risk"]):
        print(f"| {left} | {h:.2f} | " + " | ".join(f"{d:,.0f}" for d in delays) + " |")
    print(f"\n({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
