"""Writes the report folder (report.html, charts/*.png, tables/*.csv) and runs `live-console report`."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from console.i18n import translate
from console.report import analysis
from console.report.advice import outcome
from console.report.model import AdviceRow, Comparison, Report
from console.session.file import SessionFileError

QT_PAGE = "report-qt.html"  # console/widgets/report_view.py shows this one when it is there
CSV_TABLES = ("goals", "products", "channels", "actions", "advice", "minutes", "notes")
Table = tuple[Sequence[str], Sequence[Sequence[Any]]]  # a CSV's header and rows


def write_report(path: Path, out_dir: Path, compare: Path | None = None) -> list[Path]:
    """Analyse `path` (and the reference live `compare`) and write the report into `out_dir`.

    Raises SessionFileError naming the file for a missing, damaged or newer-schema session, OSError when
    `out_dir` cannot be written.
    """
    from console.report.charts import render_charts  # Qt is loaded only once the sessions have been read
    from console.report.html import render_html

    report = analysis.analyse(analysis.load_session(path))
    reference = analysis.analyse(analysis.load_session(compare)) if compare is not None else None
    comparison = analysis.compare(reference, report) if reference is not None else None
    charts = render_charts(report, reference)
    csvs = tables(report) | ({"comparison": comparison_table(comparison)} if comparison is not None else {})
    written = write_charts_and_tables(out_dir, charts, csvs)
    html_path = out_dir / "report.html"
    html_path.write_text(render_html(report, charts, comparison), encoding="utf-8")
    qt_page = out_dir / QT_PAGE  # the same report for the replay window's Report tab (Qt's rich text)
    qt_page.write_text(render_html(report, charts, comparison, qt=True), encoding="utf-8")
    return [html_path, *written, qt_page]


def write_charts_and_tables(out_dir: Path, charts: Mapping[str, bytes], csvs: Mapping[str, Table]) -> list[Path]:
    """charts/<name>.png and tables/<name>.csv in `out_dir` (made if missing), as the report and the history page
    write them; the paths written, the charts first."""
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "charts").mkdir(exist_ok=True)
    (out_dir / "tables").mkdir(exist_ok=True)
    written = [_write_bytes(out_dir / "charts" / f"{name}.png", data) for name, data in charts.items()]
    return written + [write_csv(out_dir / "tables" / f"{name}.csv", header, rows)
                      for name, (header, rows) in csvs.items()]


def _write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows([_cell(v) for v in row] for row in rows)
    return path


def _cell(v: Any) -> Any:
    """CSV cells: raw numbers for spreadsheets, money to the cent; an unknown value is an empty cell."""
    if v is None:
        return ""
    if isinstance(v, float):
        return round(v, 6)
    if isinstance(v, tuple):
        return "; ".join(str(x) for x in v)
    return v


def tables(r: Report) -> dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]]:
    """The CSV tables of one live: rates as fractions (0.0289, not 2.9%), times in seconds from the start."""
    s = r.snapshot
    marks: dict[int, list[str]] = {}
    for a in r.actions:
        if a.at_s is not None and a.verdict != "not on the stream":
            marks.setdefault(int(a.at_s // 60), []).append(f"#{a.number} {a.label}")
    minutes = [(m, f"{m:02d}:00", *(float(getattr(s, f)[m]) if r.has(f) else None for f in _MINUTE_FIELDS),
                "; ".join(marks.get(m, []))) for m in range(len(s.minute_orders))]

    def known(figure: str, v: Any) -> Any:  # a figure the feed could not give is an empty cell, never a 0
        return v if r.has(figure) else None

    return {
        "goals": (("goal", "target", "actual", "actual_over_target", "verdict"),
                  [(g.name, g.target, g.actual, g.share, g.verdict) for g in r.goals]),
        "products": (("sku", "name", "in_plan", "price", "impressions", "clicks", "ctr", "carts", "abandons",
                      "abandonment", "orders", "units", "conversion", "revenue", "margin", "unit_margin",
                      "units_per_min", "sold_out_at_s", "stock_left", "many_views_few_orders", "flags"),
                     [(p.sku, p.name, p.in_plan, p.price, known("product_impressions", p.impressions),
                       known("product_clicks", p.clicks), known("product_ctr", p.ctr), known("product_carts", p.carts),
                       known("product_abandons", p.abandons), known("product_abandonment", p.abandonment),
                       known("product_orders", p.orders), known("product_units", p.units),
                       known("product_conversion", p.conversion), known("product_revenue", p.revenue),
                       known("product_margin", p.margin), p.unit_margin,
                       known("product_units_per_min", p.velocity), p.sold_out_at_s,
                       known("product_stock_left", p.stock_left), p.many_views_few_orders, p.flags)
                      for p in r.products]),
        "channels": (("channel", "entered", "views", "orders", "buyers", "conversion", "revenue", "revenue_share",
                      "ad_spend", "roas"),
                     [(c.channel, known("channel_entered", c.entered), known("channel_views", c.views),
                       known("channel_orders", c.orders), known("channel_buyers", c.buyers),
                       known("channel_conversion", c.conversion), known("channel_revenue", c.revenue),
                       known("channel_revenue", c.revenue_share), known("ad_spend", c.ad_spend),
                       known("roas", c.roas)) for c in r.channels]),
        "actions": (("number", "at_s", "kind", "label", "action_id", "source", "status", "before_s", "after_s",
                     "orders_before", "orders_after", "orders_per_min_before", "orders_per_min_after", "lift",
                     "p_value", "verdict", "product_id", "units_per_min_before", "units_per_min_after", "units_lift",
                     "overlaps", "error", "viewers_before", "viewers_after", "orders_per_1000_viewer_min_before",
                     "orders_per_1000_viewer_min_after", "viewer_lift", "sold_out_sku", "sold_out_at_s"),
                    [(a.number, a.at_s, a.kind, a.label, a.action_id, a.source, a.status, a.before_s, a.after_s,
                      a.orders_before, a.orders_after, a.opm_before, a.opm_after, a.lift, a.p_value, a.verdict,
                      a.product_id, a.upm_before, a.upm_after, a.units_lift, a.overlaps, a.error, a.viewers_before,
                      a.viewers_after, a.opkv_before, a.opkv_after, a.viewer_lift, a.sold_out_sku, a.sold_out_at_s)
                     for a in r.actions]),
        "advice": (("number", "advice_id", "at_s", "kind", "kind_words", "subject", "subject_name", "text",
                    "since_s", "remedy_action", "remedy_target", "remedy", "status", "status_at_s", "reason",
                    "outcome", "action_key", "action_id", "action_number", "followed_around", "followed_at_s",
                    "before_s", "after_s", "orders_before", "orders_after", "orders_per_min_before",
                    "orders_per_min_after", "lift", "viewer_lift", "p_value", "verdict"),
                   [(a.number, a.advice_id, a.at_s, a.kind, a.kind_words, a.subject, a.subject_name, a.text,
                     a.since_s, a.remedy_action, a.remedy_target, a.remedy, a.status, a.status_at_s, a.reason,
                     outcome(a), a.action_key, a.action_id, a.action.number if a.action else None,
                     *_followed_cells(a)) for a in r.advice.rows]),
        "minutes": (("minute", "at", *(f.removeprefix("minute_") for f in _MINUTE_FIELDS), "actions"), minutes),
        "notes": (("at_s", "source", "mark", "text", "context", "author"),
                  [(n.live_ts, n.source, n.is_mark, n.text, n.context, n.author) for n in r.notes]),
    }


def _followed_cells(a: AdviceRow) -> tuple[Any, ...]:
    f = a.followed
    if f is None:
        return (None,) * 12
    return (f.around, f.at_s, f.before_s, f.after_s, f.orders_before, f.orders_after, f.opm_before, f.opm_after,
            f.lift, f.viewer_lift, f.p_value, f.verdict)


_MINUTE_FIELDS = ("minute_viewers", "minute_orders", "minute_revenue", "minute_units", "minute_chat",
                  "minute_clicks", "minute_cart_adds", "minute_abandons", "minute_joins", "minute_leaves")


def comparison_table(c: Comparison) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """Every compared number in one long table: section, row, metric, reference, this live, difference."""
    rows: list[tuple[Any, ...]] = [("headline", "", d.key, d.a, d.b, d.delta, d.rel, d.direction)
                                   for d in c.headline]
    for section, items in (("goals", c.goals), ("products", c.products), ("channels", c.channels)):
        rows += [(section, r.key, d.key, d.a, d.b, d.delta, d.rel, d.direction) for r in items for d in r.cells]
    return ("section", "row", "metric", "reference", "this_live", "difference", "relative", "direction"), rows


def run_report(args: argparse.Namespace) -> int:
    """`live-console report SESSION --out DIR [--compare OTHER]`: print the files written; 2 on a bad file."""
    return run_writer("report", translate("ReportWriter", "the report"), args.out,
                      lambda: write_report(args.session, args.out, args.compare), SessionFileError, 2)


def run_writer(command: str, what: str, out: Path, write: Callable[[], Sequence[Path]],
               refused: type[Exception], refused_status: int) -> int:
    """A command that writes a folder of files (`report`, `history`): run `write` and print each file written (exit
    0). `refused` (its input said what is wrong: a bad session file, nothing to show) is its sentence on stderr and
    `refused_status`; a folder that cannot be written, 2."""
    try:
        paths = write()
    except refused as exc:
        print(f"live-console {command}: {exc}", file=sys.stderr)
        return refused_status
    except OSError as exc:
        why = translate("ReportWriter", "cannot write {what} to {folder}: {error}").format(
            what=what, folder=out, error=exc.strerror or exc)
        print(f"live-console {command}: {why}", file=sys.stderr)
        return 2
    for p in paths:
        print(p)
    return 0
