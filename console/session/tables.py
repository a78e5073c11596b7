"""Everything a session file holds besides its events and checkpoints, as plain Python values: the session row
(metadata and the recorded plan), the actions, the advice, the notes typed during the live, the gaps and the
rejected frames.

Read-only; a file from before a table existed reads as that table empty. Every SQLite error on the way is a
SessionFileError naming the file.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from console.i18n import translate
from console.plan.model import Plan, PlanError, parse_plan
from console.session.file import ReadOnlySession, has_table, named_errors

Row = dict[str, Any]


def parse_recorded_plan(plan_toml: str | None, path: Path) -> tuple[Plan | None, str | None]:
    """(the plan recorded with the session at `path`, why it cannot be read): (None, None) when there was none."""
    if not plan_toml:
        return None, None
    try:
        return parse_plan(plan_toml, translate("SessionFile", "{path} (recorded plan)").format(path=path)), None
    except PlanError as exc:
        return None, str(exc)


def recorded_available(meta: Row) -> frozenset[str] | None:
    """The event types the live's feed could send (`session.provides`, schema v5), as the engine holds them; None
    for every type: a feed that did not say (the simulator), a file from before v5, or a value that does not read as
    a list of names (a hand-edited file must not hide figures the feed had)."""
    text = meta.get("provides")
    if not text:
        return None
    try:
        names = json.loads(text)
    except ValueError:
        return None
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return None
    return frozenset(names)


def recorded_plan(path: Path) -> Plan | None:
    """The plan recorded with a session (None when there was none or it no longer parses), from a file checked
    whole: SessionFileError (naming it) when it is missing, damaged or not a session file."""
    with SessionTables(path, check_pages=True) as tables:
        return parse_recorded_plan(tables.meta().get("plan_toml"), path)[0]


def _dict_row(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> Row:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


class SessionTables(ReadOnlySession):
    """A session file's side tables, read-only (open_read_only's checks: the whole-file page check only when
    `check_pages`)."""

    def __init__(self, path: Path, *, check_pages: bool = False) -> None:
        super().__init__(path, check_pages=check_pages)
        self._conn.row_factory = _dict_row

    def _rows(self, sql: str, table: str, args: tuple[str, ...] = ()) -> list[Row]:
        with named_errors(self.path):
            return self._conn.execute(sql, args).fetchall() if has_table(self._conn, table) else []

    def meta(self) -> Row:
        """The session row (live id, title, plan_toml, console version, operator, times...); {} when there is none
        (a console that died before writing it)."""
        rows = self._rows("SELECT * FROM session WHERE id = 1", "session")
        return rows[0] if rows else {}

    def actions(self) -> list[Row]:
        """Every `actions` row (the operator's presses and the cues', and how each went), in the order they were
        pressed."""
        return self._rows("SELECT * FROM actions ORDER BY clicked_at, id", "actions")

    def unfinished_actions(self) -> list[Row]:
        """The actions whose outcome the console never learnt (pending, sent or unknown), and steps by hand still
        waiting for the operator: to settle, or to show again, on a restart."""
        return self._rows("SELECT * FROM actions WHERE status IN ('pending', 'sent', 'unknown', 'by_hand')", "actions")

    def cue_actions(self) -> list[Row]:
        """The actions fired by cues or GO: a restarted console must never fire them twice."""
        return self._rows("SELECT * FROM actions WHERE source IN ('cue', 'go')", "actions")

    def notes(self) -> list[Row]:
        """The notes and marks typed during the live, in the order they were typed."""
        return self._rows("SELECT * FROM notes ORDER BY wall_ts, id", "notes")

    def advice(self) -> list[Row]:
        """Every `advice` row (what the live advisor raised and what became of it), in the order raised."""
        return self._rows("SELECT * FROM advice ORDER BY raised_ts, id", "advice")

    def gaps(self) -> list[tuple[int, int, str]]:
        """(from seq, to seq, cause) of the events the live console never got, in seq order."""
        return [(r["from_seq"], r["to_seq"], r["cause"])
                for r in self._rows("SELECT from_seq, to_seq, cause FROM gaps ORDER BY from_seq", "gaps")]

    def rejected(self) -> int:
        """How many frames or elements failed validation during the live."""
        rows = self._rows("SELECT count(*) AS n FROM rejected", "rejected")
        return int(rows[0]["n"]) if rows else 0
