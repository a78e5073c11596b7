"""The KPI tiles along the top: big value, caption, trend arrow and the plan goal's band, per metric."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.kpi_types import GoalStatus, KpiSnapshot
from console.widgets import fmt
from console.widgets.fit_label import FitLabel
from console.widgets.theme import set_prop, set_tone

Value = Callable[[KpiSnapshot], float | None]
Note = Callable[[KpiSnapshot], str]
Kind = Literal["count", "money", "cents", "pct", "times"]


def _t(text: str) -> str:
    return QCoreApplication.translate("KpiTilesPanel", text)


@dataclass(frozen=True, slots=True)
class TileSpec:
    name: str
    caption: str  # marked with QT_TRANSLATE_NOOP so lupdate finds it; translated when the tile is built
    value: Value
    kind: Kind
    goal: str | None = None  # GoalStatus.name that grades this tile
    trend: str | None = None  # key of snapshot.trend
    note: Note | None = None  # the small line when there is no goal


def _tr_note(text: str) -> Note:
    return lambda _snap: _t(text)


_N = QT_TRANSLATE_NOOP
# Two rows of six: money and volume first, quality and efficiency second.
TILES: tuple[TileSpec, ...] = (
    TileSpec("viewers", _N("KpiTilesPanel", "VIEWERS NOW"), lambda s: s.viewers_now, "count", "peak_viewers",
             "viewers"),
    TileSpec("gmv", _N("KpiTilesPanel", "GMV"), lambda s: s.gmv, "money", "gmv"),
    TileSpec("orders", _N("KpiTilesPanel", "ORDERS"), lambda s: s.orders, "count", "orders"),
    TileSpec("orders_per_min", _N("KpiTilesPanel", "ORDERS / MIN"), lambda s: s.orders_per_min, "count", None,
             "orders_per_min", lambda s: _t("last 60 s · {n} buyers in all").format(n=fmt.count(s.buyers))),
    TileSpec("conversion", _N("KpiTilesPanel", "CONVERSION"), lambda s: s.conversion, "pct", "conversion"),
    TileSpec("roas", _N("KpiTilesPanel", "ROAS (PAID)"), lambda s: s.roas, "times", "roas"),
    TileSpec("sales_per_min", _N("KpiTilesPanel", "SALES / MIN"), lambda s: s.sales_per_min, "money", None,
             "sales_per_min", _tr_note(_N("KpiTilesPanel", "last 60 s"))),
    TileSpec("cart_abandonment", _N("KpiTilesPanel", "CART ABANDONMENT"), lambda s: s.cart_abandonment, "pct",
             "max_cart_abandonment"),
    TileSpec("chat_per_min", _N("KpiTilesPanel", "CHAT / MIN"), lambda s: s.chat_per_min, "count", None,
             "chat_per_min", lambda s: _t("engagement {rate}").format(rate=fmt.pct(s.engagement_rate))),
    TileSpec("gpm", _N("KpiTilesPanel", "GPM"), lambda s: s.gpm, "money", None, None,
             _tr_note(_N("KpiTilesPanel", "GMV per 1,000 views"))),
    TileSpec("uv_value", _N("KpiTilesPanel", "UV VALUE"), lambda s: s.uv_value, "cents", None, None,
             _tr_note(_N("KpiTilesPanel", "GMV per unique viewer"))),
    TileSpec("aov", _N("KpiTilesPanel", "AOV"), lambda s: s.aov, "money", None, None,
             _tr_note(_N("KpiTilesPanel", "GMV per buyer"))),
)


def show_value(kind: Kind, value: float | None, currency: str) -> str:
    match kind:
        case "money":
            return fmt.money(value, currency)
        case "cents":
            return fmt.money(value, currency, cents=True)
        case "pct":
            return fmt.pct(value)
        case "times":
            return fmt.times(value)
        case _:
            return fmt.count(value)


_ARROWS = {1: ("▲", "good"), -1: ("▼", "bad"), 0: ("▶", "muted")}
_STATUS_TONE = {"on_track": "good", "at_risk": "warn", "off_track": "bad", "no_data": "muted"}


def goal_text(goal: GoalStatus, snap: KpiSnapshot, currency: str) -> str:
    """The band under a graded tile: 'target X · projected Y' (cumulative goals) or the target alone."""
    kind = next(t.kind for t in TILES if t.goal == goal.name)

    def show(v: float | None) -> str:
        return show_value(kind, v, currency)

    if goal.name == "max_cart_abandonment":
        text = _t("ceiling {t}").format(t=show(goal.target))
    elif goal.name == "peak_viewers":
        text = _t("peak {p} · target {t}").format(p=fmt.count(snap.peak_viewers), t=show(goal.target))
    else:
        text = _t("target {t}").format(t=show(goal.target))
    if goal.projected is not None:
        text += _t(" · projected {p}").format(p=show(goal.projected))
    elif goal.status == "no_data":
        text += _t(" · no data yet")
    return text


class _Tile(QFrame):
    def __init__(self, spec: TileSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("tile")
        self.setProperty("goal", "none")
        self.caption = QLabel(_t(spec.caption), objectName="tileCaption")
        self.value = FitLabel(fmt.DASH, objectName="tileValue")
        self.arrow = QLabel("", objectName="tileArrow")
        self.note = QLabel("", objectName="tileTarget")
        set_tone(self.note, "muted")
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.value, 1)
        row.addWidget(self.arrow, 0, Qt.AlignmentFlag.AlignVCenter)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 6, 8, 6)
        box.setSpacing(0)
        for part in (self.caption, row, self.note):
            box.addWidget(part) if isinstance(part, QWidget) else box.addLayout(part)

    def show_snapshot(self, snap: KpiSnapshot | None, goals: dict[str, GoalStatus], currency: str) -> None:
        spec = self.spec
        _set_text(self.value, fmt.DASH if snap is None else show_value(spec.kind, spec.value(snap), currency))
        arrow, tone = _ARROWS[snap.trend.get(spec.trend, 0)] if snap and spec.trend else ("", "muted")
        _set_text(self.arrow, arrow)
        set_tone(self.arrow, tone)
        goal = goals.get(spec.goal) if spec.goal else None
        if snap is not None and goal is not None:
            _set_text(self.note, goal_text(goal, snap, currency))
            set_tone(self.note, _STATUS_TONE[goal.status])
            set_prop(self, "goal", goal.status)
            self.setToolTip(_t("Goal {name}: {status}").format(name=goal.name, status=goal.status.replace("_", " ")))
        else:
            _set_text(self.note, spec.note(snap) if snap is not None and spec.note else "")
            set_tone(self.note, "muted")
            set_prop(self, "goal", "none")


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:  # setText always schedules a repaint and a relayout, even for the same text
        label.setText(text)


class KpiTilesPanel(QWidget):
    """Tiles in two rows; the band on a tile's left edge is its goal status (green / amber / red / grey)."""

    COLUMNS = 6

    def __init__(self, currency: str = "EUR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self._tiles: dict[str, _Tile] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setSpacing(6)
        for i, spec in enumerate(TILES):
            tile = _Tile(spec, self)
            self._tiles[spec.name] = tile
            grid.addWidget(tile, i // self.COLUMNS, i % self.COLUMNS)
        for c in range(self.COLUMNS):
            grid.setColumnStretch(c, 1)

    def draw(self, snap: KpiSnapshot | None) -> None:
        goals = {g.name: g for g in snap.goals} if snap is not None else {}
        for tile in self._tiles.values():
            tile.show_snapshot(snap, goals, self.currency)

    def draw_slow(self, snap: KpiSnapshot | None) -> None:
        """Nothing slow here: the tiles are the numbers that matter and follow every snapshot."""

    def tile_names(self) -> list[str]:
        return list(self._tiles)

    def tile_text(self, name: str) -> str:
        """The big value shown on tile `name` (e.g. "viewers", "gmv")."""
        return self._tiles[name].value.text()

    def tile_note(self, name: str) -> str:
        return self._tiles[name].note.text()

    def tile_status(self, name: str) -> str:
        """The goal band: on_track / at_risk / off_track / no_data, or "none" for an ungraded tile."""
        return str(self._tiles[name].property("goal"))
