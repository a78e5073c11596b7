"""The studio wall (console/widgets/wall.py, docs/wall.md): what each live's tile says, and the order the tiles
stand in, decided without Qt. Pure.

The attention order, first what needs a look first:
1. **feed trouble**: the wall cannot vouch for the live's figures: the feed stopped (not retrying), lost and
   reconnecting, quiet (stale), still connecting after CONNECTING_TROUBLE_S, or more than BEHIND_TROUBLE_S behind
   the live. Worst kind first, in that order (the last two alike); within a kind, the longest first.
2. **open advice**: the live whose most urgent open advice is the most urgent, by the advisor's own ranking
   (console/advisor/advisor.py URGENCY: stock-out risk, audience drop, conversion sag, abandonment spike, views with
   no orders, dwell lift); on a tie, more open advice first.
3. **GMV pace behind goal**: the projected end-of-live GMV under the plan's GMV goal, furthest behind first, in
   steps of PACE_STEP so that a projection's wobble does not reshuffle the wall every few seconds. Only figures the
   wall can vouch for count: a live the wall is catching up on projects from a clock its events have not reached.
4. **the rest** by title, then live id: the same place every time for a live that needs nothing.

The order is kept steady (TileOrder): re-sorted at most every REORDER_EVERY_S seconds, and never while the pointer
is pressed or has just moved over the tiles (an operator aiming at a tile must hit the tile aimed at).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from console.advisor.advisor import URGENCY
from console.advisor.model import AdviceRecord
from console.i18n import translate
from console.kpi.snapshot import GoalStatus, KpiSnapshot
from console.live.health import CATCHING_UP_LAG_S, FeedHealth, FeedState
from console.present.advice_words import kind_words
from console.present.fmt import DASH, count, money, money_short, pct

Tone = Literal["plain", "good", "warn", "bad", "muted"]

REORDER_EVERY_S: Final = 5.0  # the tiles move at most this often
AIM_HOLD_S: Final = 1.5  # ... and not within this long after the pointer last moved over them
CONNECTING_TROUBLE_S: Final = 15.0  # a live still connecting after this long is in trouble (bus or producer)
BEHIND_TROUBLE_S: Final = 30.0  # a live the wall is this far behind is in trouble (the wall's machine, the network)
PACE_STEP: Final = 0.05  # GMV pace compared in steps of 5 points of the goal
SPARK_MINUTES: Final = 30  # the orders sparkline: the last half hour, a value a minute

GOAL_TONES: Final[dict[str, Tone]] = {"on_track": "good", "at_risk": "warn", "off_track": "bad"}
# feed trouble, worst first (the rank in `Attention.trouble`: 0 is no trouble)
TROUBLE_STOPPED, TROUBLE_LOST, TROUBLE_STALE, TROUBLE_CONNECTING, TROUBLE_BEHIND = 4, 3, 2, 1, 1


@dataclass(frozen=True, slots=True)
class LiveReading:
    """What the wall knows of one live at one redraw (services/wall.py gathers it; nothing here reads it live)."""

    live_id: str
    title: str
    currency: str  # ISO code; "" when neither the plan nor the registry says: figures then carry no sign
    snap: KpiSnapshot | None
    health: FeedHealth
    advice: Sequence[AdviceRecord] = ()
    has_plan: bool = True
    note: str = ""  # "opening…", "could not open: …", a plan the wall could not read
    note_tone: Tone = "muted"


@dataclass(frozen=True, slots=True)
class Attention:
    """The figures the attention order is decided on (module docstring)."""

    trouble: int = 0  # TROUBLE_* (0: the feed is fine)
    trouble_s: float = 0.0  # how long it has lasted
    advice_rank: int | None = None  # URGENCY index of the most urgent open advice (0 = most urgent)
    advice_open: int = 0
    pace: float | None = None  # projected GMV / GMV goal (None: no goal or no projection yet)


@dataclass(frozen=True, slots=True)
class TileView:
    """One on-air live's tile: every text as drawn, and the tone of each."""

    live_id: str
    title: str
    feed: str  # "LIVE", "RECONNECTING · 1:05", "QUIET · 0:42", "CONNECTING…", "CATCHING UP · 12 s behind"
    feed_tone: Tone
    viewers: str
    gmv: str
    goal: str  # "goal €42k" or "no goal"
    gmv_share: float | None  # GMV / goal, 0.. (the bar); None without a goal
    pace_share: float | None  # projected / goal (the bar's tick)
    pace: str  # "pace €38.2k · 91 %"; "" when there is nothing to say
    pace_tone: Tone
    orders_per_min: str
    spark: tuple[float, ...]  # orders per minute, the last SPARK_MINUTES minutes, oldest first
    advice_count: int
    advice_kind: str  # the most urgent open advice's pattern ("Stock-out risk"; "" when none)
    advice: str  # ... and what the advisor saw, in its words ("" when none)
    advice_tone: Tone
    note: str
    note_tone: Tone
    dimmed: bool  # the figures are not current: drawn quieter, never as if fresh
    attention: Attention = field(default_factory=Attention)


@dataclass(frozen=True, slots=True)
class FinishedView:
    """A live that ended: its final figures, smaller, in the finished row."""

    live_id: str
    title: str
    gmv: str  # "€38,950 of €42k goal · 93 %" or "€38,950 · no goal"
    gmv_tone: Tone
    orders: str  # "612 orders · peak 1,910 viewers"
    ended_at: float  # wall time it was seen to end (newest first in the row)
    report: str = ""  # "", "writing the report…", "report opened", "report failed: …"
    report_tone: Tone = "muted"
    report_ready: bool = True  # the wall's session file of it is closed: the report can be written


def _cash(value: float | None, currency: str, short: bool = False) -> str:
    if value is None:
        return DASH
    if not currency:
        return count(value)
    return money_short(value, currency) if short else money(value, currency)


def _gmv_goal(snap: KpiSnapshot | None) -> GoalStatus | None:
    return next((g for g in snap.goals if g.name == "gmv"), None) if snap is not None else None


def _since(health: FeedHealth, wall_now: float) -> float:
    return max(0.0, wall_now - health.since) if health.since else 0.0


def duration_words(seconds: float) -> str:
    """How long a trouble has lasted: '42 s', '1:05', '1:02:10'."""
    s = max(0, int(seconds))
    if s < 60:
        #: how long a feed trouble has lasted, in seconds ("42 s"), on a tile's feed chip
        return translate("WallOrder", "{s} s").format(s=s)
    if s < 3600:
        return f"{s // 60}:{s % 60:02d}"
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def feed_words(health: FeedHealth, has_data: bool, wall_now: float) -> tuple[str, Tone, int, float]:
    """(the feed chip's words, its tone, trouble rank, trouble's age in s)."""
    held = _since(health, wall_now)
    match health.state:
        case FeedState.STOPPED:
            why = health.reason or translate("WallOrder", "not retrying")
            return translate("WallOrder", "STOPPED · {why}").format(why=why), "bad", TROUBLE_STOPPED, held
        case FeedState.RECONNECTING:
            return (translate("WallOrder", "RECONNECTING · {t}").format(t=duration_words(held)), "bad", TROUBLE_LOST,
                    held)
        case FeedState.STALE:
            return translate("WallOrder", "QUIET · {t}").format(t=duration_words(held)), "bad", TROUBLE_STALE, held
        case FeedState.CONNECTING:
            trouble = TROUBLE_CONNECTING if held >= CONNECTING_TROUBLE_S else 0
            words = (translate("WallOrder", "CONNECTING · {t}").format(t=duration_words(held)) if trouble
                     else translate("WallOrder", "CONNECTING…"))
            return words, "bad" if trouble else "warn", trouble, held if trouble else 0.0
        case FeedState.ENDED:
            return translate("WallOrder", "ENDED"), "plain", 0, 0.0
        case _:
            lag = health.lag_s
            if has_data and lag is not None and lag > CATCHING_UP_LAG_S:
                trouble = TROUBLE_BEHIND if lag > BEHIND_TROUBLE_S else 0
                return (translate("WallOrder", "CATCHING UP · {t} behind").format(t=duration_words(lag)), "warn",
                        trouble, lag if trouble else 0.0)
            return translate("WallOrder", "LIVE"), "good", 0, 0.0


def open_advice(advice: Iterable[AdviceRecord]) -> list[AdviceRecord]:
    """The advice standing (raised, not answered or expired), most urgent first, then the newest."""
    standing = [r for r in advice if r.status == "raised"]
    return sorted(standing, key=lambda r: (_urgency(r), -r.advice.raised_ts))


def _urgency(r: AdviceRecord) -> int:
    kind = r.advice.kind
    return URGENCY.index(kind) if kind in URGENCY else len(URGENCY)


def spark_of(snap: KpiSnapshot | None, minutes: int = SPARK_MINUTES) -> tuple[float, ...]:
    """Orders per minute over the last `minutes` started minutes (the snapshot's per-minute bins), oldest first."""
    if snap is None or len(snap.minute_orders) == 0:
        return ()
    return tuple(float(v) for v in snap.minute_orders[-minutes:])


def tile_view(r: LiveReading, wall_now: float) -> TileView:
    """The tile of a live on air at this moment, in the console's language."""
    snap, cur = r.snap, r.currency
    has_data = snap is not None and snap.started_at is not None
    feed, feed_tone, trouble, trouble_s = feed_words(r.health, has_data, wall_now)
    dimmed = trouble > 0 or (feed_tone == "warn" and has_data)
    goal = _gmv_goal(snap)
    gmv_share = pace_share = pace = None
    goal_text = translate("WallOrder", "no goal")
    pace_text = ""
    pace_tone: Tone = "muted"
    if goal is not None and goal.target > 0:
        goal_text = translate("WallOrder", "goal {goal}").format(goal=_cash(goal.target, cur, short=True))
        gmv_share = (goal.actual or 0.0) / goal.target
        if goal.projected is not None:
            pace = pace_share = goal.projected / goal.target
            pace_text = translate("WallOrder", "pace {p} · {pct} of goal").format(
                p=_cash(goal.projected, cur, short=True), pct=pct(pace, 0))
            pace_tone = GOAL_TONES.get(goal.status, "muted")
        elif has_data:
            pace_text = translate("WallOrder", "pace: after the first minute")
    elif not r.has_plan:
        goal_text = translate("WallOrder", "no goal (no plan)")
    standing = open_advice(r.advice)
    kind = headline = ""
    advice_tone: Tone = "muted"
    if standing:
        top = standing[0]
        kind, headline = kind_words(top.advice.kind), top.advice.text
        advice_tone = "bad" if _urgency(top) <= 1 else "warn"  # a sell-out or a room emptying: now, not soon
    return TileView(
        live_id=r.live_id, title=r.title or r.live_id, feed=feed, feed_tone=feed_tone,
        viewers=count(snap.viewers_now) if has_data and snap is not None and snap.viewers_known else DASH,
        gmv=_cash(snap.gmv, cur) if has_data and snap is not None else DASH, goal=goal_text,
        gmv_share=gmv_share, pace_share=pace_share, pace=pace_text, pace_tone=pace_tone,
        orders_per_min=count(snap.orders_per_min) if has_data and snap is not None else DASH,
        spark=spark_of(snap) if has_data else (), advice_count=len(standing), advice_kind=kind, advice=headline,
        advice_tone=advice_tone, note=r.note, note_tone=r.note_tone, dimmed=dimmed,
        attention=Attention(trouble, trouble_s, _urgency(standing[0]) if standing else None, len(standing),
                            None if dimmed else pace))


def finished_view(r: LiveReading, ended_at: float, report: str = "", report_tone: Tone = "muted",
                  report_ready: bool = True) -> FinishedView:
    """The finished row's tile of a live that ended: final GMV against goal, orders, peak viewers."""
    snap, cur = r.snap, r.currency
    if snap is None:
        return FinishedView(r.live_id, r.title or r.live_id, translate("WallOrder", "no figures"), "muted", "",
                            ended_at, report, report_tone, report_ready)
    goal = _gmv_goal(snap)
    if goal is not None and goal.target > 0:
        share = snap.gmv / goal.target
        gmv = translate("WallOrder", "{gmv} of {goal} goal · {pct}").format(
            gmv=_cash(snap.gmv, cur), goal=_cash(goal.target, cur, True), pct=pct(share, 0))
        tone: Tone = "good" if share >= 1 else "warn" if goal.status == "at_risk" else "bad"
    else:
        gmv, tone = translate("WallOrder", "{gmv} · no goal").format(gmv=_cash(snap.gmv, cur)), "plain"
    orders = translate("WallOrder", "{n} orders · peak {v} viewers").format(n=count(snap.orders),
                                                                           v=count(snap.peak_viewers))
    return FinishedView(r.live_id, r.title or r.live_id, gmv, tone, orders, ended_at, report, report_tone,
                        report_ready)


def attention_key(view: TileView) -> tuple[object, ...]:
    """The sort key of the attention order (module docstring): smaller needs a look sooner."""
    a = view.attention
    if a.trouble:
        return (0, -a.trouble, -a.trouble_s, view.title.casefold(), view.live_id)
    if a.advice_rank is not None:
        return (1, a.advice_rank, -a.advice_open, view.title.casefold(), view.live_id)
    if a.pace is not None and a.pace < 1.0:
        return (2, math.floor(a.pace / PACE_STEP), view.title.casefold(), view.live_id)
    return (3, view.title.casefold(), view.live_id)


def attention_order(views: Iterable[TileView]) -> list[TileView]:
    return sorted(views, key=attention_key)


class TileOrder:
    """Where each tile stands, kept steady: `arrange` re-sorts by attention at most every `every_s`, and not while
    `held` (a pointer pressed on the tiles, or moved over them in the last AIM_HOLD_S: the widget says). Between
    re-sorts a new live joins at the end and a live gone leaves its place; the others stay where they were."""

    def __init__(self, every_s: float = REORDER_EVERY_S) -> None:
        self.every_s = every_s
        self._ids: list[str] = []
        self._sorted_at = -math.inf

    def arrange(self, views: Sequence[TileView], now: float, held: bool = False) -> list[TileView]:
        by_id = {v.live_id: v for v in views}
        if not held and now - self._sorted_at >= self.every_s:
            self._ids = [v.live_id for v in attention_order(views)]
            self._sorted_at = now
        else:
            kept = [i for i in self._ids if i in by_id]
            placed = set(kept)
            self._ids = kept + [v.live_id for v in views if v.live_id not in placed]
        return [by_id[i] for i in self._ids]


@dataclass(frozen=True, slots=True)
class WallBoard:
    """Everything the wall draws at one redraw: the lives on air (in no particular order: TileOrder places them),
    the finished ones (newest first) and the bus connection."""

    on_air: tuple[TileView, ...] = ()
    finished: tuple[FinishedView, ...] = ()
    bus: str = ""  # "bus 127.0.0.1:4222", or what is wrong with it
    bus_ok: bool = True
