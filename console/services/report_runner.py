"""Writes the post-live report in a separate process (`live-console report`), so the window never waits."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal


def report_dir(session: Path) -> Path:
    """Beside the session file when that folder is writable, else in the temporary folder."""
    beside = session.with_name(session.name + ".report")
    try:
        beside.mkdir(exist_ok=True)
    except OSError:
        return Path(tempfile.gettempdir()) / f"live-console-{session.stem}.report"
    return beside


class ReportRunner(QObject):
    """One report at a time for one session file; `finished` carries (report.html path or "", error or "")."""

    finished = Signal(str, str)
    started = Signal()

    def __init__(self, session: Path, parent: QObject) -> None:
        # A parent is required: Qt must delete the runner (and its QProcess) with its window, never Python's
        # collector at an arbitrary moment (that crashed the process while a finished signal was in flight).
        super().__init__(parent)
        self.session = session
        self.out_dir = report_dir(session)
        self._proc: QProcess | None = None

    @property
    def running(self) -> bool:
        return self._proc is not None

    def run(self) -> None:
        if self._proc is not None:
            return  # a second click while it is being written is the same request
        proc = QProcess(self)
        proc.setProgram(sys.executable)
        proc.setArguments(["-m", "console", "report", str(self.session), "--out", str(self.out_dir)])
        proc.finished.connect(self._done)
        proc.errorOccurred.connect(lambda _err: self._done(-1, QProcess.ExitStatus.CrashExit))
        self._proc = proc
        proc.start()
        self.started.emit()

    def _done(self, code: int, _status: QProcess.ExitStatus) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        html = self.out_dir / "report.html"
        if code == 0 and html.exists():
            self.finished.emit(str(html), "")
        else:
            err = bytes(proc.readAllStandardError().data()).decode(errors="replace").strip().splitlines()
            self.finished.emit("", err[-1] if err else f"the report could not be written (exit {code})")
        proc.deleteLater()

    def wait(self, msecs: int = 60_000) -> bool:
        """For tests and shutdown only: block until the report process ends."""
        return self._proc.waitForFinished(msecs) if self._proc is not None else True
