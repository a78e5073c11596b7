"""The action button and the safety steps in front of an action: a Yes/No question with No as default,
press-and-hold (or a hotkey pressed twice), and the custom flash-offer form (its OK is the confirmation)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any, Final, Literal

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QStandardItemModel, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.actions.book import ButtonState, ButtonView
from console.actions.rules import short_reason
from console.plan.model import Plan
from console.present import fmt
from console.widgets import theme

HOLD_MS: Final = 800  # long enough that a brush or a stray click never fires; short enough on air
ARM_WINDOW_S: Final = 1.5  # a hold-kind hotkey fires on its second press within this window
_TICK_MS: Final = 30  # progress repaint while held
_MMSS: Final = re.compile(r"^\s*(\d{1,2}):([0-5]?\d)\s*$")
SAFETY_WORDS: Final = {"none": "one press", "confirm": "asks to confirm",
                       "hold": f"hold {HOLD_MS / 1000:g} s, or press the key twice"}
Verdict = Literal["fire", "cancelled", "armed", "wait"]
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
QPushButton#action[state="blocked"] {{ background: {_K.SURFACE}; color: {_K.MUTED}; border-style: dashed; }}
QPushButton#action:disabled {{ background: {_K.SURFACE}; color: {_K.GREY}; }}
"""
_DIALOG_STYLE: Final = f"""
QLabel {{ font-size: 16px; }}
QPushButton {{ min-width: 72px; min-height: 28px; }}
QPushButton:default {{ border: 2px solid {_K.ACCENT}; }}
QPushButton:disabled {{ background: {_K.SURFACE}; color: {_K.GREY}; }}
"""


def _t(text: str) -> str:
    return QCoreApplication.translate("ActionPad", text)


def confirm_box(parent: QWidget | None, text: str) -> QMessageBox:
    """The question, built but not shown: Yes/No with **No** as default and Escape = No (OBS's rule)."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.tr("Confirm action") if parent else "Confirm action",
                      text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    no = box.button(QMessageBox.StandardButton.No)
    if isinstance(no, QPushButton):  # always: standard buttons are push buttons (the check tells the type checker)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
    box.setStyleSheet(_DIALOG_STYLE)
    return box


def ask_confirm(parent: QWidget | None, text: str) -> bool:
    """Ask and wait for the operator's answer (a modal question; the refresh timer keeps running)."""
    box = confirm_box(parent, text)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


class SafetyGate:
    """Decides a press: "none" fires; "confirm" asks; "hold" waits for the held button (`held`) or, from the
    keyboard — a shortcut cannot see the key go up — for a second press of the same hotkey within ARM_WINDOW_S."""

    def __init__(self, ask: Callable[[str], bool], clock: Callable[[], float] = time.monotonic) -> None:
        self._ask, self._clock = ask, clock
        self._arming: dict[str, float] = {}  # control id -> deadline of its confirming press

    def decide(self, control_id: str, safety: str, source: str, question: str) -> Verdict:
        if safety == "confirm":
            return "fire" if self._ask(question) else "cancelled"
        if safety != "hold":
            return "fire"
        if source != "hotkey":
            return "wait"  # a click without the hold: only `held` gets in
        now = self._clock()
        if self._arming.pop(control_id, 0.0) >= now:
            return "fire"
        self._arming[control_id] = now + ARM_WINDOW_S
        return "armed"

    def arming(self, control_id: str) -> bool:
        return self._arming.get(control_id, 0.0) >= self._clock()

    def disarm(self, control_id: str) -> None:
        self._arming.pop(control_id, None)


def button_face(view: ButtonView, label: str, key: str, current: bool, arming: bool) -> tuple[str, str, str, str]:
    """(title, detail line, style state, tooltip) of an action button showing `view`."""
    state, detail, tip = view.state.value, view.detail, label
    if arming:
        state, detail = "arming", _t("press again to confirm")  # beside the key, on the same line
    elif view.state == ButtonState.SENDING:
        detail = _t("sending…") + (f" {detail}" if detail else "")
    elif view.state == ButtonState.CONFIRMED:
        detail = _t("✓ confirmed on air")
    elif view.state == ButtonState.COOLING:
        detail = _t("✓ accepted")
    elif view.state == ButtonState.FAILED:  # the few words that fit; the whole sentence in the tooltip
        tip = _t("Failed: {error}").format(error=detail or _t("unknown error"))
        detail = _t("✗ failed") + (f": {short_reason(detail)}" if detail else "")
    elif view.state == ButtonState.BLOCKED:
        tip = _t("{label}: not available now — {why}").format(label=label, why=detail)
        detail = f"✗ {detail}"
    elif view.state == ButtonState.DISABLED:
        tip, detail = detail, ""
    elif view.state == ButtonState.RUNNING:
        detail = f"▶ {detail}"
    elif current:
        detail = _t("● on air now")
    return f"{key + '  ' if key else ''}{label}", detail, state, tip


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


def set_toast(label: QLabel, text: str, lines: int = 2) -> None:
    """Show `text` in a word-wrapped label of fixed height, shortened (…) to `lines` lines of the label's width:
    a long message never widens the dock it sits in. The whole text is the tooltip."""
    label.setToolTip(text)
    width = label.contentsRect().width()
    fm = label.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap)

    def fits(candidate: str) -> bool:
        return fm.boundingRect(QRect(0, 0, width, 10_000), flags, candidate).height() <= lines * fm.lineSpacing()

    shown = text
    if width > 0 and not fits(text):
        lo, hi = 0, len(text)  # the longest start of the text that fits with an ellipsis
        while lo < hi:
            mid = (lo + hi + 1) // 2
            lo, hi = (mid, hi) if fits(text[:mid].rstrip() + "…") else (lo, mid - 1)
        shown = text[:lo].rstrip() + "…"
    label.setText(shown)


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


class DurationSpin(QSpinBox):
    """Seconds shown as mm:ss; typing plain seconds ("90") or mm:ss ("1:30") both work."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt's name)
        return fmt.mmss(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt's name)
        parsed = parse_duration(text)
        return self.value() if parsed is None else parsed

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        parsed = parse_duration(text)
        if parsed is not None and self.minimum() <= parsed <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        if re.fullmatch(r"\s*\d{0,4}:?\d{0,2}\s*", text):  # on the way to something valid
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos


def parse_duration(text: str) -> int | None:
    """'90' -> 90, '1:30' -> 90; None for anything else."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    m = _MMSS.match(text)
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None


class CustomOfferDialog(QDialog):
    """Product, discount and duration of a one-off flash offer; errors show inline and keep OK disabled."""

    def __init__(self, plan: Plan, parent: QWidget | None = None, unavailable: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.unavailable: dict[str, str] = {}  # sku -> why no offer can start on it now ("sold out")
        self.setWindowTitle(self.tr("Custom flash offer"))
        self.setStyleSheet(_DIALOG_STYLE)
        self.product = QComboBox()
        for p in plan.products:
            self.product.addItem(self._item_text(p.sku), p.sku)
        self.discount = QSpinBox()
        self.discount.setRange(1, 90)
        self.discount.setSuffix(" %")
        self.discount.setValue(15)
        self.duration = DurationSpin()
        self.duration.setRange(10, 3600)
        self.duration.setSingleStep(30)
        self.duration.setValue(300)
        self.duration.setToolTip(self.tr("mm:ss, or plain seconds; 00:10 to 60:00"))
        self.preview = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.set_tone(self.error, "bad")
        form = QFormLayout()
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Discount"), self.discount)
        form.addRow(self.tr("Duration"), self.duration)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.product.currentIndexChanged.connect(self._check)
        self.discount.valueChanged.connect(self._check)
        self.duration.valueChanged.connect(self._check)
        self.duration.lineEdit().textChanged.connect(self._check)
        self.discount.lineEdit().textChanged.connect(self._check)
        self.set_unavailable(unavailable or {})
        # The first product that can take an offer; none when none can (never a sold-out default Enter would fire).
        self.product.setCurrentIndex(next((i for i, p in enumerate(plan.products) if p.sku not in self.unavailable),
                                          -1))
        self._check()

    def _item_text(self, sku: str) -> str:
        p = self.plan.product(sku)
        why = self.unavailable.get(sku)
        price = fmt.money(p.price, self.plan.live.currency, cents=True)
        return f"{p.name}  ({price})" + (f"  — {why}" if why else "")

    def set_unavailable(self, unavailable: dict[str, str]) -> None:
        """Grey out the products no offer can start on now, with the reason; called again as the live moves."""
        if unavailable == self.unavailable:
            return
        self.unavailable = dict(unavailable)
        model = self.product.model()
        assert isinstance(model, QStandardItemModel)
        for i, p in enumerate(self.plan.products):
            item = model.item(i)
            item.setText(self._item_text(p.sku))
            item.setEnabled(p.sku not in self.unavailable)
        self._check()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def errors(self) -> list[str]:
        out = []
        if not self.discount.hasAcceptableInput():
            out.append(self.tr("Discount: a whole number from 1 to 90 %"))
        if not self.duration.hasAcceptableInput():
            out.append(self.tr("Duration: seconds or mm:ss, from 00:10 to 60:00"))
        sku = self.product.currentData()
        if sku is None:
            return [*out, self.tr("Product: none can take an offer now")]
        if sku in self.unavailable:
            out.append(self.tr("{name}: {why}").format(name=self.plan.product(sku).name, why=self.unavailable[sku]))
        p = self.plan.product(sku)
        offer_price = p.price * (1 - self.discount.value() / 100)
        if offer_price < p.unit_cost:  # the plan loader refuses a loss on every sale; so does this form
            cur = self.plan.live.currency
            out.append(self.tr("At -{d}% {name} sells for {price}, below its cost {cost}").format(
                d=self.discount.value(), name=p.name, price=fmt.money(offer_price, cur, cents=True),
                cost=fmt.money(p.unit_cost, cur, cents=True)))
        return out

    def values(self) -> dict[str, Any]:
        """The request params: product_id, discount_pct, duration_s."""
        return {"product_id": self.product.currentData(), "discount_pct": float(self.discount.value()),
                "duration_s": self.duration.value()}

    def label(self) -> str:
        v = self.values()
        if v["product_id"] is None:
            return ""
        return f"{self.plan.product(v['product_id']).name} -{v['discount_pct']:g}% ({fmt.mmss(v['duration_s'])})"

    def _check(self) -> None:
        errors = self.errors()
        self.error.setText("\n".join(errors))
        self.error.setVisible(bool(errors))
        self.ok_button().setEnabled(not errors)
        self.preview.setText(self.tr("Fires: {label}").format(label=self.label()) if not errors else "")

    def accept(self) -> None:
        if not self.errors():  # Enter in a field reaches here even while OK is disabled
            super().accept()
