"""The action pad's buttons: the plan's flash-offer presets (and the custom offer), segments and kits, in three
groups of two columns, each group titled with its safety step and each button with its hotkey.

The buttons scroll when the screen is short (13 segments at 1366 x 768); the run of show and GO below them never
do. The grid builds and lays out; the pad wires every press through its safety step (console/widgets/action_pad.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from console.actions.book import action_for, preset_face
from console.actions.safety import SAFETY_WORDS, safety_of
from console.i18n import translate
from console.plan.model import Plan
from console.widgets import theme
from console.widgets.action_button import ActionControl, HoldButton
from console.widgets.fit_label import wrapping_label

CUSTOM_ID: Final = "custom:offer"


class ActionGrid(QScrollArea):
    """`controls`: every button of the grid by id, in pad order (the custom offer after the presets)."""

    def __init__(self, plan: Plan, keys: Mapping[str, Sequence[str]], fire_target: Callable[[str, str, str], object],
                 open_custom: Callable[[], None], custom_button: HoldButton, parent: QWidget | None = None) -> None:
        """`keys`: the hotkeys of each kind, in button order (buttons past the list get none); `custom_button`: the
        pad's, so that it exists (parented, hidden) even without a plan."""
        super().__init__(parent)
        self.controls: dict[str, ActionControl] = {}
        groups = (("flash_offer", translate("ActionGrid", "Flash offers"), [p.id for p in plan.presets]),
                  ("segment", translate("ActionGrid", "Segments"), [s.id for s in plan.segments]),
                  ("kit", translate("ActionGrid", "Kits"), [k.id for k in plan.kits]))
        buttons = QWidget()
        column = QVBoxLayout(buttons)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(buttons)
        for kind, title, targets in groups:
            safety = safety_of(plan, kind)
            column.addWidget(wrapping_label(f"{title.upper()}  ·  {SAFETY_WORDS[safety]}", "group"))
            grid = QGridLayout()
            grid.setSpacing(4)
            kind_keys = keys[kind]
            for i, target in enumerate(targets):
                button_id, params, label = action_for(plan, kind, target)
                key = kind_keys[i] if i < len(kind_keys) else ""
                c = self._add(ActionControl(button_id, kind, label, key, HoldButton(),
                                            partial(fire_target, kind, target), params,
                                            safety_words=SAFETY_WORDS[safety]), safety, grid, i)
                if kind == "flash_offer":
                    c.name, c.terms = preset_face(plan, target)
            if kind == "flash_offer":  # the form's OK is its safety step: no hold, no words for one
                self._add(ActionControl(CUSTOM_ID, kind, translate("ActionGrid", "Custom offer…"), "", custom_button,
                                        lambda _source: open_custom()), "none", grid, len(targets))
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            column.addLayout(grid)
        column.addStretch(1)

    def _add(self, c: ActionControl, safety: str, grid: QGridLayout, i: int) -> ActionControl:
        b = c.button
        b.setObjectName("action")
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no focus: Space/Enter can never press an action button
        b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # equal columns, any text
        b.setMinimumWidth(150)  # labels elide (…) below their natural width; the hotkey always shows
        b.hold_mode = safety == "hold"
        theme.set_prop(b, "kind", c.kind)
        self.controls[c.id] = c
        grid.addWidget(b, i // 2, i % 2)
        return c

    def fit_width(self) -> None:
        """Ask for the width of both columns, in the buttons' current fonts (set their own widths first). The scroll
        area asks for no width of its own: without this the dock could be made narrower than two buttons, and the
        second column was cut off behind the (switched-off) horizontal scroll bar."""
        buttons = self.widget()
        if buttons is None:
            return
        column = buttons.layout()
        if column is not None:
            column.activate()  # its minimum from the widths just set, not from the fonts before
        self.setMinimumWidth(buttons.minimumSizeHint().width()
                             + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth())
