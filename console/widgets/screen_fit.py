"""A main window of docks that fits the screen it is on and keeps the operator's layout from one run to the next.

The window's size, place and dock arrangement are saved on closing and restored at the first show when they still
fit this screen; anything else gets the default, clamped to the screen's free area with the window manager's frame.
A size asked for from outside (a test, a headless screenshot) is kept as given. MainWindow adds its docks, their
default arrangement and what it draws (console/widgets/main_window.py).
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QMoveEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

LAYOUT_VERSION: Final = 4  # bump when docks are added, removed or renamed: older saved states are then ignored
_K_GEOMETRY, _K_STATE = "window/geometry", "window/state"
DEFAULT_SIZE: Final = (1920, 1080)  # the studio desk's usual screen; smaller screens get the whole available area
RESHARE_AT: Final = 0.15  # a resize by more than this share of the window re-divides it among the docks
FIT_SIZE: Final = (1366, 720)  # the most common laptop less a taskbar: the window's minimum size must fit in it


class ScreenFitWindow(QMainWindow):
    """Subclasses name their docks (`docks`), arrange them (`_default_layout`) and share the room among them
    (`_size_docks`); this keeps the whole within the screen and restores the operator's arrangement."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._sizes_pending = False  # the docks' shares wait for the first show: before it there is no room to share
        self._frame_pending = False  # shown without a frame yet: the window manager's frame must fit too
        self._caller_sized = False  # resize() called from outside: that size is kept as given (see showEvent)
        self._layout_restored = False  # the saved layout is restored at the first show, once every dock exists

    # ------------------------------------------------------------------------------------------ for subclasses
    def docks(self) -> dict[str, QDockWidget]:
        raise NotImplementedError

    def _default_layout(self) -> None:
        """Every dock in its default place, shown and docked."""
        raise NotImplementedError

    def _size_docks(self) -> None:
        """The default shares of the window's room among the docks."""
        raise NotImplementedError

    def _before_layout_restored(self) -> None:
        """At the first show, every dock added, just before the saved layout is restored."""

    # ------------------------------------------------------------------------- the screen and the saved layout
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
        self._activate_layout()  # a minimum left from wider contents (a longer language, bigger text) would hold it
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
        """No floating dock off the screen."""
        room = self.room()
        return not any(dock.isFloating() and not room.intersects(dock.geometry()) for dock in self.docks().values())

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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._layout_restored:
            self._layout_restored = True
            self._before_layout_restored()
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
