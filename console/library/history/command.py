"""`live-console history` (its arguments: console/cli.py): the page a producer reads before planning the next live
(history.html, charts/*.png, tables/*.csv), written only once every figure and chart is ready: no half page."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from console.i18n import translate
from console.library.history.model import Filters

PAGE = "history.html"


def write_history(library: Path, out: Path, filters: Filters, compare: Sequence[str] | None = None) -> list[Path]:
    """Read the library, write the page into `out`; the paths written, the page first. Raises HistoryError (nothing
    to show: no file is written) or OSError (`out` cannot be written)."""
    from console.library.history import queries
    from console.library.history.charts import render  # Qt is loaded only once the library has been read
    from console.library.history.page import render_page
    from console.library.history.tables import tables
    from console.report.writer import write_charts_and_tables  # the report's files: raw numbers, unknown empty

    history = queries.build(library, filters, compare)
    charts = render(history)
    page = render_page(history, charts)
    written = write_charts_and_tables(out, charts, tables(history))
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
    from console.report.writer import run_writer

    library = args.library or store.default_library()
    filters = Filters(since=args.since, plan=args.plan, tags=tuple(args.tag))
    return run_writer("history", translate("History", "the page"), args.out,
                      lambda: write_history(library, args.out, filters, args.compare), HistoryError, 1)
