"""The simulator as a real process on loopback, spoken to by plain websockets and httpx clients."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest
from websockets.asyncio.client import connect

from console.protocol import wire as p
from tests.support import SimProcess, close_code_of, collect_sync, post_action, simulator

FAST = ("--speed", "120")


@pytest.fixture(scope="module")
def sim() -> SimProcess:
    with simulator(*FAST) as s:
        yield s


def test_stream_has_continuous_seqs_and_every_kind_of_event(sim: SimProcess) -> None:
    got = collect_sync(sim.feed, sim.token, until_seq=3000)
    seqs = [e["seq"] for e in got.events]
    assert seqs == list(range(1, 3001))
    assert got.controls[0]["type"] == "hello"
    assert got.controls[0]["protocol"] == p.PROTOCOL
    assert got.controls[0]["time_scale"] == 120
    assert got.frames < 3000  # events arrive batched
    assert got.events[0]["type"] == "live_started"
    kinds = {e["type"] for e in got.events}
    assert {"viewer_joined", "viewer_left", "viewer_count", "chat_message", "product_impression", "product_click",
            "cart_added", "order_placed", "stock_changed", "ad_spend"} <= kinds
    for e in got.events:  # the reference server speaks valid protocol, every time
        assert not p.decode_frame(json.dumps(e)).rejected


def test_resume_with_since_returns_exactly_the_missing_events(sim: SimProcess) -> None:
    first = collect_sync(sim.feed, sim.token, until_seq=1500)
    resumed = collect_sync(sim.feed, sim.token, since=1000, until_seq=1500)
    assert [e["seq"] for e in resumed.events] == list(range(1001, 1501))
    assert resumed.events == first.events[1000:1500]


def test_one_event_per_frame_on_request(sim: SimProcess) -> None:
    got = collect_sync(sim.feed, sim.token, until_seq=200, max_batch=1)
    assert got.frames == 201  # hello, then one frame per event
    assert [e["seq"] for e in got.events] == list(range(1, 201))


def test_heartbeats_carry_the_last_seq(sim: SimProcess) -> None:
    async def first_heartbeat() -> dict:
        async with connect(sim.feed + "?since=999999999",
                           additional_headers={"Authorization": f"Bearer {sim.token}"}) as ws:
            async for text in ws:
                msg = json.loads(text)
                if isinstance(msg, dict) and msg.get("type") == "heartbeat":
                    return msg
        raise AssertionError("stream closed before a heartbeat")
    hb = asyncio.run(first_heartbeat())
    assert hb["last_seq"] > 0 and hb["ts"] > 0


def test_missing_or_wrong_token_is_refused(sim: SimProcess) -> None:
    for token in ("", "wrong"):
        got = collect_sync(sim.feed, token)
        assert got.close_code == p.CloseCode.UNAUTHORIZED
        assert not got.events
    assert httpx.get(f"{sim.api}/state", timeout=5).status_code == 401
    reply = post_action(sim, "script-segment", {"segment_id": "qa"}, "k-401", token="wrong")
    assert reply.status_code == 401
    assert reply.json()["error"]["code"] == "unauthorized"


def test_bad_since_closes_with_bad_request(sim: SimProcess) -> None:
    assert asyncio.run(close_code_of(sim.feed + "?since=abc", sim.headers())) == p.CloseCode.BAD_REQUEST


def test_flash_offer_is_created_once_and_shows_on_the_stream(sim: SimProcess) -> None:
    body = {"product_id": "SPC-SET12", "discount_pct": 15, "duration_s": 120}
    first = post_action(sim, "flash-offer", body, "key-offer-1")
    assert first.status_code == 201
    action_id = first.json()["action_id"]
    again = post_action(sim, "flash-offer", body, "key-offer-1")
    assert again.status_code == 200
    assert again.json() == first.json()
    state = httpx.get(f"{sim.api}/state", headers=sim.headers(), timeout=5).json()
    assert [o["action_id"] for o in state["running_offers"]] == [action_id]
    got = collect_sync(sim.feed, sim.token, until=lambda e: e["type"] == "offer_started")
    started = got.events[-1]
    assert started["action_id"] == action_id
    assert started["price"] == 33.15  # 39 * 0.85
    looked_up = httpx.get(f"{sim.api}/actions", params={"idempotency_key": "key-offer-1"}, headers=sim.headers())
    assert looked_up.json()["action_id"] == action_id


def test_same_key_with_a_different_body_is_refused(sim: SimProcess) -> None:
    assert post_action(sim, "script-segment", {"segment_id": "knife-demo"}, "key-seg").status_code == 201
    reply = post_action(sim, "script-segment", {"segment_id": "baking"}, "key-seg")
    assert reply.status_code == 422
    assert reply.json()["error"]["code"] == "idempotency_key_reused"


@pytest.mark.parametrize(
    ("path", "body", "field", "message"),
    [
        ("flash-offer", {"product_id": "KNF-SANTO", "discount_pct": "lots", "duration_s": 60}, "discount_pct",
         "expected `float`, got `str`"),
        ("flash-offer", {"product_id": "KNF-SANTO", "discount_pct": 95, "duration_s": 60}, "discount_pct",
         "<= 90"),
        ("flash-offer", {"product_id": "KNF-SANTO", "discount_pct": 10}, "duration_s", "missing required field"),
        ("flash-offer", {"product_id": "NOPE", "discount_pct": 10, "duration_s": 60}, "product_id", "unknown product"),
        ("bundle-kit", {"kit_id": "kit-baker", "extra": 1}, "extra", "unknown field"),
        ("script-segment", b"{not json", "body", "not valid JSON"),
    ],
)
def test_malformed_body_gives_422_naming_the_field(sim: SimProcess, path: str, body: object, field: str,
                                                    message: str) -> None:
    reply = post_action(sim, path, body, f"key-422-{field}-{message}")
    assert reply.status_code == 422
    error = reply.json()["error"]
    assert error["field"] == field
    assert message in error["message"]


def test_missing_idempotency_key_is_a_bad_request(sim: SimProcess) -> None:
    reply = post_action(sim, "bundle-kit", {"kit_id": "kit-baker"}, None)
    assert reply.status_code == 400
    assert reply.json()["error"]["field"] == "Idempotency-Key"


def test_conflict_when_an_offer_already_runs(sim: SimProcess) -> None:
    body = {"product_id": "APR-CANV", "discount_pct": 10, "duration_s": 600}
    assert post_action(sim, "flash-offer", body, "key-c1").status_code == 201
    # another offer on the running one's product (the very same offer within 2 s is the same intent, coalesced:
    # tests/test_seats_server.py)
    reply = post_action(sim, "flash-offer", {**body, "discount_pct": 15}, "key-c2")
    assert reply.status_code == 409
    assert "already running" in reply.json()["error"]["message"]


def test_gap_is_announced_when_the_buffer_no_longer_holds_the_range() -> None:
    with simulator(*FAST, "--buffer", "400") as small:
        collect_sync(small.feed, small.token, until_seq=2000)  # the buffer has evicted the oldest events by now
        got = collect_sync(small.feed, small.token, since=10, until_seq=2000)
    gap = next(c for c in got.controls if c["type"] == "gap")
    first_held = got.events[0]["seq"]
    assert gap["from_seq"] == 11
    assert gap["to_seq"] == first_held - 1
    assert [e["seq"] for e in got.events] == list(range(first_held, got.events[-1]["seq"] + 1))


def test_kick_closes_streams_with_a_no_retry_code(sim: SimProcess) -> None:
    replies: list[httpx.Response] = []
    async def kick() -> None:
        replies.append(await asyncio.to_thread(httpx.post, f"{sim.api}/admin/kick", headers=sim.headers()))
    code = asyncio.run(close_code_of(sim.feed + "?since=999999999", sim.headers(), action=kick))
    assert replies[0].json()["kicked"] >= 1
    assert code == p.CloseCode.KICKED
    assert code in p.CloseCode.NO_RETRY
    assert collect_sync(sim.feed, sim.token, until_seq=5).events  # a new client is served as usual


def test_restart_from_the_journal_resumes_the_same_live(tmp_path: Path) -> None:
    journal = tmp_path / "live.journal"
    with simulator(*FAST, "--journal", str(journal)) as first:
        assert post_action(first, "script-segment", {"segment_id": "cast-iron"}, "key-j1").status_code == 201
        before = collect_sync(first.feed, first.token, until=lambda e: e["type"] == "segment_changed")
        port = first.port
    # the first process was SIGKILLed; the second regenerates the same history and carries on
    with simulator(*FAST, "--journal", str(journal), port=port) as second:
        last = before.events[-1]["seq"]
        after = collect_sync(second.feed, second.token, since=0, until_seq=last + 50)
        assert post_action(second, "script-segment", {"segment_id": "cast-iron"}, "key-j1").status_code == 200
    assert after.events[:last] == before.events
    assert [e["seq"] for e in after.events] == list(range(1, last + 51))


def test_simulator_refuses_a_bad_plan(tmp_path: Path) -> None:
    import subprocess
    import sys
    bad = tmp_path / "bad.toml"
    bad.write_text('[live]\nid = "x"\ntitle = "t"\n')
    done = subprocess.run([sys.executable, "-m", "console", "simulate", "--plan", str(bad), "--port", "0"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert f"{bad}: products: missing required field" in done.stderr


def test_flash_offer_beats_the_same_seed_without_it_over_the_wire() -> None:
    """Two simulators, same seed; one gets a 25% offer on the cast-iron pan (in focus, so the baseline has traffic
    enough for a stable conversion) at minute 10 for 4 minutes; orders are counted until carts resolve."""
    fast = ("--speed", "240", "--seed", "11")
    with simulator(*fast) as with_offer, simulator(*fast) as without:
        t0 = collect_sync(with_offer.feed, with_offer.token, until_seq=1).events[0]["ts"]
        collect_sync(with_offer.feed, with_offer.token, until=lambda e: e["ts"] >= t0 + 600)
        reply = post_action(with_offer, "flash-offer",
                            {"product_id": "PAN-CAST28", "discount_pct": 25, "duration_s": 240}, "key-lift")
        assert reply.status_code == 201
        a = collect_sync(with_offer.feed, with_offer.token,
                         until=lambda e: e["type"] == "offer_ended" and e["product_id"] == "PAN-CAST28")
        start = next(e["ts"] for e in a.events if e["type"] == "offer_started")
        end = a.events[-1]["ts"]
        assert a.events[-1]["action_id"] == reply.json()["action_id"]
        a = collect_sync(with_offer.feed, with_offer.token, until=lambda e: e["ts"] >= end + 120)
        b = collect_sync(without.feed, without.token, until=lambda e: e["ts"] >= end + 120)

    def pan(events: list[dict], kind: str, until: float) -> int:
        return sum(1 for e in events if e["type"] == kind and start <= e["ts"] < until and
                   (e.get("product_id") or e["items"][0]["product_id"]) == "PAN-CAST28")
    # clicks in the offer's window; orders until those clicks' carts have resolved (about a minute later)
    orders_a, clicks_a = pan(a.events, "order_placed", end + 120), pan(a.events, "product_click", end)
    orders_b, clicks_b = pan(b.events, "order_placed", end + 120), pan(b.events, "product_click", end)
    assert clicks_b >= 20  # the baseline has traffic: its ratio is not noise
    assert orders_a > 2 * max(orders_b, 1)
    assert orders_a / clicks_a > orders_b / max(clicks_b, 1)


def test_admin_input_is_validated(sim: SimProcess) -> None:
    for seconds in ("Infinity", "NaN", "-1", "1e400"):
        reply = httpx.post(f"{sim.api}/admin/stall", content=f'{{"seconds": {seconds}}}'.encode(),
                           headers=sim.headers(), timeout=5)
        assert reply.status_code in (400, 422), seconds
    assert httpx.get(f"{sim.api}/admin/kick", headers=sim.headers(), timeout=5).status_code == 405


def test_a_finished_live_restarts_from_its_journal(tmp_path: Path) -> None:
    from tests.test_pipeline import short_plan

    plan = short_plan(tmp_path)
    journal = str(tmp_path / "ended.journal")
    with simulator("--speed", "60", "--plan", str(plan), "--journal", journal) as first:
        ended = collect_sync(first.feed, first.token)
        port = first.port
    assert ended.close_code == p.CloseCode.LIVE_ENDED
    with simulator("--speed", "60", "--plan", str(plan), "--journal", journal, port=port) as again:
        replayed = collect_sync(again.feed, again.token)
    assert replayed.events == ended.events


def test_journal_of_another_configuration_is_refused(tmp_path: Path) -> None:
    import subprocess
    import sys
    journal = tmp_path / "j.journal"
    with simulator("--speed", "60", "--journal", str(journal)):
        pass
    done = subprocess.run([sys.executable, "-m", "console", "simulate", "--port", "0", "--speed", "30",
                           "--journal", str(journal)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "the same seqs would carry different events" in done.stderr
