"""The recorded actions as replay shows them: intents for the action log up to the replay clock, and the timeline's
ticks named as the producer needs them ("Flash offer 'Chef's knife -20%' (failed: sold out)").

Pure functions over the rows of the session's `actions` table (dicts) and the action events; no Qt, no file access.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from typing import Any, Final

from console.actions.book import Intent, IntentStatus
from console.i18n import QT_TRANSLATE_NOOP, translate

#: a tick's words by the kind of action: its label in quotes, and for a press the stream never showed, why
KIND_NAMES: Final = {"flash_offer": QT_TRANSLATE_NOOP("Replay", "Flash offer '{name}'"),
                     "segment": QT_TRANSLATE_NOOP("Replay", "Segment '{name}'"),
                     "kit": QT_TRANSLATE_NOOP("Replay", "Kit '{name}'"),
                     "note": QT_TRANSLATE_NOOP("Replay", "Note '{name}'")}
_FAILED_NAMES: Final = {"flash_offer": QT_TRANSLATE_NOOP("Replay", "Flash offer '{name}' ({state}: {why})"),
                        "segment": QT_TRANSLATE_NOOP("Replay", "Segment '{name}' ({state}: {why})"),
                        "kit": QT_TRANSLATE_NOOP("Replay", "Kit '{name}' ({state}: {why})"),
                        "note": QT_TRANSLATE_NOOP("Replay", "Note '{name}' ({state}: {why})")}
#: an action's status as a tick's words say it
_STATE_WORDS: Final = {"pending": QT_TRANSLATE_NOOP("Replay", "pending"), "sent": QT_TRANSLATE_NOOP("Replay", "sent"),
                       "acked": QT_TRANSLATE_NOOP("Replay", "acked"), "failed": QT_TRANSLATE_NOOP("Replay", "failed"),
                       "unknown": QT_TRANSLATE_NOOP("Replay", "unknown"),
                       "by_hand": QT_TRANSLATE_NOOP("Replay", "by hand"),
                       "not_done": QT_TRANSLATE_NOOP("Replay", "not done")}
Mark = tuple[float, str, str]  # (live ts, kind, label)
FAILED: Final = "failed"  # the kind of a press the stream never showed (failed or unknown): its own tick colour


def intent_of(row: dict[str, Any], seen_at: float | None) -> Intent:
    """An `actions` row as the action log's intent; `seen_at` when the stream had shown its event by then."""
    try:
        status = IntentStatus(row.get("status") or "pending")
    except ValueError:
        status = IntentStatus.UNKNOWN
    return Intent(key=row["id"], button="", kind=row.get("kind") or "", params={}, label=row.get("label") or "",
                  source=row.get("source") or "", operator=row.get("operator") or "",
                  clicked_at=float(row.get("clicked_at") or 0.0), live_ts=row.get("live_ts"), status=status,
                  sent_at=row.get("sent_at"), acked_at=row.get("acked_at"), http_status=row.get("http_status"),
                  attempts=int(row.get("attempts") or 0), latency_ms=row.get("latency_ms"),
                  error=row.get("error") or "", action_id=row.get("action_id"), seen_at=seen_at,
                  steps=_steps(row.get("steps")))


def _steps(text: Any) -> tuple[str, ...]:
    """The `steps` column (a JSON list, schema v6) as the intent keeps them; () for none or a damaged value."""
    try:
        steps = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return ()
    return tuple(str(s) for s in steps) if isinstance(steps, list) else ()


def event_times(event_marks: Sequence[tuple[float, str, str, str | None]]) -> dict[str, float]:
    """action_id -> live ts of its event on the stream (the first, when repeated)."""
    out: dict[str, float] = {}
    for ts, _kind, _label, action_id in event_marks:
        if action_id is not None:
            out.setdefault(action_id, ts)
    return out


def action_marks(event_marks: Sequence[tuple[float, str, str, str | None]],
                 rows: Sequence[dict[str, Any]]) -> list[Mark]:
    """A tick for every action: at its event for those the stream confirmed (named by the operator's label), at
    the press for those it never showed (kind FAILED: failed, unknown), with why."""
    by_action = {r["action_id"]: r for r in rows if r.get("action_id")}
    marks: list[Mark] = []
    shown: set[str] = set()
    for ts, kind, label, action_id in event_marks:
        row = by_action.get(action_id) if action_id is not None else None
        name = row.get("label") if row is not None and row.get("label") else label
        words = KIND_NAMES.get(kind)
        marks.append((ts, kind, translate("Replay", words).format(name=name) if words else f"{kind} '{name}'"))
        if action_id is not None:
            shown.add(action_id)
    for r in rows:
        if r.get("action_id") in shown or r.get("live_ts") is None:
            continue
        kind = r.get("kind") or ""
        why = r.get("error") or translate("Replay", "no answer")
        status = str(r.get("status") or "unknown")
        state = translate("Replay", _STATE_WORDS[status]) if status in _STATE_WORDS else status.replace("_", " ")
        name, words = r.get("label") or kind, _FAILED_NAMES.get(kind)
        marks.append((float(r["live_ts"]), FAILED, translate("Replay", words).format(name=name, state=state, why=why)
                      if words else f"{kind} '{name}' ({state}: {why})"))
    return sorted(marks)


def _mmss(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 60:02d}:{s % 60:02d}"


def jump_text(mark: Mark, start: float) -> str:
    """'→ 14:57 Flash offer 'Chef's knife -20%' (failed: sold out)': where a PgUp/PgDn landed."""
    ts, kind, label = mark
    what = label if kind != "note" else translate("Replay", "Note: {label}").format(label=label)
    return f"→ {_mmss(ts - start)} {what}"


class ReplayBook:
    """The action log's view of a recorded live: the intents pressed up to the replay clock (ActionPort.book)."""

    def __init__(self, rows: Sequence[dict[str, Any]], seen: dict[str, float]) -> None:
        self._rows = list(rows)
        self._seen = seen
        self._lock = threading.Lock()
        self._position = float("-inf")

    def move_to(self, position: float) -> None:
        with self._lock:
            self._position = position

    def seen_elsewhere(self) -> list[Intent]:
        """The action log's other seats' actions: a recorded live shows the intents of the seat that recorded it
        (the other seats' actions are on its timeline, from their events)."""
        return []

    def all(self) -> list[Intent]:
        with self._lock:
            at = self._position
        out = []
        for r in self._rows:
            ts = r.get("live_ts")
            if ts is None or ts > at:
                continue  # not pressed yet at the replay clock (or never placed on the live's time)
            seen = self._seen.get(r.get("action_id") or "")
            out.append(intent_of(r, seen if seen is not None and seen <= at else None))
        return out
