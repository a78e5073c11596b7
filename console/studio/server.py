"""The studio simulator: a real Studio Feed Protocol v1 server (Starlette on uvicorn) driving `StudioModel`.

It streams events over a WebSocket with resume, gap notices and heartbeats, accepts idempotent actions over
HTTP, and journals every accepted action so that a killed and restarted simulator regenerates the same live
and carries on from where it was (see docs/protocol.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from console import __version__
from console.i18n import translate
from console.plan.model import AdvisorSettings, Plan
from console.protocol import wire as p
from console.studio.feed_server import FeedServer, Journal, bind, serve
from console.studio.model import TICK_S, StudioModel
from console.studio.rules import ActionRefused
from console.studio.scenarios import SCENARIO_AUDIENCE, SCENARIOS

__all__ = ["SERVER_NAME", "SimulatorConfig", "StudioServer", "bind", "plan_hash", "serve"]

SERVER_NAME = f"live-console-simulator/{__version__}"
_MAX_STEPS_PER_TURN = 200  # bounded catch-up per loop turn keeps HTTP and sockets answering


@dataclass(frozen=True, slots=True)
class SimulatorConfig:
    plan: Plan
    token: str
    seed: int = 7
    speed: float = 1.0
    buffer_events: int = 2_000_000
    heartbeat_s: float = 2.0
    journal: Path | None = None
    scenario: str | None = None  # console/studio/scenarios.py; None: the default live
    audience: float | None = None  # None: 1, or the scenario's


class StudioServer(FeedServer):
    """The simulated live behind the feed server: `StudioModel` on the wall clock (times `speed`); actions applied
    to the model and journaled by the tick they were applied at, so a restart regenerates the same live."""

    server_name = SERVER_NAME

    def __init__(self, config: SimulatorConfig, now: float | None = None) -> None:
        self.config = config
        journal = Journal(config.journal) if config.journal else None
        header, records = journal.load() if journal else (None, [])
        started_at = float(header["started_at"]) if header else (now if now is not None else time.time())
        identity = {"seed": config.seed, "live_id": config.plan.live.id, "speed": config.speed,
                    "plan": plan_hash(config.plan), "scenario": config.scenario}
        if header and any(header.get(k) != v for k, v in identity.items()):
            theirs = {k: header.get(k) for k in identity}
            raise ValueError(translate("Studio", "journal {path} was written for {theirs}, not {ours}: the same seqs "
                                       "would carry different events").format(path=config.journal, theirs=theirs,
                                                                             ours=identity))
        super().__init__(config.token, buffer_events=config.buffer_events, heartbeat_s=config.heartbeat_s,
                         journal=journal, accepted=records)
        scenario = SCENARIOS[config.scenario] if config.scenario else None
        audience = config.audience or (SCENARIO_AUDIENCE if scenario else 1.0)
        self.model = StudioModel(config.plan, config.seed, started_at, audience, config.speed, scenario)
        self._replay = [r for r in records if "same_as" not in r]  # a coalesced request executed nothing
        if journal and header is None:
            journal.append({**identity, "started_at": started_at, "protocol": p.PROTOCOL})

    def scenario_words(self) -> str:
        """The scenario's pattern and onset, for the console line: "the room cools... at 28:00"."""
        script = self.model.script
        if script is None:
            return ""
        onset = script.onset_s
        summary = translate("Studio", script.scenario.summary)
        if script.staging.subject:
            summary = translate("Studio", "{summary} ({subject})").format(summary=summary,
                                                                          subject=script.staging.subject)
        if onset is None:
            return summary
        return translate("Studio", "{summary} at {time}").format(summary=summary,
                                                                 time=f"{int(onset) // 60:02d}:{int(onset) % 60:02d}")

    # ------------------------------------------------------------------ the live
    def hello(self) -> p.Hello:
        m, log = self.model, self.log
        return p.Hello(protocol=p.PROTOCOL, live_id=m.plan.live.id, title=m.plan.live.title, started_at=m.started_at,
                       time_scale=self.config.speed, first_seq=log.first_seq, last_seq=log.last_seq,
                       server=SERVER_NAME)

    def live_ts(self) -> float:
        return self.model.live_ts()

    @property
    def ended(self) -> bool:
        return self.model.ended

    def journal_position(self) -> dict[str, Any]:
        return {"tick": self.model.tick}

    async def execute(self, kind: str, action_id: str, params: dict[str, Any]) -> dict[str, Any]:
        return _apply(self.model, kind, action_id, params)

    # ------------------------------------------------------------------ clock
    def target_tick(self, now: float) -> int:
        return int((now - self.model.started_at) * self.config.speed / TICK_S)

    def advance(self, max_steps: int) -> int:
        """Run the model up to the wall clock (at most max_steps ticks); return ticks still behind."""
        target = self.target_tick(time.time())
        steps = 0
        while self.model.tick <= target and steps < max_steps and not self.model.ended:
            while self._replay and self._replay[0]["tick"] <= self.model.tick:
                rec = self._replay.pop(0)
                with contextlib.suppress(ActionRefused):  # it ran before; history decides, not today's state
                    _apply(self.model, rec["kind"], rec["body"]["action_id"], rec["params"])
            for ev in self.model.step():
                self.log.append(ev.seq, p.encode(self.stamped(ev)))
            steps += 1
        if steps:
            self.log.publish()
        return 0 if self.model.ended else max(0, target - self.model.tick)

    async def run(self) -> None:
        while not self.model.ended:
            behind = self.advance(_MAX_STEPS_PER_TURN)
            await asyncio.sleep(0 if behind else min(0.05, TICK_S / self.config.speed))
        self.log.publish()

    def fast_forward(self) -> None:
        """Regenerate the history up to now before serving (a restart from the journal)."""
        while self.advance(10_000):
            pass

    def snapshot(self) -> dict[str, Any]:
        m, plan = self.model, self.model.plan
        return {
            "protocol": p.PROTOCOL, "live_id": plan.live.id, "title": plan.live.title,
            "status": "ended" if m.ended else "live", "started_at": m.started_at,
            "time_scale": self.config.speed, "now_ts": m.live_ts(), "last_seq": self.log.last_seq,
            "first_seq": self.log.first_seq, "currency": plan.live.currency,
            "current_segment": m.segment_id, "viewers": m.viewers_now,
            "running_offers": [{"action_id": o.action_id, "product_id": o.product_id,
                                "discount_pct": o.discount_pct, "price": o.price, "ends_at": m.live_ts(o.ends_t)}
                               for o in m.offers.values()],
            "running_kits": [{"action_id": k.action_id, "kit_id": k.kit_id, "ends_at": m.live_ts(k.ends_t)}
                             for k in m.kits.values()],
            "products": [{"product_id": pr.sku, "name": pr.name, "price": pr.price, "stock": m.stock[pr.sku],
                          "category": pr.category} for pr in plan.products],
            "segments": [{"segment_id": s.id, "title": s.title, "products": list(s.products)}
                         for s in plan.segments],
            "kits": [{"kit_id": k.id, "name": k.name, "items": list(k.items), "price": k.price}
                     for k in plan.kits],
        }


def plan_hash(plan: Plan) -> str:
    """The plan's fingerprint in a journal's identity. A plan without an [advisor] section hashes as it did before
    the section existed, so journals written then still resume. Talking points are the host's words, which the
    simulator never reads: a typo fixed in them mid-live must not cost the journal."""
    raw = msgspec.to_builtins(plan)
    if plan.advisor == AdvisorSettings():
        raw.pop("advisor", None)
    for segment in raw.get("segments", []):
        segment.pop("talking_points", None)
    return hashlib.sha256(msgspec.json.encode(raw)).hexdigest()[:16]


def _apply(model: StudioModel, kind: str, action_id: str, params: dict[str, Any]) -> dict[str, Any]:
    if kind == "flash_offer":
        return model.start_offer(action_id, params["product_id"], params["discount_pct"], params["duration_s"])
    if kind == "segment":
        return model.change_segment(action_id, params["segment_id"])
    return model.launch_kit(action_id, params["kit_id"])
