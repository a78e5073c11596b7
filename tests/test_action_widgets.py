"""The action pad and the action log, offscreen, against a recording fake of the ActionPort (real book, real cues)."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from console.actions import ActionBook, ActionPort, ButtonState, Intent, IntentStatus, Refusal, action_for
from console.cues import CueList, CueRow, CueState
from console.health import FeedHealth, FeedState
from console.kpi import KpiEngine
from console.kpi_types import ActionEffect, KpiSnapshot, OfferInfo
from console.plan import DEMO_PLAN, Plan, load_plan
from console.widgets import theme
from console.widgets.action_log import ActionLogDock, effect_text
from console.widgets.action_pad import ActionPadDock
from console.widgets.confirm import ARM_WINDOW_S, CustomOfferDialog, SafetyGate, confirm_box

T0 = 1_700_000_000.0
LIVE = FeedHealth(FeedState.LIVE, since=1.0)


class FakePort:
    """Records every call; holds a real ActionBook and CueList so button states and cues behave for real."""

    def __init__(self, plan: Plan | None) -> None:
        self.plan, self.book, self.operator = plan, ActionBook(), "tester"
        self.cues = CueList(plan)
        self.fired: list[tuple[str, str]] = []  # (button, source)
        self.params: list[dict[str, Any]] = []
        self.notes: list[tuple[str, str]] = []
        self.effects: dict[str, ActionEffect] = {}
        self.reason = ""
        self.skips = 0

    def fire(self, button: str, kind: str, params: dict[str, Any], label: str, source: str) -> Intent | None:
        intent = self.book.press(button, kind, params, label, source, self.operator, time.time(), T0 + 600)
        if intent is not None:
            self.fired.append((button, source))
            self.params.append(params)
        return intent

    def fire_target(self, kind: str, target: str, source: str) -> Intent | None:
        assert self.plan is not None
        button, params, label = action_for(self.plan, kind, target)
        return self.fire(button, kind, params, label, source)

    def go(self, shown: int | None = None) -> Intent | Refusal:
        index = self.cues.armed()
        if index is None or index != shown:
            return Refusal("not the cue shown")
        self.cues.mark(index, CueState.FIRED)
        intent = self.fire_target(self.cues.cues[index].action, self.cues.cues[index].target, "go")
        return intent if intent is not None else Refusal("double press ignored")

    def skip_cue(self) -> None:
        self.skips += 1
        index = self.cues.armed()
        if index is not None:
            self.cues.mark(index, CueState.SKIPPED)

    def cue_rows(self) -> list[CueRow]:
        return self.cues.rows()

    def disabled_reason(self, health: FeedHealth) -> str:
        return self.reason or ("" if health.state == FeedState.LIVE else f"the feed is {health.state.value}")

    def add_note(self, text: str, source: str) -> None:
        self.notes.append((text, source))

    def effect(self, action_id: str) -> ActionEffect | None:
        return self.effects.get(action_id)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(DEMO_PLAN)


@pytest.fixture
def port(plan: Plan) -> FakePort:
    p = FakePort(plan)
    for i in range(3):  # the three auto cues before minute 10 have fired, as the desk would have done
        p.cues.mark(i, CueState.FIRED)
    return p


@pytest.fixture
def snap(plan: Plan) -> KpiSnapshot:
    """Ten minutes into the live, the knife demo on air, no offer running."""
    return replace(KpiEngine(plan).snapshot(), started_at=T0, now_ts=T0 + 600, elapsed_s=600,
                   current_segment="knife-demo")


@pytest.fixture
def win(qtbot: QtBot) -> QMainWindow:
    """The window the docks live in (held here: pytest-qt keeps only a weak reference)."""
    window = QMainWindow()
    qtbot.addWidget(window)
    theme.apply_to(window)
    return window


@pytest.fixture
def pad(qtbot: QtBot, win: QMainWindow, port: FakePort, snap: KpiSnapshot) -> ActionPadDock:
    typed: ActionPort = port  # the fake must satisfy the protocol the widgets are written against
    dock = ActionPadDock(typed, win)
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    win.resize(700, 900)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    dock.refresh(snap, LIVE, time.time())
    return dock


def test_one_button_per_preset_segment_and_kit_with_its_hotkey(pad: ActionPadDock, plan: Plan) -> None:
    ids = pad.button_ids()
    assert ids == ([f"preset:{p.id}" for p in plan.presets] + ["custom:offer"]
                        + [f"segment:{s.id}" for s in plan.segments] + [f"kit:{k.id}" for k in plan.kits])
    assert pad.button("preset:flash-chef20").text().startswith("F1  Chef's knife -20% · 5 min")
    assert pad.button("segment:welcome").text().startswith("F5  Welcome")
    assert pad.button("segment:qa").text().startswith("F9  Questions")
    assert pad.button("kit:kit-baker").text().startswith("Ctrl+3  Weekend baker")
    assert "F12" in pad.go_button.text()
    assert pad.mark_button.text().startswith("Ctrl+M")


def test_click_without_safety_fires_from_the_button(pad: ActionPadDock, port: FakePort, qtbot: QtBot) -> None:
    qtbot.mouseClick(pad.button("segment:baking"), Qt.MouseButton.LeftButton)
    assert port.fired == [("segment:baking", "button")]


def test_hotkey_fires_from_the_keyboard(pad: ActionPadDock, port: FakePort, qtbot: QtBot) -> None:
    qtbot.keyClick(pad.window(), Qt.Key.Key_F7)
    assert port.fired == [("segment:cast-iron", "hotkey")]


def test_current_segment_is_highlighted(pad: ActionPadDock) -> None:
    assert pad.button("segment:knife-demo").property("current") == "yes"
    assert pad.button("segment:welcome").property("current") == "no"


@pytest.mark.parametrize(("answer", "fired"), [(False, []), (True, [("preset:flash-dutch", "button")])])
def test_confirm_safety_asks_first(pad: ActionPadDock, port: FakePort, qtbot: QtBot,
                                   answer: bool, fired: list[tuple[str, str]]) -> None:
    asked: list[str] = []
    pad.ask = lambda _w, text: asked.append(text) or answer  # type: ignore[method-assign]
    qtbot.mouseClick(pad.button("preset:flash-dutch"), Qt.MouseButton.LeftButton)
    assert asked == ["Start the flash offer “Dutch oven -25% (4 min)” now?"]
    assert port.fired == fired


def test_confirm_safety_asks_for_hotkeys_too(pad: ActionPadDock, port: FakePort, qtbot: QtBot) -> None:
    pad.ask = lambda _w, _t: False  # type: ignore[method-assign]
    qtbot.keyClick(pad.window(), Qt.Key.Key_F1)
    assert port.fired == []
    pad.ask = lambda _w, _t: True  # type: ignore[method-assign]
    qtbot.keyClick(pad.window(), Qt.Key.Key_F1)
    assert port.fired == [("preset:flash-chef20", "hotkey")]


def test_the_question_defaults_to_no(pad: ActionPadDock) -> None:
    box = confirm_box(pad, "Start the flash offer?")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.No)
    box.deleteLater()


def test_hold_safety_needs_the_full_hold(pad: ActionPadDock, port: FakePort, qtbot: QtBot) -> None:
    kit = pad.button("kit:kit-cast-iron")
    qtbot.mousePress(kit, Qt.MouseButton.LeftButton)
    assert kit.is_holding()  # type: ignore[attr-defined]
    qtbot.mouseRelease(kit, Qt.MouseButton.LeftButton)
    assert not kit.is_holding()  # type: ignore[attr-defined]  # released early: the timer is gone
    assert port.fired == []
    qtbot.mousePress(kit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(port.fired), timeout=3000)
    qtbot.mouseRelease(kit, Qt.MouseButton.LeftButton)
    assert port.fired == [("kit:kit-cast-iron", "button")]


def test_hold_safety_from_the_keyboard_needs_a_second_press(pad: ActionPadDock, port: FakePort, qtbot: QtBot,
                                                            snap: KpiSnapshot) -> None:
    qtbot.keyClick(pad.window(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert port.fired == []
    pad.refresh(snap, LIVE, time.time())
    assert "press Ctrl+1 again to confirm" in pad.button("kit:kit-knife-care").text()
    qtbot.keyClick(pad.window(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert port.fired == [("kit:kit-knife-care", "hotkey")]


def test_disabled_reason_disables_every_action(pad: ActionPadDock, port: FakePort, snap: KpiSnapshot,
                                               qtbot: QtBot) -> None:
    port.reason = "the feed is reconnecting: connection refused"
    pad.refresh(snap, LIVE, time.time())
    button = pad.button("segment:qa")
    assert pad.state_of("segment:qa") == ButtonState.DISABLED
    assert not button.isEnabled()
    assert button.toolTip() == port.reason
    assert not pad.go_button.isEnabled()
    assert pad.banner.isVisible() and port.reason in pad.banner.text()
    qtbot.keyClick(pad.window(), Qt.Key.Key_F9)
    assert port.fired == []


def test_sending_failed_and_running_states(pad: ActionPadDock, port: FakePort, snap: KpiSnapshot,
                                           qtbot: QtBot) -> None:
    qtbot.mouseClick(pad.button("segment:qa"), Qt.MouseButton.LeftButton)
    intent = port.book.latest_for("segment:qa")
    assert intent is not None
    port.book.update(intent.key, status=IntentStatus.SENT, attempts=2)
    pad.refresh(snap, LIVE, time.time())
    assert pad.state_of("segment:qa") == ButtonState.SENDING
    assert "attempt 2" in pad.button("segment:qa").text()
    port.book.update(intent.key, status=IntentStatus.FAILED, error="HTTP 503 from the studio", sent_at=time.time())
    pad.refresh(snap, LIVE, time.time())
    assert pad.state_of("segment:qa") == ButtonState.FAILED
    assert "failed" in pad.button("segment:qa").text()
    assert "HTTP 503 from the studio" in pad.button("segment:qa").toolTip()
    offer = OfferInfo("a1", "KNF-CHEF20", 20, 71.2, started_at=T0 + 550, ends_at=T0 + 600 + 252)
    pad.refresh(replace(snap, running_offers={"a1": offer}), LIVE, time.time())  # keyed by action id, as the engine
    assert pad.state_of("preset:flash-chef20") == ButtonState.RUNNING
    assert "live 04:12 left" in pad.button("preset:flash-chef20").text()


def test_cue_list_shows_the_armed_cue_and_go_fires_it(pad: ActionPadDock, port: FakePort, qtbot: QtBot,
                                                      snap: KpiSnapshot) -> None:
    table = pad.cue_table
    states = [table.item(r, 4).text() for r in range(table.rowCount())]
    assert states[:4] == ["fired", "fired", "fired", "armed"]
    assert table.item(3, 2).text() == "Searing in cast iron"
    assert table.item(3, 2).font().bold()
    assert pad.next_label.text() == "next: Searing in cast iron in 10:00"
    assert "Searing in cast iron" in pad.go_button.text()
    asked: list[str] = []
    pad.ask = lambda _w, text: asked.append(text) or True  # type: ignore[method-assign]
    qtbot.mouseClick(pad.go_button, Qt.MouseButton.LeftButton)
    # planned at 20:00, the live at 10:00: far early, so GO asks although a segment's safety is "none"
    assert asked == ["The segment “Searing in cast iron” is due in 10:00 (planned at 20:00, the live is at 10:00)"
                     " — fire now?"]
    assert port.fired == [("segment:cast-iron", "go")]
    pad.refresh(snap, LIVE, time.time())
    assert table.item(4, 4).text() == "armed"  # the Dutch oven offer: confirm safety, asked for GO too
    pad.ask = lambda _w, _t: True  # type: ignore[method-assign]
    qtbot.keyClick(pad.window(), Qt.Key.Key_F12)
    assert port.fired[-1] == ("preset:flash-dutch", "go")


def test_skip_and_mark(pad: ActionPadDock, port: FakePort, qtbot: QtBot, snap: KpiSnapshot) -> None:
    qtbot.mouseClick(pad.skip_button, Qt.MouseButton.LeftButton)
    pad.refresh(snap, LIVE, time.time())
    assert pad.cue_table.item(3, 4).text() == "skipped" and port.skips == 1
    qtbot.keyClick(pad.window(), Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert port.notes == [("marked", "hotkey")]
    assert "marked" in pad.toast.text()


def test_custom_offer_dialog_values_and_validation(qtbot: QtBot, plan: Plan) -> None:
    dialog = CustomOfferDialog(plan)
    qtbot.addWidget(dialog)
    dialog.product.setCurrentIndex(dialog.product.findData("POT-DUTCH5"))
    dialog.discount.setValue(30)
    dialog.duration.lineEdit().setText("1:30")
    assert dialog.errors() == []
    assert dialog.values() == {"product_id": "POT-DUTCH5", "discount_pct": 30.0, "duration_s": 90}
    assert dialog.ok_button().isEnabled()
    dialog.duration.lineEdit().setText("99:99")
    assert any("Duration" in e for e in dialog.errors())
    assert not dialog.ok_button().isEnabled() and dialog.error.text()
    dialog.duration.lineEdit().setText("600")
    dialog.discount.setValue(80)  # 149 € at -80% is below the 62 € unit cost
    assert dialog.errors() == ["At -80% Dutch oven 5 L sells for €29.80, below its cost €62.00"]
    assert not dialog.ok_button().isEnabled()


def test_custom_offer_fires_from_the_pad(pad: ActionPadDock, port: FakePort, qtbot: QtBot) -> None:
    qtbot.mouseClick(pad.custom_button, Qt.MouseButton.LeftButton)
    dialog = pad.custom_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.discount.setValue(10)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert port.fired == [("custom:offer", "button")]
    assert port.params == [{"product_id": "KNF-CHEF20", "discount_pct": 10.0, "duration_s": 300}]


def test_no_plan_says_so(win: QMainWindow) -> None:
    dock = ActionPadDock(FakePort(None), win)
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.refresh(None, LIVE, time.time())
    assert dock.button_ids() == []
    assert "no plan loaded: actions need a plan" in [w.text() for w in dock.findChildren(type(dock.toast))]


def _effect(action_id: str, before: float, after: float, units: tuple[float, float] | None = None) -> ActionEffect:
    u_before, u_after = units if units else (None, None)
    return ActionEffect(action_id, "flash_offer" if units else "segment", T0 + 100, "KNF-CHEF20" if units else None,
                        300, 300, 120, before, after, after / before - 1, u_before, u_after,
                        u_after / u_before - 1 if u_before and u_after else None)


def test_effect_text() -> None:
    assert effect_text(None) == "—"
    assert effect_text(_effect("a", 3.2, 5.1)) == "orders/min 3.2 → 5.1 (+59%)"
    assert effect_text(_effect("a", 3.2, 5.1, (1.0, 4.0))) == (
        "orders/min 3.2 → 5.1 (+59%) · units/min 1.0 → 4.0 (+300%)")


def test_action_log_rows_newest_first_with_status_and_effect(win: QMainWindow, port: FakePort,
                                                             snap: KpiSnapshot) -> None:
    log = ActionLogDock(port, win)
    win.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, log)
    book = port.book
    a = book.press("segment:welcome", "segment", {}, "Welcome", "button", "tester", T0 + 60, T0 + 60)
    b = book.press("preset:flash-chef20", "flash_offer", {}, "Chef's knife -20%", "hotkey", "tester", T0 + 125,
                   T0 + 125)
    c = book.press("kit:kit-baker", "kit", {}, "Weekend baker", "cue", "tester", T0 + 300, T0 + 300)
    assert a and b and c
    book.update(a.key, status=IntentStatus.ACKED, action_id="act-a", attempts=1, latency_ms=42.4, seen_at=T0 + 61)
    book.update(b.key, status=IntentStatus.ACKED, action_id="act-b", attempts=2, latency_ms=180.0)
    book.update(c.key, status=IntentStatus.FAILED, attempts=3, error="HTTP 409: kit not available")
    port.effects["act-a"] = _effect("act-a", 3.2, 5.1)
    log.refresh(snap, LIVE, 1000.0)
    assert log.row_count() == 3
    assert [log.cell_text(r, "what") for r in range(3)] == ["Weekend baker", "Chef's knife -20%", "Welcome"]
    assert [log.cell_text(r, "status") for r in range(3)] == ["failed", "acked", "confirmed"]
    assert [log.cell_text(r, "time") for r in range(3)] == ["05:00", "02:05", "01:00"]
    assert log.cell_text(2, "effect") == "orders/min 3.2 → 5.1 (+59%)"
    assert log.cell_text(1, "effect") == "—"
    assert log.cell_text(2, "latency") == "42 ms" and log.cell_text(0, "attempts") == "3"
    assert log.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "HTTP 409: kit not available"
    # A new intent lands on top; rows already shown update in place; text waits for the 500 ms interval.
    d = book.press("segment:qa", "segment", {}, "Questions", "button", "tester", T0 + 400, T0 + 400)
    assert d is not None
    book.update(b.key, seen_at=T0 + 130)
    log.refresh(snap, LIVE, 1000.2)
    assert log.row_count() == 3
    log.refresh(snap, LIVE, 1000.6)
    assert log.row_count() == 4
    assert log.cell_text(0, "what") == "Questions" and log.cell_text(0, "status") == "pending"
    assert log.cell_text(2, "status") == "confirmed"


def test_safety_gate_arms_then_fires_within_the_window() -> None:
    clock = [100.0]
    asked: list[str] = []
    gate = SafetyGate(lambda q: asked.append(q) or True, clock=lambda: clock[0])
    assert gate.decide("kit:a", "none", "hotkey", "?") == "fire"
    assert gate.decide("kit:a", "confirm", "button", "Start?") == "fire" and asked == ["Start?"]
    assert gate.decide("kit:a", "hold", "button", "?") == "wait"  # only the completed hold gets in
    assert gate.decide("kit:a", "hold", "hotkey", "?") == "armed" and gate.arming("kit:a")
    clock[0] += ARM_WINDOW_S + 0.1  # too late: this press arms again instead of firing
    assert gate.decide("kit:a", "hold", "hotkey", "?") == "armed"
    clock[0] += 0.3
    assert gate.decide("kit:a", "hold", "hotkey", "?") == "fire" and not gate.arming("kit:a")


def test_a_held_button_does_not_fire_while_its_last_press_is_still_sending(
        pad: ActionPadDock, port: FakePort, snap: KpiSnapshot) -> None:
    kit = pad.button("kit:kit-baker")
    kit.held.emit()  # type: ignore[attr-defined]
    assert port.fired == [("kit:kit-baker", "button")]
    pad.refresh(snap, LIVE, time.time())
    assert pad.state_of("kit:kit-baker") == ButtonState.SENDING
    kit.held.emit()  # type: ignore[attr-defined]
    assert port.fired == [("kit:kit-baker", "button")]
    assert "already sending" in pad.toast.text()
