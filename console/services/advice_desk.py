"""The live advisor at work: fed on the pipeline thread, recorded in the session file, shown by the Advice dock.

The advisor (console/advisor, pure) is not thread-safe, so everything that touches it runs on the pipeline thread,
in the publish hook: the window's answers (taken, dismissed) wait in a queue until the next publish (a tenth of a
second), and the window reads `board`, an immutable tuple replaced whole, as it reads the latest snapshot.
"""

from __future__ import annotations

import queue
import secrets
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, TypeVar

from console.advisor import Advice, AdviceRecord, AdviceUpdate, Advisor, BaselineSeed
from console.advisor.port import board_of
from console.kpi.snapshot import ActionEffect, KpiSnapshot
from console.live.health import FeedHealth
from console.plan.model import Plan
from console.services.earlier_lives import baseline_seed
from console.session.recorder import SessionRecorder

T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True, slots=True)
class _Answer:
    advice_id: str
    status: Literal["taken", "dismissed"]
    live_ts: float | None
    action_key: str | None = None


class AdviceDesk:
    """One live's advisor. `on_publish` is the pipeline's hook; `take`, `dismiss` and `board` are the window's."""

    read_only = False

    def __init__(self, plan: Plan | None, recorder: SessionRecorder | None, effect: Lookup[ActionEffect],
                 action_id_of: Lookup[str], seed: BaselineSeed | None = None) -> None:
        """`effect`: an action's measured effect by its server id; `action_id_of`: the server's id of an intent (by
        its key) once acknowledged."""
        self.plan, self._recorder, self._effect, self._action_id_of = plan, recorder, effect, action_id_of
        self.advisor = Advisor(plan, seed, id_prefix=f"adv-{secrets.token_hex(3)}")
        self._answers: queue.SimpleQueue[_Answer] = queue.SimpleQueue()
        self._seeds: queue.SimpleQueue[BaselineSeed] = queue.SimpleQueue()
        self.seeded = False  # earlier lives' baselines reached the advisor
        self._records: dict[str, AdviceRecord] = {}  # by advice id, newest last
        self._board: tuple[AdviceRecord, ...] = ()
        self.errors: list[str] = []
        if recorder is not None:
            recorder.expire_open_advice("console restarted")

    # ------------------------------------------------------------------ GUI thread
    def board(self) -> tuple[AdviceRecord, ...]:
        """Every advice of this run, in the dock's order (console/advisor/port.py board_of)."""
        return self._board

    def take(self, advice_id: str, action_key: str, live_ts: float | None) -> None:
        """The operator pressed the advice's remedy: `action_key` is the intent it fired."""
        self._answers.put(_Answer(advice_id, "taken", live_ts, action_key))

    def dismiss(self, advice_id: str, live_ts: float | None) -> None:
        self._answers.put(_Answer(advice_id, "dismissed", live_ts))

    def effect(self, action_id: str) -> ActionEffect | None:
        return self._effect(action_id)

    def learn_from(self, paths: Sequence[Path]) -> threading.Thread | None:
        """Read earlier lives' session files (console/services/earlier_lives.py) on a thread of its own; their
        baselines reach the advisor at the next publish. None when there is nothing to read."""
        if not paths or self.plan is None:
            return None
        plan = self.plan

        def read() -> None:
            try:
                seed = baseline_seed(plan, paths)
            except Exception as exc:  # a head start, never a reason to stop the live
                self.errors = [*self.errors[-9:], repr(exc)]
                return
            if seed is not None:
                self._seeds.put(seed)

        thread = threading.Thread(target=read, name="advisor-earlier-lives", daemon=True)
        thread.start()
        return thread

    # ------------------------------------------------------------------ pipeline thread
    def on_publish(self, snap: KpiSnapshot | None, _health: FeedHealth) -> None:
        changed = False
        while not self._seeds.empty():
            self.advisor.apply_seed(self._seeds.get_nowait())
            self.seeded = True
        while True:
            try:
                answer = self._answers.get_nowait()
            except queue.Empty:
                break
            ts = answer.live_ts if answer.live_ts is not None else (snap.now_ts if snap and snap.now_ts else 0.0)
            update = self.advisor.answer(answer.advice_id, answer.status, ts)
            if update is not None:
                changed |= self._apply(update, answer.action_key)
        for update in self.advisor.observe_snapshot(snap):
            changed |= self._apply(update)
        changed |= self._learn_action_ids()
        if changed:
            self._board = board_of(self._records.values())

    def _apply(self, update: AdviceUpdate, action_key: str | None = None) -> bool:
        a: Advice = update.advice
        if update.status == "raised":
            record = AdviceRecord(advice=a)
        else:
            record = AdviceRecord(advice=a, status=update.status, status_ts=update.ts, reason=update.reason,
                                  action_key=action_key, action_id=update.action_id)
        self._records[a.id] = record
        self._write(record)
        return True

    def _learn_action_ids(self) -> bool:
        """A taken advice gets its action's server id once the action is acknowledged (shown with its effect)."""
        changed = False
        for key, r in list(self._records.items()):
            if r.status == "taken" and r.action_id is None and r.action_key is not None:
                action_id = self._action_id_of(r.action_key)
                if action_id is not None:
                    self._records[key] = record = AdviceRecord(
                        advice=r.advice, status=r.status, status_ts=r.status_ts, reason=r.reason,
                        action_key=r.action_key, action_id=action_id)
                    self._write(record)
                    changed = True
        return changed

    def _write(self, record: AdviceRecord) -> None:
        if self._recorder is not None:
            try:
                self._recorder.write_advice(record.row())
            except Exception as exc:  # the advice still shows: the disk's trouble is the status bar's
                self.errors = [*self.errors[-9:], repr(exc)]


class Lookup(Protocol[T_co]):
    def __call__(self, key: str, /) -> T_co | None: ...
