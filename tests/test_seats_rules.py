"""Seats as pure logic: the seat's name on the wire, `by` on the action events, an auto cue's key, the words of an
action seen on the stream, and which of the stream's actions a seat's log shows as another seat's."""

from __future__ import annotations

import pytest

from console.actions.book import OTHER_SEAT, ActionBook, IntentStatus
from console.actions.seats import cue_key, label_of, seen_action
from console.plan.cues import CueRow, CueState
from console.plan.model import DEMO_PLAN, load_plan
from console.protocol import wire as p
from console.widgets.action_log import by_seat, cue_state_text

PLAN = load_plan(DEMO_PLAN)
OFFER = {"product_id": "KNF-CHEF20", "discount_pct": 20.0, "duration_s": 300.0}


@pytest.mark.parametrize(("name", "header"), [
    ("ana", "ana"), ("Ana Maria", "Ana Maria"), ("joão", "jo%C3%A3o"), ("50% off", "50%25 off"), ("慧", "%E6%85%A7"),
])
def test_a_seat_name_travels_in_its_header_and_back(name: str, header: str) -> None:
    assert p.seat_header_value(name) == header
    assert p.seat_from_header(header) == name


@pytest.mark.parametrize(("name", "problem"), [
    ("", "1 to 64 characters (got 0)"), ("a" * 65, "1 to 64 characters (got 65)"),
    ("ana\nbea", "printable characters only"), ("ana\x00", "printable characters only"),
])
def test_a_seat_name_the_protocol_refuses_says_why(name: str, problem: str) -> None:
    assert problem in p.seat_problem(name)
    assert p.seat_problem("a" * 64) == ""


def test_an_action_event_carries_by_only_when_a_seat_was_named() -> None:
    started = p.OfferStarted(seq=7, ts=100.0, action_id="act-1", product_id="KNF-CHEF20", discount_pct=20.0,
                             price=71.2, duration_s=300.0, ends_at=400.0)
    # no seat: exactly the bytes of before the field existed
    assert p.encode(started) == (b'{"type":"offer_started","action_id":"act-1","product_id":"KNF-CHEF20",'
                                 b'"discount_pct":20.0,"price":71.2,"duration_s":300.0,"ends_at":400.0,'
                                 b'"seq":7,"ts":100.0}')
    assert p.seat_of(started) == ""
    frame = p.decode_frame(b'{"type":"segment_changed","action_id":"act-2","segment_id":"qa","by":"ana",'
                           b'"seq":8,"ts":101.0}')
    assert frame.whole and p.seat_of(frame.events[0]) == "ana"
    assert p.seat_of(p.SoldOut(seq=9, ts=102.0, product_id="X")) == ""


def test_an_auto_cues_key_is_the_same_on_every_seat_and_another_for_anything_else() -> None:
    key = cue_key("demo-live", 1_700_000_000.25, 2, 540.0)
    assert key == cue_key("demo-live", 1_700_000_000.25, 2, 540.0)
    assert key.startswith("cue-") and len(key) == 4 + 24 and len(key) <= 200  # the protocol's 1-200 characters
    others = {cue_key("demo-live", 1_700_000_000.25, 3, 540.0), cue_key("demo-live", 1_700_000_000.25, 2, 541.0),
              cue_key("demo-live", 1_700_000_001.25, 2, 540.0), cue_key("other-live", 1_700_000_000.25, 2, 540.0)}
    assert key not in others and len(others) == 4


def test_an_action_seen_on_the_stream_reads_as_its_button() -> None:
    offer = p.OfferStarted(seq=1, ts=5.0, action_id="a1", by="ana", **OFFER, price=71.2, ends_at=305.0)
    seen = seen_action(offer)
    assert seen is not None and (seen.kind, seen.params, seen.by, seen.ts) == ("flash_offer", OFFER, "ana", 5.0)
    assert label_of(PLAN, seen.kind, seen.params) == "Chef's knife -20% (5 min)"  # the preset's own label
    assert label_of(PLAN, "flash_offer", {**OFFER, "discount_pct": 12.0}) == "Chef's knife 20 cm -12%"  # no preset
    assert label_of(PLAN, "segment", {"segment_id": "qa"}) == "Questions and answers"
    assert label_of(PLAN, "kit", {"kit_id": "kit-cast-iron"}) == "Cast-iron starter"
    assert label_of(None, "kit", {"kit_id": "kit-cast-iron"}) == "kit-cast-iron"
    assert seen_action(p.OfferEnded(seq=2, ts=6.0, action_id="a1", product_id="KNF-CHEF20")) is None


def test_the_log_shows_another_seats_action_unless_it_answers_or_may_answer_this_seats_press() -> None:
    book = ActionBook()
    mine = book.press("preset:flash-chef20", "flash_offer", OFFER, "Chef's knife", "button", "bea", now=10.0)
    assert mine is not None
    seen = seen_action(p.OfferStarted(seq=1, ts=5.0, action_id="act-ana", by="ana", **OFFER, price=71.2,
                                      ends_at=305.0))
    assert seen is not None
    book.observe(seen, "Chef's knife -20% (5 min)", wall_at=10.1, seen_at=10.2)
    assert book.seen_elsewhere() == []  # bea's own request of the same offer is still out: it may be its answer
    book.update(mine.key, status=IntentStatus.ACKED, action_id="act-ana", by="ana", coalesced=True)
    assert book.seen_elsewhere() == []  # it was: bea's log shows her own row, "by ana"
    assert by_seat(book.get(mine.key)) == " · by ana"
    kit = seen_action(p.KitLaunched(seq=2, ts=6.0, action_id="act-kit", kit_id="kit-cast-iron", price=109.0,
                                    by="ana"))
    assert kit is not None
    book.observe(kit, "Cast-iron starter", wall_at=11.0, seen_at=11.1)
    (other,) = book.seen_elsewhere()
    assert (other.action_id, other.source, other.by, other.status, other.seen_at) == (
        "act-kit", OTHER_SEAT, "ana", IntentStatus.ACKED, 11.1)
    assert by_seat(other) == " · by ana"
    assert book.all() == [book.get(mine.key)]  # the book's own intents: never another seat's
    failed = book.press("kit:kit-cast-iron", "kit", {"kit_id": "kit-cast-iron"}, "Cast-iron", "button", "bea", 12.0)
    assert failed is not None
    book.update(failed.key, status=IntentStatus.FAILED, error="kit kit-cast-iron is already live (HTTP 409)")
    assert [i.action_id for i in book.seen_elsewhere()] == ["act-kit"]  # refused here, on air from ana
    unnamed = book.press("segment:qa", "segment", {"segment_id": "qa"}, "Q&A", "button", "bea", 13.0)
    assert unnamed is not None
    book.update(unnamed.key, status=IntentStatus.ACKED, action_id="act-qa", by="bea")
    assert by_seat(book.get(unnamed.key)) == ""  # this seat's own


def test_a_cue_key_is_pressed_once() -> None:
    book = ActionBook()
    assert book.press("kit:k", "kit", {"kit_id": "k"}, "K", "cue", "ana", now=1.0, key="cue-1") is not None
    assert book.press("kit:k", "kit", {"kit_id": "k"}, "K", "cue", "ana", now=9.0, key="cue-1") is None
    assert book.get("cue-1").source == "cue"


def test_the_cue_tables_state_names_the_seat_that_fires_the_cues() -> None:
    cue = PLAN.cues[0]
    assert cue_state_text(CueRow(0, cue, CueState.FIRED, "by ana")) == "fired by ana"
    assert cue_state_text(CueRow(0, cue, CueState.WAITING, "another seat holds the cues")) == "other seat"
    assert cue_state_text(CueRow(0, cue, CueState.FIRED)) == "fired"
    assert cue_state_text(CueRow(0, cue, CueState.MISSED, "due while another seat holds the cues")) == "missed"
