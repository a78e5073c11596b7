"""The studio wall's service (docs/wall.md): what the wall window draws at each redraw, and what its clicks do.

`board()` runs on the GUI thread on the window's 10 Hz timer: per live it reads the session's latest snapshot and
advice (reference reads, no lock) and turns them into tile texts (console/present/wall_order.py). Nothing here
waits: the lives are found and followed on their own threads (wall_lives.py), a console opens in a process of its
own (wall_open.py), a report is written in one too (report_runner.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from console.i18n import translate
from console.present.wall_order import (
    FinishedView,
    LiveReading,
    TileView,
    Tone,
    WallBoard,
    finished_view,
    tile_view,
)
from console.services.report_runner import ReportRunner
from console.services.wall_lives import LiveCard, WallLives
from console.services.wall_open import ConsoleOpener


class Wall(QObject):
    """The wall's lives (`lives`), its console opener and the reports of the lives that ended.

    `report_done` carries (live id, report.html path or "", error or ""): the window opens the report."""

    report_done = Signal(str, str, str)

    def __init__(self, lives: WallLives, opener: ConsoleOpener, parent: QObject | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self.lives, self.opener, self._clock = lives, opener, clock
        self._reports: dict[str, ReportRunner] = {}
        self._report_notes: dict[str, tuple[str, Tone]] = {}  # live id -> (words, tone)

    # ------------------------------------------------------------------ the window's timer
    def board(self) -> WallBoard:
        now = self._clock()
        on_air: list[TileView] = []
        finished: list[FinishedView] = []
        for card in self.lives.cards():
            reading = self._reading(card)
            if card.finished:
                words, tone = self._report_notes.get(card.live_id, ("", "muted"))
                finished.append(finished_view(reading, card.ended_at, words, tone,
                                              report_ready=card.session_path is not None))
            else:
                on_air.append(tile_view(reading, now))
        finished.sort(key=lambda f: -f.ended_at)
        bus, ok, _since = self.lives.status()
        return WallBoard(tuple(on_air), tuple(finished), bus, ok)

    def _reading(self, card: LiveCard) -> LiveReading:
        snap, health = card.latest()
        note: str = ""
        tone: Tone = "muted"
        opened = self.opener.note(card.live_id)
        if opened is not None:
            note, tone = opened
        elif card.problem:
            note, tone = card.problem, "bad"
        elif card.plan_problem:
            note = card.plan_problem
        return LiveReading(card.live_id, card.title, card.currency, snap, health, card.board(),
                           has_plan=card.plan is not None, note=note, note_tone=tone)

    def _card(self, live_id: str) -> LiveCard | None:
        return next((c for c in self.lives.cards() if c.live_id == live_id), None)

    # ------------------------------------------------------------------ the window's clicks
    def open_console(self, live_id: str) -> bool:
        """Open the live's console (a producer's seat) in a process of its own; False when it is not on the wall or
        was opened a moment ago."""
        card = self._card(live_id)
        if card is None or card.finished:
            return False
        return self.opener.open(live_id, card.feed_url)

    def write_report(self, live_id: str) -> bool:
        """Write the post-live report from the wall's own session file of a live that ended; `report_done` says
        where it is. False when there is no such live or its report is being written."""
        card = self._card(live_id)
        if card is None or not card.finished or card.session_path is None:
            return False
        runner = self._reports.get(live_id)
        if runner is None:
            runner = self._reports[live_id] = self._runner(live_id, card.session_path)
        if runner.running:
            return False
        self._report_notes[live_id] = (translate("WallStatus", "writing the report…"), "muted")
        runner.run()
        return True

    def _runner(self, live_id: str, session: Path) -> ReportRunner:
        runner = ReportRunner(session, self)

        def done(path: str, error: str) -> None:
            self._report_notes[live_id] = ((translate("WallStatus", "report opened"), "good") if path else (
                translate("WallStatus", "report failed: {error}").format(error=error), "bad"))
            self.report_done.emit(live_id, path, error)

        runner.finished.connect(done)
        return runner

    def wait_reports(self, msecs: int = 60_000) -> None:
        """At shutdown (and in tests): the reports being written, finished."""
        for runner in self._reports.values():
            runner.wait(msecs)
