"""The library of lives on disk: where it lives, the columns of its tables, writing one live's rows, and DuckDB over
them (docs/library.md).

A library is a folder:

    LIBRARY/library.db                            the catalogue: one row per live (console/library/catalogue.py)
    LIBRARY/parquet/<table>/<key>/part-0.parquet  one live's rows of each table, in its own folder
    LIBRARY/parquet/<table>.all.parquet           every live's rows of each table, compacted (store_cache.py)
    LIBRARY/.lock                                 taken while a live is written or the compacted files rebuilt

Every table's rows carry the live's `key`, and each live's rows are one file per table, so adding a live again
replaces its files and nothing else. The columns are fixed here, with their types: the exporter (session files),
the synthetic lives of the benchmark and the tests' fixtures all write through `write_rows`, and the readers
(history, playbook, plan suggest) read through `connect`, so no two of them can disagree about a column.

DuckDB reads the Parquet files (no extension: the machines may be offline); the catalogue's own SQLite file is read
by console/library/catalogue.py, never by DuckDB (its SQLite reader is an extension downloaded at run time).
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

_F, _I, _S, _B = pa.float64(), pa.int64(), pa.string(), pa.bool_()

#: table -> its columns, in order. Counts that the feed could not give (hello.provides) are null, never 0.
SCHEMAS: Final[dict[str, pa.Schema]] = {
    # one row per live: the catalogue's figures, so that DuckDB can join them (docs/library.md, "lives")
    "lives": pa.schema([
        ("key", _S), ("live_id", _S), ("title", _S), ("started_at", _F), ("date", _S), ("plan_name", _S),
        ("plan_hash", _S), ("tags", pa.list_(_S)), ("currency", _S), ("duration_s", _F), ("planned_s", _F),
        ("partial", _B), ("events", _I), ("gmv", _F), ("orders", _I), ("units", _I), ("buyers", _I),
        ("conversion", _F), ("peak_viewers", _I), ("avg_viewers", _F), ("entered", _I), ("ad_spend", _F),
        ("roas", _F), ("cart_adds", _I), ("abandons", _I), ("abandonment", _F), ("new_buyers", _I),
        ("returning_buyers", _I), ("new_revenue", _F), ("returning_revenue", _F), ("actions", _I), ("advice", _I),
        ("advice_taken", _I), ("goals", _S), ("provides", pa.list_(_S))]),
    # one row per minute of the live (minute 0 = the first), the engine's per-minute series
    "minutes": pa.schema([
        ("key", _S), ("minute", _I), ("complete", _B), ("viewers", _F), ("orders", _F), ("revenue", _F),
        ("units", _F), ("chat", _F), ("clicks", _F), ("cart_adds", _F), ("abandons", _F), ("joins", _F),
        ("leaves", _F)]),
    "products": pa.schema([
        ("key", _S), ("sku", _S), ("name", _S), ("category", _S), ("in_plan", _B), ("price", _F), ("unit_cost", _F),
        ("margin", _F), ("stock_start", _I), ("impressions", _I), ("clicks", _I), ("carts", _I), ("abandons", _I),
        ("orders", _I), ("units", _I), ("revenue", _F), ("stock_left", _I), ("sold_out_at_s", _F),
        ("sell_through", _F)]),
    "channels": pa.schema([
        ("key", _S), ("channel", _S), ("entered", _I), ("orders", _I), ("buyers", _I), ("revenue", _F),
        ("conversion", _F), ("ad_spend", _F), ("roas", _F)]),
    # one row per time a segment was on air (a segment run twice is two rows, `run` 1 and 2)
    "segments": pa.schema([
        ("key", _S), ("run", _I), ("segment_id", _S), ("title", _S), ("demo", _B), ("start_s", _F), ("end_s", _F),
        ("viewer_minutes", _F), ("joins", _F), ("leaves", _F), ("orders", _F), ("revenue", _F), ("clicks", _F)]),
    # one row per action of the live, with its measured effect (the report's ActionImpact)
    "actions": pa.schema([
        ("key", _S), ("number", _I), ("action_id", _S), ("kind", _S), ("target", _S), ("label", _S), ("source", _S),
        ("status", _S), ("at_s", _F), ("opm_before", _F), ("opm_after", _F), ("lift", _F), ("viewer_lift", _F),
        ("p_value", _F), ("verdict", _S), ("overlaps", _I), ("product_id", _S), ("advice_kind", _S)]),
    # one row per advice the live advisor raised, and what became of it
    "advice": pa.schema([
        ("key", _S), ("advice_id", _S), ("kind", _S), ("subject", _S), ("raised_s", _F), ("status", _S),
        ("remedy_action", _S), ("remedy_target", _S), ("action_key", _S), ("opm_before", _F), ("opm_after", _F),
        ("lift", _F)]),
}
TABLES: Final = tuple(SCHEMAS)
CATALOGUE: Final = "library.db"
LOCK: Final = ".lock"
SAFE_PATTERN: Final = r"[^A-Za-z0-9._-]+"  # what a key's folder name replaces with "_"
_SAFE = re.compile(SAFE_PATTERN)


def default_library() -> Path:
    """Beside the session files: $XDG_DATA_HOME/live-console/library (~/.local/share/... by default)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "live-console" / "library"


def live_key(live_id: str, started_at: float) -> str:
    """A live's key in the library: its id and the second it started (a plan's live id repeats every week)."""
    return f"{_SAFE.sub('_', live_id)[:80]}@{int(started_at)}"


def table_dir(library: Path, table: str) -> Path:
    return library / "parquet" / table


def live_folder(library: Path, table: str, key: str) -> Path:
    """The folder of live `key`'s rows of `table` (its part-0.parquet, once written)."""
    return table_dir(library, table) / _SAFE.sub("_", key)


def cache_path(library: Path, table: str) -> Path:
    """The compacted file of every live's rows of `table` (console/library/store_cache.py)."""
    return library / "parquet" / f"{table}.all.parquet"


def write_rows(library: Path, table: str, key: str, rows: Iterable[Mapping[str, Any]]) -> Path:
    """Replace live `key`'s rows of `table` with `rows` (dicts by column name; a missing column is null). Written to
    a temporary file first and moved into place: a reader never sees half a file. Raises KeyError for a column the
    table does not have, pyarrow's errors for a value of the wrong type."""
    schema = SCHEMAS[table]
    rows = [dict(r, key=key) for r in rows]
    unknown = {c for r in rows for c in r} - set(schema.names)
    if unknown:
        raise KeyError(f"{table} has no column {sorted(unknown)}")
    folder = live_folder(library, table, key)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "part-0.parquet"
    tmp = folder / f".part-0.parquet.{os.getpid()}.tmp"
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
    os.replace(tmp, target)
    return target


def remove_live(library: Path, key: str) -> None:
    """Every table's rows of live `key` (the catalogue row is the catalogue's to remove). Hold `locked(library)`
    around it, as an add does, when readers may be about."""
    for table in TABLES:
        folder = live_folder(library, table, key)
        for f in folder.glob("*.parquet"):
            f.unlink()
        if folder.exists() and not any(folder.iterdir()):
            folder.rmdir()


@contextmanager
def locked(library: Path, exclusive: bool = True) -> Iterator[bool]:
    """The library's lock (fcntl.flock on LIBRARY/.lock), held for the `with` block: exclusive while a live's tables
    are written (console/library/add.py) or the compacted files rebuilt, shared while they are read. Yields whether
    it could be taken: a library the user cannot write to has no lock file, and its readers write nothing. Not
    re-entrant: a process holding it must not take it again (flock locks each open file on its own)."""
    try:
        fd = os.open(library / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield False
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        yield True
    finally:
        os.close(fd)  # closing the file releases the lock


def connect(library: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with one view per table (TABLES) over every readable live's rows: each table read from
    its one compacted file, brought up to date first when lives were added, replaced or removed (console/library/
    store_cache.py; store_cache.open_library also names the files left out). Never raises for a damaged file."""
    from console.library.store_cache import open_library  # the reader needs this module's columns: it imports it

    return open_library(library).con
