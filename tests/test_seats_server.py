"""Seats at the serving end (docs/protocol.md, section 6): the Live-Console-Seat header, `by` on the answer and on
the action's event, and one action per intent across seats (coalescing), against the real simulator process."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from console.protocol import wire as p
from console.studio.feed_server import COALESCE_S
from tests.support import SimProcess, collect_sync, simulator, start_simulator, wait_while_running

SPEED = 60
SHORT_OFFER = {"product_id": "SHP-WHET", "discount_pct": 15, "duration_s": 10}  # 10 live s: 1/6 wall s at 60x


@pytest.fixture(scope="module")
def sim() -> Iterator[SimProcess]:
    s = start_simulator("--speed", str(SPEED))
    yield s
    s.stop(signal.SIGKILL)


def post(sim: SimProcess, path: str, body: dict[str, Any], key: str, seat: str | None = None) -> httpx.Response:
    headers = sim.headers(**{"Idempotency-Key": key})
    if seat is not None:
        headers[p.SEAT_HEADER] = seat
    return httpx.post(f"{sim.api}/actions/{path}", json=body, headers=headers, timeout=10)


def events_of(sim: SimProcess, action_id: str, kind: str) -> list[dict[str, Any]]:
    """Every event of `kind` for this action on the stream, read up to the live's last seq now."""
    last = httpx.get(f"{sim.api}/state", headers=sim.headers(), timeout=10).json()["last_seq"]
    seen = collect_sync(sim.feed, sim.token, until_seq=last)
    return [e for e in seen.events if e["type"] == kind and e.get("action_id") == action_id]


def until_on_stream(sim: SimProcess, action_id: str, kind: str) -> dict[str, Any]:
    """Read the stream until this action's `kind` event comes (a real condition, however long the server takes)."""
    seen = collect_sync(sim.feed, sim.token, until=lambda e: e["type"] == kind and e.get("action_id") == action_id)
    return next(e for e in seen.events if e["type"] == kind and e.get("action_id") == action_id)


def past_the_window(sim: SimProcess, accepted_at: float) -> bool:
    """Wait until the server's own clock is COALESCE_S (and a margin) past an acceptance: its live clock runs at
    SPEED live seconds a wall second."""
    def live_now() -> float:
        return float(httpx.get(f"{sim.api}/state", headers=sim.headers(), timeout=10).json()["now_ts"])

    return wait_while_running(sim.proc, lambda: live_now() - accepted_at >= (COALESCE_S + 0.2) * SPEED, 30)


@pytest.mark.parametrize(("header", "why"), [
    ("", "1 to 64 characters (got 0)"),
    ("x" * 65, "1 to 64 characters (got 65)"),
    ("ana%0Abea", "printable characters only"),
    ("%FF", "not percent-encoded UTF-8"),
])
def test_a_bad_seat_header_is_refused_naming_it(sim: SimProcess, header: str, why: str) -> None:
    reply = post(sim, "script-segment", {"segment_id": "qa"}, f"bad-seat-{len(header)}", seat=header)
    assert reply.status_code == 422
    error = reply.json()["error"]
    assert (error["code"], error["field"]) == ("invalid", "Live-Console-Seat")
    assert error["message"].startswith("Live-Console-Seat: ") and why in error["message"]


def test_the_seat_is_the_answers_by_and_its_events(sim: SimProcess) -> None:
    seat = "João Müller"  # not ASCII: the header carries it percent-encoded
    reply = post(sim, "bundle-kit", {"kit_id": "kit-knife-care"}, "seat-kit-1", seat=p.seat_header_value(seat))
    assert reply.status_code == 201
    body = reply.json()
    assert body["by"] == seat and "coalesced" not in body
    event = until_on_stream(sim, body["action_id"], "kit_launched")
    assert event["by"] == seat
    # a request that names no seat (a console of before seats) is answered as before, its event without `by`
    anonymous = post(sim, "flash-offer", {"product_id": "BRD-OAK40", "discount_pct": 10, "duration_s": 10}, "anon-1")
    assert anonymous.status_code == 201 and anonymous.json()["by"] == ""
    assert "by" not in until_on_stream(sim, anonymous.json()["action_id"], "offer_started")


def test_the_same_action_from_two_seats_within_two_seconds_runs_once_and_answers_both(sim: SimProcess) -> None:
    first = post(sim, "flash-offer", SHORT_OFFER, "ana-press-1", seat="ana")
    assert first.status_code == 201
    action_id = first.json()["action_id"]
    # bea presses the same button after the 10-second offer has already ended on air (1/6 wall s at 60x): without
    # coalescing the server would start it again
    until_on_stream(sim, action_id, "offer_ended")
    second = post(sim, "flash-offer", {**SHORT_OFFER, "discount_pct": 15.0}, "bea-press-1", seat="bea")
    assert second.status_code == 200
    assert {**second.json()} == {**first.json(), "coalesced": True}  # the same action, by ana, whoever asked
    # a retry of either key answers the same
    assert post(sim, "flash-offer", SHORT_OFFER, "bea-press-1", seat="bea").json() == second.json()
    assert post(sim, "flash-offer", SHORT_OFFER, "ana-press-1", seat="ana").json() == first.json()
    looked_up = httpx.get(f"{sim.api}/actions", params={"idempotency_key": "bea-press-1"}, headers=sim.headers(),
                          timeout=10).json()
    assert looked_up["action_id"] == action_id
    listed = httpx.get(f"{sim.api}/actions", headers=sim.headers(), timeout=10).json()["actions"]
    assert [a["action_id"] for a in listed].count(action_id) == 1  # one action, however many keys
    assert len(events_of(sim, action_id, "offer_started")) == 1

    # COALESCE_S after the first was accepted, the same press is a second intent: it runs
    assert past_the_window(sim, first.json()["accepted_at"])
    third = post(sim, "flash-offer", SHORT_OFFER, "bea-press-2", seat="bea")
    assert third.status_code == 201
    assert third.json()["action_id"] != action_id and third.json()["by"] == "bea"


def test_a_restarted_simulator_answers_both_keys_and_replays_the_action_once(tmp_path: Path) -> None:
    journal = tmp_path / "live.journal"
    with simulator("--speed", "60", "--journal", str(journal)) as first:
        port = first.port
        started = post(first, "flash-offer", SHORT_OFFER, "ana-1", seat="ana")
        action_id = started.json()["action_id"]
        until_on_stream(first, action_id, "offer_ended")  # the offer is over before bea's press arrives
        joined = post(first, "flash-offer", SHORT_OFFER, "bea-1", seat="bea")
        assert joined.status_code == 200 and joined.json()["action_id"] == action_id
    with simulator("--speed", "60", "--journal", str(journal), port=port) as again:
        for key, body in (("ana-1", started.json()), ("bea-1", joined.json())):
            assert post(again, "flash-offer", SHORT_OFFER, key).json() == body
        # the history regenerated from the journal holds the offer once, by ana, and ended once
        starts = events_of(again, action_id, "offer_started")
        assert [e["by"] for e in starts] == ["ana"]
        assert len(events_of(again, action_id, "offer_ended")) == 1


def test_back_to_an_earlier_segment_within_two_seconds_is_a_new_intent_not_a_repeat(sim: SimProcess) -> None:
    """A, then B, then A again: the third press means 'back to A', and the live must end on A (found in review: it
    was answered as a repeat of the first and the live stayed on B)."""
    first = post(sim, "script-segment", {"segment_id": "knife-demo"}, "ana-a", seat="ana")
    other = post(sim, "script-segment", {"segment_id": "welcome"}, "ben-b", seat="ben")
    back = post(sim, "script-segment", {"segment_id": "knife-demo"}, "ana-a-again", seat="ana")
    assert [r.status_code for r in (first, other, back)] == [201, 201, 201]
    assert back.json()["action_id"] != first.json()["action_id"] and "coalesced" not in back.json()
    on_air = until_on_stream(sim, back.json()["action_id"], "segment_changed")
    assert on_air["segment_id"] == "knife-demo"
