"""The status bar: feed health (state, rate, lag, seq, rejects, gaps), the live's clock and the session file."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from console.i18n import translate
from console.kpi.snapshot import KpiSnapshot
from console.live.health import CATCHING_UP_LAG_S, DataState, DataView, FeedHealth, FeedState
from console.present import fmt, numbers
from console.widgets.fit_label import set_steady_text
from console.widgets.theme import set_tone

_TONES = {FeedState.LIVE: "good", FeedState.CONNECTING: "warn", FeedState.RECONNECTING: "bad",
          FeedState.STALE: "warn", FeedState.STOPPED: "bad", FeedState.ENDED: "muted",
          FeedState.REPLAY: "warn"}


def age_text(seconds: float | None) -> str:
    """How old the numbers are: '8 s', '12 min', '1 h 05 min'; '?' when unknown."""
    if seconds is None:
        return "?"
    s = max(0, int(seconds))
    if s < 120:
        return translate("ConsoleStatusBar", "{n} s").format(n=s)
    if s < 3600:
        return translate("ConsoleStatusBar", "{n} min").format(n=s // 60)
    return translate("ConsoleStatusBar", "{h} h {m} min").format(h=s // 3600, m=f"{s % 3600 // 60:02d}")


def data_line(view: DataView) -> str:
    """The label over dimmed panels: 'STALE · numbers 9 s old', 'CATCHING UP · numbers 3 min old'."""
    match view.state:
        case DataState.STALE:
            return translate("ConsoleStatusBar", "STALE · numbers {age} old").format(age=age_text(view.age_s))
        case DataState.CATCHING_UP:
            return translate("ConsoleStatusBar", "CATCHING UP · numbers {age} old").format(age=age_text(view.age_s))
        case _:
            return ""


def state_line(health: FeedHealth, wall_now: float, view: DataView | None = None) -> str:
    """'● LIVE', '● RECONNECTING 12 s', '● STALE 8 s', '● STOPPED: <reason>', '● ENDED', '● CONNECTING',
    '● CATCHING UP · numbers 20 s old', '● RESUMING · numbers 3 min old'."""
    held = max(0, int(wall_now - health.since)) if health.since else 0
    if view is not None and view.state == DataState.CATCHING_UP:
        if health.state == FeedState.CONNECTING:
            return translate("ConsoleStatusBar", "● RESUMING · numbers {age} old").format(age=age_text(view.age_s))
        return translate("ConsoleStatusBar", "● CATCHING UP · numbers {age} old").format(age=age_text(view.age_s))
    match health.state:
        case FeedState.LIVE:
            return translate("ConsoleStatusBar", "● LIVE")
        case FeedState.RECONNECTING:
            return translate("ConsoleStatusBar", "● RECONNECTING {s} s").format(s=held)
        case FeedState.STALE:
            return translate("ConsoleStatusBar", "● STALE {s} s").format(s=held)
        case FeedState.STOPPED:
            return translate("ConsoleStatusBar", "● STOPPED: {reason}").format(
                reason=health.reason or translate("ConsoleStatusBar", "no reason given"))
        case FeedState.ENDED:
            return translate("ConsoleStatusBar", "● ENDED")
        case FeedState.REPLAY:
            return translate("ConsoleStatusBar", "● REPLAY {how}").format(how=health.reason)
        case _:
            return translate("ConsoleStatusBar", "● CONNECTING")


class ConsoleStatusBar(QStatusBar):
    """Permanent labels, left to right by urgency; re-rendered when health changes or a second ticks.

    Their sizes only grow (set_steady_text): a changing count must not relayout the window ten times a second.
    """

    def __init__(self, session_label: str = "", wall: Callable[[], float] = time.time,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self._wall = wall  # wall clock: FeedHealth.since is wall time; only the "12 s" counters read it
        self._health: FeedHealth | None = None
        self._view: DataView | None = None
        self._second = -1
        self.planned_s: float | None = None  # the plan's duration, shown after the clock ("/ 01:30:00")
        self.state = QLabel(translate("ConsoleStatusBar", "● CONNECTING"))
        self.state.setStyleSheet("font-size: 17px; font-weight: 700;")
        self.rate, self.lag, self.seq = QLabel(), QLabel(), QLabel()
        self.rejected, self.gaps = QLabel(), QLabel()
        self.storage = QLabel()  # empty unless the session file refuses writes: then loud, never silent
        set_tone(self.storage, "bad")
        self.clock = QLabel(fmt.clock(None))
        self.clock.setStyleSheet("font-size: 17px; font-weight: 700;")
        self.clock.setToolTip(translate("ConsoleStatusBar", "time since the start of the live"))
        self.report_button = QPushButton(translate("ConsoleStatusBar",
                                                   "The live has ended — open the post-live report"))
        self.report_button.setVisible(False)  # offered once the live is over, in one click
        set_tone(self.report_button, "good")
        self.session = QLabel(session_label)
        # A long path must not set the window's minimum width (it did: 1,450 px): it gives way, the file name at
        # its right end stays in sight, the whole path is in the tooltip.
        self.session.setMinimumWidth(120)  # an explicit minimum: the layout may squeeze it below the text's width
        self.session.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.session.setToolTip(session_label)
        set_tone(self.session, "muted")
        set_tone(self.state, "warn")
        for label in (self.state, self.storage, self.rate, self.lag, self.seq, self.rejected, self.gaps):
            self.addWidget(label)
        self.addPermanentWidget(self.report_button)
        self.addPermanentWidget(self.session)
        self.addPermanentWidget(self.clock)

    def set_health(self, health: FeedHealth, view: DataView | None = None) -> None:
        """`view`: the window's data state (a connected feed still catching up must not read as plain LIVE)."""
        now = self._wall()
        if health == self._health and view == self._view and int(now) == self._second:
            return
        self._health, self._view, self._second = health, view, int(now)
        self.state.setText(state_line(health, now, view))  # changes rarely; its width follows the text
        self.report_button.setVisible(health.state == FeedState.ENDED)
        catching_up = view is not None and view.state == DataState.CATCHING_UP
        set_tone(self.state, "warn" if catching_up else _TONES.get(health.state, "muted"))
        tip = health.reason
        if health.state == FeedState.RECONNECTING and health.retry_in_s is not None:
            tip = translate("ConsoleStatusBar", "{reason} — next attempt in {s} s, {n} reconnects so far").format(
                reason=health.reason or translate("ConsoleStatusBar", "connection lost"),
                s=numbers.integer(round(health.retry_in_s)), n=fmt.count(health.reconnects))
        self.state.setToolTip(tip)
        set_steady_text(self.rate, translate("ConsoleStatusBar", "{r} events/s").format(
            r=numbers.integer(round(health.events_per_s))))
        lag = fmt.DASH if health.lag_s is None else translate("ConsoleStatusBar", "{s} s").format(
            s=numbers.decimal(health.lag_s, 1))
        set_steady_text(self.lag, translate("ConsoleStatusBar", "lag {s}").format(s=lag))
        late = health.lag_s is not None and health.lag_s > CATCHING_UP_LAG_S and health.state != FeedState.ENDED
        set_tone(self.lag, "warn" if late else "muted" if health.state == FeedState.ENDED else "plain")
        set_steady_text(self.seq, translate("ConsoleStatusBar", "seq {n}").format(n=fmt.count(health.last_seq)))
        set_steady_text(self.rejected, translate("ConsoleStatusBar",
                                                 "rejected {n}").format(n=fmt.count(health.rejected)))
        set_tone(self.rejected, "warn" if health.rejected > 0 else "muted")
        self.storage.setText(translate("ConsoleStatusBar", "⚠ NOT RECORDING: disk refuses writes (kept in memory)")
                             if health.storage_error else "")
        self.storage.setToolTip(health.storage_error)
        self.storage.setVisible(bool(health.storage_error))
        set_steady_text(self.gaps, translate("ConsoleStatusBar", "gaps {n}").format(n=fmt.count(len(health.gaps))))
        set_tone(self.gaps, "bad" if health.gaps else "muted")
        self.gaps.setToolTip("\n".join(translate("ConsoleStatusBar", "seq {a}–{b}: {cause}").format(
            a=a, b=b, cause=translate("FeedStatus", c)) for a, b, c in health.gaps))  # a cause is kept in English

    def set_snapshot(self, snap: KpiSnapshot | None) -> None:
        text = fmt.clock(snap.elapsed_s if snap is not None and snap.started_at is not None else None)
        if self.planned_s:
            text += f" / {fmt.clock(self.planned_s)}"
        set_steady_text(self.clock, text)

    def set_session_label(self, text: str) -> None:
        self.session.setText(text)
        self.session.setToolTip(text)

    def state_text(self) -> str:
        """The connection state as shown, plain text (e.g. '● RECONNECTING 12 s')."""
        return self.state.text()
