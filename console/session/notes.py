"""A producer's review notes on a recorded live: typed in replay, kept in a small SQLite file beside the
recording (`SESSION.review.sqlite`), never inside it, and shown by replay and the report.

Errors are SessionFileError naming the notes file."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path

from console.session.file import has_table, named_errors


def review_notes_path(session: Path) -> Path:
    """Where a producer's review notes go: beside the recording, never inside it."""
    return session.with_name(session.name + ".review.sqlite")


def load_review_notes(session: Path) -> list[tuple[float, str, str]]:
    """(live ts, text, author) of the review notes of a session, in live-time order, read-only; [] without a file.

    Raises SessionFileError when the file is there but unreadable.
    """
    path = review_notes_path(session)
    if not path.exists():
        return []
    with named_errors(path, None), contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        if not has_table(conn, "notes"):
            return []
        return [(float(r[0]), r[1], r[2] or "") for r in
                conn.execute("SELECT live_ts, text, author FROM notes ORDER BY live_ts, id")]


class ReviewNotes:
    """The producer's notes on a recorded live, in a small file of their own."""

    def __init__(self, session: Path) -> None:
        self.session = session
        self.path = review_notes_path(session)

    def load(self) -> list[tuple[float, str]]:
        return [(ts, text) for ts, text, _author in load_review_notes(self.session)]

    def add(self, live_ts: float, text: str, author: str) -> None:
        """Write one note (the file is made with the first). SessionFileError "PATH: why" when it cannot be."""
        with named_errors(self.path, None), contextlib.closing(sqlite3.connect(self.path)) as conn, conn:
            conn.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, live_ts REAL NOT NULL, "
                         "text TEXT NOT NULL, author TEXT, wall_ts REAL NOT NULL)")
            conn.execute("INSERT INTO notes (live_ts, text, author, wall_ts) VALUES (?, ?, ?, ?)",
                         (live_ts, text, author, time.time()))
