"""A click on a wall tile opens that live's console in a process of its own (docs/wall.md).

`live-console live --feed nats://HOST:PORT/LIVE_ID --role producer --operator SEAT [--token-file F]`: a producer's
seat (the same window, read-only: whoever fires actions sits at an operator console of the live), named after the
wall's seat; it reads the live's plan and actions API from the bus's registry itself. The console is its own window
and lives on when the wall closes (a session of its own). The tile says "opening…" for a few seconds and then
nothing more; a console that exits at once (no token, the live gone) is a failure to open, and its last words go on
the tile instead.

The feed token and the bus credentials travel in the environment the console inherits (or the --token-file the wall
was given), never on its argv.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal, Protocol

from console.i18n import translate
from console.session.file import file_safe

OPENING_SHOWN_S: Final = 8.0  # "opening…" on the tile; a second click meanwhile opens nothing more
FAILED_SHOWN_S: Final = 60.0  # "could not open: …" stays this long
WATCH_S: Final = 20.0  # a console that exits within this after its start did not open

Tone = Literal["muted", "bad"]


class Started(Protocol):
    """A started process, as much of it as the opener needs (subprocess.Popen is one)."""

    def wait(self, timeout: float | None = None) -> int: ...


Launch = Callable[[list[str], Path], Started]


def console_argv(feed_url: str, seat: str, token_file: Path | None = None, python: str = sys.executable) -> list[str]:
    """The command line of a live's console opened from the wall."""
    argv = [python, "-m", "console", "live", "--feed", feed_url, "--role", "producer"]
    if seat:
        argv += ["--operator", seat]
    if token_file is not None:
        argv += ["--token-file", str(token_file)]
    return argv


def start_process(argv: list[str], log: Path) -> Started:
    """The console as a process of its own session: a Ctrl-C in the wall's terminal, or the wall closing, leaves it
    running. Its output goes to `log` (read back when it fails to open)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        return subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)


@dataclass(frozen=True, slots=True)
class _Note:
    text: str
    tone: Tone
    until: float


class ConsoleOpener:
    """Opens consoles for the wall. `open()` is called on the GUI thread and returns at once: the process is started
    and watched on a thread of its own; `note()` is what the tile says meanwhile. `folder` holds each console's
    output (consoles/LIVE_ID.log)."""

    def __init__(self, folder: Path, seat: str, token_file: Path | None = None, *, launch: Launch = start_process,
                 clock: Callable[[], float] = time.time) -> None:
        self.folder, self.seat, self.token_file = folder, seat, token_file
        self._launch, self._clock = launch, clock
        self._notes: dict[str, _Note] = {}  # replaced whole per key by either thread: a dict item set is atomic
        self.launched: list[list[str]] = []  # every argv started, in order (the tests read it)

    def note(self, live_id: str) -> tuple[str, Tone] | None:
        note = self._notes.get(live_id)
        return (note.text, note.tone) if note is not None and self._clock() < note.until else None

    def open(self, live_id: str, feed_url: str) -> bool:
        """Open the live's console; False when one was opened from here a moment ago (a double click)."""
        now = self._clock()
        shown = self._notes.get(live_id)
        if shown is not None and shown.tone == "muted" and now < shown.until:
            return False
        self._notes[live_id] = _Note(translate("WallStatus", "opening…"), "muted", now + OPENING_SHOWN_S)
        threading.Thread(target=self._start, args=(live_id, feed_url), name=f"open-{live_id}", daemon=True).start()
        return True

    def _start(self, live_id: str, feed_url: str) -> None:
        log = self.folder / "consoles" / f"{file_safe(live_id)}.log"
        try:
            argv = console_argv(feed_url, self.seat, self.token_file)
            self.launched.append(argv)
            proc = self._launch(argv, log)
        except OSError as exc:
            self._failed(live_id, translate("WallStatus", "could not open its console: {why}").format(
                why=exc.strerror or exc))
            return
        try:
            code = proc.wait(WATCH_S)
        except subprocess.TimeoutExpired:
            return  # still running: it opened (the console is its own window from here on)
        if code != 0:
            why = _last_words(log) or translate("WallStatus", "exit {code}").format(code=code)
            self._failed(live_id, translate("WallStatus", "could not open its console: {why}").format(why=why))

    def _failed(self, live_id: str, text: str) -> None:
        self._notes[live_id] = _Note(text, "bad", self._clock() + FAILED_SHOWN_S)


def _last_words(log: Path) -> str:
    """The console's last line of output, without its 'live-console: ' prefix."""
    with contextlib.suppress(OSError):
        lines = [line.strip() for line in log.read_text(errors="replace").splitlines() if line.strip()]
        if lines:
            return lines[-1].removeprefix("live-console: ")
    return ""
