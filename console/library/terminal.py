"""`live-console library add|list|check` in the terminal: the arguments, and what is printed (docs/library.md).

Every message names the file or the live it is about and why; a file that cannot be added is said on stderr and
the others are still added (exit status 1 when any failed, 2 when nothing could be done at all).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, TextIO

from console.library.add import Added, add_sessions, check, tag_problem
from console.library.catalogue import Catalogue, CatalogueError
from console.library.store import default_library
from console.present.fmt import DASH, clock, money_short, pct

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


def added_line(r: Added) -> str:
    """'added     autumn-kitchen-01@1796650000  from /path/live.db' (and why, for the other outcomes)."""
    line = f"{r.status:<9} {r.key}  from {r.path}"
    return f"{line} ({r.words})" if r.words else line


def _list(library: Path, out: TextIO, err: TextIO) -> int:
    try:
        with Catalogue(library, create=False) as catalogue:
            rows = catalogue.rows()
    except CatalogueError as exc:
        print(f"{PROG} list: {exc}", file=err)
        return 2
    if not rows:
        print(f"{library}: no lives yet (live-console library add FILE...)", file=out)
        return 0
    print(table(rows), file=out)
    print(f"{len(rows)} live(s) in {library}", file=out)
    return 0


HEADERS: Final = ("date", "key", "title", "duration", "GMV", "orders", "conversion", "flags")


def table(rows: Sequence[dict[str, Any]]) -> str:
    """The lives as a plain text table, columns padded to their widest cell."""
    cells = [HEADERS, *(_cells(r) for r in rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEADERS))]
    right = {3, 4, 5, 6}  # numbers line up on the right
    lines = ["  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths,
                                                                                                strict=True)))
             for row in cells]
    return "\n".join(line.rstrip() for line in lines)


def _cells(r: dict[str, Any]) -> tuple[str, ...]:
    flags = [f for f, on in (("partial", r.get("partial")), ("missing", r.get("missing"))) if on]
    title = str(r.get("title") or DASH)
    return (str(r.get("date") or DASH), str(r["key"]), title if len(title) <= 40 else title[:39] + "…",
            clock(r.get("duration_s")), money_short(r.get("gmv"), r.get("currency") or "EUR"),
            DASH if r.get("orders") is None else f"{r['orders']:,}", pct(r.get("conversion")), ", ".join(flags))


def _check(library: Path, out: TextIO, err: TextIO) -> int:
    try:
        results = check(library)
    except CatalogueError as exc:
        print(f"{PROG} check: {exc}", file=err)
        return 2
    problems = [c for c in results if c.state not in ("ok", "found")]
    for c in results:
        if c.state == "found":
            print(f"found     {c.key}  {c.path} (it is back)", file=out)
        elif c.state != "ok":
            print(f"{c.state:<9} {c.key}  {c.words}", file=out)
    lives = sum(c.state != "unlisted" for c in results)
    print(f"{lives} live(s) checked in {library}: " + (f"{len(problems)} to look at" if problems else "all fine"),
          file=out)
    return 0  # a moved or missing file is news, not a failure of the check
