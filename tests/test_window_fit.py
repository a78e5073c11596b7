"""The live window fits the desk: at 1366 x 768 (the most common laptop) and 1920 x 1080, on the demo plan and on a
plan with long Portuguese names, every control and number an operator needs is on screen and nothing overlaps.

Real simulator over loopback, real pipeline, desk and docks; screenshots are written to $LAYOUT_SHOTS (or the test's
tmp dir) so a person can look at them.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from pytestqt.qtbot import QtBot

from console.actions.book import IntentStatus
from console.app import attach_action_docks
from console.i18n import use_language
from console.plan.model import DEMO_PLAN, load_plan
from console.services.feed_client import Backoff
from console.services.live_session import Tuning, open_live_session
from console.widgets.action_button import face_width
from console.widgets.action_log import ActionLogDock
from console.widgets.action_pad import ActionPadDock
from console.widgets.kpi_tiles import _BAND_W, _MARGINS
from console.widgets.main_window import MainWindow
from console.widgets.screen_fit import FIT_SIZE
from tests.support import start_simulator
from tests.test_action_widgets import LIVE, FakePort
from tests.test_widgets import Feed, simulate

BRASIL_PLAN = Path(__file__).resolve().parent.parent / "assets" / "plans" / "brasil-cozinha.toml"
BRIDGE_PLAN = BRASIL_PLAN.with_name("bridge-demo.toml")
TOKYO_PLAN = BRASIL_PLAN.with_name("tokyo-kitchen.toml")
SUOMI_PLAN = BRASIL_PLAN.with_name("suomi-keittio.toml")
SIZES = ((1366, 768), (1920, 1080))


def in_window(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def resize_to(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    """Resize until the window has the size: a minimum computed for a bigger window holds until the layout has
    caught up (posted events), as a window manager's resize would find it."""

    def done() -> bool:
        window.resize(*size)
        if (window.width(), window.height()) == size:
            return True
        QApplication.processEvents()
        return False

    try:
        qtbot.waitUntil(done, timeout=5_000)
    except Exception:
        docks = [(d.objectName(), d.minimumSizeHint(), d.geometry().getRect())
                 for d in window.findChildren(QDockWidget)]
        raise AssertionError(f"stuck at {window.size()}, minimum {window.minimumSizeHint()}: {docks}") from None


def assert_on_screen(window: MainWindow, widget: QWidget, what: str) -> None:
    """Shown, wholly inside the window, and not hidden behind a scroll area's edge or a tab."""
    assert widget.isVisible(), f"{what} is hidden"
    rect = in_window(window, widget)
    assert window.rect().contains(rect), f"{what} at {rect} is outside the window {window.rect()}"
    assert widget.visibleRegion().boundingRect().size() == widget.size(), f"{what} is partly cut off"


def assert_pad_buttons_whole(pad: QWidget) -> None:
    """The buttons scroll up and down, never sideways: both columns whole inside the scroll area, each wide enough
    for its key and terms in the font it has now."""
    for c in pad._controls.values():  # type: ignore[attr-defined]
        area = c.button.parentWidget().parentWidget()  # the buttons' column, then the scroll area's viewport
        right = c.button.mapTo(area, QPoint(c.button.width(), 0)).x()
        assert right <= area.width(), f"pad button {c.key!r} cut at the pad's right edge ({right} > {area.width()})"
        needed = face_width(c.button.fontMetrics(), c.key, c.terms)
        assert c.button.width() >= needed, f"pad button {c.key!r}: {c.button.width()} px for {needed} px of terms"


#: (plan, the console's language): each language on a plan written in it, in its currency (docs/i18n.md)
LIVES = [(DEMO_PLAN, "en"), (BRASIL_PLAN, "en"), (BRASIL_PLAN, "pt_BR"), (TOKYO_PLAN, "ja"), (SUOMI_PLAN, "fi")]


@pytest.fixture(params=LIVES, ids=["demo", "brasil", "brasil-pt_BR", "tokyo-ja", "suomi-fi"])
def live_window(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    plan_path, language = request.param
    use_language(language)
    plan = load_plan(plan_path)
    sim = start_simulator("--speed", "60", "--plan", str(plan_path))
    session = open_live_session(sim.feed, sim.token, plan, session_path=tmp_path / "session.db", api_url=sim.api,
                                operator="tester", tuning=Tuning(backoff=Backoff(0.1, 0.5)))
    session.start()
    window = MainWindow(plan, session.latest, settings=QSettings(str(tmp_path / "ui.ini"),
                                                                 QSettings.Format.IniFormat),
                        session_label=str(tmp_path / "session.db"))
    qtbot.addWidget(window)
    attach_action_docks(window, session.desk)
    window.show()
    qtbot.waitExposed(window)
    # a few seconds of live: several live minutes at 60x, so tiles, chart, heat map and products all have data
    qtbot.waitUntil(lambda: (s := window.snapshot()) is not None and s.orders >= 5, timeout=30_000)
    window.plan_name = f"{plan_path.stem}_{language}"  # type: ignore[attr-defined]
    yield window
    window.close()
    session.close()
    sim.stop(signal.SIGKILL)
    use_language("en")


def test_minimum_size_fits_a_laptop_screen(qtbot: QtBot, live_window: MainWindow,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "room", lambda _self: QRect(0, 0, *FIT_SIZE))  # a laptop less its taskbar
    live_window.reset_layout()  # View > Reset layout on that screen: the window must shrink to fit it
    resize_to(qtbot, live_window, FIT_SIZE)
    hint = live_window.minimumSizeHint()
    assert hint.width() <= FIT_SIZE[0] and hint.height() <= FIT_SIZE[1], hint


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1920x1080"])
def test_every_key_widget_is_on_screen_and_nothing_overlaps(qtbot: QtBot, live_window: MainWindow, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            size: tuple[int, int]) -> None:
    window = live_window
    monkeypatch.setattr(MainWindow, "room", lambda _self: QRect(QPoint(0, 0), QSize(*size)))  # a screen this size
    resize_to(qtbot, window, size)
    window.reset_layout()  # as an operator would after resizing: the default shares for this size
    QApplication.processEvents()
    window.settle()
    shots = Path(os.environ.get("LAYOUT_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(shots / f"live_{window.plan_name}_{size[0]}x{size[1]}.png"))  # type: ignore

    pad = window.docks()["pad"]
    go, cues = pad.go_button, pad.cue_table  # type: ignore[attr-defined]
    assert_on_screen(window, go, "GO")
    assert go.width() >= 150, "GO too narrow to read its cue"
    assert_on_screen(window, cues, "run of show")
    assert cues.viewport().height() >= 3 * 24, "the run of show shows fewer than three cues"
    assert_pad_buttons_whole(pad)
    status = window.status
    for label, what in ((status.state, "LIVE state"), (status.clock, "live clock")):
        assert_on_screen(window, label, what)
    assert window.rect().contains(in_window(window, status))
    for name, tile in window.tiles._tiles.items():
        assert_on_screen(window, tile, f"KPI tile {name}")
        room = tile.width() - _BAND_W - _MARGINS[0] - _MARGINS[2]
        caption_w = QFontMetrics(tile._caption_font).horizontalAdvance(tile.caption)
        assert caption_w <= room, f"KPI tile {name}: caption {tile.caption!r} cut ({caption_w} > {room} px)"
        assert "…" not in tile.drawn_note(), f"KPI tile {name}: {tile.drawn_note()!r} cut"
    first = window.products._rows[window.products.skus()[0]]
    assert_on_screen(window, first.stats, "first product's price and sales")
    assert first.stats.sizeHint().width() <= first.stats.width(), "product figures are cut"
    # docks side by side never overlap; the chart keeps a usable height
    docks = [d for d in window.findChildren(QDockWidget)  # tabs behind the current one are parked off the window
             if d.isVisible() and not d.isFloating() and window.rect().intersects(in_window(window, d))]
    for i, a in enumerate(docks):
        for b in docks[i + 1:]:
            overlap = in_window(window, a).intersected(in_window(window, b))
            assert overlap.isEmpty(), f"{a.windowTitle()} overlaps {b.windowTitle()} by {overlap}"
    assert window.audience.height() >= 150




def test_a_growing_window_gives_its_room_to_the_chart(qtbot: QtBot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Maximising a laptop-sized window: the chart and the panels grow, not the tiles (Qt alone gave it them)."""
    plan = load_plan(DEMO_PLAN)
    monkeypatch.setattr(MainWindow, "room", lambda _self: QRect(0, 0, 1366, 728))
    window = MainWindow(plan, Feed(simulate(plan, 5)),
                        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.add_action_docks(ActionPadDock(FakePort(plan)), ActionLogDock(FakePort(plan)))
    window.show()
    qtbot.waitExposed(window)
    tiles = window.docks()["kpis"].height()
    resize_to(qtbot, window, (1920, 1080))
    qtbot.waitUntil(lambda: window.audience.width() >= 0.3 * 1920, timeout=5_000)
    assert window.docks()["kpis"].height() <= tiles + 30
    assert window.audience.height() >= 0.35 * 1080


def test_a_text_size_the_screen_cannot_hold_is_refused_and_the_window_still_fits(
        qtbot: QtBot, live_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """View > Text size > Larger on a laptop once grew the window to 1638 x 810 (status bar, prices and two tiles
    off screen), kept it that way back at Normal, and again at every start (the size is kept)."""
    window = live_window
    monkeypatch.setattr(MainWindow, "room", lambda _self: QRect(0, 0, *FIT_SIZE))
    window.reset_layout()
    # the fixture's window opened on the offscreen screen at its preferred size, wider than the laptop for a
    # longer language, and its minimum catches up with the laptop's layout only after the posted layout events
    qtbot.waitUntil(lambda: (QApplication.processEvents(), window.reset_layout(),
                             window.width() <= FIT_SIZE[0] and window.height() <= FIT_SIZE[1])[-1], timeout=5_000)
    window.set_text_size("larger")
    assert window.text_size() != "larger"
    said = window.status.currentMessage()  # in the window's language; the screen's size in every one
    assert f"{FIT_SIZE[0]}×{FIT_SIZE[1]}" in said, said
    if window.plan_name.endswith("_en"):  # type: ignore[attr-defined]
        assert "does not fit this screen" in said
    hint = window.minimumSizeHint()
    assert hint.width() <= FIT_SIZE[0] and hint.height() <= FIT_SIZE[1], hint
    assert window.width() <= FIT_SIZE[0] and window.height() <= FIT_SIZE[1], window.size()
    monkeypatch.setattr(MainWindow, "room", lambda _self: QRect(0, 0, 2560, 1440))  # a big studio screen holds it
    window.set_text_size("larger")
    assert window.text_size() == "larger"


def test_larger_text_on_a_studio_screen_keeps_every_pad_button_whole(
        qtbot: QtBot, live_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Larger text at 1920 x 1080 cut the offer buttons' terms mid-word ("-20% · 5 m", "F3 -15% · 10 "): the
    buttons' widths were measured once, in the normal font."""
    window = live_window
    monkeypatch.setattr(MainWindow, "room", lambda _self: QRect(0, 0, 1920, 1080))
    resize_to(qtbot, window, (1920, 1080))
    window.set_text_size("larger")
    assert window.text_size() == "larger"
    window.reset_layout()
    QApplication.processEvents()
    window.settle()
    assert_pad_buttons_whole(window.docks()["pad"])


def test_steps_by_hand_lie_over_the_pad_and_the_window_still_fits_a_laptop(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The card of steps by hand, put in the pad's layout, made the window 140 px taller than a 1366 x 768 screen
    (the status bar, with LIVE, went off the bottom) and pushed every button down as it came and went."""
    plan = load_plan(BRIDGE_PLAN)
    monkeypatch.setattr(MainWindow, "room", lambda _self: QRect(0, 0, *FIT_SIZE))
    window = MainWindow(plan, Feed(simulate(plan, 5)),
                        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    port = FakePort(plan)
    pad = ActionPadDock(port)
    window.add_action_docks(pad, ActionLogDock(FakePort(plan)))
    window.show()
    qtbot.waitExposed(window)
    resize_to(qtbot, window, FIT_SIZE)
    pad.refresh(None, LIVE, time.time())  # the pad as it stands, before the step by hand comes
    QApplication.processEvents()
    buttons = {b: in_window(window, pad.button(b)).topLeft() for b in ("preset:flash-chef20", "segment:welcome")}
    intent = port.fire_target("segment", "knife-demo", "button")
    assert intent is not None
    port.book.update(intent.key, status=IntentStatus.BY_HAND, action_id="act-1", steps=(
        "Tell the host: go to script segment 'Knife skills demo' (knife-demo), with the product demonstration.",
        "In TikTok LIVE Studio: pin product 'Chef's knife 20 cm' (TikTok id 1729609304255072963)."))
    pad.refresh(None, LIVE, time.time())
    QApplication.processEvents()
    card = pad.by_hand
    assert card.isVisible() and window.minimumSizeHint().height() <= FIT_SIZE[1]
    assert {b: in_window(window, pad.button(b)).topLeft() for b in buttons} == buttons  # none moved under the mouse
    assert window.height() <= FIT_SIZE[1]
    for widget, what in ((card.done_button, "Done"), (card.not_done_button, "Not done"), (pad.go_button, "GO"),
                         (window.status, "the status bar")):
        assert_on_screen(window, widget, what)
    assert in_window(window, card).bottom() < in_window(window, pad.go_button).top()  # GO stays in view
    done = card.done_button
    assert done.fontMetrics().horizontalAdvance(done.text()) <= done.contentsRect().width()  # "Ctrl+D" whole
    window.grab().save(str(Path(os.environ.get("LAYOUT_SHOTS", tmp_path)) / "by_hand_1366.png"))
