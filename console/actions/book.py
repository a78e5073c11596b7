"""Operator actions as intents: debounce, lifecycle (pending -> sent -> acked/failed -> seen on the stream), and
what each button should show. Pure logic, thread-safe: the GUI creates intents, the pipeline thread updates them.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Final, Protocol

from console.actions.seats import SeenAction
from console.i18n import translate
from console.kpi.snapshot import ActionEffect, KpiSnapshot
from console.live.health import FeedHealth
from console.plan.cues import CueRow
from console.plan.model import Plan
from console.present import numbers

DEBOUNCE_S: Final = 0.5
COOLDOWN_S: Final = 2.0  # after a confirmed or failed action the button rests briefly: no accidental re-fire
OTHER_SEAT: Final = "other seat"  # the source the action log gives an action this seat only saw on the stream


class IntentStatus(StrEnum):
    PENDING = "pending"  # committed to the session file, not yet sent
    SENT = "sent"
    ACKED = "acked"  # the server created it (201) or had it already (200)
    FAILED = "failed"
    UNKNOWN = "unknown"  # the console died before the answer and the server could not be asked yet
    # A platform the bridge cannot drive (TikTok LIVE: no API pins a product): the server recorded the action as
    # steps for the operator to do by hand in the platform's app; on air only once the operator says it was done.
    BY_HAND = "by_hand"
    NOT_DONE = "not_done"  # steps by hand the operator said were not done: never on air, never on the charts


class ButtonState(StrEnum):
    READY = "ready"
    DISABLED = "disabled"
    SENDING = "sending"
    CONFIRMED = "confirmed"  # acknowledged and seen on the stream
    FAILED = "failed"
    RUNNING = "running"  # a flash offer counting down
    COOLING = "cooling"
    BLOCKED = "blocked"  # the server would refuse it now (sold out, same offer running, on air): not sent
    BY_HAND = "by_hand"  # waiting for the operator to do it in the platform's app and say so


@dataclass(frozen=True, slots=True)
class Intent:
    key: str  # intent id, also the Idempotency-Key
    button: str  # which control it came from, e.g. "preset:flash-chef20", "segment:qa", "kit:kit-baker"
    kind: str  # flash_offer | segment | kit
    params: dict[str, Any]
    label: str
    source: str  # button | hotkey (a pad control) | go (GO fired the armed cue) | cue (an auto cue)
    operator: str
    clicked_at: float  # wall clock
    live_ts: float | None = None  # live time at the click, for markers and effects
    status: IntentStatus = IntentStatus.PENDING
    sent_at: float | None = None
    acked_at: float | None = None
    http_status: int | None = None
    attempts: int = 0
    latency_ms: float | None = None
    error: str = ""
    action_id: str | None = None
    seen_at: float | None = None  # when the stream showed the action's event
    steps: tuple[str, ...] = ()  # what to do by hand, as the server worded it (status by_hand / not_done)
    by: str = ""  # the seat that fired the action, as the server says: this one, or another whose press came first
    coalesced: bool = False  # the server answered with the action another seat had just started: the same intent

    def row(self) -> dict[str, Any]:
        """The `actions` table row of this intent."""
        import json

        return {"id": self.key, "kind": self.kind, "label": self.label, "params": json.dumps(self.params),
                "source": self.source, "operator": self.operator, "clicked_at": self.clicked_at,
                "sent_at": self.sent_at, "acked_at": self.acked_at, "status": str(self.status),
                "http_status": self.http_status, "attempts": self.attempts, "latency_ms": self.latency_ms,
                "error": self.error or None, "action_id": self.action_id, "live_ts": self.live_ts,
                "steps": json.dumps(list(self.steps)) if self.steps else None}


@dataclass(frozen=True, slots=True)
class ButtonView:
    state: ButtonState
    detail: str = ""  # countdown, error, or why it is disabled or blocked


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a press sent nothing (GO on a double press, on a cue the pad no longer shows, on a blocked cue)."""

    reason: str


class ActionBook:
    """Every intent of this session, by key, in click order."""

    def __init__(self, debounce_s: float = DEBOUNCE_S, cooldown_s: float = COOLDOWN_S) -> None:
        self.debounce_s, self.cooldown_s = debounce_s, cooldown_s
        self._lock = threading.Lock()
        self._intents: dict[str, Intent] = {}
        self._last_press: dict[str, float] = {}
        self._by_action: dict[str, str] = {}  # server action_id -> intent key
        self._seen_before_ack: dict[str, float] = {}  # stream can outrun the HTTP answer
        self._observed: dict[str, Intent] = {}  # action_id -> an action the stream showed, whoever fired it

    def press(self, button: str, kind: str, params: dict[str, Any], label: str, source: str, operator: str,
              now: float, live_ts: float | None = None, key: str | None = None) -> Intent | None:
        """A new intent, or None when this is the second press of a double press (within the debounce window) or
        `key` was pressed already. `key`: the intent's Idempotency-Key when it is not a fresh one (an auto cue's is
        the same on every seat: console/actions/seats.py)."""
        with self._lock:
            if key is not None and key in self._intents:
                return None
            if not self._tap(button, now):
                return None
            intent = Intent(key or uuid.uuid4().hex, button, kind, dict(params), label, source, operator, now,
                            live_ts)
            self._intents[intent.key] = intent
            return intent

    def tap(self, control: str, now: float) -> bool:
        """Count a press of `control` (GO, for one): False when it is the second press of a double press."""
        with self._lock:
            return self._tap(control, now)

    def _tap(self, control: str, now: float) -> bool:
        last = self._last_press.get(control)
        self._last_press[control] = now
        return last is None or now - last >= self.debounce_s

    def adopt(self, intent: Intent) -> None:
        """Take in an intent recorded by an earlier run of this session (reconciliation after a crash)."""
        with self._lock:
            self._intents[intent.key] = intent
            if intent.action_id:
                self._by_action[intent.action_id] = intent.key

    def update(self, key: str, **changes: Any) -> Intent:
        with self._lock:
            intent = replace(self._intents[key], **changes)
            if intent.action_id and intent.action_id not in self._by_action:
                self._by_action[intent.action_id] = key
                if intent.action_id in self._seen_before_ack and intent.seen_at is None:
                    intent = replace(intent, seen_at=self._seen_before_ack.pop(intent.action_id))
            self._intents[key] = intent
            return intent

    def seen_on_stream(self, action_id: str, wall_now: float) -> None:
        with self._lock:
            key = self._by_action.get(action_id)
            if key is None:
                self._seen_before_ack.setdefault(action_id, wall_now)
                return
            intent = self._intents[key]
            if intent.seen_at is None:
                self._intents[key] = replace(intent, seen_at=wall_now)

    def observe(self, seen: SeenAction, label: str, wall_at: float, seen_at: float) -> None:
        """An action the stream put on air, from any seat (this one's too: told apart in `seen_elsewhere`).
        `wall_at`: when it went on air, on the wall clock (the log orders by it); `seen_at`: when it came."""
        with self._lock:
            if seen.action_id not in self._observed:
                self._observed[seen.action_id] = Intent(
                    f"seen:{seen.action_id}", "", seen.kind, dict(seen.params), label, OTHER_SEAT, seen.by, wall_at,
                    seen.ts, IntentStatus.ACKED, action_id=seen.action_id, seen_at=seen_at, by=seen.by)

    def seen_all(self) -> list[Intent]:
        """Every action the stream put on air, this seat's and the others', in the order they came."""
        with self._lock:
            return list(self._observed.values())

    def seen_elsewhere(self) -> list[Intent]:
        """The actions on air that this seat did not send: another seat's. Not one this seat's request was
        answered with, nor one that may yet be (a request of the same action still waiting for its answer: the
        stream can outrun the HTTP answer)."""
        with self._lock:
            waiting = [(i.kind, i.params) for i in self._intents.values()
                       if i.status in (IntentStatus.PENDING, IntentStatus.SENT, IntentStatus.UNKNOWN)]
            return [seen for action_id, seen in self._observed.items()
                    if action_id not in self._by_action and (seen.kind, seen.params) not in waiting]

    def get(self, key: str) -> Intent:
        with self._lock:
            return self._intents[key]

    def all(self) -> list[Intent]:
        with self._lock:
            return list(self._intents.values())

    def by_action(self, action_id: str) -> Intent | None:
        """The intent the server gave this action id, if this console sent it."""
        with self._lock:
            key = self._by_action.get(action_id)
            return self._intents[key] if key is not None else None

    def latest_for(self, button: str) -> Intent | None:
        with self._lock:
            for intent in reversed(self._intents.values()):
                if intent.button == button:
                    return intent
            return None

    def button_view(self, button: str, now: float, offer_left_s: float | None = None,
                    disabled_reason: str = "", blocked: str = "") -> ButtonView:
        """What a button shows. `offer_left_s`: live seconds left of the offer this button started, if running;
        `blocked`: why the server would refuse a press now (action_rules.blocker), shown before any press."""
        if offer_left_s is not None and offer_left_s > 0:
            m, s = divmod(int(offer_left_s), 60)
            return ButtonView(ButtonState.RUNNING, translate("Actions", "live {left} left").format(
                left=f"{m:02d}:{s:02d}"))
        intent = self.latest_for(button)
        if intent is not None:
            if intent.status in (IntentStatus.PENDING, IntentStatus.SENT):
                return ButtonView(ButtonState.SENDING, translate("Actions", "attempt {n}").format(
                    n=numbers.integer(intent.attempts)) if intent.attempts > 1 else "")
            if intent.status == IntentStatus.UNKNOWN:  # pressing again could do it twice: wait for the server
                return ButtonView(ButtonState.SENDING, translate("Actions", "outcome unknown, checking"))
            if intent.status == IntentStatus.BY_HAND:  # a second press would ask for the same steps twice
                return ButtonView(ButtonState.BY_HAND, translate("Actions", "do it in the app, then Done"))
            done_at = intent.acked_at or intent.sent_at or intent.clicked_at
            if intent.status == IntentStatus.ACKED and now - done_at < self.cooldown_s:
                return ButtonView(ButtonState.CONFIRMED if intent.seen_at else ButtonState.COOLING)
            if blocked and not disabled_reason:  # what is true now beats what went wrong before
                return ButtonView(ButtonState.BLOCKED, blocked)
            if intent.status == IntentStatus.FAILED and now - done_at < 30:
                return ButtonView(ButtonState.FAILED, intent.error)
        if disabled_reason:
            return ButtonView(ButtonState.DISABLED, disabled_reason)
        if blocked:
            return ButtonView(ButtonState.BLOCKED, blocked)
        return ButtonView(ButtonState.READY)


def action_for(plan: Plan, kind: str, target: str) -> tuple[str, dict[str, Any], str]:
    """(button id, request params, label) of a plan preset, segment or kit."""
    if kind == "flash_offer":
        pr = plan.preset(target)
        params = {"product_id": pr.product, "discount_pct": pr.discount_pct, "duration_s": pr.duration_s}
        return f"preset:{pr.id}", params, pr.label or f"{plan.product(pr.product).name} -{pr.discount_pct:g}%"
    if kind == "segment":
        seg = plan.segment(target)
        return f"segment:{seg.id}", {"segment_id": seg.id}, seg.title
    kit = plan.kit(target)
    return f"kit:{kit.id}", {"kit_id": kit.id}, kit.name


def offer_countdowns(plan: Plan, snapshot: KpiSnapshot, book: ActionBook) -> dict[str, float]:
    """Live seconds left of each running offer, by the button that started it: the intent this console sent for
    that action id (a press, GO or an auto cue: all carry the preset's button id), else the plan preset with the
    same product and discount (an offer started before a restart, or by someone else)."""
    out: dict[str, float] = {}
    now = snapshot.now_ts
    if now is None:
        return out
    for action_id, offer in snapshot.running_offers.items():
        intent = book.by_action(action_id)
        button = intent.button if intent is not None and not intent.button.endswith(":reconciled") else next(
            (f"preset:{pr.id}" for pr in plan.presets
             if pr.product == offer.product_id and pr.discount_pct == offer.discount_pct), None)
        if button is not None:
            out[button] = max(offer.ends_at - now, out.get(button, 0.0))
    return out


def preset_face(plan: Plan, preset_id: str) -> tuple[str, str]:
    """(name, terms) of a preset's button: the name may be shortened to fit, the terms ("-20% · 5 min") never.
    A plan label that already states the discount is cut there ("Chef's knife -20% (5 min)" -> "Chef's knife")."""
    pr = plan.preset(preset_id)
    name = pr.label or plan.product(pr.product).name
    cut = name.find(f"-{pr.discount_pct:g}%")
    name = name[:cut].rstrip(" ·-—(") if cut > 0 else name
    m, s = divmod(pr.duration_s, 60)
    duration = translate("Actions", "{minutes} min").format(minutes=m) if s == 0 else f"{m}:{s:02d}"
    return name, f"-{pr.discount_pct:g}% · {duration}"


class ActionPort(Protocol):
    """What the action widgets may ask of the action desk: the narrow API between the UI and everything else."""

    plan: Plan | None
    book: ActionBook
    operator: str
    read_only: bool  # a producer's seat: nothing fires, notes and marks do (console/actions/seats.py)

    def fire(self, button: str, kind: str, params: dict[str, Any], label: str, source: str) -> Intent | None: ...
    def fire_target(self, kind: str, target: str, source: str) -> Intent | None: ...
    def go(self, shown: int | None = None) -> Intent | Refusal: ...
    def skip_cue(self) -> None: ...
    def cue_rows(self) -> list[CueRow]: ...
    def disabled_reason(self, health: FeedHealth) -> str: ...
    def add_note(self, text: str, source: str) -> None: ...
    def effect(self, action_id: str) -> ActionEffect | None: ...
    def by_hand(self) -> list[Intent]: ...
    def settle_by_hand(self, key: str, done: bool, reason: str = "") -> None: ...
