"""Folds the session file's write-ahead log into the database, on a thread and a connection of its own.

Folding (a PASSIVE checkpoint) copies the WAL's pages into the database and syncs the disk twice: 10-40 ms in a
big live. Run by the recorder's writer itself, it made an action's write-ahead row that arrived meanwhile wait for
it (the action latency's p99, docs/performance.md). SQLite lets a checkpoint on another connection run while the
writer commits, so the writer never waits for it; a PASSIVE checkpoint never waits for the writer either.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path
from typing import Final

FOLD_EVERY_S: Final = 2.0  # the WAL then holds at most ~2 s of events (tens of MB at 100k ev/s)


class WalFolder:
    def __init__(self, path: Path, every_s: float = FOLD_EVERY_S) -> None:
        self.path, self.every_s = path, every_s
        self.folds = 0
        self.last_error: str | None = None  # a fold that failed (disk full, say): the next one tries again
        self._stop = threading.Event()
        self._conn: sqlite3.Connection | None = None  # opened by the first fold
        self._thread = threading.Thread(target=self._run, name="session-wal-folder", daemon=True)
        self._thread.start()

    def close(self, timeout: float = 10.0) -> None:
        """Stop folding (a fold under way finishes first). The writer's own close folds what is left."""
        self._stop.set()
        self._thread.join(timeout)

    def fold(self) -> tuple[int, int] | None:
        """Fold now: (pages in the WAL, pages folded), or None when SQLite refused (the next fold tries again)."""
        try:
            if self._conn is None:
                self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            _busy, in_wal, folded = self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:  # only makes the WAL longer until the next fold: never fatal
            self.last_error = str(exc)
            return None
        self.folds += 1
        self.last_error = None
        return in_wal, folded

    def _run(self) -> None:
        try:
            while not self._stop.wait(self.every_s):
                self.fold()
        finally:
            if self._conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.close()
