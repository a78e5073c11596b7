"""The decisions behind the action pad, pure: can an action succeed now, is its effect in place, is a cue far early,
which button an offer's countdown belongs to, and a failure in words. Expected values are worked out by hand from
the demo plan (assets/plans/demo.toml)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from console.actions.book import ActionBook, IntentStatus, action_for, offer_countdowns, preset_face
from console.actions.rules import (
    CUE_FAR_EARLY_S,
    blocker,
    due_in_s,
    far_early,
    offer_blockers,
    readable_error,
    short_reason,
)
from console.actions.safety import cue_safety
from console.kpi.engine import KpiEngine
from console.kpi.snapshot import KpiSnapshot, OfferInfo
from console.plan.cues import CueList, CueState
from console.plan.model import DEMO_PLAN, Plan, load_plan

T0 = 1_700_000_000.0
PLAN = load_plan(DEMO_PLAN)


def snap_at(elapsed_s: float, **changes: object) -> KpiSnapshot:
    base = replace(KpiEngine(PLAN).snapshot(), started_at=T0, now_ts=T0 + elapsed_s, elapsed_s=elapsed_s,
                   current_segment="knife-demo")
    return replace(base, **changes)  # type: ignore[arg-type]


def sold_out(snap: KpiSnapshot, *skus: str) -> KpiSnapshot:
    return replace(snap, products=[replace(p, sold_out=p.sku in skus) for p in snap.products])


def params(plan: Plan, kind: str, target: str) -> dict[str, object]:
    return action_for(plan, kind, target)[1]


# ---------------------------------------------------------------------------------------------- can it succeed
def test_a_sold_out_product_blocks_its_offers_and_names_the_product() -> None:
    snap = sold_out(snap_at(600), "POT-DUTCH5")
    stop = blocker(PLAN, snap, "flash_offer", params(PLAN, "flash_offer", "flash-dutch"))
    assert stop is not None
    assert (stop.code, stop.reason, stop.short, stop.done) == ("sold_out", "Dutch oven 5 L is sold out", "sold out",
                                                               False)
    assert blocker(PLAN, snap, "flash_offer", params(PLAN, "flash_offer", "flash-chef20")) is None


def test_the_same_offer_running_is_in_place_another_on_the_product_blocks() -> None:
    # the knife offer started at 09:00 for 5 min: at 10:00 it has 04:00 left
    offer = OfferInfo("act-1", "KNF-CHEF20", 20.0, 71.2, started_at=T0 + 540, ends_at=T0 + 840)
    snap = snap_at(600, running_offers={"act-1": offer})
    same = blocker(PLAN, snap, "flash_offer", params(PLAN, "flash_offer", "flash-chef20"))
    assert same is not None and same.done
    assert same.reason == "this offer on Chef's knife 20 cm is already running (04:00 left)"
    assert same.short == "live 04:00 left"
    other = blocker(PLAN, snap, "flash_offer", {"product_id": "KNF-CHEF20", "discount_pct": 30.0, "duration_s": 60})
    assert other is not None and not other.done
    assert other.reason == "an offer on Chef's knife 20 cm is already running (-20%, 04:00 left)"


def test_a_segment_on_air_is_in_place() -> None:
    stop = blocker(PLAN, snap_at(600), "segment", {"segment_id": "knife-demo"})
    assert stop is not None and stop.done and stop.code == "on_air"
    assert stop.reason == "“Knife skills demo” is already on air"
    assert blocker(PLAN, snap_at(600), "segment", {"segment_id": "qa"}) is None


def test_a_kit_with_a_sold_out_item_is_blocked() -> None:
    # kit-baker: stand mixer, apron, spice set
    stop = blocker(PLAN, sold_out(snap_at(600), "MIX-STAND"), "kit", {"kit_id": "kit-baker"})
    assert stop is not None and stop.reason == "kit item Stand mixer 1000 W is sold out"
    assert blocker(PLAN, sold_out(snap_at(600), "MIX-STAND"), "kit", {"kit_id": "kit-knife-care"}) is None


def test_nothing_can_succeed_after_the_live_ended() -> None:
    stop = blocker(PLAN, snap_at(600, ended_at=T0 + 590), "segment", {"segment_id": "qa"})
    assert stop is not None and stop.code == "live_ended"


def test_the_custom_form_knows_every_product_no_offer_can_start_on() -> None:
    offer = OfferInfo("act-1", "KNF-CHEF20", 20.0, 71.2, started_at=T0 + 540, ends_at=T0 + 840)
    snap = sold_out(snap_at(600, running_offers={"act-1": offer}), "POT-DUTCH5", "MIX-STAND")
    found = {sku: stop.short for sku, stop in offer_blockers(PLAN, snap).items()}
    assert found == {"KNF-CHEF20": "other offer live, 04:00 left", "POT-DUTCH5": "sold out", "MIX-STAND": "sold out"}
    assert offer_blockers(PLAN, None) == {}


def test_no_snapshot_blocks_nothing() -> None:
    assert blocker(PLAN, None, "segment", {"segment_id": "qa"}) is None


# ---------------------------------------------------------------------------------------------- cue timing
def test_a_cue_far_early_asks_whatever_the_safety() -> None:
    assert CUE_FAR_EARLY_S == 300.0
    # cue at 20:00, the live at 00:33: due in 19:27 = 1167 s
    due = due_in_s(1200, snap_at(33))
    assert due == pytest.approx(1167.0)
    assert far_early(due)
    assert cue_safety("none", due) == ("confirm", False)
    assert cue_safety("confirm", due) == ("confirm", False)
    assert cue_safety("hold", due) == ("hold", True)
    assert not far_early(300.0) and far_early(300.5)  # "far" is more than the named constant
    assert cue_safety("none", 120.0) == ("none", False)
    assert cue_safety("none", -900.0) == ("none", False)  # late is the show running long: no question
    assert due_in_s(1200, None) is None and not far_early(None)


# ---------------------------------------------------------------------------------------------- countdowns
def test_an_offer_counts_down_on_the_button_that_started_it() -> None:
    book = ActionBook()
    by_go = book.press("preset:flash-dutch", "flash_offer", {}, "Dutch oven -25%", "go", "op", now=1.0)
    assert by_go is not None
    book.update(by_go.key, status=IntentStatus.ACKED, action_id="act-go")
    snap = snap_at(600, running_offers={
        "act-go": OfferInfo("act-go", "POT-DUTCH5", 25.0, 111.75, T0 + 580, T0 + 600 + 222),
        # started before a restart: no intent here, found by product and discount among the presets
        "act-old": OfferInfo("act-old", "KNF-CHEF20", 20.0, 71.2, T0 + 500, T0 + 600 + 100),
        # a custom offer from elsewhere matching no preset: no button to put it on
        "act-x": OfferInfo("act-x", "TOW-LIN3", 10.0, 17.1, T0 + 500, T0 + 600 + 50),
    })
    assert offer_countdowns(PLAN, snap, book) == {"preset:flash-dutch": pytest.approx(222.0),
                                                  "preset:flash-chef20": pytest.approx(100.0)}


def test_preset_face_keeps_discount_and_duration_apart_from_the_name() -> None:
    assert preset_face(PLAN, "flash-chef20") == ("Chef's knife", "-20% · 5 min")  # label "Chef's knife -20% (5 min)"
    assert preset_face(PLAN, "flash-dutch") == ("Dutch oven", "-25% · 4 min")


# ---------------------------------------------------------------------------------------------- failures in words
def test_a_failure_reads_as_names_and_fits_a_button() -> None:
    assert readable_error(PLAN, "POT-DUTCH5 is sold out (HTTP 409)") == "Dutch oven 5 L is sold out (HTTP 409)"
    assert readable_error(PLAN, "segment baking is already on air (HTTP 409)") == (
        "segment “Sunday baking” is already on air (HTTP 409)")
    assert readable_error(PLAN, "kit item MIX-STAND is sold out (HTTP 409)") == (
        "kit item Stand mixer 1000 W is sold out (HTTP 409)")
    assert short_reason("Dutch oven 5 L is sold out (HTTP 409)") == "sold out"
    assert short_reason("an offer is already running on Dutch oven 5 L (HTTP 409)") == "offer already running"
    assert short_reason("the action API answered HTTP 503 (gave up after 4 attempts)") == "HTTP 503"
    assert short_reason("kit_id: unknown kit (HTTP 422)") == "kit_id: unknown kit"


# ---------------------------------------------------------------------------------------------- book and cues
def test_a_tap_within_the_debounce_window_is_the_same_press() -> None:
    book = ActionBook(debounce_s=0.5)
    assert book.tap("go", 10.0)
    assert not book.tap("go", 10.121)  # xdotool key --delay 120 F12 F12
    assert book.tap("go", 10.7)


def test_a_fired_cue_whose_intent_failed_shows_failed_and_a_done_cue_done() -> None:
    cues = CueList(PLAN)  # demo: 3 auto cues, then cast-iron at 20:00 (index 3), Dutch oven at 32:00 (index 4)
    for i in range(3):
        cues.mark(i, CueState.FIRED, key=f"k{i}")
    cues.mark(3, CueState.DONE, note="“Searing in cast iron” is already on air")
    assert cues.armed() == 4
    cues.mark(4, CueState.FIRED, key="k4")
    rows = cues.rows({"k4": "Dutch oven 5 L is sold out (HTTP 409)"})
    assert [r.state for r in rows[:6]] == [CueState.FIRED] * 3 + [CueState.DONE, CueState.FAILED, CueState.ARMED]
    assert rows[4].note == "Dutch oven 5 L is sold out (HTTP 409)"
    assert rows[3].note == "“Searing in cast iron” is already on air"
