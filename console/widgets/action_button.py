"""An action button: fired by a click, or only after being held down in hold mode; its style by kind and state; its
face — name, key, terms and state — fitted to its width. ActionControl ties a button to what it fires and shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QPushButton, QWidget

from console.actions.book import ButtonState, ButtonView
from console.actions.rules import Blocker
from console.actions.safety import HOLD_MS
from console.i18n import translate
from console.present.button_face import button_face
from console.widgets import theme

_TICK_MS: Final = 30  # progress repaint while held
_READY: Final = ButtonView(ButtonState.READY)
_K = theme
# A preset's face has three lines (name; key and terms; state), the others two: the heights hold them all.
BUTTON_STYLE: Final = f"""
QPushButton#action {{ font-size: 16px; font-weight: 600; text-align: left; padding: 2px 10px; min-height: 40px;
    background: {_K.SURFACE_HI}; border: 1px solid {_K.BORDER}; border-left: 6px solid {_K.GREY}; }}
QPushButton#action[kind="flash_offer"] {{ border-left-color: {_K.MARKER_COLOURS['flash_offer']};
    min-height: 60px; }}
QPushButton#action[kind="segment"] {{ border-left-color: {_K.MARKER_COLOURS['segment']}; }}
QPushButton#action[kind="kit"] {{ border-left-color: {_K.MARKER_COLOURS['kit']}; }}
QPushButton#action[current="yes"] {{ background: #2f4f63; border: 2px solid {_K.ACCENT};
    border-left: 6px solid {_K.ACCENT}; }}
QPushButton#action[state="sending"], QPushButton#action[state="arming"] {{ background: #4d3b0f; color: #ffd98a; }}
QPushButton#action[state="confirmed"] {{ background: #1e7a47; color: #ffffff; }}
QPushButton#action[state="cooling"] {{ color: {_K.MUTED}; }}
QPushButton#action[state="failed"] {{ background: #5c1d1d; color: #ffc2c2; border: 2px solid {_K.RED}; }}
QPushButton#action[state="running"] {{ background: #0f4658; color: #ffffff; border: 2px solid {_K.ACCENT}; }}
QPushButton#action[state="by_hand"] {{ background: #3a2c08; color: #ffd98a; border: 2px dashed {_K.AMBER}; }}
QPushButton#action[state="blocked"] {{ background: {_K.SURFACE}; color: {_K.MUTED}; border-style: dashed; }}
QPushButton#action:disabled {{ background: {_K.SURFACE}; color: {_K.GREY}; }}
"""


def elide_face(fm: QFontMetrics, key: str, name: str, terms: str, detail: str, room: int) -> str:
    """A button's text within `room` pixels. First line: the name, shortened in the middle when it must be (its start
    and end both tell products apart). Then the key, whole. With terms (a preset's "-20% · 5 min"): the key and the
    terms, whole, on the second line, and the detail (state, countdown, reason) on a third line kept even when
    empty, so a state coming and going never changes the button's height. Without: the detail beside the key."""
    short = fm.elidedText(name, Qt.TextElideMode.ElideMiddle, max(room, fm.horizontalAdvance("W…W")))
    if terms:
        second = "  ".join(part for part in (key, terms) if part)
        return f"{short}\n{second}\n{fm.elidedText(detail, Qt.TextElideMode.ElideRight, room) or ' '}"
    if not detail:
        return f"{short}\n{key}" if key else short
    lead = f"{key}  " if key else ""
    return f"{short}\n{lead}{fm.elidedText(detail, Qt.TextElideMode.ElideRight, room - fm.horizontalAdvance(lead))}"


def face_width(fm: QFontMetrics, key: str, terms: str) -> int:
    """The width the parts of a face that are never shortened need (the key and the terms)."""
    return fm.horizontalAdvance("  ".join(part for part in (key, terms) if part))


class HoldButton(QPushButton):
    """A button that, in hold mode, emits `held` only after being held down HOLD_MS; releasing early cancels.

    Out of hold mode it is a plain button (`clicked`). Dragging the pointer off the button releases it too.
    """

    held = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.hold_mode = False
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(_TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self.pressed.connect(self._on_pressed)
        self.released.connect(self.cancel_hold)

    def is_holding(self) -> bool:
        return self._tick.isActive()

    def progress(self) -> float:
        return min(1.0, self._clock.elapsed() / HOLD_MS) if self.is_holding() else 0.0

    def cancel_hold(self) -> None:
        if self._tick.isActive():
            self._tick.stop()
            self.update()

    def _on_pressed(self) -> None:
        if self.hold_mode and self.isEnabled():
            self._clock.start()
            self._tick.start()

    def _on_tick(self) -> None:
        # Measured time, not a tick count: a busy GUI thread delays ticks but never shortens the hold.
        if not self.isEnabled():
            self.cancel_hold()
        elif self._clock.elapsed() >= HOLD_MS:
            self.cancel_hold()
            self.held.emit()
        else:
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self.is_holding():  # the fill grows from the left: the operator sees how long is left
            painter = QPainter(self)
            fill = QColor(theme.AMBER)
            fill.setAlpha(110)
            painter.fillRect(0, 0, int(self.width() * self.progress()), self.height(), fill)
            painter.end()


@dataclass(slots=True)
class ActionControl:
    """One action control: its button, hotkey and what it fires, and what its button shows now."""

    id: str
    kind: str
    label: str  # what it does, in words: toasts, questions, tooltip
    key: str
    button: HoldButton
    fire: Callable[[str], object]  # source -> intent (None when the book debounced it)
    params: dict[str, Any] = field(default_factory=dict)  # the request it sends (empty: GO, the custom form)
    name: str = ""  # the part of the face that shortens to fit (the label, or a preset's name)
    terms: str = ""  # a preset's "-20% · 5 min": always shown, the name shortens instead
    safety_words: str = ""  # its safety step in words, under its tooltip ("": the custom form, its own step)
    view: ButtonView = _READY
    blocker: Blocker | None = None  # why the server would refuse it now, as the pad last showed it
    current: bool = False  # the segment on air now
    shown: tuple[str, str, str, bool, int] = ("", "", "", True, 0)  # text, state, tip, enabled, width: on change

    def fit_to_font(self) -> None:
        """Wide enough, in the button's current font, for the parts of its face never shortened: key and terms."""
        self.button.ensurePolished()
        self.button.setMinimumWidth(max(150, face_width(self.button.fontMetrics(), self.key, self.terms) + 32))

    def draw(self, arming: bool) -> None:
        """The button shows `view` (and `arming`: the first of two hotkey presses) in its width of today."""
        face = button_face(self.view, self.label, self.current, arming)
        room = self.button.width() - 28  # elided to today's width; a resize re-elides
        text = elide_face(self.button.fontMetrics(), self.key, self.name or self.label, self.terms, face.detail, room)
        tip = face.tip
        if self.terms and tip == self.label:  # the whole name and terms, whatever the face had room for
            tip = f"{self.name}  {self.terms}"
        if self.view.state == ButtonState.BLOCKED and self.blocker is not None:
            tip = translate("ActionButton",
                            "{label}: not sent if pressed — {why}").format(label=self.label, why=self.blocker.reason)
        if self.view.state not in (ButtonState.DISABLED, ButtonState.FAILED, ButtonState.BLOCKED) \
                and self.safety_words:
            tip = f"{tip}\n{self.safety_words}"
        shown = (text, face.state, tip, self.view.state != ButtonState.DISABLED, room)
        if shown != self.shown:  # restyling is not free: only on a change
            self.shown = shown
            self.button.setText(shown[0])
            self.button.setToolTip(tip)
            self.button.setEnabled(shown[3])
            theme.set_prop(self.button, "state", face.state)
