"""The card of steps by hand: what the operator must do in the platform's app for an action no API can take.

It lies over the top of the action pad (the buttons' grid and the run of show's table), outside its layout: put in
the layout, it pushed every button down under the operator's mouse as it came and went, and at 1366 x 768 it made
the window taller than the screen (the status bar, with LIVE, went off the bottom). GO, the next cue and the
toast stay in view; the buttons it covers keep their hotkeys.

Against the platform bridge (docs/bridge.md), a flash offer, a segment or a kit on TikTok LIVE comes back as steps
("In TikTok LIVE Studio: pin product 'Chef's knife 20 cm' (TikTok id 1729…)"). Nothing is on air, nor on the
charts, until the operator says it was done: the card shows the oldest waiting action with its steps (selectable,
to copy an id into the app), and two answers. Done (Ctrl+D) puts the action on air at that moment; Not done asks
first, since it cannot be taken back, and the action never goes on air. With several waiting, the card says how
many; each answer brings the next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.actions.book import ActionPort
from console.i18n import translate
from console.present import fmt
from console.widgets import theme
from console.widgets.fit_label import wrapping_label

DONE_KEY: Final = "Ctrl+D"
_K = theme
STYLE: Final = f"""
QFrame#byHand {{ background: #3a2c08; border: 2px solid {_K.AMBER}; border-radius: 4px; }}
QFrame#byHand QLabel {{ background: transparent; border: none; }}
QLabel#byHandTitle {{ color: {_K.AMBER}; font-size: 14px; font-weight: 700; }}
QLabel#byHandAction {{ font-size: 16px; font-weight: 700; }}
QLabel#byHandSteps {{ font-size: 14px; }}
QLabel#byHandProblem {{ color: #ffc2c2; font-size: 13px; }}
QPushButton#byHandDone {{ background: #1d5e3a; border: 2px solid {_K.GREEN}; font-size: 15px; font-weight: 700;
    min-height: 30px; padding: 0 6px; }}
QPushButton#byHandNotDone {{ font-size: 14px; min-height: 30px; padding: 0 6px; }}
"""


class ByHandCard(QFrame):
    """Hidden while nothing waits. `ask(question)` asks Yes/No (the pad's, which tests replace)."""

    def __init__(self, port: ActionPort, ask: Callable[[str], bool], parent: QWidget | None = None,
                 answered: Callable[[str, bool], None] = lambda _label, _done: None) -> None:
        """`answered(label, done)`: after an answer went to the desk (the pad says so in its toast)."""
        super().__init__(parent)
        self.setObjectName("byHand")
        self.setStyleSheet(STYLE)
        self.port, self._ask, self._answered = port, ask, answered
        self.shown_key: str | None = None  # the action the card shows: the answers go to this one only
        self._drawn: tuple[object, ...] = ()
        self.title = QLabel(self)
        self.title.setObjectName("byHandTitle")
        self.action = wrapping_label("", "byHandAction", self)
        self.steps = wrapping_label("", "byHandSteps", self)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy an id into the app
        self.problem = wrapping_label("", "byHandProblem", self)
        self.done_button = QPushButton(translate("ByHandCard", "✓ Done, on air  {key}").format(key=DONE_KEY), self)
        self.done_button.setObjectName("byHandDone")
        self.not_done_button = QPushButton(translate("ByHandCard", "✗ Not done"), self)
        self.not_done_button.setObjectName("byHandNotDone")
        for b in (self.done_button, self.not_done_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space/Enter typed elsewhere never answers for the operator
        self.done_button.setToolTip(translate("ByHandCard", "You did these steps in the platform's app: the action "
                                                            "goes on air and on the charts now"))
        self.not_done_button.setToolTip(translate("ByHandCard", "You did not do them: recorded, never on air"))
        self.done_button.clicked.connect(self.done)
        self.not_done_button.clicked.connect(self.not_done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        for w in (self.title, self.action, self.steps, self.problem):
            layout.addWidget(w)
        answers = QHBoxLayout()
        answers.addWidget(self.done_button, 2)
        answers.addWidget(self.not_done_button, 1)
        layout.addLayout(answers)
        self.hide()

    def refresh(self) -> None:
        """Show the oldest waiting action (10 Hz, from the pad's refresh): redrawn only when it changed."""
        waiting = self.port.by_hand()
        first = waiting[0] if waiting else None
        drawn = (len(waiting), first.key, first.steps, first.error) if first is not None else ()
        if drawn == self._drawn:
            return
        self._drawn = drawn
        self.shown_key = first.key if first is not None else None
        self.setVisible(first is not None)
        if first is None:
            return
        self.title.setText(translate("ByHandCard", "DO BY HAND IN THE PLATFORM'S APP (1 of {n})").format(
            n=fmt.count(len(waiting))) if len(waiting) > 1 else
            translate("ByHandCard", "DO BY HAND IN THE PLATFORM'S APP"))
        self.action.setText(first.label)
        self.steps.setText("\n".join(f"{i}. {step}" for i, step in enumerate(first.steps, 1))
                           if len(first.steps) > 1 else "".join(first.steps))
        self.problem.setText(first.error)
        self.problem.setVisible(bool(first.error))

    def place(self, top: int, bottom: int, width: int, margin: int) -> None:
        """Lay it over the pad from `top` down to at most `bottom` (the pad's coordinates), `width` wide."""
        if self.isHidden():
            return
        inner = width - 2 * margin
        wanted = self.heightForWidth(inner) if self.hasHeightForWidth() else self.sizeHint().height()
        height = max(self.minimumSizeHint().height(), min(wanted, bottom - top))
        rect = (margin, top, inner, height)
        if self.geometry().getRect() != rect:
            self.setGeometry(*rect)
        self.raise_()

    def done(self) -> bool:
        """Done (the button or Ctrl+D): the shown action goes on air. False when nothing is shown."""
        if self.shown_key is None:
            return False
        self.port.settle_by_hand(self.shown_key, True)
        self._answered(self.action.text(), True)
        return True

    def not_done(self) -> bool:
        """Not done, once the operator says yes to the question: never on air. False when not asked or declined."""
        key = self.shown_key
        if key is None:
            return False
        intent = next((i for i in self.port.by_hand() if i.key == key), None)
        if intent is None:
            return False
        if not self._ask(translate("ByHandCard", "Mark “{what}” as not done? It will not go on air, and cannot be "
                                                 "confirmed later.").format(what=intent.label)):
            return False
        self.port.settle_by_hand(key, False)
        self._answered(intent.label, False)
        return True

