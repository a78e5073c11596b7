"""The audience: audience_drop (arrivals per channel or all together fall, or viewers leave faster) and dwell_lift
(a segment holds viewers better than the rest of the live).

- Arrivals (viewer_joined per second) are counted per live minute; their baseline is a low quantile of the last
  twenty complete minutes before the previous one (baseline.MinuteCounts), so that a burst of traffic does not make the
  minutes after it look like a drop, following a steady decline. Minutes with an offer running count only while an
  offer runs (offers draw arrivals). Tested against a fall of `audience_drop_pct`; within 25 % is ordinary.
- Leaves are a rate per viewer-second (a falling audience has fewer viewers to lose), learned anew after each
  segment change and each start or end of an offer (both change how long people stay), tested against a rise of
  1 / (1 - audience_drop_pct); within 25 % is ordinary.
- Dwell: the leave rate of the segment on air against the pooled rate of the other segments seen in the last
  ~20 minutes (never while an offer runs: offers hold viewers by themselves), tested against a fall to
  1 / (1 + dwell_lift_pct); within 15 % is ordinary.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import numpy as np

from console.advisor.baseline import DELAY_S, DelayedRates, MinuteCounts
from console.advisor.cusum import CLEAR_ARL_S, CusumBank, FloatArray, boundary_threshold, shared_threshold
from console.advisor.finding import Finding, at, change, channel, pct, signed_pct
from console.advisor.model import Evidence
from console.advisor.tick import LEAVES, STEP_S, VIEWER_S, Tick, ratio_series
from console.i18n import QT_TRANSLATE_NOOP, translate
from console.plan.model import Plan
from console.present.fmt import count
from console.protocol.wire import CHANNELS

ORDINARY_JOINS: Final = 0.75
ORDINARY_LEAVES: Final = 1.25
ORDINARY_DWELL: Final = 0.85
MIN_LIVE_S: Final = 480.0
MIN_JOINS_PER_S: Final = 0.05
TOTAL, LEAVE = len(CHANNELS), len(CHANNELS) + 1
CHANNEL_SHARE: Final = 0.6  # one channel carrying 60 % of a drop is that channel's drop
DWELL_TAU_S: Final = 1200.0
SETTLE_S: Final = 20.0  # after a segment change, its first seconds still belong to the previous one
MIN_OTHER_LEAVES: Final = 200.0
SERIES_STEPS: Final = 20
GONE_AFTER_S: Final = 600.0
LEAVING: Final = QT_TRANSLATE_NOOP("AdviceAudience", "share of the audience leaving a minute")  # a chart's line


def _poisson_h0(mu: FloatArray, r0: FloatArray | float, r1: FloatArray | float) -> tuple[FloatArray, FloatArray]:
    """-E[z] and Var[z] per second of z = x ln(r1/r0) - (r1 - r0) mu when x ~ Poisson(r0 mu): the moments of a
    Poisson LLR where r0 holds."""
    a = np.log(np.asarray(r1) / np.asarray(r0))
    return np.asarray(mu * (r1 - r0 - r0 * a), np.float64), np.asarray(r0 * mu * a * a, np.float64)


def _poisson_llr(x: FloatArray, mu_dt: FloatArray, r0: float, r1: float) -> FloatArray:
    return np.asarray(x * math.log(r1 / r0) - (r1 - r0) * mu_dt, dtype=np.float64)


@dataclass(frozen=True, slots=True)
class AudienceDesign:
    arl0: float  # per stream, live seconds
    drop: float  # audience_drop_pct as a fraction


class AudienceWatch:
    """Streams: one per channel's arrivals (CHANNELS order), all arrivals, leaves per viewer-second."""

    name = "audience"

    def __init__(self, design: AudienceDesign) -> None:
        self.d = design
        self.bank = CusumBank(len(CHANNELS) + 2)
        self.minutes = MinuteCounts(len(CHANNELS) + 1)
        self.leave_base = DelayedRates(1)
        self.mu = np.zeros(len(CHANNELS) + 2)  # baseline per second (joins) or per viewer-second (leaves)
        self.seen = np.zeros((len(CHANNELS) + 2, 2))  # observed, expected since each excursion began
        self._regime: tuple[str | None, bool] | None = None
        self._regime_at = -math.inf
        self._next_h = -math.inf
        self._minute, self._offer = -1, False
        self._median: FloatArray | None = None

    def evaluate(self, tick: Tick) -> list[Finding]:
        r0j, r1j = ORDINARY_JOINS, 1.0 - self.d.drop
        r0l, r1l = ORDINARY_LEAVES, 1.0 / (1.0 - self.d.drop)
        joins = np.concatenate([tick.joins, [tick.joins.sum()]])
        regime = (tick.reading.segment, bool(tick.on_offer.any()))
        if regime != self._regime:
            if self._regime is not None and not self.bank.alarmed[LEAVE]:
                self.leave_base.reset()
                self.bank.restart(np.arange(len(self.bank)) == LEAVE, tick.ts)
            self._regime, self._regime_at = regime, tick.ts
        offer = bool(tick.on_offer.any())
        if tick.minute != self._minute or offer != self._offer:  # the median moves only with the minute
            self._minute, self._offer = tick.minute, offer
            self._median = self.minutes.level(tick.minute, marked_ok=offer)
        med = self._median
        if med is not None:
            self.mu[:LEAVE] = med / 60.0
        if self.leave_base.den[0] > 0:
            self.mu[LEAVE] = self.leave_base.num[0] / self.leave_base.den[0]
        if tick.ts >= self._next_h:
            self._next_h = tick.ts + 10.0
            per_s = np.concatenate([self.mu[:LEAVE], self.mu[LEAVE:] * max(tick.viewers, 1.0)])
            r0 = np.array([r0j] * LEAVE + [r0l])
            r1 = np.array([r1j] * LEAVE + [r1l])
            kl0, var0 = _poisson_h0(per_s, r0, r1)
            self.bank.design_shared(shared_threshold(self.d.arl0, kl0, var0), *_poisson_h0(per_s, r1, 1.0))
        z = np.concatenate([_poisson_llr(joins, self.mu[:LEAVE] * tick.dt, r0j, r1j),
                            _poisson_llr(np.array([tick.leaves]), self.mu[LEAVE:] * tick.viewer_s, r0l, r1l)])
        back = np.concatenate([_poisson_llr(joins, self.mu[:LEAVE] * tick.dt, r1j, 1.0),
                               _poisson_llr(np.array([tick.leaves]), self.mu[LEAVE:] * tick.viewer_s, r1l, 1.0)])
        armed = np.concatenate([
            (med is not None and tick.live_s >= MIN_LIVE_S) & (self.mu[:LEAVE] >= MIN_JOINS_PER_S),
            [tick.live_s >= MIN_LIVE_S and self.leave_base.num[0] >= 100.0
             and tick.ts - self._regime_at >= DELAY_S + 30.0]])
        fired = self.bank.step(z, back, armed, tick.ts)
        obs = np.concatenate([joins, [tick.leaves]])
        expected = np.concatenate([self.mu[:LEAVE] * tick.dt, self.mu[LEAVE:] * tick.viewer_s])
        holding = self.bank.alarmed.copy()
        holding[fired] = False  # the step that fired is part of the evidence (one big step can fire alone)
        self.seen = np.where((self.bank.stat <= 0.0)[:, None], 0.0,
                             np.where(holding[:, None], self.seen, self.seen + np.stack([obs, expected], 1)))
        sus = self.bank.suspicious()
        self.minutes.add(tick.minute, joins, spoilt=bool(sus[:LEAVE].any()), marked=offer)
        keep = not sus[LEAVE]
        self.leave_base.push(tick.ts, np.array([tick.leaves if keep else 0.0]),
                             np.array([tick.viewer_s if keep else 0.0]))
        return [self._finding(int(i), tick) for i in fired]

    def _finding(self, stream: int, tick: Tick) -> Finding:
        obs, expected = self.seen[stream]
        since = float(self.bank.since[stream])
        start = tick.reading.started_at
        hist = tick.history
        span = max(tick.ts - since, tick.dt)
        if stream == LEAVE:
            base = self.mu[LEAVE] * 60.0
            now = base * obs / expected if expected > 0 else 0.0
            series = ratio_series(hist.room_row(LEAVES, SERIES_STEPS), hist.room_row(VIEWER_S, SERIES_STEPS), 60.0)
            text = translate("AdviceAudience", "Viewers are leaving faster: {now} of the audience a minute against "
                             "{before} ({change}) since {since}.").format(
                now=pct(now), before=pct(base), change=change(base, now), since=at(since - start))
            return Finding("audience_drop", None, self.name, stream, text, Evidence(
                since_ts=since, numbers=self._numbers(stream, base, now, tick), series=series,
                series_label=translate("AdviceAudience", LEAVING), baseline=round(base, 5), stage="leaves"),
                "leaves")
        base, now = self.mu[stream] * 60.0, obs * 60.0 / span
        subject = self._subject(stream, tick)
        row = stream if stream < TOTAL else None
        joins = hist.room_row(row, SERIES_STEPS) if row is not None else np.sum(
            [hist.room_row(c, SERIES_STEPS) for c in range(len(CHANNELS))], axis=0)
        series = tuple(round(float(x) * 60.0 / 30.0, 2) for x in joins)
        words = {"before": count(base), "now": count(now), "change": change(base, now), "since": at(since - start)}
        if subject is None and stream < TOTAL:  # a channel's stream, but the others fell as well
            text = translate("AdviceAudience", "Arrivals fell on every channel: {channel} from {before} to {now} a "
                             "minute ({change}) since {since}.").format(channel=channel(CHANNELS[stream]), **words)
        elif subject is None:
            text = translate("AdviceAudience", "Arrivals on every channel fell from {before} to {now} a minute "
                             "({change}) since {since}.").format(**words)
        elif stream < TOTAL:
            text = translate("AdviceAudience", "Arrivals from {channel} fell from {before} to {now} a minute "
                             "({change}) since {since}.").format(channel=channel(subject), **words)
        else:
            base_c = self.mu[CHANNELS.index(subject)] * 60.0  # type: ignore[arg-type, unused-ignore]  # a channel here
            text = translate("AdviceAudience", "Arrivals fell {change} since {since}, mostly from {channel} (normal: "
                             "{normal} a minute).").format(
                change=change(self.mu[TOTAL] * 60.0, now), since=words["since"], channel=channel(subject),
                normal=count(base_c))
        label = translate("AdviceAudience", "arrivals a minute") if subject is None else translate(
            "AdviceAudience", "arrivals a minute from {channel}").format(channel=channel(subject))
        return Finding("audience_drop", subject, self.name, stream, text, Evidence(
            since_ts=since, numbers=self._numbers(stream, base, now, tick), series=series,
            series_label=label, baseline=round(base, 3), stage="arrivals"), "arrivals")

    def _subject(self, stream: int, tick: Tick) -> str | None:
        """The channel whose drop it is, or None when the drop is live-wide.

        A channel's own detector is the judge of whether it is down too: another channel counts as down when its
        CUSUM is a third of the way to its alarm or beyond (`suspicious`, evidence that an ordinary dip rarely
        gathers). Counting arrivals over the last minutes instead once read a platform's organic push stopping as
        "every channel" twice in ten lives: an ordinary dip of paid traffic, or a burst of organic just before the
        drop, in the same window. For the all-arrivals stream, the one channel down is the drop's; none or several:
        live-wide.
        """
        down = self.bank.suspicious()[: len(CHANNELS)]
        if stream < TOTAL:
            others = np.delete(down, stream)
            return None if bool(others.any()) else CHANNELS[stream]
        which = np.flatnonzero(down)
        if which.size == 1:
            return CHANNELS[int(which[0])]
        deficit = self._deficit(tick)  # none of them alone beyond chance: the one missing most arrivals, if it
        total = float(deficit.sum())   # carries 60 % of what is missing
        if which.size == 0 and total > 0 and float(deficit.max()) >= CHANNEL_SHARE * total:
            return CHANNELS[int(np.argmax(deficit))]
        return None

    def _deficit(self, tick: Tick) -> FloatArray:
        """Arrivals missing per channel over the last two minutes, against each channel's normal."""
        recent = np.array([tick.history.room_row(c, 4).sum() for c in range(len(CHANNELS))])
        covered = 3 * STEP_S + tick.live_s % STEP_S  # the current step is partial
        return np.asarray(np.maximum(0.0, self.mu[: len(CHANNELS)] * covered - recent), dtype=np.float64)

    def _numbers(self, stream: int, base: float, now: float, tick: Tick) -> dict[str, float | int | str | None]:
        return {"baseline_per_min": round(base, 4), "now_per_min": round(now, 4),
                "change_pct": round(100 * (now / base - 1), 1) if base > 0 else None, "viewers": int(tick.viewers),
                "statistic": round(float(self.bank.stat[stream]), 2),
                "threshold": round(float(self.bank.h[stream]), 2)}

    def cleared(self, stream: int) -> bool:
        return bool(self.bank.cleared[stream])

    def gone(self, stream: int, tick: Tick) -> str:  # noqa: ARG002 (the Watch protocol's)
        return ""

    def release(self, stream: int, ts: float) -> None:
        self.bank.release(stream, ts)


@dataclass(frozen=True, slots=True)
class DwellDesign:
    arl0: float
    lift: float  # dwell_lift_pct as a fraction


class DwellWatch:
    """One stream per segment of the plan (in plan order; segments the plan does not know are added as seen)."""

    name = "dwell"

    def __init__(self, plan: Plan | None, design: DwellDesign) -> None:
        self.plan, self.d = plan, design
        self.segments: list[str] = [s.id for s in plan.segments] if plan else []
        n = len(self.segments)
        self.bank = CusumBank(n)
        self.num = np.zeros(n)  # leaves and viewer-seconds per segment, exponentially weighted
        self.den = np.zeros(n)
        self.seen = np.zeros((n, 2))
        self.off_air_since = np.full(n, math.inf)
        self._on: int | None = None
        self._since = -math.inf
        self._next_h = -math.inf
        self._at: float | None = None

    def _index(self, segment: str) -> int:
        if segment not in self.segments:
            self.segments.append(segment)
            self.bank.grow(len(self.segments), 0.0)
            self.num, self.den = np.append(self.num, 0.0), np.append(self.den, 0.0)
            self.seen = np.vstack([self.seen, np.zeros(2)])
            self.off_air_since = np.append(self.off_air_since, math.inf)
        return self.segments.index(segment)

    def evaluate(self, tick: Tick) -> list[Finding]:
        seg = tick.reading.segment
        on = None if seg is None else self._index(seg)
        if on != self._on:
            if self._on is not None:
                self.off_air_since[self._on] = tick.ts
                if not self.bank.alarmed[self._on]:
                    self.bank.release(self._on, tick.ts)
                    self.seen[self._on] = 0.0
            if on is not None:
                self.off_air_since[on] = math.inf
            self._on, self._since = on, tick.ts
        if self._at is not None:
            keep = math.exp(-(tick.ts - self._at) / DWELL_TAU_S)
            self.num *= keep
            self.den *= keep
        self._at = tick.ts
        if on is None or tick.on_offer.any() or tick.ts - self._since < SETTLE_S or tick.viewers <= 0:
            return []
        others = np.arange(len(self.segments)) != on
        other_leaves, other_exposure = float(self.num[others].sum()), float(self.den[others].sum())
        self.num[on] += tick.leaves
        self.den[on] += tick.viewer_s
        if other_leaves < MIN_OTHER_LEAVES or other_exposure <= 0:
            return []
        mu = other_leaves / other_exposure
        r0, r1 = ORDINARY_DWELL, 1.0 / (1.0 + self.d.lift)
        if tick.ts >= self._next_h or not math.isfinite(self.bank.h[on]):
            self._next_h = tick.ts + 10.0
            per_s = np.array([mu * tick.viewers])
            self.bank.h[on] = float(boundary_threshold(self.d.arl0, *_poisson_h0(per_s, r0, r1))[0])
            self.bank.h_back[on] = float(boundary_threshold(CLEAR_ARL_S, *_poisson_h0(per_s, r1, 1.0))[0])
        z, back = np.zeros(len(self.segments)), np.zeros(len(self.segments))
        leaves, expected = np.array([tick.leaves]), np.array([mu * tick.viewer_s])
        z[on] = float(_poisson_llr(leaves, expected, r0, r1)[0])
        back[on] = float(_poisson_llr(leaves, expected, r1, 1.0)[0])
        armed = np.arange(len(self.segments)) == on
        fired = self.bank.step(z, back, armed, tick.ts)
        add = np.array([tick.leaves, mu * tick.viewer_s])
        if self.bank.stat[on] <= 0.0:
            self.seen[on] = 0.0
        elif not self.bank.alarmed[on] or on in fired:
            self.seen[on] += add
        return [self._finding(int(i), tick, mu) for i in fired]

    def _finding(self, i: int, tick: Tick, mu: float) -> Finding:
        obs, expected = self.seen[i]
        base = mu * 60.0
        now = base * obs / expected if expected > 0 else 0.0
        seg = self.segments[i]
        title = next((s.title for s in self.plan.segments if s.id == seg), seg) if self.plan else seg
        since = float(self.bank.since[i])
        dwell = base / now - 1.0 if now > 0 else math.inf
        hist = tick.history
        series = ratio_series(hist.room_row(LEAVES, SERIES_STEPS), hist.room_row(VIEWER_S, SERIES_STEPS), 60.0)
        words = {"segment": title, "now": pct(now), "before": pct(base), "since": at(since - tick.reading.started_at)}
        if math.isfinite(dwell):
            text = translate("AdviceAudience", "Viewers stay longer during “{segment}”: {now} of the audience leave a "
                             "minute against {before} in the rest of the live (dwell {lift}), since {since}.").format(
                lift=signed_pct(dwell), **words)
        else:
            text = translate("AdviceAudience", "Viewers stay longer during “{segment}”: {now} of the audience leave a "
                             "minute against {before} in the rest of the live (dwell much longer), since "
                             "{since}.").format(**words)
        numbers: dict[str, float | int | str | None] = {
            "baseline_per_min": round(base, 5), "now_per_min": round(now, 5),
            "dwell_change_pct": round(100 * dwell, 1) if math.isfinite(dwell) else None,
            "viewers": int(tick.viewers), "statistic": round(float(self.bank.stat[i]), 2),
            "threshold": round(float(self.bank.h[i]), 2)}
        return Finding("dwell_lift", seg, self.name, i, text, Evidence(
            since_ts=since, numbers=numbers, series=series, series_label=translate("AdviceAudience", LEAVING),
            baseline=round(base, 5), stage="leaves by segment"))

    def cleared(self, stream: int) -> bool:
        return bool(self.bank.cleared[stream])

    def gone(self, stream: int, tick: Tick) -> str:
        off = float(self.off_air_since[stream])
        return "segment off air" if tick.ts - off >= GONE_AFTER_S else ""

    def release(self, stream: int, ts: float) -> None:
        self.bank.release(stream, ts)
        self.seen[stream] = 0.0
