"""Composition root: wires the simulator (demo), the live pipeline and the main window, and runs the Qt loop.

The only module that knows every layer. Widgets get a `poll()` callable and a plan; services get URLs and a token.
"""

from __future__ import annotations

import contextlib
import gc
import getpass
import os
import signal
import ssl
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from console.live.health import FeedHealth, FeedState
from console.plan.model import Plan

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from console.bus.address import BusAddress, BusCredentials

HEADLESS_SIZE = (1920, 1080)
#: a seat's role, as the status bar names it
_ROLE_WORDS = {"operator": QT_TRANSLATE_NOOP("App", "operator"), "producer": QT_TRANSLATE_NOOP("App", "producer")}


@dataclass(frozen=True, slots=True)
class ConsoleOptions:
    feed_url: str
    api_url: str
    token: str = field(repr=False)  # a traceback or log line that prints the options must not print the token
    plan: Plan | None = None
    offscreen: bool = False
    duration_s: float | None = None
    screenshot: Path | None = None
    session_path: Path | None = None  # None: the default place, named by date and live id
    plan_path: Path | None = None
    operator: str = ""
    tls: ssl.SSLContext | None = None  # None: the system's CAs; always verified
    add_to_library: bool = False  # a live that ended goes into the library of lives (docs/library.md)
    library: Path | None = None  # that library; None: the default one
    plan_toml: str | None = None  # the plan's text when it came from the bus rather than a file
    role: str = "operator"  # this seat's: operator fires actions, producer watches read-only (console/actions/seats.py)


def _qt_application() -> QApplication:
    """The process's QApplication (a test's, or a new one); Qt is imported only once a window is wanted."""
    from PySide6.QtWidgets import QApplication

    from console.i18n.catalogue import active_language, install_in_application
    from console.i18n.fonts import font_problem

    app = QApplication.instance()
    app = app if isinstance(app, QApplication) else QApplication(sys.argv[:1])
    if install_in_application(app):  # the console's catalogues and Qt's own (standard buttons), once per application
        problem = font_problem(active_language())
        if problem:
            print(f"live-console: {problem}", file=sys.stderr)
    return app


def run_console(opts: ConsoleOptions) -> int:
    """Open the window on the feed and run until closed (or `duration_s` passes). Returns the exit code."""
    if opts.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_API", "pyside6")
    # The services (asyncio, httpx, websockets, numpy: ~300 modules) before Qt (imported below): once PySide6 is
    # imported it inspects the source of every module imported after it (its __feature__ hook), at start-up's cost.
    from console.actions.seats import never
    from console.bus.address import is_bus_url
    from console.library.recorded import plan_text
    from console.services.live_session import open_live_session
    from console.session.file import SessionFileError, default_path, remove_if_unused, without_secrets
    from console.session.resume import earlier_run

    live_id = opts.plan.live.id if opts.plan else "live"
    path = opts.session_path or default_path(live_id)
    feed_news = FeedReporter(without_secrets(opts.feed_url))
    try:
        # the text the library hashes: the file's, or the one the live's producer registered on the bus
        plan_toml = plan_text(opts.plan_path) if opts.plan_path else opts.plan_toml
        earlier = earlier_run(path, opts.plan, plan_toml)  # read here: a Ctrl-C meanwhile just ends the process
        stop = StopSignals()  # from here on, Ctrl-C and SIGTERM close the session file cleanly
        created = not path.exists()
        seat = opts.operator or getpass.getuser()
        producer = opts.role == "producer"  # read-only: no action fires from this seat, no auto cue ever
        # On the bus, several operator seats may follow the live: the auto cues fire from the lease's holder only
        lease = None
        if not producer and is_bus_url(opts.feed_url):  # a websocket console fires its cues as it always has
            from console.bus.lease import lease_for_feed

            lease = lease_for_feed(opts.feed_url, seat)
        session = open_live_session(
            opts.feed_url, opts.token, opts.plan, session_path=path, plan_toml=plan_toml, api_url=opts.api_url,
            operator=seat, tls=opts.tls, earlier=earlier, on_publish=[lambda _snap, health: feed_news.update(health)],
            cue_gate=never if producer else None, read_only=producer, cue_lease=lease)
    except (OSError, SessionFileError) as exc:
        print("live-console: " + translate("App", "cannot record the session to {path}: {error}").format(
            path=path, error=exc), file=sys.stderr)
        return 2
    except ValueError as exc:  # a seat's name the protocol refuses (the OS user's, when --operator is not given)
        print("live-console: " + translate("App", "{error}; name the seat with --operator").format(error=exc),
              file=sys.stderr)
        return 2
    # a restarted console carries on (same numbers, resume after the last seq): it counts what this run brings
    seq_at_start = session.ingest.last_seq

    from console.widgets import theme
    from console.widgets.gui_gc import GuiGarbageCollector
    from console.widgets.main_window import MainWindow

    if opts.offscreen:
        quiet_offscreen_noise()
    app = _qt_application()
    app.setApplicationName("live-console")
    app.setOrganizationName("live-console")
    theme.apply_to_app(app)
    GuiGarbageCollector(app)  # before any other thread runs: cycles holding Qt objects die on this thread
    # the seat and its role beside the file, at the label's right end: a squeezed label keeps them in sight
    role = translate("App", _ROLE_WORDS[opts.role]) if opts.role in _ROLE_WORDS else opts.role
    window = MainWindow(opts.plan, session.latest, settings=_settings(opts.offscreen),
                        session_label=translate("App", "{path} · {role} seat: {seat}").format(
                            path=path, role=role, seat=seat))
    window.confirm_close = not opts.offscreen and opts.duration_s is None  # nobody to answer a headless question
    if opts.offscreen:
        window.resize(*HEADLESS_SIZE)  # the offscreen "screen" is small; show what a desk screen shows
    attach_action_docks(window, session.desk, session.advice)  # lays the docks out for the window's size
    runner = offer_report(window, path, opts)
    start_after_first_paint(app, window, session.start)
    window.show()
    freeze_startup_objects()
    print("live-console: " + translate("App", "recording to {path}").format(path=path), flush=True)

    failures: list[str] = []

    def finish() -> None:
        try:
            if opts.screenshot is not None:
                save_screenshot(window, opts.screenshot)
        except OSError as exc:
            failures.append(translate("App", "cannot save the screenshot {path}: {error}").format(
                path=opts.screenshot, error=exc))
        finally:  # whatever happened to the picture, the console still closes cleanly
            window.close_now()
            app.quit()

    try:
        run_qt(app, finish, opts.duration_s, stop)
    finally:
        runner.wait()
        session.close()
    recorder = session.recorder
    assert recorder is not None  # a session opened with a path records
    if recorder.storage_error or recorder.stats.pending_rows:
        rows = recorder.stats.pending_rows  # a plain name: lupdate skips a count written `a.b`
        failures.append(translate("App", "{what}: %n rows could not be written", None, PLURAL, rows)
                        .format(what=recorder.storage_error or translate("App", "the session file")))
    if session.ingest.last_seq == seq_at_start and not feed_news.live_over:  # no event: say so, leave no empty file
        removed = created and remove_if_unused(path)
        if removed:
            with contextlib.suppress(OSError):  # the report folder made beside it, if still empty
                runner.out_dir.rmdir()
        failures.append((translate("App", "{problem}; removed the empty session file {path}") if removed
                         else translate("App", "{problem}; the session file {path} is kept")).format(
            problem=feed_news.no_events(), path=path))
    if opts.add_to_library and feed_news.live_over and path.exists():
        # every finished live enters the library, as the file finally is (closed: its last checkpoint and end
        # time written); a failure is said, and is no failure of the live
        added, words = runner.add_now()
        print(f"live-console: {words}", file=sys.stdout if added else sys.stderr, flush=True)
    for failure in failures:
        print(f"live-console: {failure}", file=sys.stderr)
    return 1 if failures else 0


class FeedReporter:
    """Tells the terminal which feed failed and why: once per new problem, and once when it comes back.

    Called on the pipeline thread after each publish (10 Hz); prints only when the state's reason changes, so a
    console retrying for an hour writes one line, not thousands. The URL is shown without user info or query.
    """

    def __init__(self, feed_url: str, out: Any = None) -> None:
        self.feed_url = feed_url
        self._out = out
        self._said: tuple[str, str] | None = None
        self.last_problem = ""
        self.live_over = False  # the feed said the live has ended: a resumed console may have nothing new to get

    def update(self, health: FeedHealth) -> None:
        self.live_over = self.live_over or health.state == FeedState.ENDED
        if health.state in (FeedState.RECONNECTING, FeedState.STOPPED) and health.reason:
            said = (health.state.value, health.reason)
            line = "live-console: " + (
                translate("App", "feed {url}: {reason}; retrying") if health.state == FeedState.RECONNECTING
                else translate("App", "feed {url}: {reason}; not retrying")).format(url=self.feed_url,
                                                                                    reason=health.reason)
            self.last_problem = health.reason
        elif health.state == FeedState.LIVE and self._said is not None and self._said[0] != "live":
            said = ("live", "")
            line = "live-console: " + translate("App", "feed {url}: connected").format(url=self.feed_url)
        else:
            return
        if said != self._said:
            self._said = said
            print(line, file=self._out or sys.stderr, flush=True)

    def no_events(self) -> str:
        if self.last_problem:
            return translate("App", "no event came from the feed {url} ({problem})").format(
                url=self.feed_url, problem=self.last_problem)
        return translate("App", "no event came from the feed {url}").format(url=self.feed_url)


def start_after_first_paint(app: Any, window: Any, start: Callable[[], None], fallback_ms: int = 1000) -> None:
    """Start the live session once the window is on screen: just after the first paint event of any widget, or
    after `fallback_ms` if none comes (a minimized window). Started before the window was built, the feed's
    catch-up (a console opened mid-live decodes and applies every event so far on the pipeline thread) and the
    earlier lives' reading shared the GIL with the GUI thread building the window, and the first frame came later
    (docs/performance.md). The window says "waiting for the first events" for the few ms in between."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class AfterFirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__(window)  # lives as long as the window
            self.started = False
            app.installEventFilter(self)
            QTimer.singleShot(fallback_ms, self.run)

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and not self.started:
                QTimer.singleShot(0, self.run)  # after the paint: the frame is on screen first
            return False

        def run(self) -> None:
            if self.started:
                return
            self.started = True
            app.removeEventFilter(self)
            start()

    AfterFirstPaint()


def freeze_startup_objects() -> None:
    """Move everything built so far (Qt wrappers, pyqtgraph items, modules: ~80k objects) out of the GC's reach.

    A full collection walks every tracked object with the GIL held, whichever thread triggers it; under a 10k ev/s
    feed the pipeline thread set one off every few seconds and the window froze for it (131 ms measured). These
    objects live as long as the window, so scanning them never frees anything; later objects are collected as usual.
    """
    gc.freeze()


def screenshot_and_close(window: Any, app: Any, screenshot: Path | None, failures: list[str]) -> Callable[[], None]:
    """The end of a headless or timed run of a window: its screenshot if asked (a failure said in `failures`, never
    raised out of Qt's loop), then close it and quit."""

    def finish() -> None:
        try:
            if screenshot is not None:
                save_screenshot(window, screenshot)
        except OSError as exc:
            failures.append(translate("App", "cannot save the screenshot {path}: {error}").format(
                path=screenshot, error=exc))
        finally:
            window.close()
            app.quit()

    return finish


def save_screenshot(window: Any, path: Path) -> None:
    """The whole window, every panel drawn at the same moment. Raises OSError when the file cannot be written."""
    window.settle()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        if path.suffix:
            raise OSError(translate("App", "Qt could not write a picture there (is {suffix} an image type?)").format(
                suffix=path.suffix))
        raise OSError(translate("App", "Qt could not write a picture there (is no suffix an image type?)"))


def _settings(offscreen: bool) -> Any:
    """Headless runs keep their layout to themselves: they must not resize the operator's real window."""
    from PySide6.QtCore import QSettings

    if not offscreen:
        return None
    return QSettings(str(Path(tempfile.gettempdir()) / "live-console-headless.ini"), QSettings.Format.IniFormat)


def quiet_offscreen_noise() -> None:
    """The offscreen platform warns about window hints it cannot honour; to an operator that reads as an error."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(_kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def attach_action_docks(window: object, desk: object, advice: object = None) -> None:
    """The action pad and action log, added to the window (they talk to the desk through ActionPort only), and the
    Advice dock when the advisor runs (its remedies go through the pad)."""
    from console.widgets.action_log import ActionLogDock
    from console.widgets.action_pad import ActionPadDock
    from console.widgets.advice_dock import AdviceDock

    add = getattr(window, "add_action_docks", None)
    if add is None:
        return
    pad = ActionPadDock(desk) if desk is not None else None  # type: ignore[arg-type]  # the ActionPort protocol
    add(pad, ActionLogDock(desk))  # type: ignore[arg-type]
    add_advice = getattr(window, "add_advice_dock", None)
    if advice is not None and add_advice is not None:
        add_advice(AdviceDock(advice, pad.press_target if pad is not None else None))  # type: ignore[arg-type]


def run_replay(path: Path, *, offscreen: bool, at: str | None, speed: float, play: bool,
               duration_s: float | None, screenshot: Path | None) -> int:
    """The recorded live in the same window, on a replay clock; actions are off, the file is read-only."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        quiet_offscreen_noise()
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtCore import QSettings, QTimer

    from console.services.replay.pipeline import ReplayPipeline
    from console.session.file import SessionFileError
    from console.session.tables import recorded_plan
    from console.widgets import theme
    from console.widgets.gui_gc import GuiGarbageCollector
    try:
        plan = recorded_plan(path)  # one small row: the window needs the catalogue before the events load
    except SessionFileError as exc:
        print(f"live-console: {exc}", file=sys.stderr)
        return 2
    app = _qt_application()
    theme.apply_to_app(app)
    GuiGarbageCollector(app)  # before any other thread runs: cycles holding Qt objects die on this thread
    replay = ReplayPipeline(path, start_at=at, playing=play, speed=speed)
    replay.author = getpass.getuser()
    replay.start()
    settings = _settings(offscreen) or QSettings("live-console", "live-console-replay")
    window = replay_window(replay, plan, settings, translate("App", "{path} (replay, read-only)").format(path=path))
    if offscreen:
        window.resize(*HEADLESS_SIZE)
    runner = report_tab(window, path, offscreen)
    window.show()
    freeze_startup_objects()
    QTimer.singleShot(0, runner.run)  # the report tab fills itself while the producer starts watching

    failures: list[str] = []

    def finish() -> None:
        if not replay.ready.is_set():  # the screenshot must show the requested moment, not the loading screen
            QTimer.singleShot(100, finish)
            return
        try:
            if screenshot is not None:
                save_screenshot(window, screenshot)
        except OSError as exc:
            failures.append(translate("App", "cannot save the screenshot {path}: {error}").format(
                path=screenshot, error=exc))
        finally:
            window.close()
            app.quit()

    try:
        run_qt(app, finish, duration_s)
    finally:
        runner.wait()
        replay.stop()
    if replay.error is not None:
        print(f"live-console: {replay.error}", file=sys.stderr)
        return 2
    for failure in failures:
        print(f"live-console: {failure}", file=sys.stderr)
    return 1 if failures else 0


def replay_window(replay: Any, plan: Plan | None, settings: Any, label: str) -> Any:
    """The main window on a replay: the timeline, the action log read-only, charts that follow the replay clock."""
    from console.services.replay.advice import RecordedAdvice
    from console.widgets.action_log import ActionLogDock
    from console.widgets.advice_dock import AdviceDock
    from console.widgets.main_window import MainWindow
    from console.widgets.timeline import TimelineBar

    window = MainWindow(plan, replay.latest, settings=settings, session_label=label)
    window.add_timeline(TimelineBar(replay))
    # the recorded intents up to the replay clock, failed ones included (ReplayBook); no pad: actions are off
    window.add_action_docks(None, ActionLogDock(replay))
    window.add_advice_dock(AdviceDock(RecordedAdvice(replay, plan), None))  # as the operator saw it then
    # Live time jumps in a replay: a seek while paused publishes one snapshot, and a chart that rescales at most once
    # a second would keep the range of the moment before (minutes 0-10 after a jump to 14:57). Ranges only change
    # when a step is passed, so rescaling on every new snapshot costs nothing.
    window.audience.rescale_every_s = 0.0
    return window


@dataclass(frozen=True, slots=True)
class HostOptions:
    feed_url: str
    token: str = field(repr=False)  # never printed with the options
    plan: Plan
    offscreen: bool = False
    duration_s: float | None = None
    screenshot: Path | None = None
    tls: ssl.SSLContext | None = None


def run_host(opts: HostOptions) -> int:
    """The host view (docs/host.md) on the feed until closed (or `duration_s` passes): the live session with no
    session file and no action desk, the advisor in memory (nothing written); it reads, it never fires."""
    if opts.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_API", "pyside6")
    from console.services.live_session import open_live_session  # services before Qt, as in run_console
    from console.session.file import without_secrets

    feed_news = FeedReporter(without_secrets(opts.feed_url))
    session = open_live_session(opts.feed_url, opts.token, opts.plan, tls=opts.tls,
                                on_publish=[lambda _snap, health: feed_news.update(health)])

    from console.widgets import theme
    from console.widgets.gui_gc import GuiGarbageCollector
    from console.widgets.host_view import HostView

    if opts.offscreen:
        quiet_offscreen_noise()
    app = _qt_application()
    app.setApplicationName("live-console")
    theme.apply_to_app(app)
    GuiGarbageCollector(app)  # before any other thread runs, as in run_console
    stop = StopSignals()
    session.start()
    view = HostView(opts.plan, session.latest, session.advice.board if session.advice is not None else None)
    if opts.offscreen:
        view.resize(*HEADLESS_SIZE)
        view.show()
    else:  # a screen beside the camera shows nothing else: the whole of it, whatever the window manager does
        screen = app.primaryScreen()
        if screen is not None:
            view.setGeometry(screen.availableGeometry())
        view.showMaximized()
    freeze_startup_objects()
    failures: list[str] = []
    finish = screenshot_and_close(view, app, opts.screenshot, failures)

    try:
        run_qt(app, finish, opts.duration_s, stop)
    finally:
        session.close()
    for failure in failures:
        print(f"live-console: {failure}", file=sys.stderr)
    return 1 if failures else 0


@dataclass(frozen=True, slots=True)
class WallOptions:
    address: BusAddress
    credentials: BusCredentials  # repr shows which kind, never the secret
    sessions: Path  # the wall's own session file of each live
    seat: str  # the name of the consoles opened from the wall
    token_file: Path | None = None  # handed to those consoles (else they read the environment)
    offscreen: bool = False
    duration_s: float | None = None
    screenshot: Path | None = None


def run_wall(opts: WallOptions) -> int:
    """The studio wall (docs/wall.md) until closed (or `duration_s` passes): every live on the bus followed on
    threads of their own, drawn on a 100 ms timer; a click opens a console, a finished live's button its report."""
    if opts.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_API", "pyside6")
    from console.services.wall_lives import WallLives  # services before Qt, as in run_console
    from console.services.wall_open import ConsoleOpener

    lives = WallLives(opts.address, opts.credentials, opts.sessions)
    opener = ConsoleOpener(opts.sessions, opts.seat, opts.token_file)

    from console.services.wall import Wall
    from console.widgets import theme
    from console.widgets.gui_gc import GuiGarbageCollector
    from console.widgets.wall import WallWindow

    if opts.offscreen:
        quiet_offscreen_noise()
    app = _qt_application()
    app.setApplicationName("live-console")
    theme.apply_to_app(app)
    GuiGarbageCollector(app)  # before any other thread runs, as in run_console
    stop = StopSignals()  # Ctrl-C and SIGTERM close every live's session file cleanly
    lives.start()
    wall = Wall(lives, opener, parent=app)
    window = WallWindow(wall.board)
    window.open_requested.connect(wall.open_console)
    window.report_requested.connect(wall.write_report)

    def report_done(live_id: str, path: str, error: str) -> None:
        if path:
            _open_in_browser(path, opts.offscreen)
        else:
            print("live-console wall: " + translate("App", "the report of {live} could not be written: {error}")
                  .format(live=live_id, error=error), file=sys.stderr)

    wall.report_done.connect(report_done)
    if opts.offscreen:
        window.resize(*HEADLESS_SIZE)
    window.show()
    freeze_startup_objects()
    print("live-console wall: " + translate("App", "watching the bus at {where}; recording to {sessions}").format(
        where=opts.address.where(), sessions=opts.sessions), flush=True)
    failures: list[str] = []
    finish = screenshot_and_close(window, app, opts.screenshot, failures)

    try:
        run_qt(app, finish, opts.duration_s, stop)
    finally:
        wall.wait_reports()
        lives.stop()
    for failure in failures:
        print(f"live-console wall: {failure}", file=sys.stderr)
    return 1 if failures else 0


def _open_in_browser(path: str, offscreen: bool) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    if offscreen:  # nobody to show it to: say where it is
        print("live-console: " + translate("App", "report written to {path}").format(path=path), flush=True)
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def offer_report(window: Any, session: Path, opts: ConsoleOptions) -> Any:
    """Live console: when asked (the 'live has ended' button, Ctrl+R), write the report and open it; then add the
    live to the library of lives (opts.add_to_library)."""
    from console.services.report_runner import ReportRunner

    offscreen = opts.offscreen
    runner = ReportRunner(session, window, add_to_library=opts.add_to_library, library=opts.library)
    window.report_requested.connect(runner.run)
    runner.started.connect(lambda: window.statusBar().showMessage(translate("App", "Writing the post-live report…")))

    def done(path: str, error: str) -> None:
        window.statusBar().showMessage(error or translate("App", "Report: {p}").format(p=path), 15_000)
        if path:
            _open_in_browser(path, offscreen)

    def added(words: str) -> None:  # beside the report's own message, which the operator may not have read yet
        shown = window.statusBar().currentMessage()
        window.statusBar().showMessage(f"{shown} · {words}" if shown else words, 15_000)

    runner.finished.connect(done)
    runner.library_done.connect(added)
    return runner


def report_tab(window: Any, session: Path, offscreen: bool) -> Any:
    """Replay: the same report in a tab of the window, written in the background."""
    from console.services.report_runner import ReportRunner
    from console.widgets.report_view import ReportView

    view = ReportView()
    window.add_report_tab(view)
    runner = ReportRunner(session, window)
    view.regenerate_requested.connect(runner.run)
    view.open_requested.connect(lambda p: _open_in_browser(p, offscreen))
    window.report_requested.connect(runner.run)
    runner.started.connect(view.writing)
    runner.finished.connect(view.show_report)
    window.report_view = view
    return runner


class StopSignals:
    """Ctrl-C (SIGINT) and SIGTERM as a request to close cleanly, caught from the moment the session file opens.

    SIGTERM (a service manager, `kill`, a logout) closes exactly as Ctrl-C does: final checkpoint, end time, the
    write-ahead log folded into the file. Its default action would end the process on the spot and leave the
    session file unfinished. A signal that comes before the Qt loop runs is kept and acted on as the loop starts.
    """

    def __init__(self) -> None:
        self.requested = False
        self._finish: Any = None
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, self._on_signal)

    def _on_signal(self, *_: object) -> None:
        self.requested = True
        if self._finish is not None:
            self._finish()

    def connect(self, finish: Any) -> None:
        from PySide6.QtCore import QTimer

        self._finish = finish
        if self.requested:
            QTimer.singleShot(0, finish)


def run_qt(app: Any, finish: Any, duration_s: float | None, stop: StopSignals | None = None) -> None:
    """Run the Qt loop until `finish` quits it: after `duration_s` (headless runs), or on Ctrl-C or SIGTERM."""
    from PySide6.QtCore import QTimer

    if duration_s is not None:
        QTimer.singleShot(int(duration_s * 1000), finish)
    (stop or StopSignals()).connect(finish)
    wake = QTimer()  # lets Python see the signal while Qt's loop runs
    wake.start(250)
    wake.timeout.connect(lambda: None)
    app.exec()
