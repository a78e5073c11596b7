"""The operator's main window: its docks and their default arrangement, the View menu (text size, full screen), the
question before closing on air, and the one coalesced refresh timer; layout and wiring only. Fitting the screen and
keeping the layout: console/widgets/screen_fit.py; which panel draws when: console/widgets/panel_refresh.py."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from console.i18n import LANGUAGES, QT_TRANSLATE_NOOP, active_language, translate
from console.i18n.catalogue import translate_as
from console.i18n.languages import forget_language, save_language, system_language
from console.kpi.snapshot import KpiSnapshot
from console.live.health import DataView, FeedHealth, data_view
from console.plan.model import Plan
from console.present.closing import asks_before_closing
from console.widgets import theme
from console.widgets.action_log import ActionLogDock
from console.widgets.action_pad import ActionPadDock
from console.widgets.advice_dock import AdviceDock
from console.widgets.audience_chart import AudienceChart
from console.widgets.channels_panel import ChannelsPanel
from console.widgets.chat_heatmap import ChatHeatmap
from console.widgets.confirm import ask_confirm
from console.widgets.dim_veil import DimVeil
from console.widgets.kpi_tiles import KpiTilesPanel
from console.widgets.panel_refresh import PanelSlot, draw_due_panels
from console.widgets.product_panels import ProductPanels
from console.widgets.screen_fit import ScreenFitWindow
from console.widgets.status_bar import ConsoleStatusBar, data_line
from console.widgets.timeline import TimelineBar

Poll = Callable[[], tuple[KpiSnapshot | None, FeedHealth]]
_K_TEXT = "view/text_size"
_TEXT_SIZES = {"normal": QT_TRANSLATE_NOOP("MainWindow", "Normal"), "large": QT_TRANSLATE_NOOP("MainWindow", "Large"),
               "larger": QT_TRANSLATE_NOOP("MainWindow", "Larger")}


def _in_language(code: str, text: str) -> str:
    """`text` (context LanguageMenu) in language `code`, which need not be the one in use."""
    return translate_as(code, "window", "LanguageMenu", text)


PRODUCT_NAME: Final = "Live console"

class MainWindow(ScreenFitWindow):
    report_requested = Signal()  # the operator or producer asked for the post-live report

    # One timer for the whole window, never a redraw per event. It polls at 60 Hz so that a snapshot is drawn
    # within a frame of its publishing (the pipeline publishes a changing live at 20 Hz); a poll that finds
    # nothing new returns at once, and with nothing new the clocks, ages and buttons still tick at 10 Hz.
    REFRESH_MS = 16
    IDLE_REFRESH_S = 0.1
    SLOW_INTERVAL_S = 0.5  # text tables and the per-minute heat map: twice a second is plenty

    def __init__(self, plan: Plan | None, poll: Poll, settings: QSettings | None = None,
                 session_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(settings if settings is not None else QSettings("live-console", "live-console"), parent)
        theme.configure_pyqtgraph()
        theme.apply_to(self)
        self.plan = plan
        self._poll = poll
        self._clock = time.monotonic
        self._snap: KpiSnapshot | None = None
        self._health: FeedHealth | None = None
        self._refreshed_at = -1e9
        self._panels_shown_changed = False
        self._panels_owed = False  # a first draw or a costly redraw put off to the next tick (panel_refresh.py)
        self.redraw_count = 0
        self._dimmed = False  # data panels dimmed: the numbers are stale or catching up (_show_data_state)
        self.data_banner: QLabel | None = None  # their age, over the tiles, created the first time it is needed
        title = plan.live.title if plan else translate("MainWindow", "no plan")
        # the product's name, in every language: desk scripts find the window by it (xdotool search --name)
        self.setWindowTitle(f"{PRODUCT_NAME} — {title}")
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
        self._slots: dict[str, PanelSlot] = {}
        # "pad", "log": by add_action_docks(); "advice": by add_advice_dock()
        self._action_docks: dict[str, ActionPadDock | ActionLogDock | AdviceDock] = {}
        self._timeline: TimelineBar | None = None  # replay only
        self._timeline_dock: QDockWidget | None = None
        self._report_dock: QDockWidget | None = None  # replay only
        for name, title, panel in (("kpis", translate("MainWindow", "KPIs"), self.tiles),
                                   ("products", translate("MainWindow", "Products"), self.products),
                                   ("audience", translate("MainWindow", "Audience vs conversion"), self.audience),
                                   ("channels", translate("MainWindow", "Entry channels"), self.channels),
                                   ("chat_map", translate("MainWindow", "Chat map"), self.heatmap)):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock_{name}")  # saveState keys docks by objectName
            dock.setWidget(panel)
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                             | QDockWidget.DockWidgetFeature.DockWidgetClosable
                             | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
            self._slots[name] = PanelSlot(dock, panel)
            dock.visibilityChanged.connect(self._panels_moved)  # shown, closed, a tab chosen: catch up at once
        # The tiles need no title: 23 px more for the panels below on a 768 px laptop (View menu still toggles them).
        self._slots["kpis"].dock.setTitleBarWidget(QWidget())
        self._build_menus()
        self._add_quit_shortcut()
        self._fit_to_room()
        self._default_layout()
        self.show_font_problem()
        # Judged against the screen at the first show, once every dock exists (showEvent), not here.
        self.set_text_size(str(self._settings.value(_K_TEXT, "normal")), judge_fit=False)
        self._timer = QTimer(self)
        self._timer.setInterval(self.REFRESH_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire up to 5 % late: a frame
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    # ------------------------------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        self._view_menu = view = self.menuBar().addMenu(translate("MainWindow", "&View"))
        reset = QAction(translate("MainWindow", "Reset layout"), self)
        reset.triggered.connect(self.reset_layout)
        view.addAction(reset)
        self.full_screen_action = QAction(translate("MainWindow", "Full screen"), self)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.toggled.connect(self._set_full_screen)
        view.addAction(self.full_screen_action)
        self.addAction(self.full_screen_action)  # F11 works while the menu bar is hidden in full screen
        sizes = view.addMenu(translate("MainWindow", "Text size"))
        self._text_sizes = QActionGroup(self)
        self._text_size = "normal"
        for name, title in _TEXT_SIZES.items():
            action = QAction(translate("MainWindow", title), self._text_sizes, checkable=True)
            action.setData(name)
            action.triggered.connect(lambda _on=False, n=name: self.set_text_size(n))
            sizes.addAction(action)
        self._build_language_menu(view)
        view.addSeparator()
        for slot in self._slots.values():
            view.addAction(slot.dock.toggleViewAction())
        review = self.menuBar().addMenu(translate("MainWindow", "&Review"))
        report = QAction(translate("MainWindow", "Post-live report"), self)
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
            self.status.showMessage(translate("MainWindow",
                                              "Text size “{name}” does not fit this screen ({w}×{h}): “{used}” instead")
                                    .format(name=self._size_word(name), w=self.room().width(),
                                            h=self.room().height(), used=self._size_word(self._text_size)), 10_000)
        for action in self._text_sizes.actions():
            action.setChecked(action.data() == self._text_size)
        self._settings.setValue(_K_TEXT, self._text_size)
        if self.isVisible():  # the tiles' height changed: give the panels below what the tiles no longer need
            # the docks' own layouts first (their requests are posted): a minimum left from the bigger size tried on
            # the way held a Portuguese window at 1405 px on a 1366 px laptop
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self._activate_layout()  # the minimum of the size kept, not of a bigger one tried on the way
            self._clamp_to_room()
            self._size_docks()

    def text_size(self) -> str:
        return self._text_size

    @staticmethod
    def _size_word(name: str) -> str:
        return translate("MainWindow", _TEXT_SIZES[name]) if name in _TEXT_SIZES else name

    def _build_language_menu(self, view: QMenu) -> None:
        """View → Language: each language by its own name, the one in use checked; a choice is kept for the next
        start (console.i18n.languages), the widgets already built keep their words."""
        menu = view.addMenu(translate("LanguageMenu", "Language"))
        self._languages = QActionGroup(self)
        current = active_language()
        for code, own_name in LANGUAGES.items():
            action = QAction(own_name, self._languages, checkable=True)
            action.setData(code)
            action.setChecked(code == current)
            action.triggered.connect(lambda _on=False, c=code: self.choose_language(c))
            menu.addAction(action)
        menu.addSeparator()
        system = system_language()
        follow = menu.addAction(translate("LanguageMenu", "Follow the system: {language}").format(
            language=LANGUAGES[system]))
        follow.triggered.connect(self.follow_system_language)
        self.language_menu = menu

    def follow_system_language(self) -> None:
        """Forget the saved choice: the next start speaks the system locale's language again."""
        try:
            forget_language()
        except OSError as exc:
            self.status.showMessage(translate("LanguageMenu", "The language could not be saved: {error}").format(
                error=exc), 15_000)
            return
        code = system_language()
        said = _in_language(code, QT_TRANSLATE_NOOP("LanguageMenu", "{language} applies from the next start of the "
                                                                    "console"))
        self.status.showMessage(said.format(language=LANGUAGES.get(code, code)), 15_000)

    def choose_language(self, code: str) -> None:
        """Keep `code` for the next start and say so in the status bar (the open window keeps its words)."""
        try:
            save_language(code)
        except OSError as exc:
            self.status.showMessage(translate("LanguageMenu", "The language could not be saved: {error}").format(
                error=exc), 15_000)
            for action in self._languages.actions():
                action.setChecked(action.data() == active_language())
            return
        # in the chosen language's words: the operator who picked it may not read the one on screen
        said = _in_language(code, QT_TRANSLATE_NOOP("LanguageMenu", "{language} applies from the next start of the "
                                                                    "console"))
        self.status.showMessage(said.format(language=LANGUAGES.get(code, code)), 15_000)

    def show_font_problem(self) -> None:
        """A language whose script has no font here: its first line in the status bar, once (the terminal has the
        whole of it, with the package to install)."""
        from console.i18n.fonts import font_problem

        problem = font_problem(active_language())
        if problem:
            self.status.showMessage(problem.splitlines()[0], 20_000)

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
    def add_timeline(self, bar: TimelineBar) -> None:
        """Replay's timeline along the bottom, full width, refreshed by the window's one timer."""
        dock = QDockWidget(translate("MainWindow", "Timeline"), self)
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
        dock = QDockWidget(translate("MainWindow", "Report"), self)
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

    def add_action_docks(self, pad: ActionPadDock | None, log: ActionLogDock) -> None:
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

    def add_advice_dock(self, dock: AdviceDock) -> None:
        """The live advisor's advice: a tab under the chart, beside the channels, the chat map and the action log
        (under the pad it took the pad's room at 768 px). New advice brings it to the front."""
        dock.setParent(self)
        dock.setObjectName("dock_advice")
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        dock.advice_raised = lambda _record: dock.raise_()
        self._action_docks["advice"] = dock
        self._view_menu.addAction(dock.toggleViewAction())
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
        if "advice" in d:  # a tab under the chart, brought to the front by new advice (add_advice_dock)
            self.tabifyDockWidget(d["log"] if "log" in d else d["chat_map"], d["advice"])
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

    def _docks_usable(self) -> bool:
        """No floating dock off the screen; replay's timeline docked along the bottom and shown."""
        timeline = self._timeline_dock
        return super()._docks_usable() and (
            timeline is None or (not timeline.isFloating() and not timeline.isHidden()
                                 and self.dockWidgetArea(timeline) == Qt.DockWidgetArea.BottomDockWidgetArea))

    def _before_layout_restored(self) -> None:
        if self._text_size != "normal":  # now that every dock exists: does the kept text size still fit?
            self.set_text_size(self._text_size)

    # ------------------------------------------------------------------------------------------ closing
    # Off by default so that headless and timed runs (and tests) never block on the question; the composition root
    # (console/app.py) turns it on for an operator's interactive window.
    confirm_close = False
    _close_decided = False

    def _add_quit_shortcut(self) -> None:
        quit_action = QAction(translate("MainWindow", "Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # spelled out: some platforms map StandardKey.Quit to nothing
        quit_action.triggered.connect(self.close)  # through closeEvent: the same question as the close button
        self.addAction(quit_action)

    def close_now(self) -> None:
        """Close without asking: the terminal decided (Ctrl-C, SIGTERM) or a timed run is over."""
        self._close_decided = True
        self.close()

    def ask_close(self) -> bool:
        """The on-air question, No as default (Enter or Escape keeps the console open)."""
        return ask_confirm(self, translate("MainWindow", "End the console while the live is on air?"),
                           translate("MainWindow", "Close the console"))

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
        snap, health = self._poll()
        now = self._clock()
        if (snap is self._snap and health is self._health and not self._panels_shown_changed
                and not self._panels_owed and now - self._refreshed_at < self.IDLE_REFRESH_S):
            return  # nothing new since the last refresh: ~1 us, 60 times a second
        self._refresh(snap, health, stagger=True)

    def _panels_moved(self, _visible: bool) -> None:
        self._panels_shown_changed = True

    def _refresh(self, snap: KpiSnapshot | None, health: FeedHealth, stagger: bool) -> None:
        self._refreshed_at, self._health, self._panels_shown_changed = self._clock(), health, False
        # cheap when nothing changed; its own second counter ticks
        self.status.set_health(health, self._show_data_state(health, snap))
        slots = self._slots.values() if not self.isMinimized() else ()
        drew, self._panels_owed = draw_due_panels(slots, snap, self._clock(), stagger, self.SLOW_INTERVAL_S)
        wall = time.time()
        if self._timeline is not None:
            self._timeline.refresh()
        for dock in self._action_docks.values():
            if dock.isVisible():
                dock.refresh(snap, health, wall)
        advice = self._action_docks.get("advice")
        if isinstance(advice, AdviceDock):  # on the chart too, dotted, apart from the actions
            self.audience.set_advice(advice.markers())
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
            slot.forget()
        self._refresh(*self._poll(), stagger=False)

    def snapshot(self) -> KpiSnapshot | None:
        return self._snap

    def drawn_snapshots(self) -> dict[str, object]:
        """The snapshot each data panel shows now, by panel name (benchmarks measure each panel's latency)."""
        return {name: slot.drawn for name, slot in self._slots.items() if slot.dock.isVisible()}
