"""`live-console history` (its arguments: console/cli.py): the page a producer reads before planning the next live
(history.html, charts/*.png, tables/*.csv), written only once every figure and chart is ready: no half page."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from console.library.history.model import Filters

PAGE = "history.html"


def write_history(library: Path, out: Path, filters: Filters, compare: Sequence[str] | None = None) -> list[Path]:
    """Read the library, write the page into `out`; the paths written, the page first. Raises HistoryError (nothing
    to show: no file is written) or OSError (`out` cannot be written)."""
    from console.library.history import queries
    from console.library.history.charts import render  # Qt is loaded only once the library has been read
    from console.library.history.page import render_page
    from console.library.history.tables import tables
    from console.report.writer import _write_csv as write_csv  # the report's CSV cells: raw numbers, empty unknown

    history = queries.build(library, filters, compare)
    charts = render(history)
    page = render_page(history, charts)
    out.mkdir(parents=True, exist_ok=True)
    (out / "charts").mkdir(exist_ok=True)
    (out / "tables").mkdir(exist_ok=True)
    written = []
    for name, data in charts.items():
        path = out / "charts" / f"{name}.png"
        path.write_bytes(data)
        written.append(path)
    for name, (header, rows) in tables(history).items():
        written.append(write_csv(out / "tables" / f"{name}.csv", header, rows))
    target = out / PAGE
    tmp = out / f".{PAGE}.{os.getpid()}.tmp"
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, target)  # the page appears whole, after its charts and tables
    return [target, *written]


def run_history(args: argparse.Namespace) -> int:
    """Print the files written (0); a sentence and 1 when there is nothing to show; 2 when the page cannot be
    written."""
    from console.library import store
    from console.library.history.load import HistoryError

    library = args.library or store.default_library()
    filters = Filters(since=args.since, plan=args.plan, tags=tuple(args.tag))
    try:
        paths = write_history(library, args.out, filters, args.compare)
    except HistoryError as exc:
        print(f"live-console history: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"live-console history: cannot write the page to {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    for p in paths:
        print(p)
    return 0
