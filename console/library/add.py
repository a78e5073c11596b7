"""Lives into the library: `add_sessions` (a session file's every table, then its catalogue row) and `check` (are
the session files still where they were added from).

Adding reads the file's checksum first: the same bytes again change nothing. Otherwise the report's model is built
(console/report/analysis.py load_session + analyse), every table is written (store.write_rows, each file moved into
place whole) and only then the catalogue row: a crash in between leaves tables without a row, which the next add of
the file writes again; the library's lock is held meanwhile (store.locked), so a reader never sees half a live.
A file that cannot be added (missing, damaged, not a session file) is reported with its name and why, and the
others are still added. At the end of the batch the compacted files are brought up to date once (store_cache).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

from console.i18n import translate
from console.library.catalogue import Catalogue, CatalogueError
from console.library.export import key_of, merged_tags, rows_of
from console.library.recorded import read_recorded
from console.library.store import TABLES, live_folder, locked, table_dir, write_rows
from console.library.store_cache import compact
from console.plan.model import TAG_PATTERN
from console.present.fmt import count
from console.report.analysis import analyse, load_session
from console.session.file import SessionFileError

AddStatus = Literal["added", "replaced", "updated", "repaired", "unchanged", "moved", "kept", "failed"]
CheckState = Literal["ok", "missing", "changed", "found", "incomplete", "unlisted"]
_CHUNK: Final = 1 << 20
_WRITTEN: Final = frozenset({"added", "replaced", "updated", "repaired"})  # statuses that wrote tables
_TAG: Final = re.compile(TAG_PATTERN)


@dataclass(frozen=True, slots=True)
class Added:
    """What became of one session file: `status` and, for all but "added"/"unchanged", why in `words`."""

    path: Path
    status: AddStatus
    key: str | None = None
    words: str = ""


@dataclass(frozen=True, slots=True)
class Checked:
    key: str
    path: str  # where the session file was added from ("" for tables without a catalogue row)
    state: CheckState
    words: str = ""


def tag_problem(tag: str) -> str:
    """Why `tag` cannot be a live's tag ('' when it can): the plan's rule for `[live] tags` (docs/plan.md)."""
    return "" if _TAG.match(tag) else translate(
        "LibraryTerminal", "tag {tag}: a tag is 1 to 32 characters with no space at either end").format(tag=repr(tag))


def add_sessions(library: Path, paths: Iterable[Path], tags: Iterable[str] = ()) -> list[Added]:
    """Each session file into the library, in order; never raises for a bad file (its Added says why)."""
    paths, tags = list(paths), list(tags)
    bad = [p for t in tags if (p := tag_problem(t))]
    if bad:
        raise ValueError("; ".join(bad))
    try:
        catalogue = Catalogue(library)
    except CatalogueError as exc:
        return [Added(p, "failed", None, str(exc)) for p in paths]
    with catalogue:
        added = [_add_one(catalogue, library, p, tags) for p in paths]
    if any(a.status in _WRITTEN for a in added):
        _compact(library)
    return added


def _compact(library: Path) -> None:
    """The compacted files brought up to date once, at the end of the batch (store_cache.py): the cost is the
    add's, not the next history page's (a thousand lives added at once were seven thousand small files to read
    on the page's first open). A failure here is no failure of the add: the next reader compacts."""
    with contextlib.suppress(Exception):  # the lives are in; a cache not built now is built by the next reader
        compact(library)


def _add_one(catalogue: Catalogue, library: Path, path: Path, tags: list[str]) -> Added:
    if path.is_dir():
        return Added(path, "failed", None,
                     translate("LibraryTerminal", "{path} is a folder, not a session file").format(path=path))
    try:
        sha, size = checksum(path)
    except OSError as exc:
        return Added(path, "failed", None, translate("LibraryTerminal", "{path}: cannot be read: {why}").format(
            path=path, why=exc.strerror or exc))
    here = str(path.resolve())
    try:
        same = catalogue.with_checksum(sha)
        if same is not None and complete(library, same["key"]) and set(tags) <= set(same["tags"] or ()):
            before = same["session_path"] or ""
            if before == here:
                if same["missing"]:  # it is back where it was added from
                    catalogue.set_missing(same["key"], False)
                return Added(path, "unchanged", same["key"])
            if before and Path(before).is_file():  # a copy of a file already in: nothing changes
                return Added(path, "unchanged", same["key"],
                             translate("LibraryTerminal", "the same file as {path}").format(path=before))
            catalogue.upsert({"key": same["key"], "session_path": here, "missing": False})
            return Added(path, "moved", same["key"],
                         translate("LibraryTerminal", "was added from {path}, which is gone").format(path=before))
        return _write(catalogue, library, path, here, sha, size, tags)
    except CatalogueError as exc:
        return Added(path, "failed", None, str(exc))
    except SessionFileError as exc:
        return Added(path, "failed", None, str(exc))
    except Exception as exc:  # one file that breaks the reader must not cost the others
        return Added(path, "failed", None, translate("LibraryTerminal",
                                                     "{path}: cannot be added: {error}: {why}").format(
            path=path, error=type(exc).__name__, why=exc))


def _write(catalogue: Catalogue, library: Path, path: Path, here: str, sha: str, size: int,
           tags: list[str]) -> Added:
    data = load_session(path)
    report = analyse(data)
    recorded = read_recorded(path)
    rows = rows_of(report, data, recorded, tags)
    key = key_of(rows)
    live = rows["lives"][0]
    prior = catalogue.get(key)
    status: AddStatus = "added"
    if prior is not None:
        if prior["session_sha256"] != sha and (prior["events"] or 0) > live["events"]:
            return Added(path, "kept", key, translate(
                "LibraryTerminal", "the library holds a longer copy of this live ({events} events, from {path}); "
                "this file has {here}").format(events=count(prior["events"]), path=prior["session_path"],
                                               here=count(live["events"])))
        # tags given by hand before stay with the live when its file is added again
        live["tags"] = merged_tags(live["tags"], prior["tags"] or ())
        status = ("replaced" if prior["session_sha256"] != sha else "repaired" if not complete(library, key)
                  else "updated")
    added_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with locked(library):  # a reader never sees some of this live's tables and not the others
        for table in TABLES:
            write_rows(library, table, key, rows[table])
        catalogue.upsert({**live, "session_path": here, "session_sha256": sha, "session_bytes": size,
                          "added_at": added_at, "missing": False})
    words = {"replaced": translate("LibraryTerminal",
                                   "a newer copy of this live ({events} events; was {before})").format(
                 events=count(live["events"]), before=count(prior["events"] if prior else 0)),
             "repaired": translate("LibraryTerminal", "its tables were incomplete"),
             "updated": translate("LibraryTerminal", "tags added")}.get(status, "")
    return Added(path, status, key, words)


def checksum(path: Path) -> tuple[str, int]:
    """(SHA-256 of the file's bytes, its size)."""
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def complete(library: Path, key: str) -> bool:
    """Whether every table of live `key` has its file."""
    return all((live_folder(library, t, key) / "part-0.parquet").is_file() for t in TABLES)


def check(library: Path) -> list[Checked]:
    """Each catalogued live's session file: still there ("ok"), gone ("missing", and the catalogue says so),
    back where it was ("found"), rewritten since it was added ("changed": a continued file, to add again); a live
    whose tables are incomplete ("incomplete"), and tables without a catalogue row ("unlisted": an add that did not
    finish). Raises CatalogueError when the catalogue itself cannot be read."""
    out = []
    with Catalogue(library, create=False) as catalogue:
        rows = catalogue.rows()
        for row in rows:
            key, where = row["key"], row["session_path"] or ""
            path = Path(where)
            if not where or not path.is_file():
                if not row["missing"]:
                    catalogue.set_missing(key, True)
                out.append(Checked(key, where, "missing", translate(
                    "LibraryTerminal", "session file {path} is gone").format(
                    path=where or translate("LibraryTerminal", "(none recorded)"))))
                continue
            if row["missing"]:
                catalogue.set_missing(key, False)
            if not complete(library, key):
                out.append(Checked(key, where, "incomplete", translate(
                    "LibraryTerminal", "its tables are incomplete: add {path} again").format(path=where)))
            elif row["session_bytes"] is not None and path.stat().st_size != row["session_bytes"]:
                out.append(Checked(key, where, "changed", translate(
                    "LibraryTerminal", "{path} has changed since it was added ({before} bytes, now {now}): add it again"
                ).format(path=where, before=count(row["session_bytes"]), now=count(path.stat().st_size))))
            else:
                out.append(Checked(key, where, "found" if row["missing"] else "ok"))
    listed = {live_folder(library, "lives", r["key"]).name for r in rows}
    folder = table_dir(library, "lives")
    for orphan in sorted(folder.iterdir() if folder.is_dir() else []):
        if orphan.is_dir() and orphan.name not in listed:
            out.append(Checked(orphan.name, "", "unlisted", translate(
                "LibraryTerminal", "tables without a catalogue row (an add that did not finish): add its session file "
                "again")))
    return out
