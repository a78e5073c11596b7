"""What the library reads from a session file besides the report's model: the feed's start of the live (the live's
key), the recorded plan's text (its hash), and the stream's segment changes and action events (segment spans, the
targets of actions the console did not ask for).

The report's engine keeps none of these (a segment marker carries its title, not its id), so they are read here,
through console/session's readers: a few rows whatever the live's length (the session row, the first event, and the
action events through their partial index).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from console.session.reader import EventSource
from console.session.tables import SessionTables


@dataclass(frozen=True, slots=True)
class SegmentChange:
    ts: float  # live time (Unix seconds)
    segment_id: str


@dataclass(frozen=True, slots=True)
class Recorded:
    started_at: float | None  # the feed's hello.started_at as the session row keeps it; None in older files
    plan_text: str | None  # the plan's TOML as recorded (None: the live ran without a plan)
    # the segments on air in order: the opening one (live_started's, at its ts) and each segment_changed
    segments: tuple[SegmentChange, ...] = ()
    # action id -> the stream's own words for it: {"type": "offer_started", "product_id": ..., "discount_pct": ...}
    stream_actions: dict[str, dict[str, Any]] = field(default_factory=dict)


def plan_text(path: Path) -> str:
    """A plan file's text as the console records it in the session file: UTF-8, line ends as "\n" whatever the file
    has (plan_hash's text). Raises OSError, or ValueError for a file that is not UTF-8 (the plan loader has said so
    already for a plan it loaded)."""
    return path.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def plan_hash(text: str) -> str:
    """The library's hash of a plan: the SHA-256 of its text, line ends made "\n" first, so that a plan saved with
    Windows line ends is the same plan as the text the console recorded of it (console/app.py reads it through
    plan_text) and plan suggest finds its lives by hash (console/library/suggest.py)."""
    return hashlib.sha256(text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")).hexdigest()


def read_recorded(path: Path) -> Recorded:
    """Raises SessionFileError (naming the file) when it cannot be read."""
    with SessionTables(path) as tables:
        meta = tables.meta()
    with EventSource(path) as source:
        first = source.first()
        opening = _event(next(source.frames(0, first[0]), None)) if first is not None else None
        marks = [(ts, kind, _object(raw)) for ts, kind, raw, _action_id in source.action_events()]
    changes = [(ts, ev) for ts, kind, ev in marks
               if kind == "segment_changed" and isinstance(ev.get("segment_id"), str)]
    segments = []
    if opening is not None and opening.get("type") == "live_started" and isinstance(opening.get("segment_id"), str):
        segments.append(SegmentChange(float(opening.get("ts", first[1] if first else 0.0)), opening["segment_id"]))
    elif changes and isinstance(changes[0][1].get("previous_segment_id"), str) and first is not None:
        # a recording that began mid-live: the first change says which segment was on air before it
        segments.append(SegmentChange(first[1], changes[0][1]["previous_segment_id"]))
    segments += [SegmentChange(ts, ev["segment_id"]) for ts, ev in changes]
    stream = {str(ev["action_id"]): {**ev, "type": kind} for _ts, kind, ev in marks if "action_id" in ev}
    started = meta.get("live_started_at")
    return Recorded(float(started) if isinstance(started, int | float) else None, meta.get("plan_toml") or None,
                    tuple(segments), stream)


def _object(raw: str) -> dict[str, Any]:
    """A recorded event's JSON as a dict; {} for one that does not read as an object (the report counts those)."""
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _event(frame: tuple[str, int, int] | None) -> dict[str, Any] | None:
    """The first event of a one-event frame from EventSource.frames."""
    if frame is None:
        return None
    try:
        events = json.loads(frame[0])
    except ValueError:
        return None
    return events[0] if isinstance(events, list) and events and isinstance(events[0], dict) else None
