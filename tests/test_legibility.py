"""Legibility from 1-2 m: every text colour meets WCAG AA on its backgrounds; View > Text size scales the window."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from console.plan.model import DEMO_PLAN, load_plan
from console.widgets import theme
from console.widgets.main_window import MainWindow
from tests.test_widgets import Feed, simulate


@pytest.mark.parametrize(("fg", "bg", "ratio"), [
    ("#777777", "#ffffff", 4.48),  # the WCAG examples' grey on white, by hand: (1.05) / (0.1845 + 0.05)
    ("#000", "#fff", 21.0),
    ("#fff", "#fff", 1.0),
])
def test_contrast_ratio_matches_hand_computed_pairs(fg: str, bg: str, ratio: float) -> None:
    assert theme.contrast_ratio(fg, bg) == pytest.approx(ratio, abs=0.01)


def test_every_text_colour_meets_aa_on_each_of_its_backgrounds() -> None:
    weak = {(fg, bg): round(theme.contrast_ratio(fg, bg), 2)
            for fg, bgs in theme.TEXT_ON.items() for bg in bgs if theme.contrast_ratio(fg, bg) < theme.AA_TEXT}
    assert not weak, f"below {theme.AA_TEXT}:1: {weak}"


def test_the_grey_for_cancelled_and_no_data_is_readable() -> None:
    """The old grey (#6b7280) was 3.4:1 on a panel; 'cancelled', 'no data' and fired cues are read on air."""
    for bg in (theme.BG, theme.SURFACE, theme.SURFACE_HI):
        assert bg in theme.TEXT_ON[theme.GREY]
        assert theme.contrast_ratio(theme.GREY, bg) >= 4.5


def test_scale_css_scales_every_font_size() -> None:
    css = "QLabel { font-size: 14px; } #big { font-size:24px; color: red; }"
    assert theme.scale_css(css, 1.5) == "QLabel { font-size: 21px; } #big { font-size: 36px; color: red; }"
    assert theme.scale_css(css, 1.0) == css


def _px(label: QLabel) -> int:
    label.ensurePolished()
    return label.font().pixelSize()


def test_text_size_setting_scales_the_window_and_is_kept(qtbot: QtBot, tmp_path: Path) -> None:
    plan = load_plan(DEMO_PLAN)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(plan, Feed(simulate(plan, 3)), settings=settings)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    window.settle()
    header = window.channels.findChild(QLabel, "rowHeader")
    normal_px, tile = _px(header), window.tiles._tiles["gmv"]
    tile_h = tile.sizeHint().height()
    assert window.text_size() == "normal"
    sizes = window.menuBar().actions()[0].menu().actions()[2].menu()
    large = next(a for a in sizes.actions() if a.data() == "large")
    large.trigger()
    assert window.text_size() == "large" and large.isChecked()
    assert _px(header) == round(normal_px * theme.TEXT_SCALES["large"])  # stylesheets: 15 px -> 18 px
    assert tile.sizeHint().height() > tile_h  # painted tiles too
    for label in window.status.findChildren(QLabel):  # labels held at their old text size are measured again
        if label.isVisible() and label is not window.status.session:
            assert label.width() >= label.sizeHint().width(), label.text()
    window.close()
    again = MainWindow(plan, Feed(), settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.text_size() == "large"  # kept across runs
    assert _px(again.channels.findChild(QLabel, "rowHeader")) == round(normal_px * theme.TEXT_SCALES["large"])


_RULE = re.compile(r"\{([^{}]*)\}")
_PLACEHOLDER = re.compile(r"\{[A-Za-z_.]+\}")  # f-string fields such as {_K.RED}, inside a rule's braces
_BG = re.compile(r"background(?:-color)?:\s*(#[0-9a-fA-F]{3,6})\b")
_FG = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})\b")


def test_stylesheet_rules_with_their_own_colours_meet_aa() -> None:
    """Rules that set both a text colour and a background in a literal (button states, banners): each pair too."""
    pairs = []
    for source in sorted((Path(theme.__file__).parent).glob("*.py")):
        for rule in _RULE.findall(_PLACEHOLDER.sub("field", source.read_text())):
            fg, bg = _FG.search(rule), _BG.search(rule)
            if fg and bg:
                pairs.append((source.name, fg.group(1), bg.group(1)))
    assert len(pairs) >= 5, pairs  # the action buttons' states, the pad's banner
    weak = [(name, fg, bg, round(theme.contrast_ratio(fg, bg), 2)) for name, fg, bg in pairs
            if theme.contrast_ratio(fg, bg) < theme.AA_TEXT]
    assert not weak
