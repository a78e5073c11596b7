"""The question in front of an action (or of closing the console on air): Yes/No with No as default."""

from __future__ import annotations

from typing import Final

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from console.i18n import translate
from console.widgets import theme

DIALOG_STYLE: Final = f"""
QLabel {{ font-size: 16px; }}
QPushButton {{ min-width: 72px; min-height: 28px; }}
QPushButton:default {{ border: 2px solid {theme.ACCENT}; }}
QPushButton:disabled {{ background: {theme.SURFACE}; color: {theme.GREY}; }}
"""


def confirm_box(parent: QWidget | None, text: str) -> QMessageBox:
    """The question, built but not shown: Yes/No with **No** as default and Escape = No (OBS's rule)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("ConfirmBox", "Confirm action"),
                      text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    no = box.button(QMessageBox.StandardButton.No)
    if isinstance(no, QPushButton):  # always: standard buttons are push buttons (the check tells the type checker)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
    box.setStyleSheet(DIALOG_STYLE)
    return box


def ask_confirm(parent: QWidget | None, text: str, title: str = "") -> bool:
    """Ask and wait for the operator's answer (a modal question; the refresh timer keeps running). `title`: the
    window's title, when "Confirm action" is not what is asked."""
    box = confirm_box(parent, text)
    if title:
        box.setWindowTitle(title)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()
