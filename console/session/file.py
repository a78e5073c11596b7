"""The session file: one SQLite file per live holding every event, action, note and rejected frame.

Schema, migrations, where files go and how they are opened. Opens with stock tools (`sqlite-utils tables FILE
--counts`, Datasette); the schema is documented in docs/session-file.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Final, Self
from urllib.parse import urlsplit, urlunsplit

from console.i18n import QT_TRANSLATE_NOOP, translate

SCHEMA_VERSION: Final = 6
PAGE_SIZE: Final = 16384  # bytes, for a new session file (see _create)

_V1: Final = """
CREATE TABLE session (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    live_id TEXT NOT NULL, title TEXT, plan_toml TEXT, console_version TEXT NOT NULL,
    feed_url TEXT, api_url TEXT, operator TEXT, time_scale REAL, live_started_at REAL,
    started_at REAL NOT NULL, ended_at REAL
);
CREATE TABLE events (
    seq INTEGER PRIMARY KEY, ts REAL NOT NULL, type TEXT NOT NULL, product_id TEXT, channel TEXT,
    action_id TEXT, raw TEXT NOT NULL
);
CREATE INDEX events_ts ON events (ts);
CREATE INDEX events_type ON events (type);
CREATE TABLE actions (
    id TEXT PRIMARY KEY,              -- the intent id, also its Idempotency-Key
    kind TEXT NOT NULL, label TEXT, params TEXT NOT NULL, source TEXT NOT NULL, operator TEXT,
    clicked_at REAL NOT NULL, sent_at REAL, acked_at REAL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'acked', 'failed', 'unknown')),
    http_status INTEGER, attempts INTEGER NOT NULL DEFAULT 0, latency_ms REAL, error TEXT,
    action_id TEXT, live_ts REAL
);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY, live_ts REAL, wall_ts REAL NOT NULL, text TEXT NOT NULL, author TEXT,
    source TEXT NOT NULL DEFAULT 'hotkey'
);
CREATE TABLE kpi_minutes (
    minute INTEGER PRIMARY KEY, viewers REAL, orders REAL, revenue REAL, units REAL, chat REAL, clicks REAL,
    cart_adds REAL, abandons REAL, joins REAL, leaves REAL
);
CREATE TABLE rejected (
    id INTEGER PRIMARY KEY, received_at REAL NOT NULL, seq INTEGER, type TEXT, reason TEXT NOT NULL, raw TEXT
);
CREATE TABLE gaps (
    id INTEGER PRIMARY KEY, from_seq INTEGER NOT NULL, to_seq INTEGER NOT NULL, cause TEXT NOT NULL,
    detected_at REAL NOT NULL
);
"""

# v2: the index on events.type made every event insert touch a second, randomly placed B-tree (a third of the
# recorder's cost at 100k ev/s, docs/performance.md) to serve one query; a partial index over the few event types
# that mark actions serves that query at no cost for the other events.
# v3: `checkpoints`, the KPI engine's state as the live console had it after event `seq` (console/kpi/state.py),
# so that replay and the report start there instead of applying every event again.
_V2: Final = """
DROP INDEX IF EXISTS events_type;
CREATE INDEX events_marks ON events (type) WHERE type IN ('offer_started', 'segment_changed', 'kit_launched');
"""
_V3: Final = """
CREATE TABLE IF NOT EXISTS checkpoints (
    seq INTEGER PRIMARY KEY, ts REAL, format INTEGER NOT NULL, state BLOB NOT NULL
);
"""

# v4: `advice`, what the live advisor raised and what became of it (console/advisor, docs/advisor.md).
_V4: Final = """
CREATE TABLE IF NOT EXISTS advice (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('conversion_sag', 'abandonment_spike', 'dwell_lift', 'stock_out_risk',
                                       'audience_drop', 'views_no_orders')),
    raised_ts REAL NOT NULL, subject TEXT, text TEXT NOT NULL, evidence TEXT NOT NULL, remedy TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('raised', 'taken', 'dismissed', 'expired')),
    status_ts REAL, reason TEXT, action_key TEXT, action_id TEXT
);
"""

# v5: `session.provides`, the event types the feed's sources could send (`hello.provides`, a JSON list; NULL: every
# type, as from the simulator and in every file before v5), so that replay and the report say "not available from
# this feed" where the live console did.
_V5: Final = """
ALTER TABLE session ADD COLUMN provides TEXT;
"""

# v6: actions a person does by hand in a platform's app (the bridge answers them "manual", docs/bridge.md):
# `status` gains 'by_hand' (the steps wait for the operator) and 'not_done' (the operator said they were not done),
# and `steps` keeps the steps as the bridge worded them (a JSON list). SQLite cannot alter a CHECK: the table is
# rebuilt, every row and column kept.
_V6: Final = """
CREATE TABLE actions_v6 (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL, label TEXT, params TEXT NOT NULL, source TEXT NOT NULL, operator TEXT,
    clicked_at REAL NOT NULL, sent_at REAL, acked_at REAL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'acked', 'failed', 'unknown', 'by_hand', 'not_done')),
    http_status INTEGER, attempts INTEGER NOT NULL DEFAULT 0, latency_ms REAL, error TEXT,
    action_id TEXT, live_ts REAL, steps TEXT
);
INSERT INTO actions_v6 (id, kind, label, params, source, operator, clicked_at, sent_at, acked_at, status,
                        http_status, attempts, latency_ms, error, action_id, live_ts)
    SELECT id, kind, label, params, source, operator, clicked_at, sent_at, acked_at, status,
           http_status, attempts, latency_ms, error, action_id, live_ts FROM actions;
DROP TABLE actions;
ALTER TABLE actions_v6 RENAME TO actions
"""

#: version -> DDL that brings a file from version-1 to version
MIGRATIONS: Final = {1: _V1, 2: _V2, 3: _V3, 4: _V4, 5: _V5, 6: _V6}


class SessionFileError(Exception):
    """A session file that cannot be used; the message names the file and what is wrong.

    The only error about a session file that leaves this package: callers never see (nor import) sqlite3.
    """


DAMAGED: Final = QT_TRANSLATE_NOOP("SessionFile", "damaged session file")
NOT_FOR_RECORDING: Final = QT_TRANSLATE_NOOP("SessionFile", "cannot be opened for recording")


@contextlib.contextmanager
def named_errors(path: Path, what: str | None = DAMAGED) -> Iterator[None]:
    """Turn an SQLite error into a SessionFileError naming the file: "PATH: WHAT (sqlite's words)", or
    "PATH: sqlite's words" without `what`.

    A page damaged after the open-time checks fails the read itself, with a bare "database disk image is
    malformed" that names no file (found by tests/test_reliability_storage.py)."""
    try:
        yield
    except sqlite3.Error as exc:
        raise SessionFileError(translate("SessionFile", "{path}: {what} ({error})").format(
            path=path, what=translate("SessionFile", what), error=exc) if what else f"{path}: {exc}") from None


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the file has that table (older schemas and side files lack some)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def default_directory() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "live-console" / "sessions"


def default_path(live_id: str, directory: Path | None = None, today: dt.date | None = None) -> Path:
    """`<data dir>/YYYY-MM-DD_<live id>.db`, with -2, -3... when a live is run twice a day.

    A file of today's live that never recorded its end (the console was killed) is reused: the restarted
    console carries on in it, resuming after its last event and settling its unfinished actions.
    """
    folder = directory or default_directory()
    stem = f"{(today or dt.date.today()).isoformat()}_{file_safe(live_id)}"
    path, n = folder / f"{stem}.db", 1
    while path.exists():
        if not has_ended(path) and not in_use(path):  # another console still recording it is not ours to continue
            return path
        n += 1
        path = folder / f"{stem}-{n}.db"
    return path


def has_ended(path: Path) -> bool:
    """Whether a session file recorded the end of its session (unreadable files count as ended: not reused)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT ended_at FROM session").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return True
    return row is None or row[0] is not None


def remove_if_unused(path: Path) -> bool:
    """Delete a session file that holds nothing of a live (no event, action, note, rejected frame or gap).

    For a run that created the file and never received an event (a wrong feed URL, a refused token): an empty
    file would otherwise sit among the real sessions looking like a live. Returns whether it was removed.
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = sum(conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT 1)").fetchone()[0]
                       for table in ("events", "actions", "notes", "rejected", "gaps"))
        finally:
            conn.close()
    except sqlite3.Error:
        return False  # unreadable: never delete what we cannot see into
    if rows:
        return False
    for leftover in (path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
        leftover.unlink(missing_ok=True)
    return True


def file_safe(name: str) -> str:
    """A file-name-safe form: a hostile live id never walks out of the sessions folder."""
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in name).strip("._")
    return cleaned[:64] or "live"


def without_secrets(url: str) -> str:
    """The URL with user info and query removed: tokens must never reach the session file."""
    scheme, sep, rest = url.partition("://")
    if sep and scheme.lower() in ("nats", "tls"):  # a bus URL may name several servers, which urlsplit refuses
        hosts, slash, path = rest.partition("/")
        hosts = ",".join(h.rpartition("@")[2] for h in hosts.split(","))
        return f"{scheme}://{hosts}{slash}{path.split('?', 1)[0].split('#', 1)[0]}"
    parts = urlsplit(url)
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host  # an IPv6 literal keeps its brackets
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def in_use(path: Path) -> bool:
    """Whether a running console records into this file now (it holds the writer's lock: take_writer_lock)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing drops the lock we may have just taken
    return False


def take_writer_lock(path: Path) -> int:
    """One console records into a session file at a time: two seats on one laptop writing one file would mix their
    actions and stamp each other's end. The lock (flock, not SQLite's own fcntl locks, which it leaves alone) lives
    as long as the returned descriptor, and a killed process drops it with its descriptors. Raises
    SessionFileError naming the file."""
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise SessionFileError(translate("SessionFile", "{path} is being recorded by another console (another seat on "
                                         "this machine?): give this one its own file with --session").format(
                                             path=path)) from None
    return fd


def open_for_writing(path: Path) -> sqlite3.Connection:
    """Create or open a session file for recording: WAL, schema migrated to the current version.

    Raises OSError when its folder cannot be made, SessionFileError (naming the file) when SQLite refuses it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with named_errors(path, NOT_FOR_RECORDING):
        if not path.exists():
            _create(path)
        # A short busy timeout: a file someone else holds locked is a storage problem to show, not a reason to stall.
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=0.5)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: survives a killed process (docs/session-file.md)
            migrate(conn, path)
        except BaseException:
            conn.close()
            raise
    return conn


def _create(path: Path) -> None:
    """Make a new session file under a temporary name and move it into place only once its schema is committed.

    A console killed between creating the file and committing its schema (sqlite creates an empty file at once)
    used to leave a schema-less file at PATH that every later `--session PATH` refused as "not a live-console
    session file" (found by tests/test_reliability_storage.py). Now PATH is either absent or a complete file;
    a kill leaves at most a hidden `.NAME.creating-PID` file beside it.
    """
    tmp = path.with_name(f".{path.name}.creating-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        # 16 KiB pages (SQLite's default is 4): a batched frame's events go in ~8 % faster (3.26-3.53 against
        # 3.61-3.82 us a row, docs/performance.md). Set before WAL, after which a page size no longer changes.
        conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode=WAL")
        migrate(conn, tmp)
    finally:
        conn.close()  # the last connection checkpoints and removes the -wal and -shm files
    os.replace(tmp, path)


def open_read_only(path: Path, *, check_pages: bool = True, any_thread: bool = False) -> sqlite3.Connection:
    """Open a recorded session for replay or report: read-only, checked, with a clear error when it is not usable.

    `check_pages=False` skips the whole-file quick_check (6.5 s for a 1.2 GB, 5-million-event live): replay and the
    report run it (`verify`) beside their reads instead of before them; a damaged page read before that fails the
    read itself, also with the file named (named_errors). `any_thread`: the connection is made on one thread and
    used on another (never by two at once)."""
    if not path.is_file():
        raise SessionFileError(translate("SessionFile", "{path}: no such session file").format(path=path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=not any_thread)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise SessionFileError(translate("SessionFile", "{path}: not a readable session file ({error})").format(
            path=path, error=exc)) from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise SessionFileError(translate("SessionFile", "{path}: written by a newer live-console (schema {version}; "
                                         "this one reads up to {ours}); update live-console to open it").format(
                                             path=path, version=version, ours=SCHEMA_VERSION))
    missing = {"session", "events", "actions"} - tables
    if version < 1 or missing:
        conn.close()
        raise SessionFileError(translate("SessionFile", "{path}: not a live-console session file (missing {tables})"
                                         ).format(path=path, tables=", ".join(sorted(missing))))
    if check_pages:
        try:
            _check_pages(conn, path)
        except SessionFileError:
            conn.close()
            raise
    return conn


class ReadOnlySession:
    """A session file opened read-only (open_read_only) by one of this package's readers, for as long as it is used:
    closed by `close` or at the end of a `with` block."""

    def __init__(self, path: Path, *, check_pages: bool = False, any_thread: bool = False) -> None:
        self.path = path
        self._conn = open_read_only(path, check_pages=check_pages, any_thread=any_thread)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


def verify(path: Path) -> None:
    """The whole-file integrity check open_read_only does up front; SessionFileError naming the file if damaged."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.DatabaseError as exc:
        raise SessionFileError(translate("SessionFile", "{path}: the session file is damaged ({error})").format(
            path=path, error=exc)) from None
    try:
        _check_pages(conn, path)
    finally:
        conn.close()


def _check_pages(conn: sqlite3.Connection, path: Path) -> None:
    """A file whose header is intact but whose pages are damaged opens fine and fails later, mid-read, with a bare
    "database disk image is malformed" that names no file (found by tests/test_reliability_storage.py).
    quick_check reads every page once and lets us say which file."""
    try:
        problems = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        raise SessionFileError(translate("SessionFile", "{path}: the session file is damaged ({error})").format(
            path=path, error="; ".join(problems)))


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise SessionFileError(translate("SessionFile", "{path}: schema {version} is newer than this live-console "
                                         "({ours})").format(path=path, version=version, ours=SCHEMA_VERSION))
    for target in range(version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in filter(str.strip, MIGRATIONS[target].split(";")):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
