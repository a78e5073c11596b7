"""Writes the post-live report in a separate process (`live-console report`), so the window never waits; then adds the
live to the library of lives (`live-console library add`, docs/library.md), also in a process of its own.

The add follows the report rather than running beside it: the report is what the operator is waiting for, and the
two would share the desk laptop's cores. A failed add is said (`library_done`, a sentence) and never stops anything:
the session file is untouched and `live-console library add` can be run by hand later.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal

from console.i18n import translate
from console.present import numbers


def report_dir(session: Path) -> Path:
    """Beside the session file when that folder is writable, else in the temporary folder."""
    beside = session.with_name(session.name + ".report")
    try:
        beside.mkdir(exist_ok=True)
    except OSError:
        return Path(tempfile.gettempdir()) / f"live-console-{session.stem}.report"
    return beside


def library_words(code: int, stdout: str, stderr: str) -> str:
    """What `live-console library add` said, as one sentence for the status bar or the terminal."""
    said = [" ".join(line.split()) for line in (stdout if code == 0 else stderr).splitlines() if line.strip()]
    if code == 0 and said:
        return translate("ReportRunner", "Library of lives: {said}").format(said=said[-1])
    reason = (said[-1].removeprefix("live-console library add: ") if said
              else translate("ReportRunner", "exit {code}").format(code=code))
    return translate("ReportRunner", "Not added to the library of lives: {reason}").format(reason=reason)


class ReportRunner(QObject):
    """One report at a time for one session file; `finished` carries (report.html path or "", error or "").

    With `add_to_library`, each report is followed by adding the live to the library (`library`, or the default
    one when None); `library_done` carries what became of it, in words."""

    finished = Signal(str, str)
    started = Signal()
    library_done = Signal(str)

    def __init__(self, session: Path, parent: QObject, *, add_to_library: bool = False,
                 library: Path | None = None) -> None:
        # A parent is required: Qt must delete the runner (and its QProcess) with its window, never Python's
        # collector at an arbitrary moment (that crashed the process while a finished signal was in flight).
        super().__init__(parent)
        self.session = session
        self.out_dir = report_dir(session)
        self.add_to_library = add_to_library
        self.library = library
        self._proc: QProcess | None = None
        self._adding: QProcess | None = None

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
            self.finished.emit("", err[-1] if err else translate(
                "ReportRunner", "the report could not be written (exit {code})").format(code=code))
        proc.deleteLater()
        if self.add_to_library:
            self._start_add()

    def _add_process(self) -> QProcess:
        proc = QProcess(self)
        proc.setProgram(sys.executable)
        args = ["-m", "console", "library", "add", str(self.session)]
        proc.setArguments(args + (["--library", str(self.library)] if self.library is not None else []))
        return proc

    def _start_add(self) -> None:
        if self._adding is not None:
            return  # one add at a time: the one running reads the file as it is now
        proc = self._add_process()
        proc.finished.connect(self._added)
        proc.errorOccurred.connect(lambda _err: self._added(-1, QProcess.ExitStatus.CrashExit))
        self._adding = proc
        proc.start()

    def _added(self, code: int, _status: QProcess.ExitStatus) -> None:
        proc, self._adding = self._adding, None
        if proc is None:
            return
        self.library_done.emit(_words(proc, code))
        proc.deleteLater()

    def add_now(self, msecs: int = 300_000) -> tuple[bool, str]:
        """At shutdown, once the session file is closed: add the live as it finally is, waiting for it (the Qt
        loop has stopped); returns whether it went in and what became of it, in words. Never raises."""
        if self._adding is not None:
            self._adding.waitForFinished(msecs)  # an add of the file as it was; this one reads the final file
        proc = self._add_process()
        proc.start()
        if not proc.waitForFinished(msecs):
            proc.kill()
            proc.waitForFinished(5_000)
            return False, translate("ReportRunner", "Not added to the library of lives: {reason}").format(
                reason=translate("ReportRunner", "still adding after {seconds} s, stopped").format(
                    seconds=numbers.integer(msecs // 1000)))
        code = proc.exitCode() if proc.exitStatus() == QProcess.ExitStatus.NormalExit else -1
        return code == 0, _words(proc, code)

    def wait(self, msecs: int = 60_000) -> bool:
        """For tests and shutdown only: block until the report process (and a library add after it) ends."""
        done = self._proc.waitForFinished(msecs) if self._proc is not None else True
        return (self._adding.waitForFinished(msecs) if self._adding is not None else True) and done


def _words(proc: QProcess, code: int) -> str:
    out = bytes(proc.readAllStandardOutput().data()).decode(errors="replace")
    err = bytes(proc.readAllStandardError().data()).decode(errors="replace")
    return library_words(code, out, err)
