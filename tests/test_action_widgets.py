"""The action pad and the action log, offscreen, against a recording fake of the ActionPort (real book, real cues)."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from console.actions.book import ActionBook, ActionPort, ButtonState, Intent, IntentStatus, Refusal, action_for
from console.actions.safety import ARM_WINDOW_S, SafetyGate
from console.kpi.engine import KpiEngine
from console.kpi.snapshot import ActionEffect, KpiSnapshot, OfferInfo
from console.live.health import FeedHealth, FeedState
from console.plan.cues import CueList, CueRow, CueState
from console.plan.model import DEMO_PLAN, Plan, load_plan, parse_plan
from console.widgets import theme
from console.widgets.action_log import ActionLogDock, effect_text
from console.widgets.action_pad import ActionPadDock
from console.widgets.confirm import confirm_box
from console.widgets.custom_offer import CustomOfferDialog

T0 = 1_700_000_000.0
LIVE = FeedHealth(FeedState.LIVE, since=1.0)


class FakePort:
    """Records every call; holds a real ActionBook and CueList so button states and cues behave for real."""

    def __init__(self, plan: Plan | None) -> None:
        self.plan, self.book, self.operator = plan, ActionBook(), "tester"
        self.read_only = False  # an operator's seat
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

    def by_hand(self) -> list[Intent]:
        return [i for i in self.book.all() if i.status == IntentStatus.BY_HAND]

    def settle_by_hand(self, key: str, done: bool, reason: str = "") -> None:
        self.book.update(key, status=IntentStatus.ACKED if done else IntentStatus.NOT_DONE, error=reason)


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
    assert pad.button("preset:flash-chef20").text() == "Chef's knife\nF1  -20% · 5 min\n "  # a line kept for state
    assert pad.button("segment:welcome").text() == "Welcome and today's deals\nF5"
    assert pad.button("segment:qa").text() == "Questions and answers\nF9"
    assert pad.button("kit:kit-baker").text() == "Weekend baker\nCtrl+3"
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
    assert pad.button("kit:kit-knife-care").text().endswith("\nCtrl+1  press again to confirm")
    assert pad.toast.text().startswith("Press Ctrl+1 again to confirm")
    qtbot.keyClick(pad.window(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert port.fired == [("kit:kit-knife-care", "hotkey")]
    # the invitation to press again goes with the press that answered it: left standing, it got a second kit sent
    assert pad.toast.text().startswith("Sent: ") and "again" not in pad.toast.text()


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
    pad.resize(pad.minimumSizeHint().width(), pad.height())  # as narrow as the pad gets (1366 px laptop)
    pad.refresh(snap, LIVE, time.time())
    assert pad.go_button.text().endswith("due in 10:00"), pad.go_button.text()  # the second key gives way
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
    pad._go_pressed_at -= 1.0  # the operator's next press, past the debounce window
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


# ---------------------------------------------------------------------------------------------- issue 12
def _settle() -> None:
    """Deliver what is posted (a layout request climbing to the window), so a dock that would grow has grown."""
    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()


def _sold_out(snap: KpiSnapshot, *skus: str) -> KpiSnapshot:
    return replace(snap, products=[replace(p, sold_out=p.sku in skus) for p in snap.products])


def test_a_sold_out_offer_says_so_before_the_press_and_sends_nothing(pad: ActionPadDock, port: FakePort,
                                                                     snap: KpiSnapshot, qtbot: QtBot) -> None:
    asked: list[str] = []
    pad.ask = lambda _w, text: asked.append(text) or True  # type: ignore[method-assign]
    pad.refresh(_sold_out(snap, "POT-DUTCH5", "MIX-STAND"), LIVE, time.time())
    dutch = pad.button("preset:flash-dutch")
    assert pad.state_of("preset:flash-dutch") == ButtonState.BLOCKED
    assert "✗ sold out" in dutch.text()
    assert "Dutch oven 5 L is sold out" in dutch.toolTip()
    qtbot.keyClick(pad.window(), Qt.Key.Key_F2)
    qtbot.mouseClick(pad.button("preset:flash-mixer"), Qt.MouseButton.LeftButton)
    assert port.fired == [] and asked == []  # no request, and no question that could be answered Yes
    assert pad.toast.text().startswith("Not sent: Stand mixer 1000 W is sold out")  # the reason first, never cut
    assert pad.state_of("preset:flash-chef20") == ButtonState.READY


def test_an_offer_that_sold_out_while_asked_is_not_sent(pad: ActionPadDock, port: FakePort,
                                                        snap: KpiSnapshot) -> None:
    def answer(_w: object, _text: str) -> bool:  # the window refreshes while the question is open
        pad.refresh(_sold_out(snap, "KNF-CHEF20"), LIVE, time.time())
        return True
    pad.ask = answer  # type: ignore[method-assign]
    pad.button("preset:flash-chef20").click()
    assert port.fired == []
    assert "Chef's knife 20 cm is sold out" in pad.toast.text()


def test_a_running_offer_counts_down_on_its_button_and_is_not_sent_again(pad: ActionPadDock, port: FakePort,
                                                                         snap: KpiSnapshot, qtbot: QtBot) -> None:
    pad.ask = lambda _w, _t: True  # type: ignore[method-assign]
    qtbot.keyClick(pad.window(), Qt.Key.Key_F1)
    intent = port.book.latest_for("preset:flash-chef20")
    assert intent is not None
    port.book.update(intent.key, status=IntentStatus.ACKED, action_id="act-f1", acked_at=time.time() - 10)
    # the engine keys running offers by action id; started at 09:40 for 5 min, 04:40 left at 10:00
    offer = OfferInfo("act-f1", "KNF-CHEF20", 20, 71.2, started_at=T0 + 580, ends_at=T0 + 880)
    pad.refresh(replace(snap, running_offers={"act-f1": offer}), LIVE, time.time())
    assert pad.state_of("preset:flash-chef20") == ButtonState.RUNNING
    assert "live 04:40 left" in pad.button("preset:flash-chef20").text()
    qtbot.keyClick(pad.window(), Qt.Key.Key_F1)
    assert len(port.fired) == 1
    assert "already running (04:40 left)" in pad.toast.text()


def test_failure_text_names_the_reason_readably(pad: ActionPadDock, port: FakePort, snap: KpiSnapshot) -> None:
    pad.ask = lambda _w, _t: True  # type: ignore[method-assign]
    pad.button("preset:flash-dutch").click()
    intent = port.book.latest_for("preset:flash-dutch")
    assert intent is not None
    port.book.update(intent.key, status=IntentStatus.FAILED, sent_at=time.time(),
                     error="Dutch oven 5 L is sold out (HTTP 409)")
    pad.refresh(snap, LIVE, time.time())
    assert pad.button("preset:flash-dutch").text().split("\n")[1:] == ["F2  -25% · 4 min", "✗ failed: sold out"]
    assert "Dutch oven 5 L is sold out (HTTP 409)" in pad.button("preset:flash-dutch").toolTip()


def test_go_on_a_cue_that_cannot_succeed_says_why_and_sends_nothing(pad: ActionPadDock, port: FakePort,
                                                                    snap: KpiSnapshot, qtbot: QtBot) -> None:
    port.cues.mark(3, CueState.FIRED)  # cast-iron done: the Dutch oven offer is armed, and it is sold out
    pad.ask = lambda _w, _t: True  # type: ignore[method-assign]
    pad.refresh(_sold_out(snap, "POT-DUTCH5"), LIVE, time.time())
    assert pad.go_state() == ButtonState.BLOCKED
    assert "cannot fire: sold out" in pad.go_button.text()
    qtbot.keyClick(pad.window(), Qt.Key.Key_F12)
    assert port.fired == []
    assert "Dutch oven 5 L is sold out" in pad.toast.text() and "Skip" in pad.toast.text()


def test_a_double_go_is_one_press_even_when_the_next_cue_is_drawn_between(
        pad: ActionPadDock, port: FakePort, snap: KpiSnapshot, qtbot: QtBot) -> None:
    asked: list[str] = []
    pad.ask = lambda _w, text: asked.append(text) or True  # type: ignore[method-assign]
    qtbot.keyClick(pad.window(), Qt.Key.Key_F12)  # cast-iron, far early: asked, yes
    pad.refresh(snap, LIVE, time.time())  # the 10 Hz refresh draws the Dutch oven offer on GO
    qtbot.keyClick(pad.window(), Qt.Key.Key_F12)  # the second key of `xdotool key --delay 120 F12 F12`
    assert port.fired == [("segment:cast-iron", "go")]
    assert len(asked) == 1  # and no question about the Dutch oven offer either
    assert "double press ignored" in pad.toast.text()


def test_go_fires_only_the_cue_it_shows(pad: ActionPadDock, port: FakePort, snap: KpiSnapshot,
                                        qtbot: QtBot) -> None:
    pad.ask = lambda _w, _t: True  # type: ignore[method-assign]
    qtbot.keyClick(pad.window(), Qt.Key.Key_F12)
    pad._go_pressed_at -= 1.0  # a deliberate second press, past the debounce window ...
    qtbot.keyClick(pad.window(), Qt.Key.Key_F12)  # ... but before the pad has drawn the next cue
    assert port.fired == [("segment:cast-iron", "go")]
    pad.refresh(snap, LIVE, time.time())  # the Dutch oven cue is armed and shown
    pad._go_pressed_at -= 1.0
    qtbot.keyClick(pad.window(), Qt.Key.Key_F12)
    assert port.fired == [("segment:cast-iron", "go"), ("preset:flash-dutch", "go")]


def test_the_custom_form_never_defaults_to_a_sold_out_product(qtbot: QtBot, plan: Plan) -> None:
    dialog = CustomOfferDialog(plan, None, {"KNF-CHEF20": "sold out"})
    qtbot.addWidget(dialog)
    assert dialog.values()["product_id"] == "KNF-SANTO"  # the first product that can take an offer
    assert "sold out" in dialog.product.itemText(0)
    dialog.product.setCurrentIndex(0)
    assert dialog.errors() == ["Chef's knife 20 cm: sold out"] and not dialog.ok_button().isEnabled()
    none_left = CustomOfferDialog(plan, None, {p.sku: "sold out" for p in plan.products})
    qtbot.addWidget(none_left)
    assert none_left.product.currentIndex() == -1
    assert not none_left.ok_button().isEnabled()
    none_left.show()
    qtbot.keyClick(none_left.discount, Qt.Key.Key_Return)  # Enter in a field: nothing to fire
    assert none_left.result() != CustomOfferDialog.DialogCode.Accepted and none_left.isVisible()


def test_a_long_toast_wraps_within_the_pad_and_never_widens_it(pad: ActionPadDock, win: QMainWindow,
                                                               qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: pad.width() > 0)
    width, hint, window = pad.width(), pad.minimumSizeHint(), win.width()
    qtbot.keyClick(pad.window(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the toast of the issue
    assert pad.toast.text().startswith("Press Ctrl+2 again to confirm: kit “Cast-iron starter”")
    _settle()
    assert pad.width() == width and pad.minimumSizeHint().width() <= hint.width() and win.width() == window
    long = "Press Ctrl+2 again to confirm: kit “Cast-iron starter” " + "with a much longer explanation " * 8
    pad._say(long, "warn")
    _settle()
    assert pad.width() == width and pad.minimumSizeHint().width() <= hint.width() and win.width() == window
    assert pad.toast.text().endswith("…") and pad.toast.toolTip() == long
    assert pad.toast.fontMetrics().horizontalAdvance(pad.toast.text().split()[0]) <= pad.toast.width()


LONG_PLAN = """
[live]
id = "cozinha-01"
title = "Cozinha de Outono ao Vivo"
currency = "BRL"

[[products]]
sku = "PAN-FERRO"
name = "Panela de ferro fundido esmaltada com tampa e alças reforçadas 28 cm"
price = 1499.0
unit_cost = 600.0
stock = 20

[[products]]
sku = "FACA-CHEF"
name = "Faca do chef em aço inoxidável forjado com cabo de madeira de oliveira 20 cm"
price = 389.0
unit_cost = 120.0
stock = 50

[[segments]]
id = "abertura"
title = "Abertura: boas-vindas e as ofertas exclusivas de hoje para quem está ao vivo"

[[segments]]
id = "ferro"
title = "Selando carnes na panela de ferro fundido: técnicas, cuidados e receitas"

[[presets]]
id = "oferta-panela"
product = "PAN-FERRO"
discount_pct = 25
duration_s = 270

[[presets]]
id = "oferta-faca"
product = "FACA-CHEF"
discount_pct = 15
duration_s = 600

[[cues]]
at = "10:00"
action = "segment"
target = "ferro"
"""


def test_long_names_keep_the_key_discount_and_duration_readable(qtbot: QtBot, win: QMainWindow) -> None:
    plan = parse_plan(LONG_PLAN)
    port = FakePort(plan)
    dock = ActionPadDock(port, win)
    win.setCentralWidget(QWidget())  # the chart and panels, standing in
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    win.resize(1920, 1000)
    win.show()
    win.resizeDocks([dock], [420], Qt.Orientation.Horizontal)  # the pad's share of a 1920 px desk
    qtbot.waitUntil(lambda: 400 <= dock.width() <= 440 and dock.button("preset:oferta-panela").width() > 180)
    snap = replace(KpiEngine(plan).snapshot(), started_at=T0, now_ts=T0 + 60, elapsed_s=60,
                   current_segment="abertura")
    dock.refresh(snap, LIVE, time.time())
    for button_id, key, terms, end in (("preset:oferta-panela", "F1", "-25% · 4:30", "28 cm"),
                                       ("preset:oferta-faca", "F2", "-15% · 10 min", "20 cm")):
        b = dock.button(button_id)
        title, second, third = b.text().split("\n")
        assert "…" in title and title.endswith(end), title  # elided in the middle
        assert second == f"{key}  {terms}" and third == " "
        for line in (title, second):
            assert b.fontMetrics().horizontalAdvance(line) <= b.width() - 20, line  # fits: nothing cut off
        assert b.height() >= 3 * b.fontMetrics().lineSpacing()  # no line clipped either
        assert plan.product(plan.preset(button_id.split(":")[1]).product).name in b.toolTip()
    seg = dock.button("segment:ferro")
    assert seg.text().startswith("Selando") and "…" in seg.text() and seg.text().endswith("receitas\nF6")
    go_title = dock.go_button.text().split("\n")[0]
    assert go_title.startswith("GO  ▶") and go_title.endswith("receitas")
    assert dock.go_button.fontMetrics().horizontalAdvance(go_title) <= dock.go_button.width() - 20


def test_steps_by_hand_show_the_oldest_on_a_card_and_ctrl_d_answers_it(
        pad: ActionPadDock, port: FakePort, snap: KpiSnapshot, qtbot: QtBot) -> None:
    first = port.fire_target("segment", "baking", "button")
    second = port.fire_target("kit", "kit-baker", "button")
    assert first is not None and second is not None
    for intent, steps in ((first, ("Tell the host: go to 'Sunday baking'.", "In TikTok LIVE Studio: pin 'Mixer'.")),
                          (second, ("In TikTok Shop Seller Center: create the bundle.",))):
        port.book.update(intent.key, status=IntentStatus.BY_HAND, action_id=f"act-{intent.key[:6]}", steps=steps)
    pad.refresh(snap, LIVE, time.time())
    card = pad.by_hand
    assert not card.isHidden() and card.shown_key == first.key
    assert card.title.text().endswith("(1 of 2)") and card.action.text() == "Sunday baking"
    assert card.steps.text() == "1. Tell the host: go to 'Sunday baking'.\n2. In TikTok LIVE Studio: pin 'Mixer'."
    assert pad.state_of("segment:baking") == ButtonState.BY_HAND
    qtbot.keyClick(pad.window(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert port.book.get(first.key).status == IntentStatus.ACKED  # the shown one, and only it
    assert "on air now" in pad.toast.toolTip()
    pad.refresh(snap, LIVE, time.time())
    assert card.shown_key == second.key and not card.title.text().endswith(")")  # the last one: no count
    pad.ask = lambda _parent, _question: False  # "No" to "mark as not done?"
    assert not card.not_done() and port.book.get(second.key).status == IntentStatus.BY_HAND
    pad.ask = lambda _parent, _question: True
    assert card.not_done() and port.book.get(second.key).status == IntentStatus.NOT_DONE
    assert pad.toast.toolTip() == "Not done: Weekend baker — not on air"
    pad.refresh(snap, LIVE, time.time())
    assert card.isHidden()
