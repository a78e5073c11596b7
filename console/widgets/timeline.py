"""The replay timeline: play/pause, speed, a scrubbable bar with the actions and notes on it, review notes.

Keys: Space play/pause, Left/Right 10 s (Shift: 60 s), PgUp/PgDn previous/next action or note, N add a note.
"""

from __future__ import annotations

import bisect
import time
from typing import Protocol

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLabel, QPushButton, QSizePolicy, QWidget

from console.i18n import translate
from console.present import fmt
from console.widgets import theme

SPEEDS = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
MESSAGE_S = 6.0  # how long a jump's or a note's message stays
_TOAST_STYLE = (f"QLabel#timelineToast {{ background: {theme.SURFACE_HI}; border: 1px solid {theme.BORDER}; "
                "border-radius: 4px; padding: 6px 12px; font-size: 16px; font-weight: 600; }")
FAILED_KIND = "failed"  # a press the stream never showed (console/services/replay/actions.py)
_KIND_COLOURS = {"flash_offer": "#ff5c8a", "segment": "#4aa8ff", "kit": "#c792ea", "note": "#ffcb6b",
                 FAILED_KIND: theme.RED}


class ReplayPort(Protocol):
    """What the timeline may ask of the replay: the narrow API between this widget and the replay service."""

    @property
    def position(self) -> float: ...
    @property
    def playing(self) -> bool: ...
    @property
    def speed(self) -> float: ...
    @property
    def progress(self) -> float: ...
    def bounds(self) -> tuple[float, float] | None: ...  # (start, end) live time once loaded
    def marks(self) -> list[tuple[float, str, str]]: ...  # (live ts, kind, label): actions and notes
    def toggle(self) -> None: ...
    def set_speed(self, speed: float) -> None: ...
    def seek(self, ts: float) -> None: ...
    def add_note(self, text: str) -> None: ...
    def take_messages(self) -> list[tuple[str, str]]: ...  # (text, tone) since the last call: notes saved...
    def jump_label(self, mark: tuple[float, str, str]) -> str: ...  # "→ 14:57 Flash offer '…' (failed: …)"


class ScrubBar(QWidget):
    """The live's whole length, the position, and a tick per action or note; click or drag to seek."""

    seek_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(34)
        self.setMinimumWidth(240)  # the bar is the point of replay: the buttons around it never squeeze it away
        self.bounds: tuple[float, float] | None = None
        self.position = 0.0
        self.marks: list[tuple[float, str, str]] = []
        self.setMouseTracking(True)

    def _x(self, ts: float) -> float:
        assert self.bounds is not None
        start, end = self.bounds
        return 8 + (self.width() - 16) * (ts - start) / max(end - start, 1e-9)

    def _ts(self, x: float) -> float:
        assert self.bounds is not None
        start, end = self.bounds
        return start + (end - start) * min(1.0, max(0.0, (x - 8) / max(self.width() - 16, 1)))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        mid = self.height() / 2
        p.fillRect(QRectF(8, mid - 3, self.width() - 16, 6), QColor(theme.BORDER))
        if self.bounds is not None:
            x = self._x(self.position)
            p.fillRect(QRectF(8, mid - 3, x - 8, 6), QColor(theme.ACCENT))
            for ts, kind, _label in self.marks:
                p.setPen(QColor(_KIND_COLOURS.get(kind, theme.MUTED)))
                mx = self._x(ts)
                p.drawLine(int(mx), 2, int(mx), int(mid - 5))
            p.setBrush(QColor(theme.TEXT))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QRectF(x - 7, mid - 7, 14, 14))
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.bounds is not None:
            self.seek_requested.emit(self._ts(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.bounds is None:
            return
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.seek_requested.emit(self._ts(event.position().x()))
        else:  # hovering over a tick names it
            near = [label for ts, _k, label in self.marks if abs(self._x(ts) - event.position().x()) <= 4]
            self.setToolTip("\n".join(near))


class TimelineBar(QWidget):
    def __init__(self, port: ReplayPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.port = port
        self.play_button = QPushButton(translate("TimelineBar", "▶ Play  (Space)"))
        self.play_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.play_button.clicked.connect(port.toggle)
        self.speed_box = QComboBox()
        for s in SPEEDS:
            self.speed_box.addItem(f"{s:g}x", s)
        self.speed_box.setCurrentIndex(SPEEDS.index(port.speed) if port.speed in SPEEDS else 4)
        self.speed_box.currentIndexChanged.connect(lambda i: port.set_speed(SPEEDS[i]))
        self.prev_button = QPushButton(translate("TimelineBar", "◀ action  (PgUp)"))
        self.next_button = QPushButton(translate("TimelineBar", "action ▶  (PgDn)"))
        self.note_button = QPushButton(translate("TimelineBar", "+ note  (N)"))
        for b in (self.prev_button, self.next_button, self.note_button, self.speed_box):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.prev_button.clicked.connect(lambda: self.jump(-1))
        self.next_button.clicked.connect(lambda: self.jump(+1))
        self.note_button.clicked.connect(self.ask_note)
        self.scrub = ScrubBar()
        self.scrub.seek_requested.connect(port.seek)
        self.clock = QLabel("—")
        self.clock.setObjectName("bigNumber")
        # where PgUp/PgDn landed, a note saved: a toast floating over the window just above the bar, in no layout,
        # so a message coming and going moves nothing (parented to the window once the bar is in one)
        self.message = QLabel("")
        self.message.setObjectName("timelineToast")
        self.message.setStyleSheet(_TOAST_STYLE)
        self.message.hide()
        self._message_until = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # one row, never a tall band
        self.setFixedHeight(46)  # buttons 27 px, the clock 28 px, and air
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        for w in (self.play_button, self.speed_box, self.prev_button):
            row.addWidget(w)
        row.addWidget(self.scrub, 1)
        for after in (self.next_button, self.note_button, self.clock):
            row.addWidget(after)
        for keys, slot in (("Space", port.toggle), ("Left", lambda: self.step(-10)), ("Right", lambda: self.step(10)),
                           ("Shift+Left", lambda: self.step(-60)), ("Shift+Right", lambda: self.step(60)),
                           ("PgUp", lambda: self.jump(-1)), ("PgDown", lambda: self.jump(+1)), ("N", self.ask_note)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    def step(self, seconds: float) -> None:
        self.port.seek(self.port.position + seconds)

    def jump(self, direction: int) -> None:
        """To the previous or next action or note (a second back or ahead of the position counts as 'here'), and
        say which one: a tick alone does not tell a failed offer from a note."""
        marks = sorted(self.port.marks())
        times = [ts for ts, _k, _l in marks]
        here = self.port.position
        if direction > 0:
            i = bisect.bisect_right(times, here + 1)
            target = marks[i] if i < len(marks) else None
        else:
            i = bisect.bisect_left(times, here - 1)
            target = marks[i - 1] if i > 0 else None
        if target is None:
            self.say(translate("TimelineBar", "No later action or note") if direction > 0
                     else translate("TimelineBar", "No earlier action or note"), "muted")
            return
        self.port.seek(target[0])
        self.say(self.port.jump_label(target), "bad" if target[1] == FAILED_KIND else "plain")

    def say(self, text: str, tone: str) -> None:
        """A short message just above the bar, for MESSAGE_S seconds."""
        window = self.window()
        if self.message.parentWidget() is not window:
            self.message.setParent(window)
        theme.set_tone(self.message, tone)
        room = max(200, window.width() - 40)
        self.message.setText(self.message.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room - 40))
        self.message.setToolTip(text)
        self.message.adjustSize()
        self.message.resize(min(self.message.width(), room), self.message.height())
        top_left = self.mapTo(window, self.rect().topLeft()) if window is not self else self.rect().topLeft()
        self.message.move(max(20, top_left.x() + (self.width() - self.message.width()) // 2),
                          max(0, top_left.y() - self.message.height() - 6))
        self.message.show()
        self.message.raise_()
        self._message_until = time.monotonic() + MESSAGE_S

    def message_text(self) -> str:
        """The message shown, whole (for tests)."""
        return self.message.toolTip() if self.message.isVisibleTo(self.window()) else ""

    def ask_note(self) -> None:
        text, ok = QInputDialog.getText(self, translate("TimelineBar", "Review note"),
                                        translate("TimelineBar", "Note at this moment:"))
        if ok and text.strip():
            self.port.add_note(text.strip())

    def refresh(self) -> None:
        for text, tone in self.port.take_messages():
            self.say(text, tone)
        if self._message_until and time.monotonic() > self._message_until:
            self._message_until = 0.0
            self.message.hide()
        bounds = self.port.bounds()
        self.scrub.bounds = bounds
        if bounds is None:
            self.clock.setText(translate("TimelineBar", "loading {p}").format(p=fmt.pct(self.port.progress, 0)))
            return
        self.scrub.position = self.port.position
        self.scrub.marks = self.port.marks()
        self.scrub.update()
        self.play_button.setText(translate("TimelineBar", "❚❚ Pause  (Space)") if self.port.playing
                                 else translate("TimelineBar", "▶ Play  (Space)"))
        elapsed = self.port.position - bounds[0]
        self.clock.setText(f"{fmt.clock(elapsed)} / {fmt.clock(bounds[1] - bounds[0])}")
