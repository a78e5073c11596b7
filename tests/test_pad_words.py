"""What the action pad decides and says, without Qt: the safety step of each kind, a typed duration, a button's face
and the run of show's lines. Expected values are worked out by hand from the demo plan (assets/plans/demo.toml)."""

from __future__ import annotations

from console.actions.book import ButtonState, ButtonView
from console.actions.rules import Blocker
from console.actions.safety import safety_of
from console.plan.cues import CueList, CueRow, CueState
from console.plan.model import DEMO_PLAN, load_plan
from console.present.button_face import button_face
from console.present.fmt import parse_duration
from console.present.run_of_show import go_line, next_cue_line

PLAN = load_plan(DEMO_PLAN)
KEYS = ("F12", "Ctrl+Return")


def test_each_kind_takes_the_plans_safety_step() -> None:
    assert [safety_of(PLAN, kind) for kind in ("flash_offer", "segment", "kit")] == ["confirm", "none", "hold"]
    assert safety_of(PLAN, "") == "none" and safety_of(None, "kit") == "none"  # GO with no cue; no plan


def test_a_duration_is_typed_as_seconds_or_mm_ss() -> None:
    assert parse_duration("90") == 90 and parse_duration(" 1:30 ") == 90 and parse_duration("60:00") == 3600
    assert parse_duration("1:75") is None and parse_duration("1m30") is None and parse_duration("") is None


def test_a_button_face_says_its_state_in_a_few_words_and_the_whole_in_its_tooltip() -> None:
    failed = button_face(ButtonView(ButtonState.FAILED, "Dutch oven 5 L is sold out (HTTP 409)"), "Kit", False, False)
    assert (failed.detail, failed.state) == ("✗ failed: sold out", "failed")
    assert failed.tip == "Failed: Dutch oven 5 L is sold out (HTTP 409)"
    arming = button_face(ButtonView(ButtonState.READY), "Kit", False, True)
    assert (arming.detail, arming.state, arming.tip) == ("press again to confirm", "arming", "Kit")
    on_air = button_face(ButtonView(ButtonState.READY), "Q&A", True, False)
    assert (on_air.detail, on_air.state) == ("● on air now", "ready")
    running = button_face(ButtonView(ButtonState.RUNNING, "04:12 left"), "Chef's knife -20%", False, False)
    assert running.detail == "▶ 04:12 left"


def test_the_next_cue_line_counts_down_in_live_time() -> None:
    rows = CueList(PLAN).rows()  # 03:00 knife demo (auto), 06:00 chef's knife offer (auto), ...

    def label(row: CueRow) -> str:
        return row.cue.target

    assert next_cue_line(rows, None, label) == "next: knife-demo at 03:00"  # before the live starts
    assert next_cue_line(rows, 60.0, label) == "next: knife-demo in 02:00 (auto)"
    assert next_cue_line(rows, 250.0, label) == "next: knife-demo 01:10 late (auto)"
    cues = CueList(PLAN)
    for i in range(len(cues.cues)):
        cues.mark(i, CueState.SKIPPED if i % 2 else CueState.FIRED)
    assert next_cue_line(cues.rows(), 60.0, label) == "run of show done"
    assert next_cue_line([], 60.0, label) == "no cues in the plan"


def test_go_says_its_keys_how_early_and_why_it_cannot_fire() -> None:
    assert go_line(KEYS, False, None, 120.0) == "F12 / Ctrl+Return"
    assert go_line(KEYS, False, None, 600.0) == "F12 / Ctrl+Return  ·  due in 10:00"  # far early: over 5 minutes
    assert go_line(KEYS, True, None, 600.0) == "press F12 again to confirm"
    sold_out = Blocker("sold_out", "Dutch oven 5 L is sold out", "sold out")
    assert go_line(KEYS, False, sold_out, 0.0) == "✗ cannot fire: sold out — Skip"
    on_air = Blocker("on_air", "“Q&A” is already on air", "on air now", done=True)
    assert go_line(KEYS, False, on_air, 0.0) == "F12 / Ctrl+Return"  # already in place: GO marks it done
