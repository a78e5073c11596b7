"""The Advice dock: what the live advisor saw, newest first, with its evidence and the plan's remedy one press away.

A card per advice: the pattern and its subject, when it was raised, what was seen in plain words (numbers and since
when), a small chart of the evidence against what is normal, the remedy as a button with its hotkey, and Dismiss.
The remedy goes through the action pad (`ActionPadDock.press_target`): the same safety step, refusals and
double-press guard as the pad's own button for that preset, segment or kit. Advice without a fitting remedy in the
plan says what kind of remedy would fit. Answered or expired advice stays below, dimmed, with what became of it
(a taken remedy's measured effect, the way the action log shows it).

Hotkeys (window-wide): Alt+1 … Alt+3 take the remedy of the first three standing advice, Alt+Shift+1 … Alt+Shift+3
dismiss them. The dock only reads its source's board (replaced whole by the pipeline thread) on the window's timer.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from functools import partial
from typing import Final, Protocol, TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPainterPath, QPen, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.actions.book import Intent
from console.advisor import AdviceRecord
from console.advisor.port import BOARD_SIZE, AdviceSource
from console.i18n import QT_TRANSLATE_NOOP, translate
from console.kpi.snapshot import KpiSnapshot, Marker
from console.live.health import FeedHealth
from console.present import fmt, numbers
from console.present.advice_words import kind_words, reason_words
from console.widgets import theme
from console.widgets.action_log import effect_text
from console.widgets.fit_label import wrapping_label

TAKE_KEYS: Final = ("Alt+1", "Alt+2", "Alt+3")
TOAST_S: Final = 6.0
DISMISS_KEYS: Final = ("Alt+Shift+1", "Alt+Shift+2", "Alt+Shift+3")
#: what became of an advice, on its dimmed card: (without a reason, with one)
_FATE_WORDS: Final = {"dismissed": (QT_TRANSLATE_NOOP("AdviceCard", "dismissed at {when}"),
                                    QT_TRANSLATE_NOOP("AdviceCard", "dismissed at {when} ({reason})")),
                      "expired": (QT_TRANSLATE_NOOP("AdviceCard", "expired at {when}"),
                                  QT_TRANSLATE_NOOP("AdviceCard", "expired at {when} ({reason})"))}
_K = theme
_STYLE: Final = f"""
QFrame#card {{ background: {_K.SURFACE}; border: 1px solid {_K.BORDER}; border-left: 4px solid {_K.ADVICE_COLOUR};
    border-radius: 4px; }}
QFrame#card[state="closed"] {{ border-left-color: {_K.BORDER}; }}
QLabel#title {{ font-size: 16px; font-weight: 700; color: {_K.TEXT}; }}
QFrame#card[state="closed"] QLabel#title {{ color: {_K.MUTED}; }}
QLabel#when {{ font-size: 13px; color: {_K.MUTED}; }}
QLabel#text {{ font-size: 14px; color: {_K.TEXT}; }}
QFrame#card[state="closed"] QLabel#text {{ color: {_K.MUTED}; }}
QLabel#fate {{ font-size: 13px; color: {_K.MUTED}; }}
QLabel#none {{ font-size: 13px; color: {_K.AMBER}; }}
QLabel#empty {{ font-size: 14px; color: {_K.MUTED}; padding: 8px; }}
QPushButton#remedy {{ font-size: 14px; font-weight: 600; min-height: 30px; text-align: left; padding: 2px 8px;
    background: #16403e; border: 1px solid {_K.ADVICE_COLOUR}; color: {_K.TEXT}; }}
QPushButton#remedy:disabled {{ background: {_K.SURFACE}; color: {_K.GREY}; border-color: {_K.BORDER}; }}
QPushButton#dismiss {{ font-size: 13px; min-height: 30px; padding: 2px 8px; }}
"""


class RemedyPress(Protocol):
    """The pad's press of a plan control (ActionPadDock.press_target)."""

    def __call__(self, kind: str, target: str, source: str) -> Intent | None: ...


def title_of(r: AdviceRecord, plan_names: dict[str, str]) -> str:
    """"Abandonment spike · Drone X" — the pattern, and its subject by the plan's name."""
    a = r.advice
    subject = plan_names.get(a.subject, a.subject) if a.subject else ""
    return kind_words(a.kind) + (f" · {subject}" if subject else "")


def advice_markers(board: tuple[AdviceRecord, ...], plan_names: dict[str, str]) -> list[Marker]:
    """The advice as chart markers at the live time each was raised (oldest first)."""
    return [Marker(r.advice.raised_ts, "advice", r.advice.id, "⚑ " + title_of(r, plan_names))
            for r in sorted(board, key=lambda r: r.advice.raised_ts)]


class EvidenceChart(QWidget):
    """The monitored rate per step (oldest first) against its normal (a dashed line): 40 px of evidence."""

    def __init__(self, series: tuple[float | None, ...], baseline: float | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series, self.baseline = series, baseline
        self.setMinimumHeight(40)
        self.setMaximumHeight(44)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, _event: object) -> None:  # noqa: N802 (Qt's name)
        values = [v for v in self.series if v is not None and math.isfinite(v)]
        if not values:
            return
        top = max([*values, self.baseline or 0.0]) * 1.15 or 1.0
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(2, 3, -2, -3)
        step = box.width() / max(1, len(self.series) - 1)

        def y(v: float) -> float:
            return box.bottom() - box.height() * v / top

        if self.baseline is not None:
            pen = QPen(QColor(theme.MUTED), 1, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(box.left(), y(self.baseline)), QPointF(box.right(), y(self.baseline)))
        path, started = QPainterPath(), False
        for i, v in enumerate(self.series):
            if v is None or not math.isfinite(v):
                started = False
                continue
            point = QPointF(box.left() + i * step, y(v))
            if started:
                path.lineTo(point)
            else:
                path.moveTo(point)
                started = True
        p.setPen(QPen(QColor(theme.ADVICE_COLOUR), 2))
        p.drawPath(path)
        p.end()


class ElidedButton(QPushButton):
    """A button whose text is cut with … to its width (a long remedy in a narrow dock), the whole in its tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.full_text = text

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        room = max(20, self.width() - 20)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room))


class AdviceCard(QFrame):
    def __init__(self, record: AdviceRecord, title: str, started_at: float | None, index: int | None,
                 read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.record = record
        a = record.advice
        standing = record.status == "raised"
        theme.set_prop(self, "state", "open" if standing else "closed")
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 6)
        box.setSpacing(3)
        head = QHBoxLayout()
        head.addWidget(wrapping_label(title, "title"), 1)
        head.addWidget(_named(QLabel(_live_clock(a.raised_ts, started_at)), "when"))
        box.addLayout(head)
        self.text = wrapping_label(a.text, "text")
        self.text.setToolTip(a.text)
        box.addWidget(self.text)
        self.chart: EvidenceChart | None = None
        if standing and a.evidence.series:
            self.chart = EvidenceChart(a.evidence.series, a.evidence.baseline)
            self.chart.setToolTip(translate("AdviceCard", "{what}, every {step} s; dashed: what is normal").format(
                what=a.evidence.series_label or translate("AdviceCard", "the rate watched"),
                step=numbers.decimal(a.evidence.series_step_s, 1 if a.evidence.series_step_s % 1 else 0)))
            box.addWidget(self.chart)
        self.remedy: QPushButton | None = None
        self.dismiss: QPushButton | None = None
        self.fate = wrapping_label("", "fate")
        if standing:
            row = QHBoxLayout()
            if a.remedy.action is not None:
                key = f"{TAKE_KEYS[index]}  " if index is not None and index < len(TAKE_KEYS) else ""
                self.remedy = _named(ElidedButton(key + a.remedy.label), "remedy")
                self.remedy.setToolTip(translate("AdviceCard", "{label}\nFits: {fits}. The pad's safety step applies.")
                                       .format(label=a.remedy.label, fits=a.remedy.fits))
                self.remedy.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                self.remedy.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space/Enter never press it
                self.remedy.setEnabled(not read_only)
                row.addWidget(self.remedy, 1)
            else:
                row.addWidget(wrapping_label(a.remedy.label, "none"), 1)
            self.dismiss = _named(QPushButton(translate("AdviceCard", "Dismiss")), "dismiss")
            if index is not None and index < len(DISMISS_KEYS):
                self.dismiss.setToolTip(DISMISS_KEYS[index])
            self.dismiss.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.dismiss.setEnabled(not read_only)
            row.addWidget(self.dismiss)
            box.addLayout(row)
        box.addWidget(self.fate)
        self.fate.setVisible(not standing)

    def show_fate(self, started_at: float | None, effect: str) -> None:
        r = self.record
        if r.status == "raised":
            return
        when = _live_clock(r.status_ts, started_at)
        remedy = r.advice.remedy.label
        if r.status == "taken" and effect and effect != fmt.DASH:
            words = translate("AdviceCard", "taken at {when}: {remedy} · {effect}").format(
                when=when, remedy=remedy, effect=effect)
        elif r.status == "taken":
            words = translate("AdviceCard", "taken at {when}: {remedy} · effect measured once it is on air").format(
                when=when, remedy=remedy)
        else:
            plain, with_reason = _FATE_WORDS.get(r.status, ("{status} at {when}", "{status} at {when} ({reason})"))
            if r.reason:
                words = translate("AdviceCard", with_reason).format(
                    status=r.status, when=when, reason=reason_words(r.reason))
            else:
                words = translate("AdviceCard", plain).format(status=r.status, when=when)
        if words != self.fate.text():
            self.fate.setText(words)


class AdviceDock(QDockWidget):
    """`source`: the live AdviceDesk or replay's recorded advice; `press`: the pad's press (None: no actions)."""

    advice_raised: Callable[[AdviceRecord], None] | None = None  # the window raises the dock on new advice

    def __init__(self, source: AdviceSource, press: RemedyPress | None, parent: QWidget | None = None) -> None:
        super().__init__(translate("AdviceDock", "Advice"), parent)
        self.setObjectName("AdviceDock")
        self.source, self._press = source, press
        plan = source.plan
        self._names = {} if plan is None else {**{p.sku: p.name for p in plan.products},
                                               **{s.id: s.title for s in plan.segments}}
        self._board: tuple[AdviceRecord, ...] | None = None
        self._seen: set[str] = set()
        self._answered: set[str] = set()  # taken or dismissed here, until the board says so
        self._cards: list[AdviceCard] = []
        self._started_at: float | None = None
        self._live_now: float | None = None
        self.toast = ""  # the last word on a press, for the status bar and the tests
        body = QWidget()
        body.setStyleSheet(_STYLE)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(6, 4, 6, 4)
        self._toast = wrapping_label("", "fate")
        self._toast.hide()
        self._toast_until = 0.0
        outer.addWidget(self._toast)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._list = QWidget()
        self._column = QVBoxLayout(self._list)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(6)
        self._empty = wrapping_label(translate("AdviceDock", "No advice: the advisor is watching the live."), "empty")
        self._column.addWidget(self._empty)
        self._column.addStretch(1)
        self._scroll.setWidget(self._list)
        outer.addWidget(self._scroll)
        self.setWidget(body)
        self.setMinimumWidth(260)
        for i, key in enumerate(TAKE_KEYS):
            self._shortcut(key, partial(self.take, i))
        for i, key in enumerate(DISMISS_KEYS):
            self._shortcut(key, partial(self.dismiss, i))

    def _shortcut(self, key: str, slot: Callable[[], object]) -> None:
        sc = QShortcut(QKeySequence(key), self)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(slot)

    # ------------------------------------------------------------------------------------------ refresh
    def refresh(self, snapshot: KpiSnapshot | None, _health: FeedHealth, _now: float) -> None:
        if self._toast.isVisible() and time.monotonic() > self._toast_until:
            self._toast.hide()
        if snapshot is not None:
            self._started_at, self._live_now = snapshot.started_at, snapshot.now_ts
        board = self.source.board()
        if board is not self._board:
            self._board = board
            self._rebuild(board)
        for card in self._cards:  # a taken remedy's effect grows as the minutes after it come in
            r = card.record
            effect = effect_text(self.source.effect(r.action_id)) if r.action_id else ""
            card.show_fate(self._started_at, effect)

    def _rebuild(self, board: tuple[AdviceRecord, ...]) -> None:
        for card in self._cards:
            self._column.removeWidget(card)
            card.deleteLater()
        self._cards = []
        standing = 0
        new = [r for r in board if r.advice.id not in self._seen]
        for r in board[:BOARD_SIZE]:
            index = standing if r.status == "raised" else None
            standing += r.status == "raised"
            card = AdviceCard(r, title_of(r, self._names), self._started_at, index, self.source.read_only
                              or self._press is None)
            if card.remedy is not None:
                card.remedy.clicked.connect(lambda _=False, a=r.advice.id: self.take_advice(a))
            if card.dismiss is not None:
                card.dismiss.clicked.connect(lambda _=False, a=r.advice.id: self.dismiss_advice(a))
            if r.status != "raised":
                self._answered.discard(r.advice.id)
            self._column.insertWidget(self._column.count() - 1, card)
            self._cards.append(card)
        self._empty.setVisible(not board)
        self._seen.update(r.advice.id for r in board)
        if new and self.advice_raised is not None and any(r.status == "raised" for r in new):
            self.advice_raised(new[0])

    # ------------------------------------------------------------------------------------------ answers
    def standing(self) -> list[AdviceRecord]:
        """The advice still to answer, in the dock's order (answered here but not yet on the board: left out, so
        that a second Alt+1 never lands on the advice just answered)."""
        return [c.record for c in self._cards if c.record.status == "raised" and c.record.advice.id not in
                self._answered]

    def take(self, index: int) -> Intent | None:
        """Alt+1…3: the remedy of the index-th standing advice."""
        rec = self._standing_at(index)
        return self.take_advice(rec.advice.id) if rec is not None else None

    def dismiss(self, index: int) -> None:
        rec = self._standing_at(index)
        if rec is not None:
            self.dismiss_advice(rec.advice.id)

    def take_advice(self, advice_id: str) -> Intent | None:
        """Press the advice's remedy through the pad; the advice is taken once the pad fired it."""
        rec = next((r for r in self.standing() if r.advice.id == advice_id), None)
        if rec is None or self._press is None or self.source.read_only:
            return None
        remedy = rec.advice.remedy
        if remedy.action is None or remedy.target is None:
            self._say(translate("AdviceDock", "No remedy in the plan: {label}").format(label=remedy.label))
            return None
        intent = self._press(remedy.action, remedy.target, "advice")
        if intent is not None:
            self._answered.add(advice_id)
            self.source.take(advice_id, intent.key, self._live_now)
            self._say(translate("AdviceDock", "Advice taken: {label}").format(label=remedy.label))
        return intent

    def dismiss_advice(self, advice_id: str) -> None:
        rec = next((r for r in self.standing() if r.advice.id == advice_id), None)
        if rec is None or self.source.read_only:
            return
        self._answered.add(advice_id)
        self.source.dismiss(advice_id, self._live_now)
        self._say(translate("AdviceDock", "Advice dismissed: {title}").format(title=title_of(rec, self._names)))
        for card in self._cards:  # dimmed at once; the board confirms it within a tenth of a second
            if card.record.advice.id == advice_id:
                card.setEnabled(False)

    def _say(self, text: str) -> None:
        """A word on what a press did, over the cards for a few seconds (not in the status bar: a temporary message
        there hides the feed's state, LIVE or not, which an operator on air must never lose)."""
        self.toast = text
        self._toast.setText(text)
        self._toast.show()
        self._toast_until = time.monotonic() + TOAST_S

    def _standing_at(self, index: int) -> AdviceRecord | None:
        standing = self.standing()
        return standing[index] if 0 <= index < len(standing) else None

    # ------------------------------------------------------------------------------------------ for tests
    def cards(self) -> list[AdviceCard]:
        return list(self._cards)

    def markers(self) -> list[Marker]:
        return advice_markers(self._board or (), self._names)


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)  # the style sheet's selector
    return widget


def _live_clock(ts: float | None, started_at: float | None) -> str:
    if ts is None or started_at is None:
        return ""
    return fmt.clock(ts - started_at)
