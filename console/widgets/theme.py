"""Dark studio theme: one palette, one stylesheet and the pyqtgraph settings every panel shares."""

from __future__ import annotations

import math
import re
from typing import Final

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyle, QWidget

# The palette lives in console/present/palette.py (the report draws with it too); widgets read it as theme.X.
from console.present import numbers
from console.present.palette import (  # noqa: F401
    AA_TEXT,
    ACCENT,
    ADVICE_COLOUR,
    AMBER,
    ARMED_BG,
    BG,
    BORDER,
    CHANNEL_COLOURS,
    CLUSTER_COLOUR,
    FLAG_BLUE,
    GREEN,
    GREY,
    MARKER_COLOURS,
    MUTED,
    ORDERS_COLOUR,
    RED,
    SPARK_COLOUR,
    STATUS_COLOURS,
    SURFACE,
    SURFACE_HI,
    TEXT,
    TEXT_ON,
    VIEWERS_COLOUR,
    contrast_ratio,
    relative_luminance,
)

# Font sizes in px. Tile values are read from two metres away; 28 px is the floor.
TILE_VALUE_PX: Final = 34
TILE_CAPTION_PX: Final = 15
BIG_NUMBER_PX: Final = 24
CHANNEL_NUMBER_PX: Final = 21  # six rows of them must fit under the chart on a 768 px laptop

STYLESHEET: Final = f"""
QMainWindow, QWidget {{ background: {BG}; color: {TEXT}; font-size: 14px; }}
QMainWindow::separator {{ background: {BORDER}; width: 4px; height: 4px; }}
QDockWidget {{ color: {MUTED}; font-size: 13px; font-weight: 600; }}
QDockWidget::title {{ background: {SURFACE}; padding: 4px 8px; border-bottom: 1px solid {BORDER}; }}
QMenuBar {{ background: {SURFACE}; color: {TEXT}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {SURFACE_HI}; }}
QMenu {{ background: {SURFACE}; color: {TEXT}; border: 1px solid {BORDER}; }}
QStatusBar {{ background: {SURFACE}; color: {MUTED}; border-top: 1px solid {BORDER}; }}
QStatusBar::item {{ border: none; }}
QStatusBar QLabel {{ background: transparent; font-size: 15px; padding: 0 10px; }}
QToolTip {{ background: {SURFACE_HI}; color: {TEXT}; border: 1px solid {BORDER}; font-size: 14px; }}
QScrollArea {{ border: none; }}
QLabel[tone="good"] {{ color: {GREEN}; }}
QLabel[tone="warn"] {{ color: {AMBER}; }}
QLabel[tone="bad"] {{ color: {RED}; }}
QLabel[tone="muted"] {{ color: {GREY}; }}
QLabel[tone="plain"] {{ color: {TEXT}; }}
#bigNumber {{ font-size: {BIG_NUMBER_PX}px; font-weight: 700; }}
#channelNumber {{ font-size: {CHANNEL_NUMBER_PX}px; font-weight: 700; }}
QLabel#productRowEven {{ background: {SURFACE}; }}
QLabel#productRowOdd {{ background: {BG}; }}
QLabel#rowHeader {{ font-size: 15px; color: {MUTED}; }}
QLabel#columnHeader {{ font-size: 17px; font-weight: 700; }}
QPushButton {{ background: {SURFACE_HI}; color: {TEXT}; border: 1px solid {BORDER}; padding: 4px 12px;
               border-radius: 3px; font-size: 14px; }}
QPushButton:checked {{ background: {ARMED_BG}; border-color: {ACCENT}; }}
"""


# View > Text size: every font in the window times this (big studio screens are read from 1-2 m and further).
TEXT_SCALES: Final = {"normal": 1.0, "large": 1.2, "larger": 1.4}
_FONT_PX = re.compile(r"font-size:\s*(\d+)px")
_BASE_STYLE = "baseStyleSheet"  # the widget's own stylesheet at scale 1, kept as a dynamic property


def scale_px(px: int, scale: float) -> int:
    return round(px * scale)


def scale_css(css: str, scale: float) -> str:
    """Every `font-size: Npx` in a stylesheet or HTML fragment, times `scale`."""
    if scale == 1.0:
        return css
    return _FONT_PX.sub(lambda m: f"font-size: {scale_px(int(m.group(1)), scale)}px", css)


def scale_styles(root: QWidget, scale: float) -> None:
    """Scale the font sizes of every stylesheet under `root` (root included), always from the unscaled text."""
    for widget in (root, *root.findChildren(QWidget)):
        base = widget.property(_BASE_STYLE)
        if base is None:
            base = widget.styleSheet()
            if not base:
                continue
            widget.setProperty(_BASE_STYLE, base)
        scaled = scale_css(str(base), scale)
        if widget.styleSheet() != scaled:
            widget.setStyleSheet(scaled)


def palette() -> QPalette:
    pal = QPalette()
    roles = {QPalette.ColorRole.Window: BG, QPalette.ColorRole.WindowText: TEXT, QPalette.ColorRole.Base: SURFACE,
             QPalette.ColorRole.AlternateBase: SURFACE_HI, QPalette.ColorRole.Text: TEXT,
             QPalette.ColorRole.Button: SURFACE_HI, QPalette.ColorRole.ButtonText: TEXT,
             QPalette.ColorRole.Highlight: ACCENT, QPalette.ColorRole.HighlightedText: BG,
             QPalette.ColorRole.ToolTipBase: SURFACE_HI, QPalette.ColorRole.ToolTipText: TEXT,
             QPalette.ColorRole.PlaceholderText: GREY}
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    return pal


def configure_pyqtgraph() -> None:
    """Before any pyqtgraph widget exists: dark background, no antialiasing (speed)."""
    pg.setConfigOptions(background=BG, foreground=MUTED, antialias=False)


def apply_to(widget: QWidget) -> None:
    widget.setPalette(palette())
    widget.setStyleSheet(STYLESHEET)


def apply_to_app(app: QApplication) -> None:
    """For the composition root: Fusion draws the palette faithfully on every platform."""
    app.setStyle("Fusion")
    app.setPalette(palette())
    configure_pyqtgraph()


def set_prop(widget: QWidget, name: str, value: str) -> None:
    """Switch a stylesheet class (a dynamic property); re-polish only on a real change (polishing is not free)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style: QStyle = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour a label: good / warn / bad / muted / plain."""
    set_prop(widget, "tone", tone)


def fixed_plot(glw: pg.GraphicsLayoutWidget) -> pg.PlotItem:
    """A plot the operator reads, not drags: no mouse, no buttons, ranges set by the panel (about once a second)."""
    plot: pg.PlotItem = glw.addPlot(enableMenu=False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.disableAutoRange()
    for axis in plot.axes.values():
        cache_axis(axis["item"])
    return plot


_NICE = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceil(x: float) -> float:
    """The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k that is >= x (x > 0).

    Axis tops move in these steps rather than with every new peak: a range change makes the axis redraw its
    ticks and grid (the costly part of a plot's paint), and round tops read better than 1,234.5.
    """
    if x <= 0:
        return 1.0
    exp = 10.0 ** math.floor(math.log10(x))
    return next(m * exp for m in _NICE if m * exp >= x * (1 - 1e-12))


def cache_axis(axis: pg.AxisItem) -> None:
    """Keep the axis (ticks, labels and its grid lines) as a pixmap, redrawn only when its range changes.

    pyqtgraph repaints the whole plot for any change, and an axis replays its recorded drawing each time: with the
    grid on, three axes of the audience chart were ~90% of its paint (about 15 ms a frame at 1920x1080). Cached,
    a new data point costs a pixmap copy per axis; the axis still redraws itself when its range moves (about 1/s).
    """
    axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    axis.enableAutoSIPrefix(False)  # no "(x1000)" in an axis title: the numbers are written in the language instead
    axis.tickStrings = numbers.tick_strings
