"""The action pad: one-press buttons and hotkeys for the plan's offers, segments and kits, and the run of show.

Hotkeys (shown on each button; window-wide while the pad is shown):
  flash-offer presets  F1-F4, then Shift+F1-F4      segments  F5-F9, then Shift+F5-F9
  kits                 Ctrl+1-Ctrl+9                 GO        F12 or Ctrl+Return
  mark the moment      Ctrl+M                       steps by hand done   Ctrl+D
F10 and F11 stay free (menu bar on some desktops, full screen); Space never fires: it types in text fields.
Skip has no hotkey on purpose: a skipped cue cannot be taken back. Controls past the list get no hotkey.

Safety per action kind (plan.safety): "none" fires at once; "confirm" asks Yes/No with No as default;
"hold" fires after the button is held HOLD_MS, or — from the keyboard, where a shortcut cannot see the key
go up — after a second press of the same hotkey within ARM_WINDOW_S. GO takes the safety of the armed cue, and
asks in any case when the cue is far early (console.actions.rules.CUE_FAR_EARLY_S), naming how early. The decision
is console.actions.safety's; the pad asks the question, draws the hold and says what happened.

The buttons are laid out by console/widgets/action_grid.py, drawn by console/widgets/action_button.py; the custom
offer's form is console/widgets/custom_offer.py.

A button whose action the server would refuse now (sold out, the same offer running, the segment on air) says so
before the press and sends nothing when pressed: the toast names the problem (docs/plan.md, section 6).

A producer's seat (`port.read_only`) shows the same pad, every action disabled under a "producer seat: read-only"
line, rather than no pad: the producer follows the same buttons, countdowns and run of show the operator talks
about ("F6 in two minutes"), the window keeps the operator's layout at 1366x768 (no empty column where the pad was),
and Ctrl+M, which marks a moment, lives here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from console.actions.book import (
    DEBOUNCE_S,
    ActionPort,
    ButtonState,
    ButtonView,
    Intent,
    Refusal,
    action_for,
    offer_countdowns,
)
from console.actions.rules import blocker, due_in_s, far_early, offer_blockers
from console.actions.safety import SAFETY_WORDS, SafetyGate, cue_safety, safety_of
from console.i18n import QT_TRANSLATE_NOOP, translate
from console.kpi.snapshot import KpiSnapshot
from console.live.health import FeedHealth
from console.plan.cues import CueRow, CueState
from console.plan.model import Plan
from console.present import fmt
from console.present.run_of_show import go_line, next_cue_line
from console.widgets import theme
from console.widgets.action_button import BUTTON_STYLE, ActionControl, HoldButton
from console.widgets.action_grid import CUSTOM_ID, ActionGrid
from console.widgets.action_log import CueTable
from console.widgets.by_hand import DONE_KEY, ByHandCard
from console.widgets.confirm import ask_confirm
from console.widgets.custom_offer import CustomOfferDialog
from console.widgets.fit_label import set_toast, wrapping_label

TOAST_S: Final = 4.0
PRESET_KEYS: Final = [f"F{i}" for i in range(1, 5)] + [f"Shift+F{i}" for i in range(1, 5)]
SEGMENT_KEYS: Final = [f"F{i}" for i in range(5, 10)] + [f"Shift+F{i}" for i in range(5, 10)]
KIT_KEYS: Final = [f"Ctrl+{i}" for i in range(1, 10)]
GO_KEYS: Final = ("F12", "Ctrl+Return")
MARK_KEY: Final = "Ctrl+M"
#: what a question or a toast calls the action: the kind and the plan's name for it, as one phrase
_KIND_WHAT: Final = {"flash_offer": QT_TRANSLATE_NOOP("ActionPadDock", "flash offer “{label}”"),
                     "segment": QT_TRANSLATE_NOOP("ActionPadDock", "segment “{label}”"),
                     "kit": QT_TRANSLATE_NOOP("ActionPadDock", "kit “{label}”")}
#: a busy button's state in "{label}: already {state}"
_BUSY_WORDS: Final = {ButtonState.SENDING: QT_TRANSLATE_NOOP("ActionPadDock", "sending"),
                      ButtonState.CONFIRMED: QT_TRANSLATE_NOOP("ActionPadDock", "confirmed"),
                      ButtonState.COOLING: QT_TRANSLATE_NOOP("ActionPadDock", "cooling")}
_BUSY: Final = {ButtonState.SENDING, ButtonState.CONFIRMED, ButtonState.COOLING}  # a press now would double it
_K = theme
_STYLE: Final = BUTTON_STYLE + f"""
QPushButton#go {{ font-size: 20px; font-weight: 700; min-height: 56px; background: #1d5e3a;
    border: 2px solid {_K.GREEN}; text-align: left; padding: 4px 14px; }}
QPushButton#go[state="blocked"] {{ background: {_K.SURFACE}; color: {_K.MUTED}; border: 2px dashed {_K.RED}; }}
QPushButton#go:disabled {{ background: {_K.SURFACE}; color: {_K.GREY}; border-color: {_K.BORDER}; }}
QPushButton#tool {{ font-size: 15px; min-height: 26px; }}
QLabel#group {{ color: {_K.MUTED}; font-size: 13px; font-weight: 700; padding-top: 4px; }}
QLabel#banner {{ background: #5c1d1d; color: #ffc2c2; font-size: 15px; font-weight: 700; padding: 6px; }}
QLabel#next {{ font-size: 17px; font-weight: 600; }}
QLabel#seat {{ background: {_K.SURFACE_HI}; color: {_K.TEXT}; font-size: 15px; font-weight: 700; padding: 6px;
    border-left: 6px solid {_K.ACCENT}; }}
"""


class ActionPadDock(QDockWidget):
    ask: Callable[[QWidget, str], bool] = staticmethod(ask_confirm)  # tests replace it on the instance
    moment_marked = Signal(float)  # Ctrl+M: the live time marked (the window draws it on the chart)

    def __init__(self, port: ActionPort, parent: QWidget | None = None) -> None:
        super().__init__(translate("ActionPadDock", "Actions"), parent)
        self.setObjectName("ActionPad")
        self.port = port
        self._controls: dict[str, ActionControl] = {}
        self._gate = SafetyGate(lambda question: self.ask(self, question))
        self._toast_until = 0.0
        self._disabled = ""
        self._live_clock: tuple[float | None, float | None] = (None, None)  # last snapshot's (started_at, now_ts)
        self._snapshot: KpiSnapshot | None = None
        self._go_row: CueRow | None = None  # the cue GO shows: a press fires this one or nothing
        self._go_pressed_at = -DEBOUNCE_S  # monotonic: a second GO within DEBOUNCE_S is the same press
        body = QWidget()
        body.setStyleSheet(_STYLE)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self._layout.setSpacing(4)
        # All parented to the body even when unused (no plan): never a stray top-level widget.
        self.banner = wrapping_label("", "banner", body)
        # a producer's seat says so once, calmly, instead of the red "actions unavailable" of an outage
        # (one line: at 1366x768 every line it takes is a row of buttons less)
        self.seat_line = wrapping_label(translate("ActionPadDock", "PRODUCER SEAT · read-only"), "seat", body)
        self.seat_line.setToolTip(translate("ActionPadDock", "Actions and auto cues fire from an operator seat; here "
                                                             "{key} marks a moment").format(key=MARK_KEY))
        self.seat_line.setVisible(port.read_only)
        self.by_hand = ByHandCard(port, lambda question: self.ask(self, question), body, self._answered_by_hand)
        # The toast: two lines reserved, wrapped and elided within the pad's width: a message coming and going must
        # neither move the buttons nor widen the dock (a long toast once pushed the window past the screen).
        self.toast = wrapping_label("", "next", body)
        self.cue_table = CueTable(body)
        self.next_label = wrapping_label("", "next", body)
        self.go_button = HoldButton(parent=body)
        self.go_button.setMinimumWidth(200)  # its label elides to fit; the keys line always shows
        self.go_button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.skip_button = QPushButton(translate("ActionPadDock", "Skip cue"), body)
        self.custom_button = HoldButton(parent=body)
        self.mark_button = QPushButton(translate("ActionPadDock", "{key}  Mark moment").format(key=MARK_KEY), body)
        self.custom_dialog: CustomOfferDialog | None = None
        for b, name in ((self.go_button, "go"), (self.skip_button, "tool"), (self.mark_button, "tool")):
            b.setObjectName(name)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no focus: Space/Enter can never press an action button
        self.banner.hide()
        self._grid: ActionGrid | None = None
        self._layout.addWidget(self.seat_line)
        self._layout.addWidget(self.banner)
        if port.plan is None:
            self._layout.addWidget(wrapping_label(translate("ActionPadDock", "no plan loaded: actions need a plan"),
                                                  "next"))
            for w in (self.cue_table, self.next_label, self.go_button, self.skip_button, self.custom_button):
                w.hide()
            self._layout.addWidget(self.mark_button)
        else:
            self._build(port.plan, body)
        self._layout.addWidget(self.toast)
        self._layout.addStretch(1)
        self._fit_to_fonts()
        self.mark_button.clicked.connect(lambda: self._mark("button"))
        self._shortcut(MARK_KEY, lambda: self._mark("hotkey"))
        self._shortcut(DONE_KEY, self._done_by_hand)
        self.setWidget(body)

    # ------------------------------------------------------------------------------------------ building
    def _build(self, plan: Plan, body: QWidget) -> None:
        """The plan's buttons (scrolling), then the run of show: the cue table, the next cue, GO and the tools."""
        self._grid = ActionGrid(plan, {"flash_offer": PRESET_KEYS, "segment": SEGMENT_KEYS, "kit": KIT_KEYS},
                                self.port.fire_target, self._open_custom, self.custom_button, body)
        self._layout.addWidget(self._grid, 3)
        for c in self._grid.controls.values():
            self._controls[c.id] = c
            c.button.clicked.connect(partial(self._on_click, c.id))
            c.button.held.connect(partial(self._request, c.id, "button", True))
            if c.key:
                self._shortcut(c.key, partial(self._request, c.id, "hotkey"))
            self._show(c)
        self._layout.addWidget(wrapping_label(translate("ActionPadDock", "RUN OF SHOW"), "group"))
        self._layout.addWidget(self.cue_table, 1)
        self._layout.addWidget(self.next_label)
        # GO across the pad's whole width (its cue's name is what the operator reads before pressing), the tools
        # under it: beside GO they took half its width and GO's label came out cut.
        self._layout.addWidget(self.go_button)
        tools = QHBoxLayout()
        tools.addWidget(self.skip_button, 1)
        tools.addWidget(self.mark_button, 1)
        self._layout.addLayout(tools)
        self._controls["go"] = ActionControl("go", "", "GO", GO_KEYS[0], self.go_button, lambda _s: None)
        self.go_button.clicked.connect(partial(self._on_click, "go"))
        self.go_button.held.connect(partial(self._request, "go", "button", True))
        for key in GO_KEYS:
            self._shortcut(key, partial(self._request, "go", "hotkey"))
        self.skip_button.clicked.connect(self._skip)

    def _shortcut(self, key: str, slot: Callable[[], object]) -> None:
        sc = QShortcut(QKeySequence(key), self)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)  # anywhere in the window the pad is docked in
        sc.setAutoRepeat(False)  # a key held down must not fire again, nor count as the confirming press
        sc.activated.connect(slot)

    def set_text_scale(self, scale: float) -> None:
        """The window scaled every stylesheet's fonts (View > Text size): the widths and heights measured in the
        old fonts follow, or at Larger the buttons' terms were cut mid-word ("-20% · 5 m")."""
        del scale  # the fonts already carry it
        self._fit_to_fonts()

    def _fit_to_fonts(self) -> None:
        """Sizes measured in the current fonts: the toast's two lines, each button's never-shortened key and terms,
        and the buttons' area asking for both columns."""
        self.toast.ensurePolished()
        self.toast.setFixedHeight(2 * self.toast.fontMetrics().lineSpacing() + 4)
        for c in self._controls.values():  # the key and the terms always fit
            c.fit_to_font()
        if self._grid is not None:
            self._grid.fit_width()

    # ------------------------------------------------------------------------------------------ a press
    def _safety(self, kind: str) -> str:
        return safety_of(self.port.plan, kind)

    def _on_click(self, control_id: str) -> None:
        if not self._controls[control_id].button.hold_mode:  # in hold mode `held` fires, the click is a release
            self._request(control_id, "button")

    def press_target(self, kind: str, target: str, source: str) -> Intent | None:
        """Press the plan's control for this preset, segment or kit (an advice's remedy): the same safety step,
        refusals and double-press guard as its own button. The intent it fired, or None (asked and cancelled,
        armed for a second press, refused, debounced: the pad's toast says which)."""
        if self.port.plan is None:
            return None
        control_id = action_for(self.port.plan, kind, target)[0]
        if control_id not in self._controls:
            return None
        return self._request(control_id, source)

    def _request(self, control_id: str, source: str, held: bool = False) -> Intent | None:
        """A click, a completed hold or a hotkey: one path, through the safety step of the action's kind."""
        c = self._controls[control_id]
        if control_id == CUSTOM_ID:
            c.fire(source)  # the form is the safety step
            return None
        if control_id == "go" and not held:
            now, last = time.monotonic(), self._go_pressed_at
            self._go_pressed_at = now
            if now - last < DEBOUNCE_S:  # before any question: the next cue, drawn meanwhile, is not asked about
                self._say(translate("ActionPadDock", "GO: double press ignored"), "warn")
                return None
        if self._disabled or c.view.state == ButtonState.DISABLED or not c.button.isEnabled():
            why = self._disabled or c.view.detail or translate("ActionPadDock", "nothing to fire")
            self._say(translate("ActionPadDock", "{label}: {why}").format(label=c.label, why=why), "bad")
            return None
        if c.view.state == ButtonState.BY_HAND:
            self._say(translate("ActionPadDock", "{label}: do its steps in the platform's app, then Done ({key})")
                      .format(label=c.label, key=DONE_KEY), "warn")
            return None
        if c.view.state in _BUSY:
            state = c.view.state
            words = translate("ActionPadDock", _BUSY_WORDS[state]) if state in _BUSY_WORDS else state.value
            self._say(translate("ActionPadDock", "{label}: already {state}").format(label=c.label, state=words), "warn")
            return None
        row = self._go_row if control_id == "go" else None
        if c.blocker is not None and row is not None and c.blocker.done:  # nothing to ask: the desk marks it done
            return self._fire(control_id, source)
        if c.blocker is not None:
            self._refuse(c)
            return None
        kind = row.cue.action if row else c.kind
        label = self._target_label(row) if row else c.label
        what = (translate("ActionPadDock", _KIND_WHAT[kind]) if kind in _KIND_WHAT else f"{kind} “{{label}}”").format(
            label=label)
        question = translate("ActionPadDock", "Start the {what} now?").format(what=what)
        safety, ask_after = self._safety(kind), False
        if row is not None:
            due = due_in_s(row.cue.at_s, self._snapshot)
            safety, ask_after = cue_safety(safety, due)
            if far_early(due) and due is not None:
                question = translate("ActionPadDock", "The {what} is due in {due} (planned at {at}, the live is at "
                                                      "{now}) — fire now?").format(
                    what=what, due=fmt.mmss(due), at=row.cue.at, now=fmt.mmss(row.cue.at_s - due))
        verdict = "fire" if held else self._gate.decide(control_id, safety, source, question)
        if verdict == "fire" and ask_after and not self.ask(self, question):
            verdict = "cancelled"
        if verdict == "fire":
            return self._fire(control_id, source)
        if verdict == "cancelled":
            self._say(translate("ActionPadDock", "Cancelled: {what}").format(what=what), "muted")
        elif verdict == "armed":
            self._say(translate("ActionPadDock", "Press {key} again to confirm: {what}").format(key=c.key, what=what),
                      "warn")
            if control_id == "go":
                self._refresh_go(row)
            else:
                self._show(c)
        return None

    def _refuse(self, c: ActionControl) -> None:
        """Say why a blocked press sends nothing: the server would refuse it, and a refused action on air is a
        red button at the worst moment (an operator who lost money to a misfire wants the reason, not a 409)."""
        assert c.blocker is not None
        # The reason first (it names the product): behind a long product name it was cut off at 1366 px.
        if c.id == "go":
            self._say(translate("ActionPadDock", "Not sent: {why} — Skip the cue to move on").format(
                why=c.blocker.reason), "bad")
        else:
            self._say(translate("ActionPadDock", "Not sent: {why}").format(why=c.blocker.reason), "bad")

    def _fire(self, control_id: str, source: str) -> Intent | None:
        c = self._controls[control_id]
        self._gate.disarm(control_id)
        # Every press ends with a word on what happened: a "press again" or "Cancelled" left standing after the
        # action went out invited a second press (a second kit, refused by the server, a red button on air).
        if control_id == "go":
            row = self._go_row
            result = self.port.go(row.index if row is not None else None)
            if isinstance(result, Refusal):
                self._say(translate("ActionPadDock", "GO: {why}").format(why=result.reason), "warn")
                return None
            if row is not None:
                self._say(translate("ActionPadDock", "GO: sent {what}").format(what=self._target_label(row)), "good")
            return result
        stop = blocker(self.port.plan, self._snapshot, c.kind, c.params)  # the world may have moved while asked
        if stop is not None:
            c.blocker = stop
            self._refuse(c)
            return None
        intent = c.fire(source)
        if intent is None:
            self._say(translate("ActionPadDock", "{label}: double press ignored").format(label=c.label), "warn")
            return None
        self._say(translate("ActionPadDock", "Sent: {label}").format(label=c.label), "good")
        return intent if isinstance(intent, Intent) else None

    def _open_custom(self) -> None:
        plan = self.port.plan
        if plan is None or self._disabled:
            return
        self.custom_dialog = dialog = CustomOfferDialog(plan, self, self._unavailable())
        dialog.accepted.connect(lambda: self._fire_custom(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "custom_dialog", None))
        dialog.open()  # window-modal but not blocking: the pad keeps refreshing meanwhile

    def _unavailable(self) -> dict[str, str]:
        """sku -> why no offer can start on it now (sold out, an offer running): the custom form greys them."""
        plan = self.port.plan
        if plan is None:
            return {}
        return {sku: stop.short for sku, stop in offer_blockers(plan, self._snapshot).items()}

    def _fire_custom(self, dialog: CustomOfferDialog) -> None:
        values = dialog.values()
        stop = blocker(self.port.plan, self._snapshot, "flash_offer", values)
        if stop is not None:
            self._say(translate("ActionPadDock", "Not sent: {why}").format(why=stop.reason), "bad")
            return
        self.port.fire(CUSTOM_ID, "flash_offer", values, dialog.label(), "button")
        self._say(translate("ActionPadDock", "Sent: {label}").format(label=dialog.label()), "good")

    def _skip(self) -> None:
        self.port.skip_cue()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_by_hand()

    def _place_by_hand(self) -> None:
        """Over the pad's top, down to the next cue's line: GO, the next cue and the toast stay in view."""
        body = self.widget()
        if body is None or self.by_hand.isHidden():
            return
        top = max((w.geometry().bottom() + 4 for w in (self.seat_line, self.banner) if w.isVisible()), default=6)
        bottom = self.next_label.geometry().top() - 4 if self.next_label.isVisible() else body.height() - 6
        self.by_hand.place(top, bottom, body.width(), 8)

    def _done_by_hand(self) -> None:
        if not self.by_hand.done():
            self._say(translate("ActionPadDock", "No steps by hand wait for Done"), "muted")

    def _answered_by_hand(self, label: str, done: bool) -> None:
        if done:
            self._say(translate("ActionPadDock", "Done by hand: {label} — on air now").format(label=label), "good")
        else:
            self._say(translate("ActionPadDock", "Not done: {label} — not on air").format(label=label), "muted")

    def _mark(self, source: str) -> None:
        self.port.add_note("marked", source)
        started, now = self._live_clock
        if started is None or now is None:
            self._say(translate("ActionPadDock", "Moment marked (the live has not started yet)"), "good")
            return
        # Live time, like the status bar's clock and the chart: the wall clock is nowhere else on screen.
        self._say(translate("ActionPadDock", "Moment marked at {t} into the live").format(t=fmt.clock(now - started)),
                  "good")
        self.moment_marked.emit(now)

    def _say(self, text: str, tone: str) -> None:
        set_toast(self.toast, text)
        theme.set_tone(self.toast, tone)
        self._toast_until = time.monotonic() + TOAST_S

    # ------------------------------------------------------------------------------------------ refresh
    def refresh(self, snapshot: KpiSnapshot | None, health: FeedHealth, now: float) -> None:
        """Restyle every button from the action book; called by the window's 10 Hz timer (now = wall time)."""
        if snapshot is not None:
            self._live_clock = (snapshot.started_at, snapshot.now_ts)
        if self._toast_until and time.monotonic() > self._toast_until:
            set_toast(self.toast, "")
            self._toast_until = 0.0
        self._snapshot = snapshot
        self._disabled = reason = self.port.disabled_reason(health)
        outage = reason if not self.port.read_only else ""  # a read-only seat's reason is its line, not an alarm
        self.banner.setText(translate("ActionPadDock", "Actions unavailable: {why}").format(why=outage)
                            if outage else "")
        self.banner.setVisible(bool(outage))
        self.by_hand.refresh()
        self._place_by_hand()
        plan = self.port.plan
        if plan is None:
            return
        left = offer_countdowns(plan, snapshot, self.port.book) if snapshot is not None else {}
        for c in self._controls.values():
            if c.id == "go":
                continue
            c.blocker = blocker(plan, snapshot, c.kind, c.params) if c.params else None
            c.current = snapshot is not None and c.id == f"segment:{snapshot.current_segment}"
            on_air = c.blocker is not None and c.blocker.code == "on_air"  # shown as "on air now", not as refused
            c.view = self.port.book.button_view(c.id, now, left.get(c.id), reason,
                                                "" if c.blocker is None or on_air else c.blocker.short)
            theme.set_prop(c.button, "current", "yes" if c.current else "no")
            if c.view.state in (ButtonState.DISABLED, ButtonState.BLOCKED):
                self._gate.disarm(c.id)  # a pending confirmation must not outlive an outage or a sell-out
            self._show(c)
        if self.custom_dialog is not None:
            self.custom_dialog.set_unavailable(self._unavailable())
        self._refresh_cues(snapshot)

    def _show(self, c: ActionControl) -> None:
        c.draw(self._gate.arming(c.id))

    def _target_label(self, row: CueRow) -> str:
        assert self.port.plan is not None
        return action_for(self.port.plan, row.cue.action, row.cue.target)[2]

    def _refresh_go(self, armed: CueRow | None) -> None:
        go = self._controls["go"]
        self._go_row = armed
        go.kind = armed.cue.action if armed else ""
        self.go_button.hold_mode = self._safety(go.kind) == "hold"
        go.label = self._target_label(armed) if armed else translate("ActionPadDock", "no cue armed")
        params = action_for(self.port.plan, armed.cue.action, armed.cue.target)[1] if (
            armed and self.port.plan) else {}
        go.blocker = blocker(self.port.plan, self._snapshot, go.kind, params) if armed else None
        due = due_in_s(armed.cue.at_s, self._snapshot) if armed else None
        line = go_line(GO_KEYS, self._gate.arming("go"), go.blocker, due)
        fm, room = self.go_button.fontMetrics(), max(120, self.go_button.width() - 32)
        if fm.horizontalAdvance(line) > room and line.startswith(" / ".join(GO_KEYS)):
            # at 1366 px "due in 17:52" was cut to "due in 1…": the second key goes (the tooltip keeps both)
            line = GO_KEYS[0] + line.removeprefix(" / ".join(GO_KEYS))
        lead = "GO  ▶  "
        name = fm.elidedText(go.label, Qt.TextElideMode.ElideMiddle, max(room - fm.horizontalAdvance(lead), 40))
        text = f"{lead}{name}\n{fm.elidedText(line, Qt.TextElideMode.ElideRight, room)}"
        if text != self.go_button.text():
            self.go_button.setText(text)
        blocked = go.blocker is not None and not go.blocker.done
        go.view = ButtonView(ButtonState.DISABLED if self._disabled or armed is None else
                             ButtonState.BLOCKED if blocked else ButtonState.READY)
        theme.set_prop(self.go_button, "state", go.view.state.value)
        self.go_button.setEnabled(go.view.state != ButtonState.DISABLED)
        tip = self._disabled or (go.blocker.reason if blocked and go.blocker else
                                 f"GO  ▶  {go.label}\n{' / '.join(GO_KEYS)}\n{SAFETY_WORDS[self._safety(go.kind)]}"
                                 if go.kind else "")
        if tip != self.go_button.toolTip():
            self.go_button.setToolTip(tip)
        self.skip_button.setEnabled(armed is not None and not self.port.read_only)

    def _refresh_cues(self, snapshot: KpiSnapshot | None) -> None:
        rows = self.port.cue_rows()
        self.cue_table.show_rows(rows, self._target_label)
        self._refresh_go(next((r for r in rows if r.state == CueState.ARMED), None))
        elapsed = None
        if snapshot is not None and snapshot.started_at is not None and snapshot.now_ts is not None:
            elapsed = snapshot.now_ts - snapshot.started_at
        text = next_cue_line(rows, elapsed, self._target_label)
        if text != self.next_label.text():
            self.next_label.setText(text)

    # ------------------------------------------------------------------------------------------ for tests
    def button(self, button_id: str) -> QPushButton:
        return self._controls[button_id].button

    def button_ids(self) -> list[str]:
        """Plan action buttons in pad order, then the custom offer (GO is `go_button`)."""
        return [k for k in self._controls if k != "go"]

    def state_of(self, button_id: str) -> ButtonState:
        return self._controls[button_id].view.state

    def go_state(self) -> ButtonState:
        return self._controls["go"].view.state
