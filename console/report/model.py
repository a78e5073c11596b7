"""The post-live report as data: frozen dataclasses holding every number, lesson and comparison shown."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

from console.advisor.model import AdviceRecord
from console.kpi.engine import KpiEngine
from console.kpi.snapshot import KpiSnapshot
from console.plan.model import Plan
from console.present.availability import is_available

#: before/after window of an action's effect: the live console's effect card uses the same
#: (console.services.pipeline.EFFECT_WINDOW_S), so the report repeats the numbers the operator saw
EFFECT_WINDOW_S: Final = 300.0
#: how a number is formatted, and so how its difference reads
Unit = Literal["money", "count", "pct", "times", "number"]
#: which way is good: +1 higher is better, -1 lower is better, 0 neither (volumes that are context only)
Polarity = Literal[-1, 0, 1]
Verdict = Literal["clear lift", "likely lift", "no clear change", "likely drop", "clear drop",
                  "too few orders to tell", "no before window", "not on the stream"]
GoalVerdict = Literal["met", "close", "missed", "on pace", "no data", "not available from this feed"]
#: each chart of the report -> the figures it draws (console/present/availability.py): a chart whose figures the
#: feed cannot give is not drawn (its zeros would read as a dead live) and the page says why
CHART_FIGURES: Final[dict[str, tuple[str, ...]]] = {
    "viewers": ("minute_viewers",), "engagement": ("minute_chat",), "dropoff": ("minute_leaves", "minute_joins"),
    "orders": ("minute_orders",), "abandonment": ("minute_abandons", "minute_cart_adds"),
    "quadrant": ("product_units_per_min", "product_margin"), "channels": ("channel_conversion",),
}


@dataclass(frozen=True, slots=True)
class ActionRecord:
    """One row of the session's `actions` table: what the operator asked for and how it went."""

    key: str
    kind: str
    label: str
    source: str
    operator: str
    status: str
    action_id: str | None
    live_ts: float | None
    error: str
    params: str = "{}"  # the request's JSON (a kit's id, an offer's product)


#: note sources: typed during the live (hotkey, button), Ctrl+M marks (text MARK_TEXT), review notes from replay
MARK_TEXT: Final = "marked"
REVIEW_SOURCE: Final = "review"


@dataclass(frozen=True, slots=True)
class NoteRecord:
    live_ts: float | None  # live time (Unix s) as read; seconds from the start of the live once in a Report
    text: str
    author: str
    source: str  # hotkey | button (during the live) | review (typed in replay, from the review-notes file)
    context: str = ""  # what the live looked like then (viewers, orders that minute, the action running)

    @property
    def is_mark(self) -> bool:
        """A Ctrl+M mark: the moment itself is the note."""
        return self.text == MARK_TEXT and self.source != REVIEW_SOURCE


@dataclass(frozen=True, slots=True)
class GapRecord:
    from_seq: int
    to_seq: int
    cause: str


@dataclass(frozen=True, slots=True)
class SessionData:
    """What `load_session` read from a session file: the plan, the decoded events and the side tables."""

    path: Path
    live_id: str
    title: str
    console_version: str
    operator: str
    plan: Plan | None
    plan_problem: str | None  # why the recorded plan could not be used; None when it could (or there was none)
    engine: KpiEngine  # every recorded event folded in, in seq order (the events themselves are not kept)
    events_count: int  # events decoded and applied
    last_ts: float | None  # the latest event's live time: the report's "now"
    undecodable: int  # recorded events that today's decoder refuses (a hand-edited file, an older bug)
    actions: tuple[ActionRecord, ...]
    notes: tuple[NoteRecord, ...]
    gaps: tuple[GapRecord, ...]
    rejected: int  # frames or elements the console refused during the live
    advice: tuple[AdviceRecord, ...] = ()  # what the live advisor raised (the `advice` table), in the order raised
    advice_unreadable: int = 0  # `advice` rows that do not read as an advice (left out)


@dataclass(frozen=True, slots=True)
class Metric:
    """One headline number."""

    key: str
    label: str
    value: float | None  # None too when the feed cannot give it (`available` False)
    unit: Unit
    polarity: Polarity
    available: bool = True  # False: its inputs are not among the feed's event types: "not available from this feed"


@dataclass(frozen=True, slots=True)
class GoalRow:
    name: str
    label: str
    unit: Unit
    target: float
    actual: float | None
    share: float | None  # actual / target
    verdict: GoalVerdict
    ceiling: bool  # a maximum (cart abandonment): lower is better


@dataclass(frozen=True, slots=True)
class ProductRow:
    sku: str
    name: str
    in_plan: bool
    price: float | None
    impressions: int
    clicks: int
    ctr: float | None
    carts: int
    abandons: int
    abandonment: float | None  # abandons / carts of this product
    orders: int
    units: int
    conversion: float | None  # orders / clicks (the engine's product conversion)
    revenue: float
    margin: float | None
    unit_margin: float | None  # margin per unit sold; the plan's full-price margin when nothing sold
    velocity: float  # units per minute while it was on sale (until it sold out)
    sold_out_at_s: float | None  # seconds from the start of the live
    stock_left: int | None
    many_views_few_orders: bool
    flags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ChannelRow:
    channel: str
    entered: int
    views: int
    orders: int
    buyers: int
    conversion: float | None
    revenue: float
    revenue_share: float | None
    ad_spend: float | None  # all recorded ad spend sits on the paid channel, as in the engine's ROAS
    roas: float | None


@dataclass(frozen=True, slots=True)
class ActionImpact:
    number: int  # 1-based, also the label of its marker on the charts
    action_id: str | None
    kind: str
    label: str
    at_s: float | None  # seconds from the start of the live
    source: str
    status: str
    before_s: float
    after_s: float
    orders_before: int
    orders_after: int
    opm_before: float | None
    opm_after: float | None
    lift: float | None  # raw orders per minute, after / before - 1 (what the live console's effect card shows)
    p_value: float | None  # of the per-viewer change (exposure = viewer-seconds in each window)
    verdict: Verdict  # of the per-viewer change: an audience that grows is not the action's doing
    product_id: str | None
    upm_before: float | None  # the offer product's units per minute
    upm_after: float | None
    units_lift: float | None
    overlaps: tuple[str, ...]  # other actions within the windows: their effect is mixed into this one
    error: str
    viewers_before: float | None = None  # average concurrent viewers in each window
    viewers_after: float | None = None
    opkv_before: float | None = None  # orders per 1,000 viewer-minutes in each window
    opkv_after: float | None = None
    viewer_lift: float | None = None  # opkv_after / opkv_before - 1: the lift the verdict judges
    skus: tuple[str, ...] = ()  # products the action sells: the offer's product, the kit's items
    sold_out_at_s: float | None = None  # one of them sold out inside the after window (stock could not serve it)
    sold_out_sku: str | None = None
    key: str | None = None  # the intent's key (the `actions` row), None for an action seen only on the stream

    @property
    def audience_change(self) -> float | None:
        """Viewers after / before - 1: how much of a raw lift the room's growth explains."""
        if self.viewers_before is None or self.viewers_after is None or self.viewers_before <= 0:
            return None
        return self.viewers_after / self.viewers_before - 1


@dataclass(frozen=True, slots=True)
class Followed:
    """What followed a moment: orders per minute in the EFFECT_WINDOW_S before it against the same after it, as the
    actions table measures an action (raw orders/min, and the verdict per viewer). `around` says which moment: the
    action that took an advice, or the advice itself when nobody took it (or its action never reached the stream)."""

    around: Literal["action", "advice"]
    at_s: float  # seconds from the start of the live
    before_s: float
    after_s: float
    orders_before: int
    orders_after: int
    opm_before: float | None
    opm_after: float | None
    lift: float | None  # raw orders per minute, after / before - 1
    viewer_lift: float | None  # orders per viewer-minute, after / before - 1: what the verdict judges
    p_value: float | None
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class AdviceRow:
    """One advice the live advisor raised, what became of it and what followed."""

    number: int  # 1-based, in the order raised
    advice_id: str
    kind: str
    kind_words: str  # "Conversion sag"
    subject: str | None  # sku, segment id or channel as recorded; None: the whole live
    subject_name: str  # as the plan names it ("Chef's knife", "Knife skills demo", "paid channel"); "" for None
    at_s: float | None  # raised, seconds from the start of the live
    since_s: float | None  # when the change it saw began
    text: str  # what was seen, in the advisor's words
    remedy_action: str | None  # flash_offer | segment | kit; None: the plan had no fitting remedy
    remedy_target: str | None
    remedy: str  # the remedy's label, or "No fitting remedy in the plan; ... would fit"
    status: str  # raised (still open when the recording stopped) | taken | dismissed | expired
    status_at_s: float | None
    reason: str  # why it expired, in words
    action_key: str | None
    action_id: str | None
    action: ActionImpact | None  # the action that took it, as the actions table shows it
    followed: Followed | None  # None: nothing to measure (no events, or no start of the live)

    @property
    def title(self) -> str:
        return f"{self.kind_words} · {self.subject_name}" if self.subject_name else self.kind_words


#: advice states, in the order the summary counts them
ADVICE_STATES: Final = ("taken", "dismissed", "expired", "raised")


@dataclass(frozen=True, slots=True)
class AdviceSection:
    rows: tuple[AdviceRow, ...] = ()
    unreadable: int = 0  # `advice` rows the report could not read (left out)

    def counts(self, kind: str | None = None) -> dict[str, int]:
        """How many advice ended in each state (ADVICE_STATES), of one kind or of all."""
        out = dict.fromkeys(ADVICE_STATES, 0)
        for r in self.rows:
            if kind is None or r.kind == kind:
                out[r.status] = out.get(r.status, 0) + 1
        return out


@dataclass(frozen=True, slots=True)
class Lesson:
    rule: str  # which rule produced it (docs/report.md)
    subject: str  # the product, channel or action it names
    title: str
    text: str
    evidence: tuple[str, ...]  # the numbers it rests on
    stake: float  # rough money at stake, used only to rank lessons


@dataclass(frozen=True, slots=True, eq=False)
class Report:
    path: Path
    live_id: str
    title: str
    currency: str
    planned_s: float | None
    elapsed_s: float
    events: int
    rejected: int
    undecodable: int
    gaps: tuple[GapRecord, ...]
    snapshot: KpiSnapshot  # the engine's end-of-live snapshot: the per-minute series come from here
    headline: tuple[Metric, ...]
    goals: tuple[GoalRow, ...]
    products: tuple[ProductRow, ...]
    channels: tuple[ChannelRow, ...]
    actions: tuple[ActionImpact, ...]
    lessons: tuple[Lesson, ...]
    notes: tuple[NoteRecord, ...]
    warnings: tuple[str, ...]  # data problems a reader must know before trusting the numbers
    empty: tuple[str, ...]  # what the live did not have: "no orders were recorded", ...
    advice: AdviceSection = AdviceSection()

    def metric(self, key: str) -> Metric:
        return next(m for m in self.headline if m.key == key)

    def has(self, figure: str) -> bool:
        """Whether the live's feed could give `figure` (an id of console/present/availability.py)."""
        return is_available(figure, self.snapshot.available)

    def chart_shown(self, name: str) -> bool:
        """Whether chart `name` (CHART_FIGURES) has every figure it draws from this feed."""
        return all(self.has(f) for f in CHART_FIGURES[name])


@dataclass(frozen=True, slots=True)
class Delta:
    """One number in two lives. `direction` is from B's point of view: is B better than A?"""

    key: str
    label: str
    unit: Unit
    a: float | None
    b: float | None
    delta: float | None
    rel: float | None  # delta / |a|
    direction: Literal["better", "worse", "same", "n/a"]


@dataclass(frozen=True, slots=True)
class RowDelta:
    """A product, channel or goal present in either live, with its numbers side by side."""

    key: str
    label: str
    cells: tuple[Delta, ...]


@dataclass(frozen=True, slots=True, eq=False)
class Comparison:
    a: Report  # the reference
    b: Report  # the live this report is about
    name_a: str
    name_b: str
    headline: tuple[Delta, ...]
    goals: tuple[RowDelta, ...]
    products: tuple[RowDelta, ...]
    channels: tuple[RowDelta, ...]
