"""`live-console library add|list|check` in the terminal: the arguments, and what is printed (docs/library.md).

Every message names the file or the live it is about and why; a file that cannot be added is said on stderr and
the others are still added (exit status 1 when any failed, 2 when nothing could be done at all).
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, TextIO

from console.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from console.library.add import Added, add_sessions, check, tag_problem
from console.library.catalogue import Catalogue, CatalogueError
from console.library.store import default_library
from console.present.fmt import DASH, clock, count, money_short, pct

PROG: Final = "live-console library"


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """`library add|list|check`; the exit status. `out`, `err`: the terminal's streams unless given (read when
    called, not when imported, so a redirected sys.stdout is honoured)."""
    out, err = out or sys.stdout, err or sys.stderr
    library: Path = args.library or default_library()
    if args.library_command == "add":
        return _add(library, args.sessions, args.tag, out, err)
    if args.library_command == "list":
        return _list(library, out, err)
    return _check(library, out, err)


def _add(library: Path, sessions: Sequence[Path], tags: Sequence[str], out: TextIO, err: TextIO) -> int:
    bad = [p for t in tags if (p := tag_problem(t))]
    if bad:
        for problem in bad:
            print(f"{PROG} add: --{problem}", file=err)
        return 2
    results = add_sessions(library, sessions, tags)
    for r in results:
        if r.status == "failed":
            print(f"{PROG} add: {r.words}", file=err)
        else:
            print(added_line(r), file=out)
    failed = sum(r.status == "failed" for r in results)
    return 0 if not failed else 2 if failed == len(results) else 1


#: what became of a file or a live, as the terminal's first column says it
STATES: Final = {
    "added": QT_TRANSLATE_NOOP("LibraryTerminal", "added"),
    "replaced": QT_TRANSLATE_NOOP("LibraryTerminal", "replaced"),
    "updated": QT_TRANSLATE_NOOP("LibraryTerminal", "updated"),
    "repaired": QT_TRANSLATE_NOOP("LibraryTerminal", "repaired"),
    "unchanged": QT_TRANSLATE_NOOP("LibraryTerminal", "unchanged"),
    "moved": QT_TRANSLATE_NOOP("LibraryTerminal", "moved"),
    "kept": QT_TRANSLATE_NOOP("LibraryTerminal", "kept"),
    "failed": QT_TRANSLATE_NOOP("LibraryTerminal", "failed"),
    "ok": QT_TRANSLATE_NOOP("LibraryTerminal", "ok"),
    "missing": QT_TRANSLATE_NOOP("LibraryTerminal", "missing"),
    "changed": QT_TRANSLATE_NOOP("LibraryTerminal", "changed"),
    "found": QT_TRANSLATE_NOOP("LibraryTerminal", "found"),
    "incomplete": QT_TRANSLATE_NOOP("LibraryTerminal", "incomplete"),
    "unlisted": QT_TRANSLATE_NOOP("LibraryTerminal", "unlisted"),
}


def state_word(state: str) -> str:
    return translate("LibraryTerminal", STATES[state]) if state in STATES else state


def added_line(r: Added) -> str:
    """'added     autumn-kitchen-01@1796650000  from /path/live.db' (and why, for the other outcomes)."""
    line = translate("LibraryTerminal", "{state} {key}  from {path}").format(state=pad(state_word(r.status), 9),
                                                                            key=r.key, path=r.path)
    return translate("LibraryTerminal", "{line} ({why})").format(line=line, why=r.words) if r.words else line


def _list(library: Path, out: TextIO, err: TextIO) -> int:
    try:
        with Catalogue(library, create=False) as catalogue:
            rows = catalogue.rows()
    except CatalogueError as exc:
        print(f"{PROG} list: {exc}", file=err)
        return 2
    if not rows:
        print(translate("LibraryTerminal", "{library}: no lives yet (live-console library add FILE...)").format(
            library=library), file=out)
        return 0
    print(table(rows), file=out)
    n = len(rows)
    print(translate("LibraryTerminal", "%n live(s) in {library}", None, PLURAL, n).format(library=library), file=out)
    return 0


HEADERS: Final = (QT_TRANSLATE_NOOP("LibraryTerminal", "date"), QT_TRANSLATE_NOOP("LibraryTerminal", "key"),
                  QT_TRANSLATE_NOOP("LibraryTerminal", "title"), QT_TRANSLATE_NOOP("LibraryTerminal", "duration"),
                  QT_TRANSLATE_NOOP("LibraryTerminal", "GMV"), QT_TRANSLATE_NOOP("LibraryTerminal", "orders"),
                  QT_TRANSLATE_NOOP("LibraryTerminal", "conversion"), QT_TRANSLATE_NOOP("LibraryTerminal", "flags"))


def table(rows: Sequence[dict[str, Any]]) -> str:
    """The lives as a plain text table, columns padded to their widest cell."""
    cells = [tuple(translate("LibraryTerminal", h) for h in HEADERS), *(_cells(r) for r in rows)]
    widths = [max(width(c[i]) for c in cells) for i in range(len(HEADERS))]
    right = {3, 4, 5, 6}  # numbers line up on the right
    lines = ["  ".join(pad(c, w, right=i in right) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
             for row in cells]
    return "\n".join(line.rstrip() for line in lines)


def width(text: str) -> int:
    """Columns `text` takes in a terminal: a wide (CJK) character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int, right: bool = False) -> str:
    """`text` padded with spaces to `columns` terminal columns, on the left when `right`."""
    fill = " " * max(0, columns - width(text))
    return fill + text if right else text + fill


def _cells(r: dict[str, Any]) -> tuple[str, ...]:
    flags = [translate("LibraryTerminal", f) for f, on in ((QT_TRANSLATE_NOOP("LibraryTerminal", "partial"),
                                                            r.get("partial")),
                                                           (QT_TRANSLATE_NOOP("LibraryTerminal", "missing"),
                                                            r.get("missing"))) if on]
    title = str(r.get("title") or DASH)
    return (str(r.get("date") or DASH), str(r["key"]), title if len(title) <= 40 else title[:39] + "…",
            clock(r.get("duration_s")), money_short(r.get("gmv"), r.get("currency") or "EUR"),
            count(r.get("orders")), pct(r.get("conversion")), ", ".join(flags))


def _check(library: Path, out: TextIO, err: TextIO) -> int:
    try:
        results = check(library)
    except CatalogueError as exc:
        print(f"{PROG} check: {exc}", file=err)
        return 2
    problems = [c for c in results if c.state not in ("ok", "found")]
    for c in results:
        if c.state == "found":
            print(translate("LibraryTerminal", "{state} {key}  {path} (it is back)").format(
                state=pad(state_word('found'), 9), key=c.key, path=c.path), file=out)
        elif c.state != "ok":
            print(f"{pad(state_word(c.state), 9)} {c.key}  {c.words}", file=out)
    lives = sum(c.state != "unlisted" for c in results)
    if problems:
        print(translate("LibraryTerminal", "%n live(s) checked in {library}: {problems} to look at", None,
                        PLURAL, lives).format(
            library=library, problems=count(len(problems))), file=out)
    else:
        print(translate("LibraryTerminal", "%n live(s) checked in {library}: all fine", None, PLURAL, lives).format(
            library=library), file=out)
    return 0  # a moved or missing file is news, not a failure of the check
