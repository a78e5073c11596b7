"""Reading the library: one compacted Parquet file per table, kept up to date from the per-live files, and the
per-live files that cannot be read left out and named (docs/library.md, "On disk").

    LIBRARY/parquet/<table>.all.parquet    every readable live's rows of <table>; its Parquet footer also holds
                                           what it was built from: each part's folder with its size and
                                           modification time, and each part left out with why

The per-live files stay the truth (adding a live writes only its own); the compacted file is a cache beside them.
DuckDB opening a thousand small files per table took 1.8 s to create the views and a second per query; one file per
table takes milliseconds.

**Why the signature is inside the cache.** The cache and the record of what it holds are one file, replaced with one
`os.replace`: a cache can never be read with another cache's signature (a signature file beside it could be, after a
crash or a race between writing the two). A cache whose footer cannot be read holds nothing anyone trusts: it is
built again from the parts; one whose footer reads but whose rows do not (a damaged page) is deleted and built again
when the read fails, so no reader fails on it twice.

**Left out.** A part that is not Parquet, has no `key` column, or holds a column of a type that does not cast to the
store's is left out of the cache and recorded in its footer with why, so every reader (history, playbook, plan
suggest) gets the same rows and can name the same files; it is tried again when it changes. A column an older file
lacks reads as null.

**Locking** (`store.locked`, fcntl.flock on LIBRARY/.lock): adding a live holds it exclusively while it writes its
tables and catalogue row, so a reader never sees half a live; a reader holds it shared while it checks and reads
the caches, and exclusively while it brings them up to date. A library the user cannot write to has no lock and no
cache written: its rows are built in memory, the same rows.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from console.i18n import translate
from console.library.store import SAFE_PATTERN, SCHEMAS, TABLES, cache_path, locked, table_dir

_PARTS: Final = b"live-console.parts"  # footer key: {folder: "size mtime_ns"} of the parts the cache holds
_LEFT_OUT: Final = b"live-console.left_out"  # footer key: {folder: ["size mtime_ns", why]} of the parts left out
_LEGACY_SIGNATURE: Final = ".all.signature"  # the signature file beside the cache before it moved into its footer


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A live's file of `table` that could not be read: left out of every reader's rows."""

    table: str
    path: Path
    problem: str

    def words(self) -> str:
        return translate("LibraryTerminal", "Left out {path}: {why}.").format(path=self.path, why=self.problem)


@dataclass(frozen=True, slots=True)
class Library:
    """DuckDB over the library (one view per table, store.TABLES) and the files left out of it."""

    con: duckdb.DuckDBPyConnection
    left_out: tuple[LeftOut, ...]


@dataclass(frozen=True, slots=True)
class _Rows:
    data: pa.Table
    left_out: tuple[LeftOut, ...]


@dataclass(frozen=True, slots=True)
class _Held:
    """What a cache says it was built from (its footer)."""

    parts: dict[str, str]
    left_out: dict[str, tuple[str, str]]


def open_library(library: Path) -> Library:
    """An in-memory DuckDB with one view per table over every readable live's rows (an empty table for a table with
    no file yet), and the files left out. Never raises for a damaged per-live file or cache."""
    rows = _read(library)
    con = duckdb.connect(":memory:")
    for table, r in rows.items():
        con.register(f"_{table}_rows", r.data)
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM _{table}_rows")
    return Library(con, tuple(x for r in rows.values() for x in r.left_out))


def compact(library: Path) -> tuple[LeftOut, ...]:
    """Bring every table's cache up to date now (the end of an add, of a batch of lives written): the next reader
    reads one file per table. The files left out."""
    with locked(library, exclusive=True) as can_write:
        return tuple(x for t in TABLES for x in _compact(library, t, can_write).left_out)


def _read(library: Path) -> dict[str, _Rows]:
    """Every table's rows: from the caches as they are when they hold exactly the parts on disk (a shared lock: no
    add writes meanwhile), else brought up to date under the exclusive lock."""
    with locked(library, exclusive=False):
        fresh = {}
        for table in TABLES:
            got = _fresh(library, table)
            if got is None:
                break
            fresh[table] = got
        else:
            return fresh
    with locked(library, exclusive=True) as can_write:
        return {table: _compact(library, table, can_write) for table in TABLES}


def _parts(library: Path, table: str) -> dict[str, tuple[Path, str]]:
    """folder -> (its part-0.parquet, "size mtime_ns") for every live that has a file of `table`."""
    out = {}
    for p in sorted(table_dir(library, table).glob("*/part-0.parquet")):
        try:
            st = p.stat()
        except OSError:  # removed since the listing
            continue
        out[p.parent.name] = (p, f"{st.st_size} {st.st_mtime_ns}")
    return out


def _held(cache: Path) -> _Held | None:
    """What the cache was built from, None when there is no cache or its footer cannot be read."""
    try:
        meta = pq.read_schema(cache).metadata or {}
        parts = json.loads(meta[_PARTS])
        left = {k: (v[0], v[1]) for k, v in json.loads(meta.get(_LEFT_OUT, b"{}")).items()}
    except (OSError, pa.ArrowException, KeyError, ValueError, TypeError, IndexError):
        return None
    return _Held(parts, left) if isinstance(parts, dict) else None


def _matches(held: _Held, parts: dict[str, tuple[Path, str]]) -> bool:
    now = {name: sig for name, (_, sig) in parts.items()}
    return now == {**held.parts, **{name: sig for name, (sig, _) in held.left_out.items()}}


def _left_out(table: str, held: _Held, parts: dict[str, tuple[Path, str]]) -> tuple[LeftOut, ...]:
    return tuple(LeftOut(table, parts[name][0], why) for name, (sig, why) in sorted(held.left_out.items())
                 if name in parts and parts[name][1] == sig)


def _fresh(library: Path, table: str) -> _Rows | None:
    """The cache's rows when it holds exactly the parts on disk now; None when it must be (re)built."""
    parts = _parts(library, table)
    if not parts:
        return _Rows(_empty(table), ())
    cache = cache_path(library, table)
    held = _held(cache)
    if held is None or not _matches(held, parts):
        return None
    try:
        data = pq.read_table(cache, schema=SCHEMAS[table])
    except (OSError, pa.ArrowException):  # a damaged page behind a good footer: rebuilt under the exclusive lock
        return None
    return _Rows(data, _left_out(table, held, parts))


def _compact(library: Path, table: str, write: bool) -> _Rows:
    """Bring `table`'s cache up to date, reading the cache and only the parts that changed since it was built (a
    thousand lives and one more: one big file and one small), and return its rows. `write` False (no lock: the
    library cannot be written): the same rows, built in memory only."""
    parts = _parts(library, table)
    cache = cache_path(library, table)
    if not parts:
        if write:
            _unlink(cache)  # every live removed: no stale cache waiting for the next one
        return _Rows(_empty(table), ())
    held = _held(cache) or _Held({}, {})
    cached: pa.Table | None = None
    if held.parts:
        try:
            cached = pq.read_table(cache, schema=SCHEMAS[table])
        except (OSError, pa.ArrowException):  # damaged: deleted, and built again from the parts
            held, cached = _Held({}, {}), None
            if write:
                _unlink(cache)
    if cached is not None and _matches(held, parts):
        return _Rows(cached, _left_out(table, held, parts))
    kept = {name for name, sig in held.parts.items() if name in parts and parts[name][1] == sig}
    still_bad = {name: v for name, v in held.left_out.items() if name in parts and parts[name][1] == v[0]}
    changed = [name for name in parts if name not in kept and name not in still_bad]  # new, replaced, or retried
    read, bad = _read_parts(table, [parts[name][0] for name in changed])
    pieces = []
    if cached is not None and kept:
        pieces.append(cached if len(kept) == len(held.parts) else _only(cached, sorted(kept)))
    pieces += read
    data = pa.concat_tables(pieces) if pieces else _empty(table)
    left = {**still_bad, **{path.parent.name: (parts[path.parent.name][1], why) for path, why in bad}}
    good = {name: parts[name][1] for name in parts if name not in left}
    if write:
        _write_cache(cache, data, good, left)
    held = _Held(good, left)
    return _Rows(data, _left_out(table, held, parts))


def _only(data: pa.Table, folders: list[str]) -> pa.Table:
    """The rows of the lives whose folder (the key made safe: store.live_folder) is one of `folders`."""
    folder = pc.replace_substring_regex(data.column("key"), pattern=SAFE_PATTERN, replacement="_")
    return data.filter(pc.is_in(folder, value_set=pa.array(folders, pa.string())))


def _read_parts(table: str, paths: list[Path]) -> tuple[list[pa.Table], list[tuple[Path, str]]]:
    """The parts' rows in the store's columns, and the parts that cannot be read with why. All in one scan first;
    when that fails (or a file has no key), file by file to find which."""
    if not paths:
        return [], []
    schema = SCHEMAS[table]
    try:
        data = ds.dataset([str(p) for p in paths], schema=schema, format="parquet").to_table()
        if data.column("key").null_count == 0:
            return [data], []
    except (OSError, pa.ArrowException):
        pass
    good, bad = [], []
    for path in paths:
        try:
            good.append(read_part(path, schema))
        except PartError as exc:
            bad.append((path, str(exc)))
    return good, bad


class PartError(Exception):
    """Why one per-live file cannot join the others."""


def read_part(path: Path, schema: pa.Schema) -> pa.Table:
    """One per-live file in `schema`'s columns (one it lacks: null). Raises PartError: not Parquet, no key, a column
    of a type that does not cast."""
    try:
        data = pq.read_table(path)
    except (OSError, pa.ArrowException) as exc:
        raise PartError(translate("LibraryTerminal", "not a readable Parquet file ({why})").format(why=exc)) from None
    if "key" not in data.column_names:
        raise PartError(translate("LibraryTerminal", "it has no key column"))
    if data.column("key").null_count:
        raise PartError(translate("LibraryTerminal", "{rows} of its rows have no key").format(
            rows=data.column("key").null_count))
    columns = []
    for f in schema:
        if f.name not in data.column_names:
            columns.append(pa.nulls(data.num_rows, f.type))
            continue
        try:
            columns.append(data.column(f.name).cast(f.type))
        except (pa.ArrowException, ValueError):
            raise PartError(translate("LibraryTerminal", "column {column} holds {found}, not {wanted}").format(
                column=f.name, found=data.schema.field(f.name).type, wanted=f.type)) from None
    return pa.Table.from_arrays(columns, schema=schema)


def _write_cache(cache: Path, data: pa.Table, parts: dict[str, str], left: dict[str, tuple[str, str]]) -> None:
    """The rows and what they were built from, in one file moved into place whole. A cache that cannot be written
    (a full disk, a read-only folder) is no error: the rows are in memory, and the next reader tries again."""
    meta = {_PARTS: json.dumps(parts).encode(), _LEFT_OUT: json.dumps(left).encode()}
    tmp = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(data.replace_schema_metadata(meta), tmp)
        os.replace(tmp, cache)
    except OSError:
        _unlink(tmp)
        return
    _unlink(cache.with_name(cache.name.removesuffix(".all.parquet") + _LEGACY_SIGNATURE))


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _empty(table: str) -> pa.Table:
    return SCHEMAS[table].empty_table()
