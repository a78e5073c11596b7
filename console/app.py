"""Composition root: wires the simulator (demo), the live pipeline and the main window, and runs the Qt loop.

The only module that knows every layer. Widgets get a `poll()` callable and a plan; services get URLs and a token.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from console.plan import Plan
from console.services.simulator import bind

TOKEN_ENV = "LIVE_CONSOLE_TOKEN"


@dataclass(frozen=True, slots=True)
class ConsoleOptions:
    feed_url: str
    api_url: str
    token: str
    plan: Plan | None
    offscreen: bool = False
    duration_s: float | None = None
    screenshot: Path | None = None
    session_label: str = ""


class DemoSimulator:
    """The studio simulator as a child process on a free loopback port, bound here so nothing has to wait."""

    def __init__(self, plan_path: Path, seed: int, speed: float) -> None:
        self.token = secrets.token_urlsafe(24)
        sock = bind("127.0.0.1", 0)
        self.port = sock.getsockname()[1]
        env = {**os.environ, TOKEN_ENV: self.token}  # the token travels in the environment, never in argv
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "console", "simulate", "--fd", str(sock.fileno()), "--plan", str(plan_path),
             "--seed", str(seed), "--speed", f"{speed:g}"],
            env=env, pass_fds=(sock.fileno(),), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        sock.close()  # the child holds the listening socket now; connections queue in its backlog meanwhile

    @property
    def feed_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/v1/events"

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stderr is not None:
            self.proc.stderr.close()


def run_console(opts: ConsoleOptions) -> int:
    """Open the window on the feed and run until closed (or `duration_s` passes). Returns the exit code."""
    if opts.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from console.services.pipeline import LivePipeline
    from console.widgets.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("live-console")
    app.setOrganizationName("live-console")
    pipeline = LivePipeline(opts.feed_url, opts.token, opts.plan)
    pipeline.start()
    window = MainWindow(opts.plan, pipeline.latest, session_label=opts.session_label)
    window.show()

    def finish() -> None:
        if opts.screenshot is not None:
            window.refresh()
            opts.screenshot.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(opts.screenshot))
        window.close()
        app.quit()

    if opts.duration_s is not None:
        QTimer.singleShot(int(opts.duration_s * 1000), finish)
    # Ctrl-C in the terminal closes the window cleanly; the timer lets Python see the signal while Qt runs.
    signal.signal(signal.SIGINT, lambda *_: finish())
    wake = QTimer()
    wake.start(250)
    wake.timeout.connect(lambda: None)
    try:
        app.exec()
    finally:
        pipeline.stop()
    return 0
