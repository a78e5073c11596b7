"""The action desk: turns a press (button, hotkey or cue) into an action on air, safely and on the record.

Order of work for every intent: commit the `pending` row to the session file, then send with the intent's
Idempotency-Key (retried safely by ActionClient), then record the outcome. The stream's action event marks it
confirmed. Auto cues fire from here at their live time. The GUI thread only calls `fire()`/`go()`, which never wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import threading
import time
from concurrent.futures import Future
from dataclasses import replace
from typing import Any, cast

from console.actions.book import ActionBook, ButtonState, Intent, IntentStatus, Refusal, action_for
from console.actions.rules import (
    LIVE_ENDED,
    NEVER_REACHED,
    NEVER_RECEIVED,
    blocker,
    covers_cue,
    far_early,
    readable_error,
)
from console.actions.seats import CUES_HELD, READ_ONLY, CueGate, cue_key, label_of, seen_action
from console.i18n import translate
from console.kpi.snapshot import ActionEffect, KpiSnapshot
from console.live.health import FEED_STATE_WORDS, FeedHealth, FeedState
from console.live.ingest import IngestResult
from console.plan.cues import CueList, CueRow, CueState
from console.plan.model import Plan
from console.protocol import wire as p
from console.services.action_client import ActionClient, ActionResult
from console.services.pipeline import LiveView
from console.session.recorder import SessionRecorder

WRITE_AHEAD_WAIT_S = 2.0  # how long an action waits for a refusing disk before it goes out unrecorded-yet
API_PROBE_EVERY_S = 5.0
UNKNOWN_GIVE_UP_S = 60.0
CAUGHT_UP_LAG_S = 2.0
SEEN_EARLY_S = 1.0  # an action on air this much before a cue's time may still be that cue, fired by another seat
_NOT_IN_ROW = frozenset({"by", "coalesced"})  # the intent's, not the `actions` row's: its event keeps `by`
_IN_FLIGHT = frozenset({ButtonState.SENDING, ButtonState.COOLING, ButtonState.CONFIRMED})  # sent, not yet in the data


class ActionDesk:
    """`live`: the running live the desk reads and sends on (its loop). Its `on_frame` and `on_publish` are the
    ingest's sink and the pipeline's publish hook, given to them at construction (console/services/live_session.py).

    `operator`: this seat's name. `cue_gate`: auto cues fire only while it returns True (None: always); the lease
    that lets one seat of several fire them plugs in here. It is called on the pipeline thread at every publish, so
    it must answer at once. `read_only`: a producer's seat; nothing fires from it (no press, no GO, no auto cue, no
    Done of steps by hand); notes and marks do, and it sees every seat's actions.
    """

    def __init__(self, plan: Plan | None, live: LiveView, client: ActionClient,
                 recorder: SessionRecorder | None, operator: str, book: ActionBook | None = None, *,
                 cue_gate: CueGate | None = None, read_only: bool = False) -> None:
        self.plan, self.live, self.client, self.recorder = plan, live, client, recorder
        self.operator = operator
        self.read_only = read_only
        self.book = book or ActionBook()
        self.cues = CueList(plan)
        self._cue_lock = threading.Lock()
        self._cue_gate = cue_gate
        self._cues_held = read_only  # the gate was shut at the last publish: another seat fires the auto cues
        self._fired_keys: set[str] = set()  # intents an earlier run of this session sent for cues
        self.api_ok = True
        self._cue_ready = False  # set at each publish: live and caught up (ready_for_cues)
        self.api_reason = ""
        self.live_ended = False

    # ------------------------------------------------------------------ GUI thread
    def fire(self, button: str, kind: str, params: dict[str, Any], label: str, source: str,
             key: str | None = None) -> Intent | None:
        """Start an action; None when it was the second press of a double press, or on a read-only seat. Never
        waits. `key`: the intent's Idempotency-Key when it is not a fresh one (an auto cue's)."""
        if self.read_only:
            return None
        intent = self.book.press(button, kind, params, label, source, self.operator, time.time(),
                                 self.live.ingest.live_now(), key)
        if intent is None:
            return None
        # The write-ahead row is queued from here, not from the pipeline's loop: its commit then runs while the
        # loop finishes the frame in hand, instead of after it (a queue put: the GUI thread does not wait).
        written = self.recorder.write_intent(intent.row()) if self.recorder is not None else None
        try:
            future = self.live.submit(self._send(intent, written))
        except RuntimeError:  # the pipeline's loop is gone: nothing can be sent, and the button must say so
            error = translate("Actions", "the console's connection is not running")
            self.book.update(intent.key, status=IntentStatus.FAILED, error=error)
            self._record(intent.key, {"status": str(IntentStatus.FAILED), "error": error})
            return intent
        future.add_done_callback(functools.partial(self._check_sent, intent.key))
        return intent

    def _check_sent(self, key: str, future: Future[None]) -> None:
        """Whatever went wrong in sending, the intent must not stay 'sending' forever."""
        if future.cancelled() or future.exception() is None:
            return
        if self.book.get(key).status in (IntentStatus.PENDING, IntentStatus.SENT):
            self.book.update(key, status=IntentStatus.UNKNOWN, error=translate(
                "Actions", "sending failed: {error}").format(error=repr(future.exception())))

    def fire_target(self, kind: str, target: str, source: str) -> Intent | None:
        assert self.plan is not None
        button, params, label = action_for(self.plan, kind, target)
        return self.fire(button, kind, params, label, source)

    def go(self, shown: int | None = None) -> Intent | Refusal:
        """Fire the armed cue of the run of show: one cue per deliberate press.

        `shown`: the cue the operator's GO showed (its index). A press for another cue (the run of show moved on
        since the pad last drew it) fires nothing: GO rests until the next cue is armed and shown. A second press
        within the debounce window is the same press. A cue whose effect is already in place is marked done, one
        the server would refuse is not sent: both say why. Logged with source `go` (docs/session-file.md)."""
        if self.read_only:
            return Refusal(translate("Actions", READ_ONLY))
        if not self.book.tap("go", time.time()):
            return Refusal(translate("Actions", "double press ignored"))
        with self._cue_lock:
            index = self.cues.armed()
            if index is None:
                return Refusal(translate("Actions", "no cue armed"))
            if shown is not None and index != shown:
                return Refusal(translate("Actions", "the run of show moved on: GO fires the cue it shows"))
            cue = self.cues.cues[index]
            assert self.plan is not None
            button, params, label = action_for(self.plan, cue.action, cue.target)
            stop = blocker(self.plan, self.live.latest()[0], cue.action, params)
            if stop is not None and stop.done:
                self.cues.mark(index, CueState.DONE, note=stop.reason)
                return Refusal(translate("Actions", "marked done, not sent: {why}").format(why=stop.reason))
            if stop is not None:
                return Refusal(translate("Actions", "not sent: {why}").format(why=stop.reason))
            if self.book.button_view(button, time.time()).state in _IN_FLIGHT:  # F7, then GO on the same segment
                return Refusal(translate("Actions", "not sent: “{label}” was just sent, wait for it on air").format(
                    label=label))
            intent = self.fire(button, cue.action, params, label, "go")
            if intent is None:  # the same button, within the debounce window
                return Refusal(translate("Actions", "“{label}” was pressed a moment ago").format(label=label))
            self.cues.mark(index, CueState.FIRED, key=intent.key)
            return intent

    def restore_cues(self, cue_actions: list[dict[str, Any]]) -> None:
        """Mark the cues an earlier run of this session already fired: a restart never fires a cue twice."""
        if self.plan is None:
            return
        fired = {(row["kind"], row["params"]): row for row in cue_actions}
        self._fired_keys = {row["id"] for row in cue_actions if row.get("id")}
        with self._cue_lock:
            for index, cue in enumerate(self.cues.cues):
                _, params, _ = action_for(self.plan, cue.action, cue.target)
                row = fired.get((cue.action, json.dumps(params)))
                if row is not None:
                    failed = row.get("status") == str(IntentStatus.FAILED)
                    self.cues.mark(index, CueState.FAILED if failed else CueState.FIRED, key=row.get("id", ""),
                                   note=(row.get("error") or "") if failed else "")

    def cue_rows(self) -> list[CueRow]:
        # a cue whose steps by hand were not done never went on air: shown as failed, with the operator's words
        failed = {i.key: i.error for i in self.book.all() if i.status in (IntentStatus.FAILED, IntentStatus.NOT_DONE)}
        with self._cue_lock:
            rows = self.cues.rows(failed)
        if not self._cues_held:
            return rows
        return [replace(r, note=CUES_HELD) if r.cue.auto and r.state == CueState.WAITING else r for r in rows]

    def add_note(self, text: str, source: str) -> None:
        """A 'mark this moment' note at the current live time, kept in the session file."""
        if self.recorder is not None:
            self.recorder.add_note(self.live.ingest.live_now(), text, self.operator, source)

    def effect(self, action_id: str) -> ActionEffect | None:
        """Measured effect of an action so far (computed on the last snapshot's engine state)."""
        return self.live.effect(action_id)

    def skip_cue(self) -> None:
        if self.read_only:
            return
        with self._cue_lock:
            index = self.cues.armed()
            if index is not None:
                self.cues.mark(index, CueState.SKIPPED)

    def disabled_reason(self, health: FeedHealth) -> str:
        """Why actions cannot be taken now ('' when they can)."""
        if self.read_only:
            return translate("Actions", READ_ONLY)
        if self.live_ended or health.state == FeedState.ENDED:
            return translate("Actions", LIVE_ENDED)
        if health.state not in (FeedState.LIVE, FeedState.STALE):
            state = translate("FeedStatus", FEED_STATE_WORDS[health.state])
            if health.reason:
                return translate("Actions", "the feed is {state}: {why}").format(state=state, why=health.reason)
            return translate("Actions", "the feed is {state}").format(state=state)
        if not self.api_ok:
            return translate("Actions", "the action API is unreachable: {why}").format(why=self.api_reason)
        return ""

    # ------------------------------------------------------------------ pipeline thread
    async def _send(self, intent: Intent, written: Future[None] | None) -> None:
        key = intent.key
        if written is not None:
            with contextlib.suppress(TimeoutError):  # a refusing disk must not silence the operator
                await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(written)), WRITE_AHEAD_WAIT_S)
        sent = self.book.update(key, status=IntentStatus.SENT, sent_at=time.time())
        self._record(key, {"status": "sent", "sent_at": sent.sent_at})
        result = await self.client.send(intent.kind, intent.params, key,
                                        on_attempt=functools.partial(self._count_attempt, key))
        self._finish(key, result)

    def _finish(self, key: str, result: ActionResult) -> None:
        now = time.time()
        status = IntentStatus.ACKED if result.ok else IntentStatus.UNKNOWN if result.unknown else IntentStatus.FAILED
        error = readable_error(self.plan, result.error)  # "Dutch oven 5 L is sold out", not "POT-DUTCH5 ..."
        fields: dict[str, Any] = {
            "status": status, "http_status": result.http_status,
            "attempts": result.attempts, "latency_ms": result.latency_ms, "error": error,
            "action_id": result.action_id, "acked_at": now if result.ok else None,
        }
        if result.ok and result.body is not None:
            fields.update(_by_hand_fields(result.body), **_seat_fields(result.body))
        self.book.update(key, **fields)
        self._record(key, _row_fields(fields))
        if result.http_status is None:
            self.api_ok, self.api_reason = False, result.error

    # ------------------------------------------------------------------ steps by hand (a bridge, docs/bridge.md)
    def by_hand(self) -> list[Intent]:
        """The actions whose steps wait for the operator to do them in the platform's app, oldest first (none on a
        read-only seat: it offers no Done)."""
        if self.read_only:
            return []
        return sorted((i for i in self.book.all() if i.status == IntentStatus.BY_HAND), key=lambda i: i.clicked_at)

    def settle_by_hand(self, key: str, done: bool, reason: str = "") -> None:
        """The operator did the steps (`done`: the server puts the action on air now) or did not. Never waits."""
        if self.read_only:
            return
        try:
            self.live.submit(self._settle_by_hand(key, done, reason))
        except RuntimeError:  # the pipeline's loop is gone: the steps stay waiting, and say why
            self.book.update(key, error=translate("Actions", "the console's connection is not running"))

    async def _settle_by_hand(self, key: str, done: bool, reason: str) -> None:
        intent = self.book.get(key)
        if intent.status != IntentStatus.BY_HAND or intent.action_id is None:
            return  # settled already (a second press of Done)
        result = await self.client.settle_by_hand(intent.action_id, done, reason)
        body = result.body or {}
        if result.ok:
            fields: dict[str, Any] = _by_hand_fields(body)
            if "status" not in fields:  # an answer without the bridge's words: what was asked is what happened
                fields["status"] = IntentStatus.ACKED if done else IntentStatus.NOT_DONE
            if fields["status"] == IntentStatus.ACKED:
                fields.update(acked_at=time.time(), error="")
        elif result.http_status == 409:  # the server knows better (done by another seat, or said not done)
            fields = {"status": IntentStatus.NOT_DONE if done else IntentStatus.ACKED,
                      "error": readable_error(self.plan, result.error)}
        else:  # not settled: the steps keep waiting, with why the answer did not get through
            self.book.update(key, error=translate("Actions", "could not tell the server: {error}").format(
                error=result.error))
            return
        if fields["status"] == IntentStatus.NOT_DONE and not fields.get("error"):
            fields["error"] = _not_done(reason)
        self.book.update(key, **fields)
        self._record(key, _row_fields(fields))

    def _record(self, key: str, fields: dict[str, Any]) -> None:
        if self.recorder is not None:
            self.recorder.update_action(key, fields)

    def on_frame(self, _raw: str | bytes, result: IngestResult) -> None:
        now = time.time()
        for ev in result.events:
            if type(ev) in p.ACTION_EVENT_CLASSES:
                self.book.seen_on_stream(cast(p.ActionEvent, ev).action_id, now)
                seen = seen_action(ev)
                if seen is not None:  # every action on air, whichever seat fired it: the action log shows them all
                    self.book.observe(seen, label_of(self.plan, seen.kind, seen.params), self._wall_of(seen.ts), now)
            elif isinstance(ev, p.LiveEnded):
                self.live_ended = True
                self._close_by_hand()

    def _close_by_hand(self) -> None:
        """The live ended: steps by hand still waiting were never done on air (the bridge puts nothing on air
        after the end), so they are not done, with why; the card offers Done no more."""
        for intent in self.by_hand():
            fields: dict[str, Any] = {"status": IntentStatus.NOT_DONE,
                                      "error": translate(
                                          "Actions", "not done by hand: the live ended before it was confirmed")}
            self.book.update(intent.key, **fields)
            self._record(intent.key, _row_fields(fields))

    def _wall_of(self, ts: float) -> float:
        """When an event of live time `ts` went out, on the wall clock (docs/architecture.md, "Time")."""
        hello = self.live.ingest.hello
        if hello is None:
            return time.time()
        return hello.started_at + (ts - hello.started_at) / hello.time_scale

    def _count_attempt(self, key: str, attempt: int) -> None:
        self.book.update(key, attempts=attempt)

    def ready_for_cues(self) -> bool:
        """Could this seat fire a due auto cue now (live, caught up, the actions API answering, not read-only)? The
        bus's cue lease is held only while it can: a seat cut off from the feed must let another seat fire."""
        return self._cue_ready and self.api_ok and not self.read_only

    def on_publish(self, snap: KpiSnapshot | None, health: FeedHealth) -> None:
        self._cue_ready = False
        if snap is None or health.state not in (FeedState.LIVE, FeedState.STALE) or self.plan is None:
            return
        if snap.now_ts is None or snap.started_at is None:
            return  # no event yet: no live clock for a cue
        if health.lag_s is None or health.lag_s > CAUGHT_UP_LAG_S:
            return  # catching up on history (a restart): the cues of the past are not for now
        self._cue_ready = health.state == FeedState.LIVE
        hello = self.live.ingest.hello
        scale = hello.time_scale if hello else 1.0
        elapsed = snap.now_ts - snap.started_at
        with self._cue_lock:
            armed = self.cues.armed()
            # A press (F7) already did what the armed cue asks: GO must not send it again. Only near its time: a
            # plan that repeats an offer or a segment later must not see the repeat marked done by the first run.
            if armed is not None and not far_early(self.cues.cues[armed].at_s - elapsed):
                cue = self.cues.cues[armed]
                params = action_for(self.plan, cue.action, cue.target)[1]
                stop = blocker(self.plan, snap, cue.action, params)
                if stop is not None and covers_cue(stop, snap.started_at + cue.at_s, params):
                    self.cues.mark(armed, CueState.DONE, note=stop.reason)
            grace = max(60.0, 10 * scale)  # live seconds a due auto cue may still go out
            self._cues_held = self.read_only or (self._cue_gate is not None and not self._cue_gate())
            if self._cues_held:
                self._follow_held_cues(self.plan, snap.started_at, elapsed, grace)
                return
            live_id = hello.live_id if hello is not None else self.plan.live.id
            for index in self.cues.due_auto(elapsed, grace_s=grace):
                cue = self.cues.cues[index]
                button, params, label = action_for(self.plan, cue.action, cue.target)
                stop = blocker(self.plan, snap, cue.action, params)
                if stop is not None and stop.ends_at is not None and not covers_cue(
                        stop, snap.started_at + cue.at_s, params) and stop.ends_at - snap.now_ts <= grace:
                    continue  # an offer on that product ends within the cue's grace: the cue goes out right after
                if stop is not None:  # in place already (done) or refused for sure (failed): nothing to send
                    done = covers_cue(stop, snap.started_at + cue.at_s, params)
                    self.cues.mark(index, CueState.DONE if done else CueState.FAILED,
                                   note=stop.reason if done else translate("Actions", "not sent: {why}").format(
                                       why=stop.reason))
                    continue
                if self.book.button_view(button, time.time()).state in _IN_FLIGHT:
                    self.cues.mark(index, CueState.DONE, note=translate("Actions", "sent by a press a moment before"))
                    continue
                key = cue_key(live_id, snap.started_at, index, cue.at_s)  # the same on every seat
                if key in self._fired_keys:  # sent by an earlier run of this session (restored by its values)
                    self.cues.mark(index, CueState.FIRED, key=key)
                    continue
                intent = self.fire(button, cue.action, params, label, "cue", key)
                self.cues.mark(index, CueState.FIRED if intent is not None else CueState.DONE,
                               key=intent.key if intent is not None else "",
                               note="" if intent is not None else translate(
                                   "Actions", "sent by a press a moment before"))

    def _follow_held_cues(self, plan: Plan, started_at: float, elapsed: float, grace: float) -> None:
        """Another seat fires the auto cues (called with the cue lock held): this seat decides nothing for them.
        A due cue whose action the stream shows is marked fired, naming the seat; one whose grace ran out with
        nothing on the stream is marked missed here, with why (what the other seat did is in the action log)."""
        seen = self.book.seen_all()
        for row in self.cues.rows():
            cue = row.cue
            if not cue.auto or row.state != CueState.WAITING or elapsed < cue.at_s:
                continue
            _, params, _ = action_for(plan, cue.action, cue.target)
            at = started_at + cue.at_s
            fired = next((i for i in seen if i.kind == cue.action and i.params == params
                          and at - SEEN_EARLY_S <= (i.live_ts or 0.0) <= at + grace), None)
            if fired is not None:
                seat = fired.by or translate("Actions", "another seat")
                # "by ": a key the action log reads (console/widgets/action_log.py), the seat's name after it
                self.cues.mark(row.index, CueState.FIRED, note=f"by {seat}")
            elif elapsed - cue.at_s > grace:
                self.cues.mark(row.index, CueState.MISSED, note=translate(
                    "Actions", "due while another seat holds the cues"))

    async def reconcile(self, rows: list[dict[str, Any]]) -> None:
        """Settle intents an earlier run left `pending`/`sent`: ask the server by key; never re-send blindly."""
        import httpx  # here, on the pipeline thread: not with the console (action_client.py)

        for row in rows:
            intent = Intent(row["id"], f"{row['kind']}:reconciled", row["kind"], json.loads(row["params"]),
                            row["label"] or row["kind"], row["source"], row["operator"] or "", row["clicked_at"],
                            row["live_ts"], IntentStatus(row["status"]), row["sent_at"], attempts=row["attempts"])
            try:
                found = await self.client.lookup(intent.key)
            except httpx.HTTPError as exc:
                fields: dict[str, Any] = {"status": IntentStatus.UNKNOWN,
                                          "error": translate(
                                              "Actions", "could not ask the server about it yet ({error})").format(
                                                  error=type(exc).__name__)}
            else:
                if found is not None:
                    fields = {"status": IntentStatus.ACKED, "action_id": found["action_id"], "http_status": 200,
                              "error": translate("Actions", "reconciled after a restart: the server had it"),
                              **_by_hand_fields(found),
                              **_seat_fields(found)}
                else:
                    fields = {"status": IntentStatus.FAILED,
                              "error": translate("Actions", NEVER_REACHED)}
            self.book.adopt(intent)
            self.book.update(intent.key, **fields)
            self._record(intent.key, _row_fields(fields))

    async def probe_api(self) -> None:
        """Keep `api_ok` honest between actions, and settle intents whose outcome is still unknown."""
        import httpx  # here, on the pipeline thread: not with the console (action_client.py)

        while True:
            try:
                reply = await self.client.health()
                self.api_ok, self.api_reason = reply, "" if reply else translate("Actions", "health check failed")
            except httpx.HTTPError as exc:
                self.api_ok, self.api_reason = False, type(exc).__name__
            if self.api_ok:
                await self.settle_unknown()
            await asyncio.sleep(API_PROBE_EVERY_S)

    async def settle_unknown(self, give_up_after_s: float = UNKNOWN_GIVE_UP_S) -> None:
        """Ask the server about each intent whose outcome is unknown. Found: acked. Still not found long after
        the last attempt: it never happened (a request in flight lands within seconds, not minutes)."""
        import httpx  # here, on the pipeline thread: not with the console (action_client.py)

        for intent in [i for i in self.book.all() if i.status == IntentStatus.UNKNOWN]:
            try:
                found = await self.client.lookup(intent.key)
            except httpx.HTTPError:
                return  # the server cannot be asked now: try again on the next round
            if found is not None:
                fields: dict[str, Any] = {"status": IntentStatus.ACKED, "action_id": found["action_id"],
                                          "acked_at": time.time(), "error": "", **_by_hand_fields(found),
                                          **_seat_fields(found)}
            elif time.time() - (intent.sent_at or intent.clicked_at) > give_up_after_s:
                fields = {"status": IntentStatus.FAILED, "error": translate("Actions", NEVER_RECEIVED)}
            else:
                continue
            self.book.update(intent.key, **fields)
            self._record(intent.key, _row_fields(fields))


def _by_hand_fields(body: dict[str, Any]) -> dict[str, Any]:
    """What a server's answer says of steps by hand (console/bridge/manual.py: status "manual", then "done" or
    "not_done", with the steps): the intent's fields; {} for an action the server did itself."""
    state = body.get("status")
    steps = body.get("steps")
    words = tuple(str(x) for x in steps) if isinstance(steps, list) else ()
    if state == "manual":
        return {"status": IntentStatus.BY_HAND, "steps": words, "error": ""}
    if state == "not_done":
        reason = str(body.get("reason") or "").strip()
        return {"status": IntentStatus.NOT_DONE, "steps": words, "error": _not_done(reason)}
    if state == "done":
        return {"status": IntentStatus.ACKED, "steps": words}
    return {}


def _not_done(reason: str) -> str:
    """Why steps by hand were not done, with the operator's (or the bridge's) words when there are some."""
    reason = reason.strip()
    if reason:
        return translate("Actions", "not done by hand: {reason}").format(reason=reason)
    return translate("Actions", "not done by hand")


def _seat_fields(body: dict[str, Any]) -> dict[str, Any]:
    """Who the server says fired the action (`by`), and whether it answered with an action another seat had just
    started (`coalesced`): the intent's fields. The session file keeps `by` on the action's event (its raw JSON)."""
    by = body.get("by")
    return {"by": by if isinstance(by, str) else "", "coalesced": body.get("coalesced") is True}


def _row_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """An intent's changed fields as the `actions` row stores them (who fired it is on its event)."""
    out = {k: v for k, v in fields.items() if k not in _NOT_IN_ROW}
    if "status" in out:
        out["status"] = str(out["status"])
    if "error" in out:
        out["error"] = out["error"] or None
    if "steps" in out:
        out["steps"] = json.dumps(list(out["steps"])) if out["steps"] else None
    return out
