"""What an earlier run of the console left in the session file a new run records into (the console was killed,
or restarted on the same `--session`): the engine to carry on from, the events after it, and the actions to settle
or never fire again."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from console.live.ingest import Ingest
from console.plan.model import Plan
from console.session.checkpoints import latest_checkpoint
from console.session.reader import EventSource
from console.session.tables import SessionTables


@dataclass(frozen=True, slots=True)
class EarlierRun:
    """What an earlier run of the console left in this session file."""

    raws: list[str] = field(default_factory=list)  # its events after `ingest`'s checkpoint, raw JSON in seq order
    unfinished: list[dict[str, Any]] = field(default_factory=list)  # intents pending, sent or unknown
    cue_actions: list[dict[str, Any]] = field(default_factory=list)  # fired by cues or GO (never fire twice)
    # restored from its latest stored checkpoint (None: start from nothing and apply every event in `raws`)
    ingest: Ingest | None = None
    live: tuple[str, float] | None = None  # the live it recorded: (live id, its feed's hello.started_at)


def earlier_run(path: Path, plan: Plan | None = None, plan_toml: str | None = None) -> EarlierRun:
    """Read it read-only; a file that cannot be read raises SessionFileError naming it.

    A console restarted after a crash carries on from the latest engine checkpoint it stored and re-applies only
    the events after it (seconds, not minutes, three hours into a big live) when the session was recorded with
    this same plan text; otherwise, or when no checkpoint is usable, from the first event, as before.
    """
    if not path.exists():
        return EarlierRun()
    # checked whole first, as before recording into it: a damaged file is refused at start, not found mid-live
    with SessionTables(path, check_pages=True) as tables, EventSource(path) as source:
        meta = tables.meta()
        same_plan = bool(meta) and meta.get("plan_toml") == plan_toml
        start = latest_checkpoint(source, plan) if same_plan else None
        after = start.ingest.last_seq if start is not None else 0
        started = meta.get("live_started_at") if meta else None
        live = (str(meta["live_id"]), float(started)) if meta and isinstance(started, int | float) else None
        return EarlierRun(source.raws(after), tables.unfinished_actions(), tables.cue_actions(),
                          start.ingest if start is not None else None, live)
