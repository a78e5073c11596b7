"""The library's catalogue, LIBRARY/library.db: one row per live (SQLite, through sqlite-utils).

Its columns are the `lives` table's (store.SCHEMAS) plus where the live came from: `session_path`,
`session_sha256`, `session_bytes`, `added_at` (UTC, ISO 8601) and `missing` (set by `library check` when the session
file is no longer there). Lists (`tags`, `provides`) are JSON text; `goals` is JSON already. Upserts by `key`.

The only file of console/library that speaks SQL: a session file is read through console/session, the Parquet
tables through DuckDB (store.connect), and this small file of our own through sqlite-utils, the tool a producer
browses it with too (`sqlite-utils rows library.db lives`). Every SQLite error leaves as CatalogueError naming
the file, so a damaged catalogue is said, never a crash.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self

import pyarrow as pa
import sqlite_utils

from console.i18n import translate
from console.library.store import CATALOGUE, SCHEMAS

Row = dict[str, Any]

#: the catalogue's own columns, after the `lives` table's
SOURCE_COLUMNS: Final[dict[str, type]] = {"session_path": str, "session_sha256": str, "session_bytes": int,
                                          "added_at": str, "missing": bool}
_LISTS: Final = tuple(f.name for f in SCHEMAS["lives"] if pa.types.is_list(f.type))
_BOOLS: Final = (*(f.name for f in SCHEMAS["lives"] if pa.types.is_boolean(f.type)), "missing")


def _sql_type(t: pa.DataType) -> type:
    if pa.types.is_boolean(t):
        return bool  # INTEGER 0/1 in SQLite
    if pa.types.is_integer(t):
        return int
    if pa.types.is_floating(t):
        return float
    return str  # strings, and lists as JSON text


COLUMNS: Final[dict[str, type]] = {**{f.name: _sql_type(f.type) for f in SCHEMAS["lives"]}, **SOURCE_COLUMNS}


class CatalogueError(Exception):
    """The catalogue cannot be opened, read or written; the message names the file and why."""


class Catalogue:
    """LIBRARY/library.db, opened (and created when `create`) for one command; use as a context manager."""

    def __init__(self, library: Path, *, create: bool = True) -> None:
        self.path = library / CATALOGUE
        if not create and not self.path.is_file():
            raise CatalogueError(translate(
                "LibraryTerminal", "{path}: no library catalogue here (nothing has been added to {library})").format(
                path=self.path, library=library))
        with self._errors(translate("LibraryTerminal", "cannot be opened")):
            if create:
                library.mkdir(parents=True, exist_ok=True)
            self._db = sqlite_utils.Database(self.path)
            self._db.execute("PRAGMA busy_timeout = 10000")  # the console and a `library add` may write at once
            table = self._db.table("lives")
            if not table.exists():
                if not create:
                    raise CatalogueError(translate(
                        "LibraryTerminal", "{path}: not a library catalogue (it has no `lives` table)").format(
                        path=self.path))
                table.create(COLUMNS, pk="key", not_null={"key"})
            else:  # a catalogue of an older console: the columns added since, empty for its rows
                for name, kind in COLUMNS.items():
                    if name not in table.columns_dict:
                        table.add_column(name, kind)
            self._lives = table

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise CatalogueError(translate("LibraryTerminal",
                                           "{path}: damaged library catalogue, {doing}: {why}").format(
                path=self.path, doing=doing, why=exc)) from None
        except OSError as exc:
            raise CatalogueError(translate("LibraryTerminal", "{path}: {doing}: {why}").format(
                path=self.path, doing=doing, why=exc.strerror or exc)) from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def get(self, key: str) -> Row | None:
        return self._one("key = ?", key)

    def with_checksum(self, sha256: str) -> Row | None:
        """The live added from a session file with these bytes, if any."""
        return self._one("session_sha256 = ?", sha256)

    def _one(self, where: str, arg: str) -> Row | None:
        with self._errors(translate("LibraryTerminal", "cannot be read")):
            found = list(self._lives.rows_where(where, [arg], limit=1))
        return _read(found[0]) if found else None

    def rows(self) -> list[Row]:
        """Every live, the earliest first."""
        with self._errors(translate("LibraryTerminal", "cannot be read")):
            return [_read(r) for r in self._lives.rows_where(order_by="started_at, key")]

    def upsert(self, row: Row) -> None:
        """Insert or replace the row of `row["key"]` (the columns it does not give keep their values)."""
        unknown = set(row) - set(COLUMNS)
        if unknown:
            raise KeyError(f"the catalogue has no column {sorted(unknown)}")
        with self._errors(translate("LibraryTerminal", "cannot be written")):
            self._lives.upsert(_written(row), pk="key")

    def set_missing(self, key: str, missing: bool) -> None:
        with self._errors(translate("LibraryTerminal", "cannot be written")):
            self._lives.update(key, {"missing": int(missing)})


def _written(row: Row) -> Row:
    out = dict(row)
    for name in _LISTS:
        if name in out and out[name] is not None:
            out[name] = json.dumps(list(out[name]))
    for name in _BOOLS:
        if name in out and out[name] is not None:
            out[name] = int(bool(out[name]))
    return out


def _read(row: Row) -> Row:
    """A stored row as the `lives` table's values: lists back from JSON, flags back to bools. A list that does not
    read (a hand-edited catalogue) reads as empty rather than failing the whole listing."""
    out = dict(row)
    for name in _LISTS:
        out[name] = _list(out.get(name))
    for name in _BOOLS:
        if out.get(name) is not None:
            out[name] = bool(out[name])
    return out


def _list(text: Any) -> list[str] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return []
    return [str(v) for v in value] if isinstance(value, list) else []
