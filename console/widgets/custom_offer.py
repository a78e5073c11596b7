"""The custom flash-offer form: product, discount and duration of a one-off offer. Its OK is the offer's safety
step: errors show inline and keep OK disabled, and a product no offer can start on now is greyed with the reason."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QStandardItemModel, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.i18n import translate
from console.plan.model import Plan
from console.present import fmt
from console.widgets import theme
from console.widgets.confirm import DIALOG_STYLE


class DurationSpin(QSpinBox):
    """Seconds shown as mm:ss; typing plain seconds ("90") or mm:ss ("1:30") both work."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt's name)
        return fmt.mmss(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt's name)
        parsed = fmt.parse_duration(text)
        return self.value() if parsed is None else parsed

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        parsed = fmt.parse_duration(text)
        if parsed is not None and self.minimum() <= parsed <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        if re.fullmatch(r"\s*\d{0,4}:?\d{0,2}\s*", text):  # on the way to something valid
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos


class CustomOfferDialog(QDialog):
    """Product, discount and duration of a one-off flash offer; errors show inline and keep OK disabled."""

    def __init__(self, plan: Plan, parent: QWidget | None = None, unavailable: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.unavailable: dict[str, str] = {}  # sku -> why no offer can start on it now ("sold out")
        self.setWindowTitle(translate("CustomOfferDialog", "Custom flash offer"))
        self.setStyleSheet(DIALOG_STYLE)
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
        self.duration.setToolTip(translate("CustomOfferDialog", "mm:ss, or plain seconds; 00:10 to 60:00"))
        self.preview = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.set_tone(self.error, "bad")
        form = QFormLayout()
        form.addRow(translate("CustomOfferDialog", "Product"), self.product)
        form.addRow(translate("CustomOfferDialog", "Discount"), self.discount)
        form.addRow(translate("CustomOfferDialog", "Duration"), self.duration)
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
            out.append(translate("CustomOfferDialog", "Discount: a whole number from 1 to 90 %"))
        if not self.duration.hasAcceptableInput():
            out.append(translate("CustomOfferDialog", "Duration: seconds or mm:ss, from 00:10 to 60:00"))
        sku = self.product.currentData()
        if sku is None:
            return [*out, translate("CustomOfferDialog", "Product: none can take an offer now")]
        if sku in self.unavailable:
            out.append(translate("CustomOfferDialog", "{name}: {why}").format(name=self.plan.product(sku).name,
                                                                              why=self.unavailable[sku]))
        p = self.plan.product(sku)
        offer_price = p.price * (1 - self.discount.value() / 100)
        if offer_price < p.unit_cost:  # the plan loader refuses a loss on every sale; so does this form
            cur = self.plan.live.currency
            out.append(translate("CustomOfferDialog", "At -{d}% {name} sells for {price}, below its cost {cost}")
                       .format(
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
        self.preview.setText(translate("CustomOfferDialog", "Fires: {label}").format(label=self.label())
                             if not errors else "")

    def accept(self) -> None:
        if not self.errors():  # Enter in a field reaches here even while OK is disabled
            super().accept()
