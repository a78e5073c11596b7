"""Tables of the session's actions: the action log (every action on the live, newest first: this seat's intents
with status, latency and measured effect, and the actions other seats fired, seen on the stream, with who fired
them) and the cue table (the run of show still to come)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from console.actions.book import OTHER_SEAT, ActionPort, Intent, IntentStatus
from console.actions.seats import CUES_HELD
from console.i18n import QT_TRANSLATE_NOOP, translate
from console.kpi.snapshot import ActionEffect, KpiSnapshot
from console.live.health import FeedHealth
from console.plan.cues import CueRow, CueState
from console.present import fmt, numbers
from console.widgets import theme

TEXT_INTERVAL_S: Final = 0.5  # text is the costly part; half a second is fresh enough for a log
COLUMNS: Final = ("time", "kind", "what", "source", "status", "attempts", "latency", "effect")
_HEADERS: Final = (QT_TRANSLATE_NOOP("ActionLog", "time"), QT_TRANSLATE_NOOP("ActionLog", "kind"),
                   QT_TRANSLATE_NOOP("ActionLog", "what"), QT_TRANSLATE_NOOP("ActionLog", "source"),
                   QT_TRANSLATE_NOOP("ActionLog", "status"), QT_TRANSLATE_NOOP("ActionLog", "tries"),
                   QT_TRANSLATE_NOOP("ActionLog", "latency"), QT_TRANSLATE_NOOP("ActionLog", "effect so far"))
_KIND: Final = {"flash_offer": QT_TRANSLATE_NOOP("ActionLog", "offer"),
                "segment": QT_TRANSLATE_NOOP("ActionLog", "segment"), "kit": QT_TRANSLATE_NOOP("ActionLog", "kit")}
#: where a press came from, as the source cell names it (the key stays English: it is stored and compared)
_SOURCE: Final = {"button": QT_TRANSLATE_NOOP("ActionLog", "button"),
                  "hotkey": QT_TRANSLATE_NOOP("ActionLog", "hotkey"), "cue": QT_TRANSLATE_NOOP("ActionLog", "cue"),
                  "advice": QT_TRANSLATE_NOOP("ActionLog", "advice"),
                  "other seat": QT_TRANSLATE_NOOP("ActionLog", "other seat")}
#: an intent's status as the log's status cell writes it (the key stays English: it picks the colour)
_STATUS_WORDS: Final = {"pending": QT_TRANSLATE_NOOP("ActionLog", "pending"),
                        "sent": QT_TRANSLATE_NOOP("ActionLog", "sent"),
                        "acked": QT_TRANSLATE_NOOP("ActionLog", "acked"),
                        "confirmed": QT_TRANSLATE_NOOP("ActionLog", "confirmed"),
                        "failed": QT_TRANSLATE_NOOP("ActionLog", "failed"),
                        "unknown": QT_TRANSLATE_NOOP("ActionLog", "unknown"),
                        "by hand": QT_TRANSLATE_NOOP("ActionLog", "by hand"),
                        "not done": QT_TRANSLATE_NOOP("ActionLog", "not done")}
_CUE_WORDS: Final = {CueState.WAITING: QT_TRANSLATE_NOOP("ActionLog", "waiting"),
                     CueState.ARMED: QT_TRANSLATE_NOOP("ActionLog", "armed"),
                     CueState.FIRED: QT_TRANSLATE_NOOP("ActionLog", "fired"),
                     CueState.FAILED: QT_TRANSLATE_NOOP("ActionLog", "failed"),
                     CueState.DONE: QT_TRANSLATE_NOOP("ActionLog", "done"),
                     CueState.MISSED: QT_TRANSLATE_NOOP("ActionLog", "missed"),
                     CueState.SKIPPED: QT_TRANSLATE_NOOP("ActionLog", "skipped")}
_CUE_HEADERS: Final = (QT_TRANSLATE_NOOP("ActionLog", "at"), QT_TRANSLATE_NOOP("ActionLog", "action"),
                       QT_TRANSLATE_NOOP("ActionLog", "what"), QT_TRANSLATE_NOOP("ActionLog", "auto"),
                       QT_TRANSLATE_NOOP("ActionLog", "state"))
_STATUS_COLOURS: Final = {"pending": theme.MUTED, "sent": theme.AMBER, "acked": theme.ACCENT,
                          "confirmed": theme.GREEN, "failed": theme.RED, "unknown": theme.AMBER,
                          "by hand": theme.AMBER, "not done": theme.MUTED}
_RIGHT: Final = {COLUMNS.index("attempts"), COLUMNS.index("latency")}
_STATUS_COL: Final = COLUMNS.index("status")
_LONG: Final = {COLUMNS.index("what"), COLUMNS.index("effect")}  # may not fit: the tooltip shows them whole
# Too narrow for every column (a tab under the chart at 1366 px): these go first, in this order, so that what was
# done and its status always show; the whole row is in the tooltips and the session file.
_DROP_ORDER: Final = tuple(COLUMNS.index(c) for c in ("latency", "attempts", "source", "kind", "effect"))
_LONG_MIN_W: Final = 90  # a long column narrower than this reads as a few letters and an ellipsis
_STYLE: Final = f"""
QTableView, QTableWidget {{ background: {theme.SURFACE}; alternate-background-color: {theme.SURFACE_HI};
    gridline-color: {theme.BORDER}; font-size: 14px; }}
QHeaderView::section {{ background: {theme.SURFACE_HI}; color: {theme.MUTED}; border: none; padding: 3px 6px; }}
"""
_Index = QModelIndex | QPersistentModelIndex
_CUE_COLOURS: Final = {CueState.ARMED: theme.TEXT, CueState.WAITING: theme.TEXT, CueState.FIRED: theme.GREY,
                       CueState.SKIPPED: theme.GREY, CueState.MISSED: theme.AMBER, CueState.DONE: theme.GREY,
                       CueState.FAILED: theme.RED}
_ARMED_BG: Final = theme.ARMED_BG


def _rate_change(name: str, before: float | None, after: float | None, change: float | None) -> str:
    if before is None or after is None:
        return ""
    values = {"name": name, "before": numbers.decimal(before, 1), "after": numbers.decimal(after, 1)}
    if change is None:
        return translate("ActionLog", "{name} {before} → {after}").format(**values)
    lift = f"{change * 100:+.0f}"
    return translate("ActionLog", "{name} {before} → {after} ({lift}%)").format(lift=lift, **values)


def effect_text(effect: ActionEffect | None) -> str:
    """'orders/min 3.2 → 5.1 (+59%)', plus the product's units/min for offers; '—' before it can be measured."""
    if effect is None or effect.after_s <= 0:
        return fmt.DASH
    parts = [_rate_change(translate("ActionLog", "orders/min"), effect.orders_per_min_before,
                          effect.orders_per_min_after, effect.orders_lift),
             _rate_change(translate("ActionLog", "units/min"), effect.units_per_min_before,
                          effect.units_per_min_after, effect.units_lift)]
    return " · ".join(p for p in parts if p) or fmt.DASH


def by_seat(intent: Intent) -> str:
    """' · by ana' after what another seat fired: an action seen on the stream, or one this seat pressed too whose
    answer was the other seat's action (the server ran it once); '' for this seat's own."""
    if intent.source == OTHER_SEAT or intent.coalesced or (intent.by and intent.by != intent.operator):
        return translate("ActionLog", " · by {seat}").format(seat=intent.by or translate("ActionLog", "another seat"))
    return ""


def seat_tip(intent: Intent) -> str:
    seat = intent.by or translate("ActionLog", "another seat")
    if intent.source == OTHER_SEAT:
        return translate("ActionLog", "fired by {seat} (seen on the stream)").format(seat=seat)
    if intent.coalesced:
        return translate("ActionLog", "pressed here too: {seat} had just started it, the server ran it once").format(
            seat=seat)
    return ""


class _Row:
    __slots__ = ("cells", "effect_final", "key", "status", "tip")

    def __init__(self, key: str) -> None:
        self.key = key
        self.cells: tuple[str, ...] = ("",) * len(COLUMNS)
        self.status = ""
        self.tip = ""
        self.effect_final: str | None = None  # once the after-window is full the effect no longer changes


class ActionLogModel(QAbstractTableModel):
    """Rows keyed by intent; updated in place so selection and scroll survive a refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's name and default)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
            self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("ActionLog", _HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tip or (row.cells[col] if col in _LONG else None)
        if role == Qt.ItemDataRole.ForegroundRole and col == _STATUS_COL:
            return QColor(_STATUS_COLOURS.get(row.status, theme.TEXT))
        if role == Qt.ItemDataRole.FontRole and col == _STATUS_COL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sync(self, intents: list[Intent], cell_rows: dict[str, _Row]) -> None:
        """Show `intents` (newest first): new ones inserted at the top, changed rows repainted, nothing reset."""
        keys = [i.key for i in intents]
        old = [r.key for r in self.rows]
        fresh = len(keys) - len(old)
        if fresh >= 0 and keys[fresh:] == old:
            if fresh:
                self.beginInsertRows(QModelIndex(), 0, fresh - 1)
                self.rows[:0] = [cell_rows[k] for k in keys[:fresh]]
                self.endInsertRows()
        else:  # an adopted older intent landed mid-list: rare, so a reset is fine
            self.beginResetModel()
            self.rows = [cell_rows[k] for k in keys]
            self.endResetModel()

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))


class ActionLogDock(QDockWidget):
    def __init__(self, port: ActionPort, parent: QWidget | None = None) -> None:
        super().__init__(translate("ActionLog", "Action log"), parent)
        self.setObjectName("ActionLog")
        self.port = port
        self.model = ActionLogModel(self)
        self._rows: dict[str, _Row] = {}
        self._text_at = -1e9
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setStyleSheet(_STYLE)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the window's hotkeys must not land in the log
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Never a sideways scroll (it hid the status column): the long texts ("what", "effect") share what the short
        # columns leave and are elided, whole in their tooltips (ActionLogModel.data).
        for col in _LONG:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setStretchLastSection(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setWordWrap(False)
        self.setWidget(self.view)

    def refresh(self, snapshot: KpiSnapshot | None, health: FeedHealth, now: float) -> None:
        """Update the rows; text at most every TEXT_INTERVAL_S (now = wall time)."""
        del health  # part of the shared refresh signature; the log shows failures through each intent
        if now - self._text_at < TEXT_INTERVAL_S:
            return
        self._text_at = now
        started = snapshot.started_at if snapshot is not None else None
        book = self.port.book
        intents = sorted([*book.all(), *book.seen_elsewhere()], key=lambda i: i.clicked_at, reverse=True)
        dirty = set()
        for intent in intents:
            row = self._rows.get(intent.key)
            if row is None:
                row = self._rows[intent.key] = _Row(intent.key)
            if self._fill(row, intent, started):
                dirty.add(intent.key)
        self.model.sync(intents, self._rows)
        for n, row in enumerate(self.model.rows):
            if row.key in dirty:
                self.model.changed(n)
        if dirty:
            self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Hide the least needed columns until the rest fit the width: never a status behind the edge."""
        header, room = self.view.horizontalHeader(), self.view.viewport().width()
        if room <= 0:
            return

        def need(col: int) -> int:
            if col in _LONG:
                return _LONG_MIN_W
            return max(header.sectionSizeHint(col), self.view.sizeHintForColumn(col))

        hidden: set[int] = set()
        for col in (None, *_DROP_ORDER):
            if col is not None:
                hidden.add(col)
            if sum(need(c) for c in range(len(COLUMNS)) if c not in hidden) <= room:
                break
        for col in range(len(COLUMNS)):
            if header.isSectionHidden(col) != (col in hidden):
                header.setSectionHidden(col, col in hidden)

    def hidden_columns(self) -> list[str]:
        """For tests: the columns left out at this width."""
        header = self.view.horizontalHeader()
        return [name for col, name in enumerate(COLUMNS) if header.isSectionHidden(col)]

    def _fill(self, row: _Row, intent: Intent, started: float | None) -> bool:
        """Recompute a row's texts; True when any changed."""
        if intent.live_ts is not None and started is not None:
            when = fmt.mmss(intent.live_ts - started)
        else:
            when = time.strftime("%H:%M:%S", time.localtime(intent.clicked_at))
        status = "confirmed" if intent.seen_at is not None else str(intent.status).replace("_", " ")
        effect = row.effect_final
        if effect is None:
            measured = self.port.effect(intent.action_id) if intent.action_id else None
            effect = effect_text(measured)
            if measured is not None and measured.after_s >= measured.window_s:
                row.effect_final = effect
        kind = translate("ActionLog", _KIND[intent.kind]) if intent.kind in _KIND else intent.kind
        status_text = translate("ActionLog", _STATUS_WORDS[status]) if status in _STATUS_WORDS else status
        latency = (translate("ActionLog", "{ms} ms").format(ms=numbers.integer(round(intent.latency_ms)))
                   if intent.latency_ms is not None else fmt.DASH)
        source = translate("ActionLog", _SOURCE[intent.source]) if intent.source in _SOURCE else intent.source
        cells = (when, kind, intent.label + by_seat(intent), source, status_text,
                 fmt.count(intent.attempts) if intent.attempts else fmt.DASH, latency, effect)
        tip = intent.error if intent.status in (IntentStatus.FAILED, IntentStatus.UNKNOWN, IntentStatus.NOT_DONE) \
            else "\n".join(intent.steps) if intent.status == IntentStatus.BY_HAND else seat_tip(intent)
        dirty = (cells, status, tip) != (row.cells, row.status, row.tip)
        row.cells, row.status, row.tip = cells, status, tip
        return dirty

    # ------------------------------------------------------------------------------------------ for tests
    def row_count(self) -> int:
        return self.model.rowCount()

    def cell_text(self, row: int, column_name: str) -> str:
        return self.model.rows[row].cells[COLUMNS.index(column_name)]


def cue_state_text(row: CueRow) -> str:
    """A cue's state cell: its state, and which seat when another seat fires the cues ("fired by ana")."""
    if row.state == CueState.FIRED and row.note.startswith("by "):
        return translate("ActionLog", "fired by {seat}").format(seat=row.note.removeprefix("by "))
    if row.state == CueState.WAITING and row.note == CUES_HELD:
        return translate("ActionLog", "other seat")  # waiting for the seat holding the cues: the tooltip says it all
    return translate("ActionLog", _CUE_WORDS[row.state]) if row.state in _CUE_WORDS else row.state.value


class CueTable(QTableWidget):
    """The run of show: at, action, what, auto/GO, state; armed bold on blue, fired grey, missed amber struck."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels([translate("ActionLog", h) for h in _CUE_HEADERS])
        self.setStyleSheet(_STYLE)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(24 * 4 + 28)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long title keeps its start and its end
        self._shown: tuple[tuple[int, CueState, str], ...] | None = None
        self._scroll_to: int | None = None

    def show_rows(self, rows: list[CueRow], label: Callable[[CueRow], str]) -> None:
        """Refill only when a cue changed state; keep the next cue in sight."""
        if (key := tuple((r.index, r.state, r.note) for r in rows)) != self._shown:
            self._shown = key
            self._fill(rows, label)
        self._scroll()

    def _fill(self, rows: list[CueRow], label: Callable[[CueRow], str]) -> None:
        self.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (r.cue.at, translate("ActionLog", _KIND[r.cue.action]), label(r),
                     translate("ActionLog", "auto") if r.cue.auto else "GO", cue_state_text(r))
            # what (the whole title, however narrow the column), the plan's note, the outcome
            # the note is a key in English (compared above); a server's own words pass through unchanged
            tip = "\n".join(t for t in (label(r), r.cue.note, translate("Actions", r.note) if r.note else "") if t)
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                item.setForeground(QBrush(QColor(_CUE_COLOURS[r.state])))
                font = item.font()
                font.setBold(r.state == CueState.ARMED)
                font.setStrikeOut(r.state in (CueState.MISSED, CueState.SKIPPED))
                item.setFont(font)
                if r.state == CueState.ARMED:
                    item.setBackground(QBrush(QColor(_ARMED_BG)))
                self.setItem(i, j, item)
        self._scroll_to = next((r.index for r in rows if r.state in (CueState.ARMED, CueState.WAITING)), None)

    def _scroll(self) -> None:
        """The next cue to the top (the past scrolls away); retried until the table is laid out."""
        target = self._scroll_to
        if target is None or not self.isVisible():
            return
        item, bar = self.item(target, 0), self.verticalScrollBar()
        if item is None:  # the table was refilled with fewer rows since
            return
        rect = self.visualItemRect(item)
        in_sight = rect.top() >= 0 and rect.bottom() <= self.viewport().height()
        if self.rowAt(0) == target or (in_sight and bar.value() == bar.maximum()):
            self._scroll_to = None  # done: from now on the operator may scroll freely
        else:
            self.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)
