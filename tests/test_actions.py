"""Operator actions end to end: intents, cues, the action client and the desk, against the real simulator."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot

from console.actions.book import ActionBook, ButtonState, Intent, IntentStatus, Refusal
from console.actions.rules import Blocker, covers_cue
from console.kpi.engine import KpiEngine
from console.kpi.snapshot import OfferInfo
from console.live.health import FeedHealth, FeedState
from console.plan.cues import CueList, CueState
from console.plan.model import DEMO_PLAN, load_plan, parse_plan
from console.services.action_client import ActionClient, RetryPolicy
from console.services.action_desk import ActionDesk
from console.services.feed_client import Backoff
from console.services.live_session import LiveSession, Tuning, open_live_session
from tests.support import SimProcess, start_simulator

PLAN = load_plan(DEMO_PLAN)
QUICK = RetryPolicy(max_attempts=4, first_delay_s=0.05, max_delay_s=0.2)


# ---------------------------------------------------------------------------------------------- pure
def test_a_double_press_within_500_ms_is_one_intent() -> None:
    book = ActionBook()
    first = book.press("kit:k", "kit", {"kit_id": "k"}, "Kit", "button", "op", now=100.0)
    assert first is not None
    assert book.press("kit:k", "kit", {"kit_id": "k"}, "Kit", "button", "op", now=100.3) is None
    assert book.press("kit:k", "kit", {"kit_id": "k"}, "Kit", "hotkey", "op", now=100.9) is not None  # 0.6 s later
    assert book.press("segment:s", "segment", {"segment_id": "s"}, "S", "button", "op", now=100.95) is not None
    assert len(book.all()) == 3


def test_button_shows_its_intent_state() -> None:
    book = ActionBook(cooldown_s=2.0)
    intent = book.press("b", "segment", {"segment_id": "s"}, "S", "button", "op", now=10.0)
    assert intent is not None
    assert book.button_view("b", 10.1).state == ButtonState.SENDING
    book.update(intent.key, status=IntentStatus.ACKED, acked_at=10.2, action_id="act-1")
    assert book.button_view("b", 10.3).state == ButtonState.COOLING  # acknowledged, not yet on the stream
    book.seen_on_stream("act-1", 10.4)
    assert book.button_view("b", 10.5).state == ButtonState.CONFIRMED
    assert book.button_view("b", 13.0).state == ButtonState.READY
    assert book.button_view("b", 13.0, disabled_reason="feed down").detail == "feed down"
    view = book.button_view("b", 13.0, offer_left_s=252.0)
    assert (view.state, view.detail) == (ButtonState.RUNNING, "live 04:12 left")


def test_stream_can_confirm_before_the_http_answer() -> None:
    book = ActionBook()
    intent = book.press("b", "kit", {"kit_id": "k"}, "K", "button", "op", now=1.0)
    assert intent is not None
    book.seen_on_stream("act-9", 1.1)
    updated = book.update(intent.key, status=IntentStatus.ACKED, acked_at=1.2, action_id="act-9")
    assert updated.seen_at == 1.1


def test_failed_button_shows_the_reason() -> None:
    book = ActionBook()
    intent = book.press("b", "kit", {"kit_id": "k"}, "K", "button", "op", now=1.0)
    assert intent is not None
    book.update(intent.key, status=IntentStatus.FAILED, error="kit_id: unknown kit (HTTP 422)")
    view = book.button_view("b", 2.0)
    assert (view.state, view.detail) == (ButtonState.FAILED, "kit_id: unknown kit (HTTP 422)")


CUE_PLAN = parse_plan(DEMO_PLAN.read_text().split("# Run of show")[0] + """
[[cues]]
at = "00:10"
action = "segment"
target = "qa"
auto = true

[[cues]]
at = "00:20"
action = "kit"
target = "kit-baker"

[[cues]]
at = "00:30"
action = "segment"
target = "baking"
auto = true
""")


def test_cue_list_fires_auto_cues_once_and_arms_manual_ones() -> None:
    cues = CueList(CUE_PLAN)
    assert cues.due_auto(9.0, grace_s=60) == []
    assert cues.due_auto(10.5, grace_s=60) == [0]
    cues.mark(0, CueState.FIRED)
    assert cues.due_auto(11.0, grace_s=60) == []
    assert cues.armed() == 1  # the manual kit cue waits for GO
    assert cues.due_auto(200.0, grace_s=60) == []  # 170 s late: never fired late
    assert [r.state for r in cues.rows()] == [CueState.FIRED, CueState.ARMED, CueState.MISSED]


# ---------------------------------------------------------------------------------------------- client
@pytest.fixture(scope="module")
def sim() -> Iterator[SimProcess]:
    s = start_simulator("--speed", "60")
    yield s
    s.stop(signal.SIGKILL)


def faults(sim: SimProcess, **kw: Any) -> None:
    httpx.post(f"{sim.api}/admin/faults", json=kw, headers=sim.headers(), timeout=5).raise_for_status()


def receipts(sim: SimProcess, key: str) -> int:
    stats = httpx.get(f"{sim.api}/admin/stats", headers=sim.headers(), timeout=5).json()
    return int(stats["action_requests"].get(key, {}).get("count", 0))


def send(sim: SimProcess, kind: str, params: dict[str, Any], key: str, **kw: Any) -> Any:
    async def go() -> Any:
        client = ActionClient(sim.api, sim.token, policy=kw.pop("policy", QUICK), **kw)
        try:
            return await client.send(kind, params, key)
        finally:
            await client.aclose()
    return asyncio.run(go())


def test_two_500s_then_success_is_one_action_three_attempts_one_key(sim: SimProcess) -> None:
    faults(sim, fail_next=2, status=500)
    result = send(sim, "segment", {"segment_id": "knife-demo"}, "key-500")
    assert result.ok
    assert result.attempts == 3
    assert receipts(sim, "key-500") == 3
    listed = httpx.get(f"{sim.api}/actions", headers=sim.headers()).json()["actions"]
    assert [a["action_id"] for a in listed].count(result.action_id) == 1


def test_429_honours_retry_after(sim: SimProcess) -> None:
    faults(sim, fail_next=1, status=429, retry_after=0.3)
    result = send(sim, "kit", {"kit_id": "kit-baker"}, "key-429")
    assert result.ok
    assert result.attempts == 2
    assert result.latency_ms >= 300


def test_422_fails_at_once_with_the_field_named(sim: SimProcess) -> None:
    result = send(sim, "flash_offer", {"product_id": "KNF-SANTO", "discount_pct": 95, "duration_s": 60}, "key-422")
    assert not result.ok
    assert result.http_status == 422
    assert result.attempts == 1
    assert result.error.startswith("discount_pct: expected `float` <= 90")
    assert receipts(sim, "key-422") == 1


def test_unreachable_api_says_so() -> None:
    result = send(SimProcess(None, "ws://127.0.0.1:9/v1/events", "http://127.0.0.1:9/v1"),  # type: ignore[arg-type]
                  "kit", {"kit_id": "x"}, "key-down", policy=RetryPolicy(max_attempts=2, first_delay_s=0.01))
    assert not result.ok
    assert result.http_status is None
    assert "not reachable" in result.error
    assert "gave up after 2 attempts" in result.error


def test_a_slow_server_answering_after_the_client_gave_up_still_made_one_action(sim: SimProcess) -> None:
    faults(sim, delay_s=0.6)
    try:
        result = send(sim, "flash_offer", {"product_id": "TOW-LIN3", "discount_pct": 10, "duration_s": 60},
                      "key-slow", timeout_s=0.2, policy=RetryPolicy(max_attempts=2, first_delay_s=0.01))
    finally:
        faults(sim)
    assert not result.ok
    assert result.unknown  # timed out: the server may still act, so the console must not call it failed
    assert "did not answer in time" in result.error
    async def lookup() -> Any:
        client = ActionClient(sim.api, sim.token)
        try:
            for _ in range(50):  # the server finishes the held requests on its own time
                found = await client.lookup("key-slow")
                if found:
                    return found
                await asyncio.sleep(0.1)
            return None
        finally:
            await client.aclose()
    found = asyncio.run(lookup())
    assert found is not None
    listed = httpx.get(f"{sim.api}/actions", headers=sim.headers()).json()["actions"]
    assert sum(1 for a in listed if a["action_id"] == found["action_id"]) == 1


# ---------------------------------------------------------------------------------------------- desk
@pytest.fixture
def desk_on(tmp_path: Path) -> Iterator[Any]:
    made: list[tuple[LiveSession, SimProcess]] = []

    def make(*sim_args: str, plan: Any = PLAN, timeout_s: float = 5.0, policy: RetryPolicy = QUICK) -> tuple[
            ActionDesk, SimProcess, Path]:
        s = start_simulator("--speed", "60", *sim_args)
        path = tmp_path / "session.db"
        session = open_live_session(s.feed, s.token, plan, session_path=path, api_url=s.api, operator="tester",
                                    tuning=Tuning(backoff=Backoff(0.1, 0.5), action_timeout_s=timeout_s,
                                                  action_retry=policy))
        session.start()
        made.append((session, s))
        return session.desk, s, path

    yield make
    for session, s in made:
        session.close()
        s.stop(signal.SIGKILL)


def row(path: Path, key: str) -> dict[str, Any] | None:
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        found = conn.execute("SELECT * FROM actions WHERE id = ?", (key,)).fetchone()
        return dict(found) if found else None


def test_click_is_on_disk_before_the_server_hears_of_it_then_acked(qtbot: QtBot, desk_on: Any) -> None:
    desk, sim, path = desk_on()
    qtbot.waitUntil(lambda: not desk.disabled_reason(desk.live.latest()[1]), timeout=10_000)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # the session file refuses every write for now
    try:
        intent = desk.fire_target("kit", "kit-knife-care", "button")
        assert intent is not None
        qtbot.waitUntil(lambda: desk.recorder.storage_error is not None, timeout=5_000)
        assert receipts(sim, intent.key) == 0  # not sent while its row cannot be written
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    qtbot.waitUntil(lambda: desk.book.get(intent.key).status == IntentStatus.ACKED, timeout=10_000)
    assert receipts(sim, intent.key) == 1
    qtbot.waitUntil(lambda: (r := row(path, intent.key)) is not None and r["status"] == "acked", timeout=5_000)
    stored = row(path, intent.key)
    assert stored is not None
    assert (stored["kind"], stored["source"], stored["operator"], stored["attempts"]) == ("kit", "button", "tester", 1)
    assert stored["action_id"] == desk.book.get(intent.key).action_id
    qtbot.waitUntil(lambda: desk.book.get(intent.key).seen_at is not None, timeout=10_000)  # confirmed on stream


def test_double_click_gives_one_server_side_action(qtbot: QtBot, desk_on: Any) -> None:
    desk, sim, _ = desk_on()
    qtbot.waitUntil(lambda: not desk.disabled_reason(desk.live.latest()[1]), timeout=10_000)
    first = desk.fire_target("flash_offer", "flash-dutch", "button")
    second = desk.fire_target("flash_offer", "flash-dutch", "button")
    assert first is not None
    assert second is None
    qtbot.waitUntil(lambda: desk.book.get(first.key).status == IntentStatus.ACKED, timeout=10_000)
    listed = httpx.get(f"{sim.api}/actions", headers=sim.headers()).json()["actions"]
    assert sum(1 for a in listed if a["kind"] == "flash_offer") == 1


def test_server_failing_twice_then_succeeding_is_recorded_as_three_attempts(qtbot: QtBot, desk_on: Any) -> None:
    desk, sim, path = desk_on()
    qtbot.waitUntil(lambda: not desk.disabled_reason(desk.live.latest()[1]), timeout=10_000)
    faults(sim, fail_next=2, status=503)
    intent = desk.fire_target("segment", "baking", "hotkey")
    assert intent is not None
    qtbot.waitUntil(lambda: (r := row(path, intent.key)) is not None and r["status"] == "acked", timeout=10_000)
    stored = row(path, intent.key)
    assert stored is not None
    assert stored["attempts"] == 3
    assert stored["http_status"] == 201
    assert receipts(sim, intent.key) == 3


def test_422_is_failed_with_the_message_and_not_retried(qtbot: QtBot, desk_on: Any) -> None:
    desk, sim, path = desk_on()
    qtbot.waitUntil(lambda: not desk.disabled_reason(desk.live.latest()[1]), timeout=10_000)
    intent = desk.fire("custom:offer", "flash_offer", {"product_id": "NOPE", "discount_pct": 10, "duration_s": 60},
                       "Custom offer", "button")
    assert intent is not None
    qtbot.waitUntil(lambda: desk.book.get(intent.key).status == IntentStatus.FAILED, timeout=10_000)
    failed = desk.book.get(intent.key)
    assert "unknown product 'NOPE'" in failed.error
    assert desk.book.button_view("custom:offer", failed.clicked_at + 1).state == ButtonState.FAILED
    assert receipts(sim, intent.key) == 1
    qtbot.waitUntil(lambda: (r := row(path, intent.key)) is not None and r["status"] == "failed", timeout=5_000)


def test_buttons_are_disabled_while_the_feed_is_down(qtbot: QtBot, desk_on: Any) -> None:
    desk, sim, _ = desk_on()
    qtbot.waitUntil(lambda: not desk.disabled_reason(desk.live.latest()[1]), timeout=10_000)
    sim.stop(signal.SIGKILL)
    qtbot.waitUntil(lambda: "feed is reconnecting" in desk.disabled_reason(desk.live.latest()[1]),
                    timeout=10_000)


def test_an_auto_cue_fires_at_its_time(qtbot: QtBot, desk_on: Any) -> None:
    desk, _sim, _path = desk_on(plan=CUE_PLAN)  # auto cue: segment qa at 00:10 live = 1/6 s at 60x
    qtbot.waitUntil(lambda: any(i.source == "cue" and i.status == IntentStatus.ACKED for i in desk.book.all()),
                    timeout=10_000)
    cue = next(i for i in desk.book.all() if i.source == "cue")
    assert cue.params == {"segment_id": "qa"}
    assert cue.live_ts is not None
    started = desk.live.ingest.engine.snapshot().started_at
    assert 10.0 <= cue.live_ts - started < 10.0 + 60.0  # at its time, within the grace
    assert desk.cues.armed() == 1  # the manual cue waits for GO
    go = desk.go()
    assert go is not None
    assert go.params == {"kit_id": "kit-baker"}


def test_an_unknown_outcome_blocks_the_button_and_is_settled_by_key(qtbot: QtBot, desk_on: Any) -> None:
    desk, sim, path = desk_on(timeout_s=0.3, policy=RetryPolicy(max_attempts=2, first_delay_s=0.01))
    qtbot.waitUntil(lambda: not desk.disabled_reason(desk.live.latest()[1]), timeout=10_000)
    faults(sim, delay_s=1.5)  # received, acted on only after the console has given up
    try:
        intent = desk.fire_target("segment", "qa", "button")
        assert intent is not None
        qtbot.waitUntil(lambda: desk.book.get(intent.key).status == IntentStatus.UNKNOWN, timeout=10_000)
        view = desk.book.button_view(intent.button, time.time())
        assert view.state == ButtonState.SENDING  # a second press now could make it twice
        assert "unknown" in view.detail
    finally:
        faults(sim)
    qtbot.waitUntil(lambda: receipts(sim, intent.key) >= 1 and any(
        a["params"] == {"segment_id": "qa"} for a in httpx.get(f"{sim.api}/actions", headers=sim.headers()).json()[
            "actions"]), timeout=10_000)
    desk.live.submit(desk.settle_unknown()).result(5)
    settled = desk.book.get(intent.key)
    assert settled.status == IntentStatus.ACKED
    assert settled.action_id is not None
    qtbot.waitUntil(lambda: (r := row(path, intent.key)) is not None and r["status"] == "acked", timeout=5_000)


# ---------------------------------------------------------------------------------------------- GO and the run of show
MANUAL_PLAN = parse_plan(DEMO_PLAN.read_text().split("# Run of show")[0] + """
[[cues]]
at = "80:00"
action = "segment"
target = "qa"

[[cues]]
at = "85:00"
action = "segment"
target = "baking"
""")


def server_segments(sim: SimProcess, segment: str) -> int:
    listed = httpx.get(f"{sim.api}/actions", headers=sim.headers(), timeout=5).json()["actions"]
    return sum(1 for a in listed if a["kind"] == "segment" and a["params"] == {"segment_id": segment})


def test_go_pressed_twice_fires_one_cue_and_only_the_cue_it_shows(qtbot: QtBot, desk_on: Any) -> None:
    desk, sim, path = desk_on(plan=MANUAL_PLAN)
    desk.book = ActionBook(debounce_s=60.0)  # every press below falls inside the window, however slow the machine
    qtbot.waitUntil(lambda: not desk.disabled_reason(desk.live.latest()[1]), timeout=10_000)
    first = desk.go(shown=0)
    assert isinstance(first, Intent) and first.params == {"segment_id": "qa"}
    second = desk.go(shown=1)  # `xdotool key --delay 120 F12 F12`: one deliberate press
    assert isinstance(second, Refusal) and "double press" in second.reason
    desk.book.debounce_s = 0.0  # a deliberate press, made before the pad drew the next cue
    stale = desk.go(shown=0)
    assert isinstance(stale, Refusal) and "moved on" in stale.reason
    assert [i.params for i in desk.book.all()] == [{"segment_id": "qa"}]
    qtbot.waitUntil(lambda: desk.book.get(first.key).status == IntentStatus.ACKED, timeout=10_000)
    assert server_segments(sim, "qa") == 1 and server_segments(sim, "baking") == 0
    qtbot.waitUntil(lambda: (r := row(path, first.key)) is not None and r["status"] == "acked", timeout=5_000)
    stored = row(path, first.key)
    assert stored is not None and stored["source"] == "go"  # logged as the cue GO fired, not as a hotkey


def test_a_segment_put_on_air_by_hand_is_not_sent_again_by_go(qtbot: QtBot, desk_on: Any) -> None:
    desk, sim, _ = desk_on(plan=MANUAL_PLAN)
    qtbot.waitUntil(lambda: not desk.disabled_reason(desk.live.latest()[1]), timeout=10_000)
    f7 = desk.fire_target("segment", "qa", "hotkey")  # the operator's F-key, not GO
    assert f7 is not None
    early_go = desk.go(shown=0)  # GO right after the key, before the stream shows the segment on air
    assert isinstance(early_go, Refusal)
    qtbot.waitUntil(lambda: (s := desk.live.latest()[0]) is not None and s.current_segment == "qa",
                    timeout=10_000)
    desk.book.debounce_s = 0.0  # the operator's next press
    done = desk.go(shown=0)  # the cue's effect is in place: marked done, not sent
    assert isinstance(done, Refusal) and "marked done" in done.reason
    assert desk.cue_rows()[0].state == CueState.DONE and "already on air" in desk.cue_rows()[0].note
    go = desk.go(shown=1)
    assert isinstance(go, Intent) and go.params == {"segment_id": "baking"}
    qtbot.waitUntil(lambda: desk.book.get(go.key).status == IntentStatus.ACKED, timeout=10_000)
    assert server_segments(sim, "qa") == 1  # sent once, by the key
    assert desk.book.button_view("segment:qa", time.time()).state != ButtonState.FAILED


def test_a_cue_whose_action_failed_shows_failed_not_fired(qtbot: QtBot, desk_on: Any) -> None:
    desk, sim, _ = desk_on(plan=MANUAL_PLAN)
    qtbot.waitUntil(lambda: not desk.disabled_reason(desk.live.latest()[1]), timeout=10_000)
    faults(sim, fail_next=1, status=409)  # the server refuses it (what a sold-out product gets)
    go = desk.go(shown=0)
    assert isinstance(go, Intent)
    qtbot.waitUntil(lambda: desk.book.get(go.key).status == IntentStatus.FAILED, timeout=10_000)
    faults(sim)
    first = desk.cue_rows()[0]
    assert first.state == CueState.FAILED and "injected failure" in first.note
    assert desk.cue_rows()[1].state == CueState.ARMED  # the run of show moves on


def test_auto_cues_that_would_be_refused_or_are_in_place_are_not_sent() -> None:
    """The desk's cue pass on a published snapshot, without a feed: nothing here may reach the network."""
    desk = open_live_session("ws://127.0.0.1:9/v1/events", "t", PLAN, api_url="http://127.0.0.1:9",
                             operator="tester").desk
    client = desk.client
    engine_snap = KpiEngine(PLAN).snapshot()
    t0 = 1_700_000_000.0
    live = FeedHealth(FeedState.LIVE, since=1.0, lag_s=0.1)
    # 03:10 into the live: the knife demo (auto cue at 03:00) already on air, put there by hand
    snap = replace(engine_snap, started_at=t0, now_ts=t0 + 190, elapsed_s=190, current_segment="knife-demo")
    desk.on_publish(snap, live)
    # 06:05: the Chef's knife offer (auto cue at 06:00) is due, and the knife is sold out
    snap = replace(snap, now_ts=t0 + 365, elapsed_s=365,
                   products=[replace(p, sold_out=p.sku == "KNF-CHEF20") for p in engine_snap.products])
    desk.on_publish(snap, live)
    rows = desk.cue_rows()
    assert (rows[0].state, rows[0].note) == (CueState.DONE, "“Knife skills demo” is already on air")
    assert (rows[1].state, rows[1].note) == (CueState.FAILED, "not sent: Chef's knife 20 cm is sold out")
    assert rows[2].state == CueState.WAITING  # the kit at 09:00 is not due yet
    assert desk.book.all() == []  # no intent, no request
    # the first manual cue (cast-iron, 20:00) put on air by hand: left armed while far early (a plan may put the
    # segment on air again later), marked done once near its time, and GO moves on to the next
    desk.on_publish(replace(snap, current_segment="cast-iron"), live)
    assert desk.cue_rows()[3].state == CueState.ARMED
    desk.on_publish(replace(snap, now_ts=t0 + 960, elapsed_s=960, current_segment="cast-iron"), live)  # 16:00
    assert desk.cue_rows()[3].state == CueState.DONE and desk.cues.armed() == 4
    assert desk.book.all() == []  # the kit cue (09:00) passed its grace meanwhile: missed, never fired late
    asyncio.run(client.aclose())


def test_an_offer_started_by_hand_long_before_its_cue_does_not_swallow_the_cue() -> None:
    """F1 at 01:17 runs the Chef's-knife offer to 06:17; the plan's 06:00 five-minute run of the same offer was
    marked done by those last 17 s and never ran, with no word. Now the cue waits for that offer to end (within
    its grace) and then goes out; an offer that covers at least half the planned run counts as done."""
    desk = open_live_session("ws://127.0.0.1:9/v1/events", "t", PLAN, api_url="http://127.0.0.1:9",
                             operator="tester").desk
    client = desk.client
    engine_snap = KpiEngine(PLAN).snapshot()
    t0 = 1_700_000_000.0
    live = FeedHealth(FeedState.LIVE, since=1.0, lag_s=0.1)
    by_hand = OfferInfo("act-hand", "KNF-CHEF20", 20, 52.0, t0 + 77, t0 + 377)  # 01:17 -> 06:17
    base = replace(engine_snap, started_at=t0, current_segment="knife-demo", running_offers={"act-hand": by_hand})
    desk.on_publish(replace(base, now_ts=t0 + 340, elapsed_s=340), live)  # 05:40: the 06:00 cue armed, near
    desk.on_publish(replace(base, now_ts=t0 + 362, elapsed_s=362), live)  # 06:02: due, the hand offer has 15 s
    offer_cue = desk.cue_rows()[1]
    assert offer_cue.cue.at == "06:00"
    assert offer_cue.state not in (CueState.DONE, CueState.FAILED)  # waiting for the running one to end
    assert desk.book.all() == []
    # covered: an offer running through at least half of the planned 300 s is the cue's effect, in place
    stop = Blocker("offer_running", "", "", done=True, ends_at=t0 + 360 + 150)
    assert covers_cue(stop, t0 + 360, {"duration_s": 300})
    assert not covers_cue(replace(stop, ends_at=t0 + 360 + 149), t0 + 360, {"duration_s": 300})
    assert covers_cue(Blocker("on_air", "", "", done=True), t0 + 360, {})
    assert not covers_cue(Blocker("sold_out", "", ""), t0 + 360, {})
    asyncio.run(client.aclose())
