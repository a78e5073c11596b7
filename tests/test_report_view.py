"""The replay window's Report tab looks like report.html: styled in the CSS Qt understands, charts fitted to it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from console.report.html_parts import LIGHT
from console.report.writer import QT_PAGE, write_report
from console.widgets.report_view import MARGIN, ReportView
from tests.test_report import build_session


def test_the_report_tab_is_styled_and_its_charts_fit(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "out"
    written = write_report(build_session(tmp_path / "live.db"), out)
    assert out / QT_PAGE in written
    view = ReportView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.show_report(str(out / "report.html"), "")
    assert view.shown_path() == str(out / "report.html")  # the browser still gets the self-contained page
    assert view.page.source().toLocalFile() == str(out / QT_PAGE)
    laid_out = view.page.document().toHtml()
    # the tiles' surface and the green edge of a met goal: Qt read the stylesheet (var() and grid it cannot)
    assert f"background-color:{LIGHT['surface']}" in laid_out
    assert LIGHT["good"] in laid_out
    assert "Three lessons for the next live" in view.page.toPlainText()
    widths = view.page.image_widths()
    assert len(widths) >= 7  # five curves, the quadrant, the channels
    fit = min(1000, view.page.viewport().width() - MARGIN)
    assert all(abs(w - fit) < 1 for w in widths)  # the 2,000-pixel PNGs no longer run off the tab
    view.resize(1400, 700)
    qtbot.waitUntil(lambda: all(abs(w - 1000) < 1 for w in view.page.image_widths()), timeout=5_000)
