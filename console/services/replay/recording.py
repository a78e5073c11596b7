"""What replay needs from a session file up front: bounds, plan, actions, advice and notes (the events stay on
disk), and where an `--at` lands in it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from console.advisor.model import AdviceRecord, records_from_rows
from console.i18n import translate
from console.plan.model import Plan
from console.services.replay.actions import action_marks
from console.session.reader import EventSource
from console.session.tables import SessionTables, parse_recorded_plan, recorded_available


@dataclass(slots=True)
class Recording:
    """What replay needs from a session file up front: bounds, plan, actions and notes; the events stay on disk."""

    path: Path
    plan: Plan | None
    meta: dict[str, Any]
    first_seq: int  # 0 when the file holds no event
    last_seq: int
    start: float  # live time of the first and the last event (0.0 without events)
    end: float
    actions: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    marks: list[tuple[float, str, str]] = field(default_factory=list)  # (live ts, kind, label) of every action
    event_marks: list[tuple[float, str, str, str | None]] = field(default_factory=list)  # action events + action_id
    advice: list[AdviceRecord] = field(default_factory=list)  # what the live advisor raised, in order
    unreadable_advice: int = 0  # rows that are not advice (a damaged row): left out, counted

    @property
    def empty(self) -> bool:
        return self.last_seq == 0

    @property
    def available(self) -> frozenset[str] | None:
        """The event types the live's feed could send (None: every type): what replay's engines hold."""
        return recorded_available(self.meta)

    @property
    def plan_as_recorded(self) -> bool:
        """False when the recorded plan no longer parses: the live's engine had a plan replay cannot give it."""
        return self.plan is not None or not self.meta.get("plan_toml")


def load_recording(path: Path, progress: Callable[[float], None] | None = None) -> Recording:
    """Read a session file's header read-only. Raises SessionFileError (naming the file) when it cannot be replayed.

    Reads a handful of rows whatever the live's length: the bounds through the seq primary key, the action events
    through the type index. Whole-file damage is checked in the background (ReplayPipeline) or by `verify`.
    """
    with SessionTables(path) as tables, EventSource(path) as source:
        meta = tables.meta()
        first, last = source.first(), source.last()
        event_marks = [(*_mark(ts, kind, raw), action_id) for ts, kind, raw, action_id in source.action_events()]
        actions = tables.actions()
        notes = tables.notes()
        advice_rows = tables.advice()
    if progress is not None:
        progress(1.0)
    # an unreadable recorded plan must not stop the replay: products are discovered
    plan = parse_recorded_plan(meta.get("plan_toml"), path)[0]
    first_seq, start = first if first else (0, 0.0)
    last_seq, end = last if last else (0, 0.0)
    marks = action_marks(event_marks, actions)  # failed presses too: the producer must see what did not happen
    advice, unreadable = records_from_rows(advice_rows)
    return Recording(path, plan, meta, first_seq, last_seq, start, end, actions, notes, marks, event_marks, advice,
                     unreadable)


def _mark(ts: float, kind: str, raw: str) -> tuple[float, str, str]:
    ev = json.loads(raw)
    if kind == "offer_started":
        return ts, "flash_offer", translate("Markers", "Offer {name} -{pct}%").format(
            name=ev["product_id"], pct=f"{ev['discount_pct']:g}")
    if kind == "segment_changed":
        return ts, "segment", translate("Markers", "Segment {name}").format(name=ev["segment_id"])
    return ts, "kit", translate("Markers", "Kit {name}").format(name=ev["kit_id"])


_AT = re.compile(r"^(?:(\d{1,3}):([0-5]\d)|(\d{1,3}(?:\.\d+)?)%)$")


def check_at(spec: str) -> str:
    """Validate an --at value: MM:SS from the start of the live, or a percentage of its length."""
    if _AT.match(spec.strip()) is None:
        raise ValueError(translate("Replay", "--at {spec}: expected MM:SS (e.g. 45:00) or a percentage (e.g. 50%)"
                                   ).format(spec=repr(spec)))
    return spec.strip()


def resolve_at(spec: str, start: float, end: float) -> float:
    m = _AT.match(check_at(spec))
    assert m is not None
    if m.group(3) is not None:
        return start + (end - start) * min(100.0, float(m.group(3))) / 100.0
    return min(end, start + int(m.group(1)) * 60 + int(m.group(2)))
