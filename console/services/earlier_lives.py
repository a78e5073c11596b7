"""Earlier lives of the same plan, as a head start for the advisor's baselines (console/advisor/seed.py).

A live's session file sits beside the earlier ones (`YYYY-MM-DD_<live id>.db` in one folder): the finished files of
the same live id there are the same show on other days. Each one's final engine checkpoint (written when it closed)
gives its totals per product, which add up to what is normal for each product (carts per click, abandonment) before
the live has minutes of its own. Read on a thread of its own: a few checkpoints take tens of milliseconds each, and
neither the window nor the feed waits for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Final

from console.advisor import BaselineSeed, Reading, reading_from_snapshot, seed_from_readings
from console.kpi.state import StateError
from console.plan.model import Plan
from console.session.checkpoints import latest_checkpoint
from console.session.file import SessionFileError, file_safe, has_ended
from console.session.reader import EventSource

MAX_LIVES: Final = 5  # the latest five: a show changes over a season, and each file costs a checkpoint's decode


def earlier_lives(plan: Plan, current: Path, limit: int = MAX_LIVES) -> list[Path]:
    """The finished session files of the plan's live id beside `current` (not it), newest first."""
    folder = current.parent
    if not folder.is_dir():
        return []
    same = sorted(folder.glob(f"*_{file_safe(plan.live.id)}*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    found: list[Path] = []
    for path in same:  # newest first, opening no more files than needed
        if len(found) == limit:
            break
        if path.resolve() != current.resolve() and has_ended(path):
            found.append(path)
    return found


def final_reading(path: Path, plan: Plan) -> Reading | None:
    """A finished live's totals from its last stored checkpoint; None when it has none or cannot be read."""
    try:
        with EventSource(path) as source:
            restored = latest_checkpoint(source, plan)
    except (SessionFileError, StateError, OSError):
        return None
    if restored is None:
        return None
    return reading_from_snapshot(restored.ingest.engine.snapshot())


def baseline_seed(plan: Plan, paths: Iterable[Path],
                  reading: Callable[[Path, Plan], Reading | None] = final_reading) -> BaselineSeed | None:
    """What the earlier lives say is normal per product; None when none of them could say anything."""
    finals = [r for r in (reading(p, plan) for p in paths) if r is not None]
    return seed_from_readings(finals) if finals else None
