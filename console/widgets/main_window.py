"""The operator's main window: docks, menus and the one coalesced refresh timer; layout and wiring only."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QMoveEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QWidget

from console.kpi.snapshot import KpiSnapshot
from console.live.health import DataView, FeedHealth, data_view
from console.plan.model import Plan
from console.present.closing import asks_before_closing
from console.widgets import theme
from console.widgets.audience_chart import AudienceChart
from console.widgets.channels_panel import ChannelsPanel
from console.widgets.chat_heatmap import ChatHeatmap
from console.widgets.confirm import confirm_box
from console.widgets.dim_veil import DimVeil
from console.widgets.kpi_tiles import KpiTilesPanel
from console.widgets.product_panels import ProductPanels
from console.widgets.status_bar import ConsoleStatusBar, data_line

Poll = Callable[[], tuple[KpiSnapshot | None, FeedHealth]]
LAYOUT_VERSION = 3  # bump when docks are added, removed or renamed: older saved states are then ignored
_K_GEOMETRY, _K_STATE, _K_TEXT = "window/geometry", "window/state", "view/text_size"
DEFAULT_SIZE = (1920, 1080)  # the studio desk's usual screen; smaller screens get the whole available area
RESHARE_AT = 0.15  # a resize by more than this share of the window re-divides it among the docks
FIT_SIZE = (1366, 720)  # the most common laptop less a taskbar: the window's minimum size must fit in it


class ActionDock(Protocol):
    """A dock that draws from the snapshot and the feed's health (the action pad and the action log)."""

    def refresh(self, snapshot: KpiSnapshot | None, health: FeedHealth, now: float) -> None: ...


class Panel(Protocol):
    # HAS_SLOW_WORK (optional class attribute, default True): False when draw_slow does nothing, so the panel
    # never takes another's turn in the one-costly-panel-per-tick rule of refresh().
    def draw(self, snap: KpiSnapshot | None) -> None: ...  # cheap graphics: every new snapshot
    def draw_slow(self, snap: KpiSnapshot | None) -> None: ...  # costly: at most every SLOW_INTERVAL_S


@dataclass(slots=True)
class _Slot:
    """A dock, its panel and what the panel last showed (so a reopened dock catches up at once)."""

    dock: QDockWidget
    panel: Panel
    drawn: object = None  # the snapshot last drawn; compared by identity
    slowed: object = None
    slow_at: float = -1e9
    shown: bool = False  # visible at the last refresh (a panel shown again catches up at once)


class MainWindow(QMainWindow):
    report_requested = Signal()  # the operator or producer asked for the post-live report

    REFRESH_MS = 100  # ~10 Hz: one timer for the whole window, never a redraw per event
    SLOW_INTERVAL_S = 0.5  # text tables and the per-minute heat map: twice a second is plenty

    def __init__(self, plan: Plan | None, poll: Poll, settings: QSettings | None = None,
                 session_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.configure_pyqtgraph()
        theme.apply_to(self)
        self.plan = plan
        self._poll = poll
        self._settings = settings if settings is not None else QSettings("live-console", "live-console")
        self._clock = time.monotonic
        self._snap: KpiSnapshot | None = None
        self._sizes_pending = False
        self._frame_pending = False
        self._caller_sized = False  # resize() called from outside: that size is kept as given (see showEvent)
        self.redraw_count = 0
        self._dimmed = False  # data panels dimmed: the numbers are stale or catching up (_show_data_state)
        self.data_banner: QLabel | None = None  # their age, over the tiles, created the first time it is needed
        title = plan.live.title if plan else self.tr("no plan")
        self.setWindowTitle(self.tr("Live console — {title}").format(title=title))
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        # Products own the right edge from top to bottom; the KPI tiles still span the full width above.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.TopDockWidgetArea)
        currency = plan.live.currency if plan else "EUR"
        self.tiles = KpiTilesPanel(currency)
        self.products = ProductPanels(plan)  # sets its own minimum width: figures are never cut, others give way
        self.audience = AudienceChart()
        self.channels = ChannelsPanel(currency)
        self.heatmap = ChatHeatmap(plan)
        self.status = ConsoleStatusBar(session_label)
        self.status.planned_s = plan.live.duration_min * 60.0 if plan else None
        self.status.set_snapshot(None)
        self.setStatusBar(self.status)
        self.status.report_button.clicked.connect(self.report_requested)
        self._slots: dict[str, _Slot] = {}
        self._action_docks: dict[str, QDockWidget] = {}  # "pad", "log": added by add_action_docks()
        self._timeline: QWidget | None = None  # replay only
        self._timeline_dock: QDockWidget | None = None
        self._report_dock: QDockWidget | None = None  # replay only
        for name, title, panel in (("kpis", self.tr("KPIs"), self.tiles),
                                   ("products", self.tr("Products"), self.products),
                                   ("audience", self.tr("Audience vs conversion"), self.audience),
                                   ("channels", self.tr("Entry channels"), self.channels),
                                   ("chat_map", self.tr("Chat map"), self.heatmap)):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock_{name}")  # saveState keys docks by objectName
            dock.setWidget(panel)
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                             | QDockWidget.DockWidgetFeature.DockWidgetClosable
                             | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
            self._slots[name] = _Slot(dock, panel)
        # The tiles need no title: 23 px more for the panels below on a 768 px laptop (View menu still toggles them).
        self._slots["kpis"].dock.setTitleBarWidget(QWidget())
        self._build_menus()
        self._add_quit_shortcut()
        self._fit_to_room()
        self._default_layout()
        self._layout_restored = False  # the saved layout is restored at the first show, once every dock exists
        # Judged against the screen at the first show, once every dock exists (showEvent), not here.
        self.set_text_size(str(self._settings.value(_K_TEXT, "normal")), judge_fit=False)
        self._timer = QTimer(self)
        self._timer.setInterval(self.REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    # ------------------------------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        self._view_menu = view = self.menuBar().addMenu(self.tr("&View"))
        reset = QAction(self.tr("Reset layout"), self)
        reset.triggered.connect(self.reset_layout)
        view.addAction(reset)
        self.full_screen_action = QAction(self.tr("Full screen"), self)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.toggled.connect(self._set_full_screen)
        view.addAction(self.full_screen_action)
        self.addAction(self.full_screen_action)  # F11 works while the menu bar is hidden in full screen
        sizes = view.addMenu(self.tr("Text size"))
        self._text_sizes = QActionGroup(self)
        self._text_size = "normal"
        for name, title in (("normal", self.tr("Normal")), ("large", self.tr("Large")),
                            ("larger", self.tr("Larger"))):
            action = QAction(title, self._text_sizes, checkable=True)
            action.setData(name)
            action.triggered.connect(lambda _on=False, n=name: self.set_text_size(n))
            sizes.addAction(action)
        view.addSeparator()
        for slot in self._slots.values():
            view.addAction(slot.dock.toggleViewAction())
        review = self.menuBar().addMenu(self.tr("&Review"))
        report = QAction(self.tr("Post-live report"), self)
        report.setShortcut(QKeySequence("Ctrl+R"))
        report.triggered.connect(self.report_requested)
        review.addAction(report)
        self.addAction(report)

    def set_text_size(self, name: str, judge_fit: bool = True) -> None:
        """Scale every text in the window (normal / large / larger: big screens read from further away); kept.

        A size whose window would not fit this screen is refused with a word in the status bar, and the largest
        size that fits is used instead: bigger text once pushed the status bar, prices and two tiles off a 1366 x
        768 laptop, and, being kept, did so again at every start."""
        if name not in theme.TEXT_SCALES:
            name = "normal"
        sizes = list(theme.TEXT_SCALES)
        for candidate in reversed(sizes[:sizes.index(name) + 1]):  # the one asked for, then each smaller one
            self._text_size = candidate
            self._apply_text_size()
            if candidate == "normal" or not judge_fit or self._caller_sized or self._minimum_fits():
                break  # a caller's own size (a headless screenshot, a test) is theirs to judge
        if self._text_size != name:
            self.status.showMessage(self.tr("Text size “{name}” does not fit this screen ({w}×{h}): “{used}” instead")
                                    .format(name=name, w=self.room().width(), h=self.room().height(),
                                            used=self._text_size), 10_000)
        for action in self._text_sizes.actions():
            action.setChecked(action.data() == self._text_size)
        self._settings.setValue(_K_TEXT, self._text_size)
        if self.isVisible():  # the tiles' height changed: give the panels below what the tiles no longer need
            self._activate_layout()  # the minimum of the size kept, not of a bigger one tried on the way
            self._clamp_to_room()
            self._size_docks()

    def _activate_layout(self) -> None:
        layout = self.layout()  # a QMainWindow always has its own
        if layout is not None:
            layout.activate()

    def _minimum_fits(self) -> bool:
        """The window's smallest size, with its frame, fits the screen's free area."""
        self._activate_layout()  # the minimum reflects the fonts just set, not the last layout pass
        hint, room = self.minimumSizeHint(), self.room()
        frame_w = self.frameGeometry().width() - self.width() if self.isVisible() else 0
        frame_h = self.frameGeometry().height() - self.height() if self.isVisible() else 0
        return hint.width() + frame_w <= room.width() and hint.height() + frame_h <= room.height()

    def text_size(self) -> str:
        return self._text_size

    def _apply_text_size(self) -> None:
        scale = theme.TEXT_SCALES[self._text_size]
        theme.scale_styles(self, scale)
        for panel in (*(slot.panel for slot in self._slots.values()), *self._action_docks.values()):
            rescale = getattr(panel, "set_text_scale", None)
            if rescale is not None:
                rescale(scale)
        # Steady labels (status bar) hold the size of their text at the old font: let them measure again.
        for label in self.status.findChildren(QLabel):
            if label.minimumWidth() == label.maximumWidth() > 0:  # held by fit_label.set_steady_text
                label.ensurePolished()
                label.setFixedSize(label.sizeHint())
        # Tiles gain nothing from more height (their fonts are fixed): a growing window (maximised, a bigger
        # screen) gives its height to the chart and the panels, not to empty tiles.
        self.tiles.setMaximumHeight(self.tiles.sizeHint().height() + 24)

    def _set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # ------------------------------------------------------------------------------------------ layout
    def add_timeline(self, bar: QWidget) -> None:
        """Replay's timeline along the bottom, full width, refreshed by the window's one timer."""
        dock = QDockWidget(self.tr("Timeline"), self)
        dock.setObjectName("dock_timeline")
        dock.setWidget(bar)
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setTitleBarWidget(QWidget())  # fixed in place: a title would only take 23 px of a laptop's height
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self._timeline, self._timeline_dock = bar, dock
        self._default_layout()
        self._apply_text_size()

    def add_report_tab(self, view: QWidget) -> QDockWidget:
        """The post-live report as a tab beside the audience chart: the biggest area, one click away."""
        dock = QDockWidget(self.tr("Report"), self)
        dock.setObjectName("dock_report")
        view.setMinimumSize(200, 60)  # a page that scrolls: it must not set the window's minimum size
        dock.setWidget(view)
        self.tabifyDockWidget(self._slots["audience"].dock, dock)
        self._slots["audience"].dock.raise_()
        self._view_menu.addAction(dock.toggleViewAction())
        self._report_dock = dock
        return dock

    def docks(self) -> dict[str, QDockWidget]:
        return {**{name: slot.dock for name, slot in self._slots.items()}, **self._action_docks}

    def add_action_docks(self, pad: QDockWidget | None, log: QDockWidget) -> None:
        """The operator's controls: the action pad down the left edge, the action log tabbed with the chat map.
        Replay has no pad (actions are off) but shows the log, read-only."""
        for name, dock in (("pad", pad), ("log", log)):
            if dock is None:
                continue
            dock.setParent(self)
            dock.setObjectName(f"dock_{name}")
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                             | QDockWidget.DockWidgetFeature.DockWidgetClosable
                             | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
            self._action_docks[name] = dock
            self._view_menu.addAction(dock.toggleViewAction())
        marked = getattr(pad, "moment_marked", None)  # Ctrl+M marks drawn on the chart like actions
        if marked is not None:
            marked.connect(self.audience.add_mark)
        self._default_layout()
        self._apply_text_size()

    def _default_layout(self) -> None:
        d = self.docks()
        extra = [dock for dock in (self._timeline_dock, self._report_dock) if dock is not None]
        for dock in (*d.values(), *extra):
            dock.setFloating(False)  # before removal: a removed dock ignores it and would come back floating
            self.removeDockWidget(dock)
        if self._timeline_dock is not None:  # replay: the timeline first, so it spans the whole bottom edge
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self._timeline_dock)
        self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, d["kpis"])
        if "pad" in d:  # the controls first, at the far left, full height below the tiles
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, d["pad"])
            self.splitDockWidget(d["pad"], d["audience"], Qt.Orientation.Horizontal)
        else:
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, d["audience"])
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, d["products"])
        # Live: under the chart (the pad takes the left). Replay has no pad but a timeline along the bottom: beside
        # the chart, which then keeps the full height instead of a strip above the channels' six rows.
        beside = Qt.Orientation.Vertical if "pad" in d else Qt.Orientation.Horizontal
        self.splitDockWidget(d["audience"], d["channels"], beside)
        # The bottom panels share one tabbed dock under the chart. Side by side they made the window's minimum
        # width ~1,660 px: too wide for a 1366 x 768 laptop, and a window that cannot shrink to its screen.
        self.tabifyDockWidget(d["channels"], d["chat_map"])
        if "log" in d:
            self.tabifyDockWidget(d["chat_map"], d["log"])
        if self._report_dock is not None:  # replay's report: a tab beside the chart
            self.tabifyDockWidget(d["audience"], self._report_dock)
        for dock in (*d.values(), *extra):
            dock.show()
        d["channels"].raise_()
        d["audience"].raise_()
        self._size_docks()
        self._sizes_pending = not self.isVisible()  # before the first show resizeDocks has nothing to divide

    def _size_docks(self) -> None:
        d = self.docks()
        w, h = max(self.width(), 1000), max(self.height(), 600)
        tiles = d["kpis"].minimumSizeHint().height()  # no more: the chart and the panels get the height
        if "pad" in d:  # controls, chart, products: the products keep room for their numbers
            self.resizeDocks([d["pad"], d["audience"], d["products"]], [int(w * 0.24), int(w * 0.37), int(w * 0.39)],
                             Qt.Orientation.Horizontal)
            self.resizeDocks([d["kpis"], d["pad"]], [tiles, h], Qt.Orientation.Vertical)
            self.resizeDocks([d["audience"], d["channels"]], [int(h * 0.55), int(h * 0.45)], Qt.Orientation.Vertical)
        else:
            self.resizeDocks([d["audience"], d["channels"], d["products"]],
                             [int(w * 0.40), int(w * 0.22), int(w * 0.38)], Qt.Orientation.Horizontal)
            self.resizeDocks([d["kpis"], d["audience"]], [tiles, h], Qt.Orientation.Vertical)

    def reset_layout(self) -> None:
        """Every dock back in its default place, shown and docked, in a window that fits its screen."""
        if not (self.isMaximized() or self.isFullScreen()) and not self._fits(self.frameGeometry()):
            self._fit_to_room()
            self._clamp_to_room()
        self._default_layout()
        if self.isVisible():
            self._size_docks()

    def save_layout(self) -> None:
        if not self._layout_restored:  # never shown: the saved layout was not even read, keep it as it is
            return
        self._settings.setValue(_K_GEOMETRY, self.saveGeometry())
        self._settings.setValue(_K_STATE, self.saveState(LAYOUT_VERSION))
        self._settings.sync()

    def room(self) -> QRect:
        """The screen's area a window may use (without the taskbar and panels)."""
        return self.screen().availableGeometry()

    def _fits(self, rect: QRect) -> bool:
        room = self.room()
        return rect.width() <= room.width() and rect.height() <= room.height() and room.contains(rect.center())

    def _fit_to_room(self) -> None:
        """The default size, clamped to the screen, at the screen's top-left corner, not maximised."""
        room = self.room()
        self.setWindowState(Qt.WindowState.WindowNoState)
        super().resize(min(DEFAULT_SIZE[0], room.width()), min(DEFAULT_SIZE[1], room.height()))
        self.move(room.topLeft())

    def _restore_layout(self) -> bool:
        """Saved geometry and dock state when they fit this screen; anything else: the default.

        Called at the first show, when every dock (pad, log, replay's timeline and report) exists: a state restored
        before some of its docks existed left placeholders that crashed Qt at the next re-layout (replay reopened
        after a maximised session), and placed the timeline by a state that did not know it. A layout saved on a
        bigger screen, or one whose docks ended up somewhere unusable, is discarded rather than repaired: the
        operator must always get a window that fits and a timeline that is there. A size the caller set is kept.
        """
        geometry, state = self._settings.value(_K_GEOMETRY), self._settings.value(_K_STATE)
        if not self._caller_sized:
            before = self.saveGeometry()
            restored = (isinstance(geometry, QByteArray) and not geometry.isEmpty()
                        and self.restoreGeometry(geometry)
                        and self._fits(self.normalGeometry() if self.isMaximized() else self.geometry()))
            if not restored:  # first run, or saved for another screen
                self.restoreGeometry(before)
                self._fit_to_room()
        if (isinstance(state, QByteArray) and not state.isEmpty() and self.restoreState(state, LAYOUT_VERSION)
                and self._docks_usable()):
            return True
        self._default_layout()  # a failed restore may have moved some docks already: rebuild them all
        return False

    def _docks_usable(self) -> bool:
        """No floating dock off the screen; replay's timeline docked along the bottom and shown."""
        room = self.room()
        for dock in self.docks().values():
            if dock.isFloating() and not room.intersects(dock.geometry()):
                return False
        timeline = self._timeline_dock
        return timeline is None or (not timeline.isFloating() and not timeline.isHidden()
                                    and self.dockWidgetArea(timeline) == Qt.DockWidgetArea.BottomDockWidgetArea)

    def resize(self, *size: Any) -> None:  # both of QWidget.resize's overloads in one
        """A size asked for from outside (tests, headless screenshots): kept as given, even past the screen."""
        self._caller_sized = True
        super().resize(*size)

    def _clamp_to_room(self) -> None:
        """Once shown, the window frame is known: the frame too must fit the screen (title bar included)."""
        if self.isMaximized() or self.isFullScreen():
            return
        room, frame = self.room(), self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width, height = min(self.width(), room.width() - extra_w), min(self.height(), room.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            super().resize(width, height)
        if not room.contains(self.frameGeometry()):
            self.move(max(room.left(), min(frame.left(), room.right() + 1 - width - extra_w)),
                      max(room.top(), min(frame.top(), room.bottom() + 1 - height - extra_h)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._layout_restored:
            self._layout_restored = True
            if self._text_size != "normal":  # now that every dock exists: does the kept text size still fit?
                self.set_text_size(self._text_size)
            self._restore_layout()
        super().showEvent(event)
        # Only a size this window chose (the screen's, or a restored one): a caller's own resize (a headless
        # screenshot at 1920 x 1080 on a small virtual screen) is theirs to keep.
        if not event.spontaneous() and not self._caller_sized:
            self._clamp_to_room()
            self._frame_pending = self.frameGeometry() == self.geometry()  # no frame yet: the window manager's comes
        if self._sizes_pending:
            self._sizes_pending = False
            self._size_docks()

    # ------------------------------------------------------------------------------------------ closing
    # Off by default so that headless and timed runs (and tests) never block on the question; the composition root
    # (console/app.py) turns it on for an operator's interactive window.
    confirm_close = False
    _close_decided = False

    def _add_quit_shortcut(self) -> None:
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # spelled out: some platforms map StandardKey.Quit to nothing
        quit_action.triggered.connect(self.close)  # through closeEvent: the same question as the close button
        self.addAction(quit_action)

    def close_now(self) -> None:
        """Close without asking: the terminal decided (Ctrl-C, SIGTERM) or a timed run is over."""
        self._close_decided = True
        self.close()

    def ask_close(self) -> bool:
        """The on-air question, No as default (Enter or Escape keeps the console open)."""
        box = confirm_box(self, self.tr("End the console while the live is on air?"))
        box.setWindowTitle(self.tr("Close the console"))
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            box.deleteLater()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """A big change of size (maximised, restored, moved to another screen): the default shares again.

        Qt hands a window's growth to whichever docks it likes (the tiles, the products), not to the chart; a
        separator the operator dragged is kept through ordinary resizes, below RESHARE_AT.
        """
        super().resizeEvent(event)
        old, new = event.oldSize(), event.size()
        if not (self.isVisible() and self._layout_restored and old.isValid() and old.width() > 0):
            return
        if abs(new.width() - old.width()) > RESHARE_AT * old.width() or \
                abs(new.height() - old.height()) > RESHARE_AT * old.height():
            QTimer.singleShot(0, self, self._size_docks)  # once the docks have their new room

    def moveEvent(self, event: QMoveEvent) -> None:  # noqa: N802 (Qt's name)
        """A window manager frames the window after it is shown (title bar, borders): then the frame must fit too,
        or the status bar ends below the screen's edge."""
        super().moveEvent(event)
        if self._frame_pending and self.frameGeometry() != self.geometry():
            self._frame_pending = False
            self._clamp_to_room()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        asking = self.confirm_close and not self._close_decided and asks_before_closing(*self._poll())
        if asking and not self.ask_close():
            event.ignore()
            return
        self._timer.stop()
        self.save_layout()
        for dock in self.findChildren(QDockWidget):  # a floating dock is a window of its own: it goes with this one
            if dock.isFloating():
                dock.hide()
        super().closeEvent(event)

    # ------------------------------------------------------------------------------------------ refresh
    def refresh(self) -> None:
        """Pull the latest snapshot and health; redraw only visible panels whose snapshot changed."""
        self._refresh(stagger=True)

    def _refresh(self, stagger: bool) -> None:
        snap, health = self._poll()
        # cheap when nothing changed; its own second counter ticks
        self.status.set_health(health, self._show_data_state(health, snap))
        now = self._clock()
        drew = slow_drawn = first_drawn = False
        for slot in self._slots.values() if not self.isMinimized() else ():
            widget = slot.dock.widget()
            if not slot.dock.isVisible() or widget is None or not widget.isVisible():
                slot.shown = False
                continue  # closed or behind another tab: catches up when shown (drawn is stale then)
            first = slot.drawn is None and snap is not None
            if first and stagger and first_drawn:
                # The first snapshot draws every panel from scratch (axes, images, every label): ~50 ms of work in
                # one frame, the longest stall of a live. One panel's first draw per tick, in dock order (the
                # tiles first), spreads it over the next few ticks.
                continue
            first_drawn = first_drawn or first
            catching_up, slot.shown = not slot.shown, True
            if slot.drawn is not snap:
                slot.panel.draw(snap)
                slot.drawn = snap
                drew = True
            if slot.slowed is not snap and now - slot.slow_at >= self.SLOW_INTERVAL_S:
                # One costly text panel per tick: due together, they would make one long frame (a stall) every
                # half second; the next one draws 100 ms later instead. Never deferred twice in a row (it is then
                # a full interval late), nor on a first draw, a catch-up or a screenshot.
                heavy = getattr(slot.panel, "HAS_SLOW_WORK", True)
                if (stagger and heavy and slow_drawn and slot.slowed is not None and not catching_up
                        and now - slot.slow_at < 2 * self.SLOW_INTERVAL_S):
                    continue
                slot.panel.draw_slow(snap)
                slot.slowed, slot.slow_at = snap, now
                slow_drawn = slow_drawn or heavy
                drew = True
        wall = time.time()
        if self._timeline is not None:
            self._timeline.refresh()  # type: ignore[attr-defined]  # TimelineBar
        for dock in self._action_docks.values():
            if dock.isVisible():
                dock.refresh(snap, health, wall)  # type: ignore[attr-defined]  # ActionDock
        if snap is not self._snap:
            self._snap = snap
            self.status.set_snapshot(snap)
        if drew:
            self.redraw_count += 1

    def _show_data_state(self, health: FeedHealth, snap: KpiSnapshot | None) -> DataView:
        """Stale or catching-up numbers look it: every data panel dimmed, one label over them with their age.

        The veils change only when the state changes; the label (a child of the window, in no layout, so it can
        never resize a dock) follows the age once a second like the status bar.
        """
        view = data_view(health, time.time(), snap is not None and snap.started_at is not None)
        if view.dimmed != self._dimmed:
            self._dimmed = view.dimmed
            for slot in self._slots.values():
                widget = slot.dock.widget()
                if widget is not None:
                    veil = widget.findChild(DimVeil, options=Qt.FindChildOption.FindDirectChildrenOnly)
                    if veil is None and view.dimmed:
                        veil = DimVeil(widget)
                    if veil is not None:
                        veil.set_on(view.dimmed)
        banner = self.data_banner
        text = data_line(view)
        if banner is None and text:
            self.data_banner = banner = QLabel(self)
            banner.setStyleSheet(f"background: {theme.AMBER}; color: {theme.BG}; font-size: 20px; "
                                 "font-weight: 700; padding: 4px 14px; border-radius: 4px;")
        if banner is not None and text != banner.text():
            banner.setText(text)
            banner.adjustSize()
            dock = self._slots["kpis"].dock  # over the tiles; at the window's top when they are elsewhere
            docked = dock.isVisible() and not dock.isFloating()
            area = dock.geometry() if docked else self.rect().adjusted(0, self.menuBar().height(), 0, 0)
            banner.move(max(0, area.center().x() - banner.width() // 2), area.top() + 2)
            banner.setVisible(bool(text))
            banner.raise_()
        return view

    def settle(self) -> None:
        """Draw everything now, slow panels included, so one picture shows one moment (for screenshots)."""
        for slot in self._slots.values():
            slot.slow_at = -1e9
            slot.drawn = slot.slowed = None
        self._refresh(stagger=False)

    def snapshot(self) -> KpiSnapshot | None:
        return self._snap
