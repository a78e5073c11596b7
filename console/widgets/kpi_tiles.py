"""The KPI tiles along the top: big value, caption, trend arrow and the plan goal's band, per metric."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap, QStaticText
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from console.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from console.kpi.snapshot import GoalStatus, KpiSnapshot
from console.present import fmt
from console.present.availability import is_available, not_available, why
from console.widgets import theme
from console.widgets.fit_label import fit_font

Value = Callable[[KpiSnapshot], float | None]
Note = Callable[[KpiSnapshot], str]
Kind = Literal["count", "money", "cents", "pct", "times"]


def _t(text: str) -> str:
    return translate("KpiTilesPanel", text)


@dataclass(frozen=True, slots=True)
class TileSpec:
    name: str
    caption: str  # marked with QT_TRANSLATE_NOOP so lupdate finds it; translated when the tile is built
    value: Value
    kind: Kind
    goal: str | None = None  # GoalStatus.name that grades this tile
    trend: str | None = None  # key of snapshot.trend
    note: Note | None = None  # the small line when there is no goal
    figure: str = ""  # what it shows, as console/present/availability.py names it; "" for `name`

    @property
    def shows(self) -> str:
        return self.figure or self.name


def _tr_note(text: str) -> Note:
    return lambda _snap: _t(text)


def _engagement(s: KpiSnapshot) -> str:
    if not is_available("engagement_rate", s.available):
        return translate("KpiTilesPanel", "engagement {rate}").format(rate=not_available(short=True))
    return translate("KpiTilesPanel", "engagement {rate}").format(rate=fmt.pct(s.engagement_rate))


def _buyers_in_all(snap: KpiSnapshot) -> str:
    buyers = snap.buyers
    return translate("KpiTilesPanel", "last 60 s · %n buyers in all", None, PLURAL, buyers)


# Two rows of six: money and volume first, quality and efficiency second.
TILES: tuple[TileSpec, ...] = (
    TileSpec("viewers", QT_TRANSLATE_NOOP("KpiTilesPanel", "VIEWERS NOW"),
             lambda s: s.viewers_now if s.viewers_known else None, "count", "peak_viewers",
             "viewers", figure="viewers_now"),
    TileSpec("gmv", QT_TRANSLATE_NOOP("KpiTilesPanel", "GMV"), lambda s: s.gmv, "money", "gmv"),
    TileSpec("orders", QT_TRANSLATE_NOOP("KpiTilesPanel", "ORDERS"), lambda s: s.orders, "count", "orders"),
    TileSpec("orders_per_min", QT_TRANSLATE_NOOP("KpiTilesPanel", "ORDERS / MIN"), lambda s: s.orders_per_min,
             "count", None, "orders_per_min",
             _buyers_in_all),
    # buyers per unique viewer (docs/metrics.md): it needs no product clicks, and says so where there is no goal
    TileSpec("conversion", QT_TRANSLATE_NOOP("KpiTilesPanel", "CONVERSION"), lambda s: s.conversion, "pct",
             "conversion",
             note=_tr_note(QT_TRANSLATE_NOOP("KpiTilesPanel", "buyers per unique viewer"))),
    TileSpec("roas", QT_TRANSLATE_NOOP("KpiTilesPanel", "ROAS (PAID)"), lambda s: s.roas, "times", "roas"),
    TileSpec("sales_per_min", QT_TRANSLATE_NOOP("KpiTilesPanel", "SALES / MIN"), lambda s: s.sales_per_min,
             "money", None, "sales_per_min", _tr_note(QT_TRANSLATE_NOOP("KpiTilesPanel", "last 60 s"))),
    TileSpec("cart_abandonment", QT_TRANSLATE_NOOP("KpiTilesPanel", "CART ABANDONMENT"),
             lambda s: s.cart_abandonment, "pct", "max_cart_abandonment"),
    TileSpec("chat_per_min", QT_TRANSLATE_NOOP("KpiTilesPanel", "CHAT / MIN"), lambda s: s.chat_per_min, "count",
             None, "chat_per_min", _engagement),
    TileSpec("gpm", QT_TRANSLATE_NOOP("KpiTilesPanel", "GPM"), lambda s: s.gpm, "money", None, None,
             _tr_note(QT_TRANSLATE_NOOP("KpiTilesPanel", "GMV per 1,000 views"))),
    TileSpec("uv_value", QT_TRANSLATE_NOOP("KpiTilesPanel", "UV VALUE"), lambda s: s.uv_value, "cents", None, None,
             _tr_note(QT_TRANSLATE_NOOP("KpiTilesPanel", "GMV per unique viewer"))),
    TileSpec("aov", QT_TRANSLATE_NOOP("KpiTilesPanel", "AOV"), lambda s: s.aov, "money", None, None,
             _tr_note(QT_TRANSLATE_NOOP("KpiTilesPanel", "GMV per buyer"))),
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
_GOAL_WORDS = {"on_track": QT_TRANSLATE_NOOP("KpiTilesPanel", "on track"),
               "at_risk": QT_TRANSLATE_NOOP("KpiTilesPanel", "at risk"),
               "off_track": QT_TRANSLATE_NOOP("KpiTilesPanel", "off track"),
               "no_data": QT_TRANSLATE_NOOP("KpiTilesPanel", "no data")}
_STATUS_TONE = {"on_track": "good", "at_risk": "warn", "off_track": "bad", "no_data": "muted"}


def goal_text(goal: GoalStatus, snap: KpiSnapshot, currency: str, short: bool = False, tiny: bool = False) -> str:
    """The band under a graded tile: 'target X · projected Y' (cumulative goals) or the target alone.

    `short`: the same facts in fewer characters, for a tile too narrow for the long form: at 1366 px the long form
    lost the projection, the very number the operator reads the tile for."""
    kind = next(t.kind for t in TILES if t.goal == goal.name)

    def show(v: float | None) -> str:
        if (short or tiny) and kind == "money":
            return fmt.money_short(v, currency)
        return show_value(kind, v, currency)

    if tiny and goal.projected is not None and not goal.final and goal.name not in ("max_cart_abandonment",
                                                                                      "peak_viewers"):
        # narrower still: the projection alone (the target is in the tooltip, the band says how it stands)
        return translate("KpiTilesPanel", "projected {p}").format(p=show(goal.projected))
    if short or tiny:  # "proj. R$24.4k / R$180k": the projection first, the target after the slash
        if goal.name == "max_cart_abandonment":
            return translate("KpiTilesPanel", "ceiling {t}").format(t=show(goal.target))
        if goal.name == "peak_viewers":
            return translate("KpiTilesPanel", "peak {p} / {t}").format(p=fmt.count(snap.peak_viewers),
                                                                       t=show(goal.target))
        if goal.final:
            return translate("KpiTilesPanel", "final · target {t}").format(t=show(goal.target))
        if goal.projected is not None:
            return translate("KpiTilesPanel", "proj. {p} / {t}").format(p=show(goal.projected),
                                                                        t=show(goal.target))
        return translate("KpiTilesPanel", "target {t}").format(t=show(goal.target))
    if goal.name == "max_cart_abandonment":
        text = translate("KpiTilesPanel", "ceiling {t}").format(t=show(goal.target))
    elif goal.name == "peak_viewers":
        text = translate("KpiTilesPanel", "peak {p} · target {t}").format(p=fmt.count(snap.peak_viewers),
                                                                          t=show(goal.target))
    else:
        text = translate("KpiTilesPanel", "target {t}").format(t=show(goal.target))
    if goal.final:  # the live is over: the number is what it reached, not a forecast
        state = translate("KpiTilesPanel", "final")
    elif goal.projected is not None:
        state = translate("KpiTilesPanel", "projected {p}").format(p=show(goal.projected))
    elif goal.status == "no_data":  # a rate is not judged in its first minutes (docs/metrics.md), though shown
        state = (translate("KpiTilesPanel", "too early to judge") if goal.actual is not None
                 else translate("KpiTilesPanel", "no data yet"))
    else:
        return text
    # two facts side by side (the goal, then where the live stands), not one sentence
    return translate("KpiTilesPanel", "{goal} · {state}").format(goal=text, state=state)


_TONE_COLOURS = {"good": theme.GREEN, "warn": theme.AMBER, "bad": theme.RED, "muted": theme.GREY,
                 "plain": theme.TEXT}
_BAND = {"none": theme.SURFACE_HI, **theme.STATUS_COLOURS}  # the goal band on the tile's left edge
_MARGINS = (12, 6, 8, 6)  # left (after the band), top, right, bottom
_BAND_W = 6
_NOTE_SAMPLE = "target €00,000 · projected €000,000"  # the width a tile asks for; longer notes elide


def _font(base: QFont, px: int, weight: QFont.Weight) -> QFont:
    font = QFont(base)
    font.setPixelSize(px)
    font.setWeight(weight)
    return font


class _Tile(QWidget):
    """One tile, painted in one go: band, caption, value, trend arrow and note.

    Five styled labels per tile cost a relayout of the whole window per refresh (QLabel.setText asks its layouts
    to recompute) and a stylesheet repaint of every label; here a change costs one opaque repaint of the tile's own
    rectangle, and the size hint never changes, so nothing around it moves or repaints.
    """

    def __init__(self, spec: TileSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.caption = _t(spec.caption)
        self.value = fmt.DASH
        self.arrow, self.arrow_tone = "", "muted"
        self.note, self.note_tone = "", "muted"
        self.note_short = ""  # the note in fewer characters, drawn when the tile is too narrow for the long one
        self.note_tiny = ""  # fewer still (a goal's projection alone), when even the short one is too wide
        self.value_tone = "plain"  # "muted" for "n/a": a figure the feed cannot give must not read as a number
        self.goal = "none"
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it fills every pixel: nothing below repaints
        self.set_text_scale(1.0)
        colours = {**_TONE_COLOURS, **{f"band:{k}": v for k, v in _BAND.items()}, "bg": theme.BG,
                   "caption": theme.MUTED}
        self._colours = {name: QColor(c) for name, c in colours.items()}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._frame_pix = QPixmap()
        self._frame_key: tuple[int, int, str, float] | None = None

        self._caption_text = QStaticText()  # laid out once per width, not per paint
        self._caption_text.setTextFormat(Qt.TextFormat.PlainText)
        self._caption_w = -1

    def set_text_scale(self, scale: float) -> None:
        """View > Text size: every font of the tile times `scale`; the tile asks for the room it now needs."""
        base, px = self.font(), theme.scale_px
        self._caption_font = _font(base, px(theme.TILE_CAPTION_PX, scale), QFont.Weight.DemiBold)
        self._value_font = _font(base, px(theme.TILE_VALUE_PX, scale), QFont.Weight.Bold)
        self._arrow_font = _font(base, px(22, scale), QFont.Weight.Normal)
        self._note_font = _font(base, px(14, scale), QFont.Weight.Normal)
        self._note_fm, self._arrow_fm = QFontMetrics(self._note_font), QFontMetrics(self._arrow_font)
        self._rows = (QFontMetrics(self._caption_font).height(),
                      max(QFontMetrics(self._value_font).height(), self._arrow_fm.height()), self._note_fm.height())
        self._caption_w = -1
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        left, top, right, bottom = _MARGINS
        width = self._note_fm.horizontalAdvance(_NOTE_SAMPLE)
        return QSize(_BAND_W + left + width + right, top + sum(self._rows) + bottom)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(140, self.sizeHint().height())  # narrower: the value shrinks, the note elides

    def show_snapshot(self, snap: KpiSnapshot | None, goals: dict[str, GoalStatus], currency: str) -> None:
        spec = self.spec
        if snap is not None and not is_available(spec.shows, snap.available):
            self._show_unavailable(why(spec.shows, snap.available))
            return
        value = fmt.DASH if snap is None else show_value(spec.kind, spec.value(snap), currency)
        arrow, arrow_tone = _ARROWS[snap.trend.get(spec.trend, 0)] if snap and spec.trend else ("", "muted")
        goal = goals.get(spec.goal) if spec.goal else None
        status: str  # the goal's state, or "none" for a tile without a goal
        if snap is not None and goal is not None:
            note, note_tone, status = goal_text(goal, snap, currency), _STATUS_TONE[goal.status], goal.status
            note_short = goal_text(goal, snap, currency, short=True)
            note_tiny = goal_text(goal, snap, currency, tiny=True)
            words = _GOAL_WORDS.get(goal.status)
            tip = translate("KpiTilesPanel", "Goal {name}: {status}").format(
                name=goal.name, status=translate("KpiTilesPanel", words) if words else goal.status.replace("_", " "))
        else:
            note, note_tone = spec.note(snap) if snap is not None and spec.note else "", "muted"
            status = "none"
            note_short = note_tiny = note
            tip = ""
        self._show(value, arrow, arrow_tone, note, note_tone, status, note_short, tip=tip, note_tiny=note_tiny)

    def _show_unavailable(self, tip: str) -> None:
        """A figure the feed cannot give: never a number nor a zero. "n/a" where the number goes, the sentence under
        it (its short form on a narrow tile, the whole of it and what is missing in the tooltip), no goal band: a
        goal on a figure the feed lacks cannot be judged."""
        short = not_available(short=True)
        self._show(translate("KpiTilesPanel", "n/a"), "", "muted", not_available(), "muted", "none", short, "muted",
                   tip, note_tiny=short)

    def _show(self, value: str, arrow: str, arrow_tone: str, note: str, note_tone: str, status: str,
              note_short: str, value_tone: str = "plain", tip: str = "", note_tiny: str = "") -> None:
        if tip != self.toolTip():
            self.setToolTip(tip)
        shown = (value, arrow, arrow_tone, note, note_tone, status, value_tone)
        if shown != (self.value, self.arrow, self.arrow_tone, self.note, self.note_tone, self.goal, self.value_tone):
            self.value, self.arrow, self.arrow_tone, self.note, self.note_tone, self.goal, self.value_tone = shown
            self.note_short, self.note_tiny = note_short, note_tiny or note_short
            self.setAccessibleName(f"{self.caption} {value} {note}")
            self.update()  # an identical snapshot value repaints nothing

    def _frame(self) -> QPixmap:
        """The rounded frame and its goal band, drawn once per size and status (antialiased paths are costly)."""
        key = (self.width(), self.height(), self.goal, self.devicePixelRatioF())
        if self._frame_key != key:
            ratio = self.devicePixelRatioF()
            pix = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
            pix.setDevicePixelRatio(ratio)
            pix.fill(self._colours["bg"])  # the corners outside the rounded frame
            p = QPainter(pix)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            r = QRectF(0, 0, self.width(), self.height()).adjusted(0.5, 0.5, -0.5, -0.5)
            shape = QPainterPath()
            shape.addRoundedRect(r, 4, 4)
            p.fillPath(shape, QColor(theme.SURFACE))
            p.setClipPath(shape)
            p.fillRect(QRectF(r.left(), r.top(), _BAND_W, r.height()), self._colours[f"band:{self.goal}"])
            p.setClipping(False)
            p.setPen(QPen(QColor(theme.BORDER), 1))
            p.drawPath(shape)
            p.end()
            self._frame_pix, self._frame_key = pix, key
        return self._frame_pix

    def drawn_note(self) -> str:
        """The note as painted at the tile's width: the long form, else the short one, elided only as a last resort."""
        return self._fitted_note()[0]

    def _fitted_note(self) -> tuple[str, QFont]:
        """The first of the long, short and tiny forms that fits, each tried at the note's size and then a little
        smaller (down to 80 %); cut only as a last resort. pt_BR's "≈ R$ 102,8 mil / R$ 180 mil" lost its target's
        unit at 1366 px, depending on the live's GMV at that moment."""
        left, _top, right, _bottom = _MARGINS
        w = self.width() - _BAND_W - left - right
        if self._note_fm.horizontalAdvance(self.note) <= w:
            return self.note, self._note_font
        for note in (self.note_short, self.note_tiny or self.note_short):
            font = self._fitted_font(note, w)
            if font is not None:
                return note, font
        return self._note_fm.elidedText(self.note_tiny or self.note_short, Qt.TextElideMode.ElideRight, w), \
            self._note_font

    def _fitted_font(self, note: str, width: int) -> QFont | None:
        """The note's font, or a copy down to 80 % of its size, in which `note` fits `width`; None if none does."""
        font = self._note_font
        size = font.pixelSize()
        floor = round(size * 0.8)
        while QFontMetrics(font).horizontalAdvance(note) > width:
            if size <= floor:
                return None
            size -= 1
            font = QFont(font)
            font.setPixelSize(size)
        return font

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.drawPixmap(0, 0, self._frame())
        left, top, right, bottom = _MARGINS
        x, w = _BAND_W + left, self.width() - _BAND_W - left - right
        rows = self._rows
        spare = max(0, self.height() - top - bottom - sum(rows)) // 3  # like a box layout: each row gets a share
        y = top
        centre = Qt.AlignmentFlag.AlignVCenter
        if self._caption_w != w:
            self._caption_w = w
            self._caption_text.setText(QFontMetrics(self._caption_font).elidedText(
                self.caption, Qt.TextElideMode.ElideRight, w))
            self._caption_text.prepare(font=self._caption_font)
        p.setFont(self._caption_font)
        p.setPen(self._colours["caption"])
        p.drawStaticText(QPointF(x, y + (rows[0] + spare - self._caption_text.size().height()) / 2),
                         self._caption_text)
        y += rows[0] + spare
        arrow_w = self._arrow_fm.horizontalAdvance(self.arrow) if self.arrow else 0
        value_w = w - (arrow_w + 8 if self.arrow else 0)
        p.setFont(fit_font(self._value_font, self.value, value_w))
        p.setPen(self._colours[self.value_tone])
        p.drawText(QRect(x, y, value_w, rows[1] + spare), int(Qt.AlignmentFlag.AlignLeft | centre), self.value)
        if self.arrow:
            p.setFont(self._arrow_font)
            p.setPen(self._colours[self.arrow_tone])
            p.drawText(QRect(x + w - arrow_w, y, arrow_w, rows[1] + spare), int(Qt.AlignmentFlag.AlignLeft | centre),
                       self.arrow)
        y += rows[1] + spare
        if self.note:
            note, font = self._fitted_note()
            p.setFont(font)
            p.setPen(self._colours[self.note_tone])
            p.drawText(QRect(x, y, w, rows[2] + spare), int(Qt.AlignmentFlag.AlignLeft | centre), note)
        p.end()


class KpiTilesPanel(QWidget):
    """Tiles in two rows; the band on a tile's left edge is its goal status (green / amber / red / grey)."""

    HAS_SLOW_WORK = False  # draw_slow is empty: see MainWindow.refresh

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

    def set_text_scale(self, scale: float) -> None:
        for tile in self._tiles.values():
            tile.set_text_scale(scale)

    def tile_names(self) -> list[str]:
        return list(self._tiles)

    def tile_text(self, name: str) -> str:
        """The big value shown on tile `name` (e.g. "viewers", "gmv")."""
        return self._tiles[name].value

    def tile_note(self, name: str) -> str:
        return self._tiles[name].note

    def tile_status(self, name: str) -> str:
        """The goal band: on_track / at_risk / off_track / no_data, or "none" for an ungraded tile."""
        return self._tiles[name].goal
