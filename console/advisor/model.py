"""The advisor's values: an Advice (what was seen, the evidence, the remedy) and what became of it.

Plain immutable msgspec structs: the session file stores them as JSON (the `advice` table, docs/advisor.md), the
window draws them, replay shows them at the moment they were raised.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final, Literal, get_args

import msgspec

from console.plan.model import ActionKind, AdviceKind

KINDS: Final[tuple[AdviceKind, ...]] = get_args(AdviceKind)
Status = Literal["raised", "taken", "dismissed", "expired"]
Number = float | int | str | None


class Evidence(msgspec.Struct, frozen=True, kw_only=True):
    """What was seen, in numbers, and a short series for a small chart (the monitored rate per step, oldest first,
    the last step ending at the advice's raised_ts; `baseline` is the line of what is normal beside it)."""

    since_ts: float  # when the change began (the detector's statistic last left zero)
    numbers: dict[str, Number]  # plain numbers: "baseline", "now", "change_pct", the subject's own figures
    series: tuple[float | None, ...] = ()  # None: a step with nothing to measure
    series_step_s: float = 30.0
    series_label: str = ""
    baseline: float | None = None
    stage: str = ""  # the funnel stage or stream that moved ("clicks per view", "organic arrivals"...)


class Remedy(msgspec.Struct, frozen=True, kw_only=True):
    """The plan's action that fits, or none: `fits` always says what kind of remedy would."""

    action: ActionKind | None  # None: the plan has no fitting remedy
    target: str | None = None  # preset id (flash_offer), segment id (segment) or kit id (kit)
    label: str  # the button's words, or "the plan has no fitting remedy; ... would fit"
    fits: str  # the kind of remedy that fits, in plain words


class Advice(msgspec.Struct, frozen=True, kw_only=True):
    id: str
    kind: AdviceKind
    raised_ts: float  # live time (the feed's clock, Unix seconds like event ts)
    subject: str | None  # product sku, segment id, channel, or None for the whole live
    text: str  # what was seen, in plain words
    evidence: Evidence
    remedy: Remedy


def _plain(value: object) -> object:
    """numpy's scalars (the detectors' figures) as the Python numbers JSON knows."""
    item = getattr(value, "item", None)
    if callable(item):
        return item()
    raise TypeError(f"cannot store {type(value).__name__} in an advice")


_JSON: Final = msgspec.json.Encoder(enc_hook=_plain)


class AdviceRecord(msgspec.Struct, frozen=True, kw_only=True):
    """An advice and what became of it so far: one row of the session file's `advice` table, one card of the
    Advice dock. `action_key` is the intent (the `actions` row) that took it, `action_id` the server's id of that
    action once it was acknowledged."""

    advice: Advice
    status: Status = "raised"
    status_ts: float | None = None  # live time of the last change (None while raised)
    reason: str = ""
    action_key: str | None = None
    action_id: str | None = None

    def row(self) -> dict[str, object]:
        """The `advice` row (docs/session-file.md): evidence and remedy as JSON."""
        a = self.advice
        return {"id": a.id, "kind": a.kind, "raised_ts": a.raised_ts, "subject": a.subject, "text": a.text,
                "evidence": _JSON.encode(a.evidence).decode(), "remedy": _JSON.encode(a.remedy).decode(),
                "status": self.status, "status_ts": self.status_ts, "reason": self.reason or None,
                "action_key": self.action_key, "action_id": self.action_id}

    @classmethod
    def from_row(cls, row: dict[str, object]) -> AdviceRecord:
        """The record of an `advice` row; msgspec.ValidationError or DecodeError when the row is not one."""
        advice = Advice(id=str(row["id"]), kind=msgspec.convert(row["kind"], AdviceKind),
                        raised_ts=float(row["raised_ts"]),  # type: ignore[arg-type]
                        subject=None if row["subject"] is None else str(row["subject"]), text=str(row["text"]),
                        evidence=msgspec.json.decode(str(row["evidence"]), type=Evidence),
                        remedy=msgspec.json.decode(str(row["remedy"]), type=Remedy))
        status_ts = row.get("status_ts")
        return cls(advice=advice, status=msgspec.convert(row["status"], Status),
                   status_ts=None if status_ts is None else float(status_ts),  # type: ignore[arg-type]
                   reason=str(row.get("reason") or ""),
                   action_key=None if row.get("action_key") is None else str(row["action_key"]),
                   action_id=None if row.get("action_id") is None else str(row["action_id"]))

    def as_of(self, ts: float) -> AdviceRecord | None:
        """What an operator saw at live time ts: None before it was raised, still raised before its change."""
        if ts < self.advice.raised_ts:
            return None
        if self.status_ts is not None and ts < self.status_ts:
            return AdviceRecord(advice=self.advice)
        return self


def records_from_rows(rows: Iterable[Mapping[str, object]]) -> tuple[list[AdviceRecord], int]:
    """The `advice` rows of a session file as records, and how many did not read as one (a hand-edited file, a
    damaged row): left out and counted, never an error (replay and the report both read them so)."""
    out, bad = [], 0
    for row in rows:
        try:
            out.append(AdviceRecord.from_row(dict(row)))
        except (msgspec.ValidationError, msgspec.DecodeError, KeyError, TypeError, ValueError):
            bad += 1
    return out, bad


class AdviceUpdate(msgspec.Struct, frozen=True, kw_only=True):
    """One change of an advice's state: raised, then at most one of taken / dismissed / expired."""

    advice: Advice
    status: Status
    ts: float  # live time of the change
    reason: str = ""  # why it expired: "cleared", "sold out", "segment off air", "live ended"
    action_id: str | None = None  # the action that took it
