"""A live session: everything the console runs to follow one live, built in one place with every hook given at
construction. The app, the tests and the benchmarks all open one with `open_live_session`.

What it holds: the ingest (restored from an earlier run's latest checkpoint and caught up on the events recorded
after it), the pipeline that feeds it from the feed, the session file's recorder and log (events, checkpoints,
KPI roll-ups), the action desk and its HTTP client.

The log and the desk read the live they serve (its ingest, its latest snapshot, its loop), while the ingest needs
their `on_frame` as sinks and the pipeline their `on_publish` hooks and background tasks. The session breaks that
circle by being that live itself (LiveView): it hands itself to the log and the desk, then builds the ingest and
the pipeline with their methods, all before a frame can flow (`start()`). Nothing is attached afterwards.
"""

from __future__ import annotations

import functools
import ssl
import time
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from console.actions.seats import CueGate
from console.i18n import translate
from console.kpi.engine import KpiEngine
from console.kpi.snapshot import ActionEffect, KpiSnapshot
from console.kpi.state import CheckpointPolicy
from console.live.health import FeedHealth
from console.live.ingest import START, Ingest, Sink
from console.plan.model import Plan
from console.protocol.wire import seat_problem
from console.services.action_client import DEFAULT_POLICY, DEFAULT_TIMEOUT_S, ActionClient, RetryPolicy
from console.services.action_desk import ActionDesk
from console.services.advice_desk import AdviceDesk
from console.services.earlier_lives import earlier_lives
from console.services.feed_client import DEFAULT_BACKOFF, Backoff
from console.services.pipeline import (
    QUIET_RECONNECT_S,
    SNAPSHOT_EVERY_S,
    STALE_AFTER_S,
    BackgroundTask,
    LivePipeline,
    PublishHook,
)
from console.services.session_log import SessionLog
from console.session.recorder import SessionRecorder
from console.session.resume import EarlierRun, earlier_run

_CHECKPOINTS = CheckpointPolicy()  # the console's spacing (a policy keeps state: each session gets its own)


@dataclass(frozen=True, slots=True)
class Tuning:
    """How patient the session is with the feed and the action API, and how often it stores checkpoints. The
    defaults are the console's; tests shorten them."""

    backoff: Backoff = DEFAULT_BACKOFF
    stale_after_s: float = STALE_AFTER_S
    quiet_reconnect_s: float = QUIET_RECONNECT_S
    action_timeout_s: float = DEFAULT_TIMEOUT_S
    action_retry: RetryPolicy = DEFAULT_POLICY
    checkpoint_every_events: int = _CHECKPOINTS.every_events
    checkpoint_min_interval_s: float = _CHECKPOINTS.min_interval_s
    snapshot_every_s: float = SNAPSHOT_EVERY_S  # a changing live's snapshots (pipeline.py); the wall reads at 10 Hz


CONSOLE_TUNING = Tuning()


class CueLeaseLike(Protocol):
    """The bus's cue lease (console/bus/lease.py CueLease), as a session uses it."""

    def held(self) -> bool: ...

    async def run(self, eligible: Callable[[], bool]) -> None: ...


class LiveSession:
    """One live followed by this console. Built by `open_live_session`; `start()` lets frames flow, `close()`
    stops everything in order and leaves the session file finished.

    `recorder` and `log` are None when nothing is recorded, `desk` when actions are off.
    """

    def __init__(self, feed_url: str, token: str, plan: Plan | None, *, recorder: SessionRecorder | None,
                 earlier: EarlierRun, plan_toml: str | None, api_url: str | None, operator: str,
                 tls: ssl.SSLContext | None, tuning: Tuning, on_publish: Sequence[PublishHook],
                 on_frame: Sequence[Sink], advisor: bool = True, cue_gate: CueGate | None = None,
                 read_only: bool = False, companions: Sequence[BackgroundTask] = (),
                 cue_lease: CueLeaseLike | None = None) -> None:
        self.plan, self.recorder, self.earlier = plan, recorder, earlier
        self._closed = False
        self.log: SessionLog | None = None
        if recorder is not None:
            self.log = SessionLog(
                recorder, self, feed_url=feed_url, plan_toml=plan_toml, live_id=plan.live.id if plan else "live",
                title=plan.live.title if plan else "", api_url=api_url or "", operator=operator,
                checkpoints=CheckpointPolicy(tuning.checkpoint_every_events, tuning.checkpoint_min_interval_s))
        self.desk: ActionDesk | None = None
        background: list[BackgroundTask] = list(companions)
        on_stop: list[BackgroundTask] = []
        if api_url is not None:
            client = ActionClient(api_url, token, timeout_s=tuning.action_timeout_s, policy=tuning.action_retry,
                                  verify=tls if tls is not None else True, seat=operator)
            if cue_lease is not None and not read_only:  # on the bus: the cues fire from the lease's holder only
                cue_gate = cue_lease.held
            self.desk = ActionDesk(plan, self, client, recorder, operator, cue_gate=cue_gate, read_only=read_only)
            if cue_lease is not None and not read_only:  # held only while this seat could fire a cue
                background.append(functools.partial(cue_lease.run, self.desk.ready_for_cues))
            self.desk.restore_cues(earlier.cue_actions)  # a restart never fires a cue twice
            background.append(self.desk.probe_api)
            on_stop.append(client.aclose)
            if earlier.unfinished:  # intents an earlier run left open: settled by asking the server, never re-sent
                background.append(functools.partial(self.desk.reconcile, earlier.unfinished))
        self.advice: AdviceDesk | None = None
        if plan is not None and advisor:
            self.advice = AdviceDesk(plan, recorder, self.effect, self._action_id_of)
        consumers = [c for c in (self.log, self.desk) if c is not None]
        restored = earlier.ingest  # the earlier run's latest checkpoint: only the events after it to apply
        self.ingest = Ingest(restored.engine if restored is not None else KpiEngine(plan),
                             [*on_frame, *(c.on_frame for c in consumers)],
                             at=restored.resume_point() if restored is not None else START)
        self.ingest.expected_live = earlier.live  # a feed now serving another live is refused, not followed
        self.ingest.catch_up(earlier.raws, time.time())  # same numbers as before the restart; resumes after them
        self.pipeline = LivePipeline(
            feed_url, token, self.ingest, on_publish=[*on_publish, *(c.on_publish for c in consumers),
                                                     *([self.advice.on_publish] if self.advice else [])],
            background=background, on_stop=on_stop, storage_status=self._storage_error,
            stale_after_s=tuning.stale_after_s, backoff=tuning.backoff, snapshot_every_s=tuning.snapshot_every_s,
            quiet_reconnect_s=tuning.quiet_reconnect_s, ssl_context=tls)

    # ------------------------------------------------------------------ LiveView, for the desk and the log
    def latest(self) -> tuple[KpiSnapshot | None, FeedHealth]:
        return self.pipeline.latest()

    def submit(self, coro: Coroutine[Any, Any, Any]) -> Future[Any]:
        return self.pipeline.submit(coro)

    def effect(self, action_id: str) -> ActionEffect | None:
        return self.pipeline.effect(action_id)

    # ------------------------------------------------------------------ life
    def start(self) -> None:
        """Connect to the feed; frames flow from here on (on the pipeline's thread)."""
        if self.advice is not None and self.plan is not None and self.recorder is not None:
            self.advice.learn_from(earlier_lives(self.plan, self.recorder.path))
        self.pipeline.start()

    def close(self, recorder_timeout: float = 10.0) -> None:
        """Stop in order: the pipeline (the feed, then the desk's HTTP client on the loop that used it), then the
        log's final checkpoint, roll-up and end time, and the recorder (waits up to `recorder_timeout` for its writes).
        Closing twice does nothing more."""
        if self._closed:
            return
        self._closed = True
        self.pipeline.stop()
        if self.log is not None:
            self.log.finish()
        if self.recorder is not None:
            self.recorder.close(recorder_timeout)

    def _action_id_of(self, key: str) -> str | None:
        """The server's id of this console's intent `key`, once acknowledged."""
        if self.desk is None:
            return None
        try:
            return self.desk.book.get(key).action_id
        except KeyError:
            return None

    def _storage_error(self) -> str | None:
        return self.recorder.storage_error if self.recorder is not None else None


def open_live_session(feed_url: str, token: str, plan: Plan | None, *, session_path: Path | None = None,
                      plan_toml: str | None = None, api_url: str | None = None, operator: str = "",
                      tls: ssl.SSLContext | None = None, earlier: EarlierRun | None = None,
                      tuning: Tuning = CONSOLE_TUNING, on_publish: Sequence[PublishHook] = (),
                      on_frame: Sequence[Sink] = (), advisor: bool = True, cue_gate: CueGate | None = None,
                      read_only: bool = False, companions: Sequence[BackgroundTask] = (),
                      cue_lease: CueLeaseLike | None = None) -> LiveSession:
    """The live session on the feed at `feed_url`, not started yet.

    `session_path`: the session file to record into; an existing one is carried on (the events, engine checkpoint,
    cues fired and intents left unfinished by an earlier run, read as `earlier` unless the caller read them
    already: the app does, before it catches signals). None: nothing recorded.
    `plan_toml`: the plan's text, kept in the file; a checkpoint is carried on only when it is the same text.
    `api_url`: the action API; None: no action desk. `tls`: verifies both (None: the system's CAs).
    `advisor`: the live advisor (console/advisor) watches the live and records its advice (needs a plan).
    `on_publish`, `on_frame`: more hooks (the app's terminal reporter, a test's probe), called before the log's
    and the desk's. `operator`: this seat's name, sent with every action (the server stamps it on the action as
    `by`). `cue_gate`: auto cues fire only while it returns True (None: always; the bus's cue lease plugs in here).
    `read_only`: a producer's seat: the desk fires nothing, not even auto cues; notes and marks are kept.
    `companions`: more tasks run on the pipeline's loop for the session's life. `cue_lease`: on the bus, the auto
    cues' lease (console/bus/lease.py): the desk's cue gate is its `held`, and it runs on the pipeline's loop, held
    only while the desk is ready to fire.
    Raises OSError or SessionFileError when the session file cannot be opened, ValueError for a seat name the
    protocol refuses.
    """
    if api_url is not None and operator and (problem := seat_problem(operator)):  # before any file is opened
        raise ValueError(translate("Actions", "seat {seat}: {problem}").format(seat=repr(operator), problem=problem))
    recorder = None
    if session_path is not None:
        if earlier is None:
            earlier = earlier_run(session_path, plan, plan_toml)
        recorder = SessionRecorder(session_path)
    return LiveSession(feed_url, token, plan, recorder=recorder, earlier=earlier or EarlierRun(), plan_toml=plan_toml,
                       api_url=api_url, operator=operator, tls=tls, tuning=tuning, on_publish=on_publish,
                       on_frame=on_frame, advisor=advisor, cue_gate=cue_gate, read_only=read_only,
                       companions=companions, cue_lease=cue_lease)
