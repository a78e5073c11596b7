"""The action pad: one-press buttons and hotkeys for the plan's offers, segments and kits, and the run of show.

Hotkeys (shown on each button; window-wide while the pad is shown):
  flash-offer presets  F1-F4, then Shift+F1-F4      segments  F5-F9, then Shift+F5-F9
  kits                 Ctrl+1-Ctrl+9                 GO        F12 or Ctrl+Return
  mark the moment      Ctrl+M
F10 and F11 stay free (menu bar on some desktops, full screen); Space never fires: it types in text fields.
Skip has no hotkey on purpose: a skipped cue cannot be taken back. Controls past the list get no hotkey.

Safety per action kind (plan.safety): "none" fires at once; "confirm" asks Yes/No with No as default;
"hold" fires after the button is held HOLD_MS, or — from the keyboard, where a shortcut cannot see the key
go up — after a second press of the same hotkey within ARM_WINDOW_S. GO takes the safety of the armed cue, and
asks in any case when the cue is far early (action_rules.CUE_FAR_EARLY_S), naming how early.

A button whose action the server would refuse now (sold out, the same offer running, the segment on air) says so
before the press and sends nothing when pressed: the toast names the problem (docs/plan.md, section 6).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.actions.book import (
    DEBOUNCE_S,
    ActionPort,
    ButtonState,
    ButtonView,
    Refusal,
    action_for,
    offer_countdowns,
    preset_face,
)
from console.actions.rules import Blocker, blocker, cue_safety, due_in_s, far_early, mmss, offer_blockers
from console.kpi.snapshot import KpiSnapshot
from console.live.health import FeedHealth
from console.plan.cues import CueRow, CueState
from console.plan.model import Plan
from console.present import fmt
from console.widgets import confirm, theme
from console.widgets.action_log import CueTable
from console.widgets.confirm import (
    SAFETY_WORDS,
    CustomOfferDialog,
    HoldButton,
    SafetyGate,
    ask_confirm,
    button_face,
    elide_face,
    face_width,
    set_toast,
)

TOAST_S: Final = 4.0
PRESET_KEYS: Final = [f"F{i}" for i in range(1, 5)] + [f"Shift+F{i}" for i in range(1, 5)]
SEGMENT_KEYS: Final = [f"F{i}" for i in range(5, 10)] + [f"Shift+F{i}" for i in range(5, 10)]
KIT_KEYS: Final = [f"Ctrl+{i}" for i in range(1, 10)]
GO_KEYS: Final = ("F12", "Ctrl+Return")
MARK_KEY: Final = "Ctrl+M"
CUSTOM_ID: Final = "custom:offer"
_KIND_WORD: Final = {"flash_offer": "flash offer", "segment": "segment", "kit": "kit"}
_BUSY: Final = {ButtonState.SENDING, ButtonState.CONFIRMED, ButtonState.COOLING}  # a press now would double it
_READY: Final = ButtonView(ButtonState.READY)
_K = theme
_STYLE: Final = confirm.BUTTON_STYLE + f"""
QPushButton#go {{ font-size: 20px; font-weight: 700; min-height: 56px; background: #1d5e3a;
    border: 2px solid {_K.GREEN}; text-align: left; padding: 4px 14px; }}
QPushButton#go[state="blocked"] {{ background: {_K.SURFACE}; color: {_K.MUTED}; border: 2px dashed {_K.RED}; }}
QPushButton#go:disabled {{ background: {_K.SURFACE}; color: {_K.GREY}; border-color: {_K.BORDER}; }}
QPushButton#tool {{ font-size: 15px; min-height: 26px; }}
QLabel#group {{ color: {_K.MUTED}; font-size: 13px; font-weight: 700; padding-top: 4px; }}
QLabel#banner {{ background: #5c1d1d; color: #ffc2c2; font-size: 15px; font-weight: 700; padding: 6px; }}
QLabel#next {{ font-size: 17px; font-weight: 600; }}
"""


@dataclass(slots=True)
class _Control:
    """One action control: its button, hotkey and what it fires."""

    id: str
    kind: str
    label: str  # what it does, in words: toasts, questions, tooltip
    key: str
    button: HoldButton
    fire: Callable[[str], object]  # source -> intent (None when the book debounced it)
    params: dict[str, Any] = field(default_factory=dict)  # the request it sends (empty: GO, the custom form)
    name: str = ""  # the part of the face that shortens to fit (the label, or a preset's name)
    terms: str = ""  # a preset's "-20% · 5 min": always shown, the name shortens instead
    view: ButtonView = _READY
    blocker: Blocker | None = None  # why the server would refuse it now, as the pad last showed it
    current: bool = False  # the segment on air now
    shown: tuple[str, str, str, bool, int] = ("", "", "", True, 0)  # text, state, tip, enabled, width: on change


class ActionPadDock(QDockWidget):
    ask: Callable[[QWidget, str], bool] = staticmethod(ask_confirm)  # tests replace it on the instance
    moment_marked = Signal(float)  # Ctrl+M: the live time marked (the window draws it on the chart)

    def __init__(self, port: ActionPort, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Actions"), parent)
        self.setObjectName("ActionPad")
        self.port = port
        self._controls: dict[str, _Control] = {}
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
        self.banner = self._label("", "banner", body)
        self.toast = self._label("", "next", body)
        self.cue_table = CueTable(body)
        self.next_label = self._label("", "next", body)
        self.go_button = HoldButton(parent=body)
        self.go_button.setMinimumWidth(200)  # its label elides to fit; the keys line always shows
        self.go_button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.skip_button = QPushButton(self.tr("Skip cue"), body)
        self.custom_button = HoldButton(parent=body)
        self.mark_button = QPushButton(f"{MARK_KEY}  " + self.tr("Mark moment"), body)
        self.custom_dialog: CustomOfferDialog | None = None
        for b, name in ((self.go_button, "go"), (self.skip_button, "tool"), (self.mark_button, "tool")):
            b.setObjectName(name)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no focus: Space/Enter can never press an action button
        self.banner.hide()
        # Two lines reserved, wrapped and elided within the pad's width: a message coming and going must neither
        # move the buttons nor widen the dock (a long toast once pushed the window past the screen).
        self._buttons_area: QScrollArea | None = None
        self._layout.addWidget(self.banner)
        if port.plan is None:
            self._layout.addWidget(self._label(self.tr("no plan loaded: actions need a plan"), "next"))
            for w in (self.cue_table, self.next_label, self.go_button, self.skip_button, self.custom_button):
                w.hide()
            self._layout.addWidget(self.mark_button)
        else:
            self._build(port.plan)
        self._layout.addWidget(self.toast)
        self._layout.addStretch(1)
        self._fit_to_fonts()
        self.mark_button.clicked.connect(lambda: self._mark("button"))
        self._shortcut(MARK_KEY, lambda: self._mark("hotkey"))
        self.setWidget(body)

    # ------------------------------------------------------------------------------------------ building
    def _build(self, plan: Plan) -> None:
        groups = (("flash_offer", self.tr("Flash offers"), [p.id for p in plan.presets], PRESET_KEYS),
                  ("segment", self.tr("Segments"), [s.id for s in plan.segments], SEGMENT_KEYS),
                  ("kit", self.tr("Kits"), [k.id for k in plan.kits], KIT_KEYS))
        # The buttons scroll when the screen is short (13 segments at 1366 x 768); the run of show and GO below
        # them never do.
        buttons = QWidget()
        column = QVBoxLayout(buttons)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(buttons)
        self._layout.addWidget(scroll, 3)
        for kind, title, targets, keys in groups:
            column.addWidget(self._label(f"{title.upper()}  ·  {SAFETY_WORDS[self._safety(kind)]}", "group"))
            grid = QGridLayout()
            grid.setSpacing(4)
            for i, target in enumerate(targets):
                button_id, params, label = action_for(plan, kind, target)
                key = keys[i] if i < len(keys) else ""
                c = self._add(button_id, kind, label, key, partial(self.port.fire_target, kind, target), grid, i)
                c.params = params
                if kind == "flash_offer":
                    c.name, c.terms = preset_face(plan, target)
            if kind == "flash_offer":
                self._add(CUSTOM_ID, kind, self.tr("Custom offer…"), "", lambda _s: self._open_custom(), grid,
                          len(targets), self.custom_button)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            column.addLayout(grid)
        column.addStretch(1)
        self._buttons_area = scroll
        for c in self._controls.values():
            c.shown = ("", "", "", True, 0)
            self._show(c)
        self._layout.addWidget(self._label(self.tr("RUN OF SHOW"), "group"))
        self._layout.addWidget(self.cue_table, 1)
        self._layout.addWidget(self.next_label)
        # GO across the pad's whole width (its cue's name is what the operator reads before pressing), the tools
        # under it: beside GO they took half its width and GO's label came out cut.
        self._layout.addWidget(self.go_button)
        tools = QHBoxLayout()
        tools.addWidget(self.skip_button, 1)
        tools.addWidget(self.mark_button, 1)
        self._layout.addLayout(tools)
        self._controls["go"] = _Control("go", "", "GO", GO_KEYS[0], self.go_button, lambda _s: None)
        self.go_button.clicked.connect(partial(self._on_click, "go"))
        self.go_button.held.connect(partial(self._request, "go", "button", True))
        for key in GO_KEYS:
            self._shortcut(key, partial(self._request, "go", "hotkey"))
        self.skip_button.clicked.connect(self._skip)

    def _add(self, button_id: str, kind: str, label: str, key: str, fire: Callable[[str], object],
             grid: QGridLayout, i: int, button: HoldButton | None = None) -> _Control:
        b = button or HoldButton()
        b.setObjectName("action")
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # equal columns, any text
        b.setMinimumWidth(150)  # labels elide (…) below their natural width; the hotkey always shows
        b.hold_mode = self._safety(kind) == "hold" and button_id != CUSTOM_ID  # the form's OK is its confirm
        theme.set_prop(b, "kind", kind)
        c = self._controls[button_id] = _Control(button_id, kind, label, key, b, fire)
        b.clicked.connect(partial(self._on_click, button_id))
        b.held.connect(partial(self._request, button_id, "button", True))
        if key:
            self._shortcut(key, partial(self._request, button_id, "hotkey"))
        grid.addWidget(b, i // 2, i % 2)
        self._show(c)
        return c

    def _shortcut(self, key: str, slot: Callable[[], object]) -> None:
        sc = QShortcut(QKeySequence(key), self)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)  # anywhere in the window the pad is docked in
        sc.setAutoRepeat(False)  # a key held down must not fire again, nor count as the confirming press
        sc.activated.connect(slot)

    def _label(self, text: str, name: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        # Its text never sets the dock's width: it wraps (or elides) within whatever width the dock has.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(0)
        return label

    # ------------------------------------------------------------------------------------------ a press
    def _safety(self, kind: str) -> str:
        plan = self.port.plan
        return getattr(plan.safety, kind) if plan is not None and kind else "none"

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
            c.button.ensurePolished()
            c.button.setMinimumWidth(max(150, face_width(c.button.fontMetrics(), c.key, c.terms) + 32))
        scroll = self._buttons_area
        buttons = scroll.widget() if scroll is not None else None
        if scroll is not None and buttons is not None:
            column = buttons.layout()
            if column is not None:
                column.activate()  # its minimum from the widths just set, not from the fonts before
            # The scroll area asks for no width of its own: without this the dock could be made narrower than two
            # buttons, and the second column was cut off behind the (switched-off) horizontal scroll bar.
            scroll.setMinimumWidth(buttons.minimumSizeHint().width()
                                   + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth())

    def _on_click(self, control_id: str) -> None:
        if not self._controls[control_id].button.hold_mode:  # in hold mode `held` fires, the click is a release
            self._request(control_id, "button")

    def _request(self, control_id: str, source: str, held: bool = False) -> None:
        """A click, a completed hold or a hotkey: one path, through the safety step of the action's kind."""
        c = self._controls[control_id]
        if control_id == CUSTOM_ID:
            c.fire(source)  # the form is the safety step
            return
        if control_id == "go" and not held:
            now, last = time.monotonic(), self._go_pressed_at
            self._go_pressed_at = now
            if now - last < DEBOUNCE_S:  # before any question: the next cue, drawn meanwhile, is not asked about
                self._say(self.tr("GO: double press ignored"), "warn")
                return
        if self._disabled or c.view.state == ButtonState.DISABLED or not c.button.isEnabled():
            self._say(f"{c.label}: {self._disabled or c.view.detail or self.tr('nothing to fire')}", "bad")
            return
        if c.view.state in _BUSY:
            self._say(self.tr("{label}: already {state}").format(label=c.label, state=c.view.state.value), "warn")
            return
        row = self._go_row if control_id == "go" else None
        if c.blocker is not None and row is not None and c.blocker.done:  # nothing to ask: the desk marks it done
            self._fire(control_id, source)
            return
        if c.blocker is not None:
            self._refuse(c)
            return
        kind = row.cue.action if row else c.kind
        what = f"{_KIND_WORD.get(kind, kind)} “{self._target_label(row) if row else c.label}”"
        question = self.tr("Start the {what} now?").format(what=what)
        safety, ask_after = self._safety(kind), False
        if row is not None:
            due = due_in_s(row.cue.at_s, self._snapshot)
            safety, ask_after = cue_safety(safety, due)
            if far_early(due) and due is not None:
                question = self.tr("The {what} is due in {due} (planned at {at}, the live is at {now}) — fire now?"
                                   ).format(what=what, due=mmss(due), at=row.cue.at, now=mmss(row.cue.at_s - due))
        verdict = "fire" if held else self._gate.decide(control_id, safety, source, question)
        if verdict == "fire" and ask_after and not self.ask(self, question):
            verdict = "cancelled"
        if verdict == "fire":
            self._fire(control_id, source)
        elif verdict == "cancelled":
            self._say(self.tr("Cancelled: {what}").format(what=what), "muted")
        elif verdict == "armed":
            self._say(self.tr("Press {key} again to confirm: {what}").format(key=c.key, what=what), "warn")
            if control_id == "go":
                self._refresh_go(row)
            else:
                self._show(c)

    def _refuse(self, c: _Control) -> None:
        """Say why a blocked press sends nothing: the server would refuse it, and a refused action on air is a
        red button at the worst moment (an operator who lost money to a misfire wants the reason, not a 409)."""
        assert c.blocker is not None
        tail = self.tr(" — Skip the cue to move on") if c.id == "go" else ""
        # The reason first (it names the product): behind a long product name it was cut off at 1366 px.
        self._say(self.tr("Not sent: {why}{tail}").format(why=c.blocker.reason, tail=tail), "bad")

    def _fire(self, control_id: str, source: str) -> None:
        c = self._controls[control_id]
        self._gate.disarm(control_id)
        # Every press ends with a word on what happened: a "press again" or "Cancelled" left standing after the
        # action went out invited a second press (a second kit, refused by the server, a red button on air).
        if control_id == "go":
            row = self._go_row
            result = self.port.go(row.index if row is not None else None)
            if isinstance(result, Refusal):
                self._say(self.tr("GO: {why}").format(why=result.reason), "warn")
            elif row is not None:
                self._say(self.tr("GO: sent {what}").format(what=self._target_label(row)), "good")
            return
        stop = blocker(self.port.plan, self._snapshot, c.kind, c.params)  # the world may have moved while asked
        if stop is not None:
            c.blocker = stop
            self._refuse(c)
            return
        if c.fire(source) is None:
            self._say(self.tr("{label}: double press ignored").format(label=c.label), "warn")
        else:
            self._say(self.tr("Sent: {label}").format(label=c.label), "good")

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
            self._say(self.tr("Not sent: {why}").format(why=stop.reason), "bad")
            return
        self.port.fire(CUSTOM_ID, "flash_offer", values, dialog.label(), "button")
        self._say(self.tr("Sent: {label}").format(label=dialog.label()), "good")

    def _skip(self) -> None:
        self.port.skip_cue()

    def _mark(self, source: str) -> None:
        self.port.add_note("marked", source)
        started, now = self._live_clock
        if started is None or now is None:
            self._say(self.tr("Moment marked (the live has not started yet)"), "good")
            return
        # Live time, like the status bar's clock and the chart: the wall clock is nowhere else on screen.
        self._say(self.tr("Moment marked at {t} into the live").format(t=fmt.clock(now - started)), "good")
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
        self.banner.setText(self.tr("Actions unavailable: {why}").format(why=reason) if reason else "")
        self.banner.setVisible(bool(reason))
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

    def _show(self, c: _Control) -> None:
        _title, detail, state, tip = button_face(c.view, c.label, c.key, c.current, self._gate.arming(c.id))
        room = c.button.width() - 28  # elided to today's width; a resize re-elides
        text = elide_face(c.button.fontMetrics(), c.key, c.name or c.label, c.terms, detail, room)
        if c.terms and tip == c.label:  # the whole name and terms, whatever the face had room for
            tip = f"{c.name}  {c.terms}"
        if c.view.state == ButtonState.BLOCKED and c.blocker is not None:
            tip = self.tr("{label}: not sent if pressed — {why}").format(label=c.label, why=c.blocker.reason)
        if c.view.state not in (ButtonState.DISABLED, ButtonState.FAILED, ButtonState.BLOCKED) and c.id != CUSTOM_ID:
            tip = f"{tip}\n{SAFETY_WORDS[self._safety(c.kind)]}"
        shown = (text, state, tip, c.view.state != ButtonState.DISABLED, room)
        if shown != c.shown:  # restyling is not free: only on a change
            c.shown = shown
            c.button.setText(shown[0])
            c.button.setToolTip(tip)
            c.button.setEnabled(shown[3])
            theme.set_prop(c.button, "state", state)

    def _target_label(self, row: CueRow) -> str:
        assert self.port.plan is not None
        return action_for(self.port.plan, row.cue.action, row.cue.target)[2]

    def _refresh_go(self, armed: CueRow | None) -> None:
        go = self._controls["go"]
        self._go_row = armed
        go.kind = armed.cue.action if armed else ""
        self.go_button.hold_mode = self._safety(go.kind) == "hold"
        go.label = self._target_label(armed) if armed else self.tr("no cue armed")
        params = action_for(self.port.plan, armed.cue.action, armed.cue.target)[1] if (
            armed and self.port.plan) else {}
        go.blocker = blocker(self.port.plan, self._snapshot, go.kind, params) if armed else None
        due = due_in_s(armed.cue.at_s, self._snapshot) if armed else None
        if self._gate.arming("go"):
            line = self.tr("press {key} again to confirm").format(key=go.key)
        elif go.blocker is not None and not go.blocker.done:
            line = self.tr("✗ cannot fire: {why} — Skip").format(why=go.blocker.short)
        else:
            early = self.tr("  ·  due in {t}").format(t=mmss(due)) if far_early(due) and due is not None else ""
            line = " / ".join(GO_KEYS) + early
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
        self.skip_button.setEnabled(armed is not None)

    def _refresh_cues(self, snapshot: KpiSnapshot | None) -> None:
        rows = self.port.cue_rows()
        self.cue_table.show_rows(rows, self._target_label)
        self._refresh_go(next((r for r in rows if r.state == CueState.ARMED), None))
        elapsed = None
        if snapshot is not None and snapshot.started_at is not None and snapshot.now_ts is not None:
            elapsed = snapshot.now_ts - snapshot.started_at
        nxt = next((r for r in rows if r.state in (CueState.WAITING, CueState.ARMED)), None)
        if nxt is None:
            text = self.tr("run of show done") if rows else self.tr("no cues in the plan")
        elif elapsed is None:
            text = self.tr("next: {what} at {at}").format(what=self._target_label(nxt), at=nxt.cue.at)
        else:
            due = nxt.cue.at_s - elapsed
            when = self.tr("in {t}") if due >= 0 else self.tr("{t} late")
            text = self.tr("next: {what} {when}{auto}").format(
                what=self._target_label(nxt), when=when.format(t=fmt.mmss(abs(due))),
                auto=self.tr(" (auto)") if nxt.cue.auto else "")
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
