"""The simulator's scripted scenarios: documented onsets per plan, the pattern only after the onset, the default
live untouched, and the command line and journal that carry a scenario."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from console.cli import build_parser
from console.plan.model import DEMO_PLAN, load_plan
from console.protocol import wire as p
from console.studio.model import StudioModel
from console.studio.scenarios import SCENARIOS, STUDIO_ACTION, quiet_onset, stage
from console.studio.server import SimulatorConfig, StudioServer, plan_hash
from console.studio.staged import StagedLive

ROOT = Path(__file__).resolve().parent.parent
DEMO = load_plan(DEMO_PLAN)
BRASIL = load_plan(ROOT / "assets" / "plans" / "brasil-cozinha.toml")

# docs/advisor.md, "Scenarios": onset (live minute) and subject, per plan
DOCUMENTED = {
    "demo": {"conversion_sag": (28, None), "abandonment_spike": (45, "MIX-STAND"), "dwell_lift": (20, "cast-iron"),
             "stock_out_risk": (25, "POT-DUTCH5"), "audience_drop": (50, "organic"),
             "views_no_orders": (24, "PAN-CAST28")},
    "brasil": {"conversion_sag": (41, None), "abandonment_spike": (80, "BAT-PLANET"),
               "dwell_lift": (22, "ferro-fundido"), "stock_out_risk": (25, "CAC-FERRO5"),
               "audience_drop": (51, "organic"), "views_no_orders": (25, "FRG-FERRO28")},
}


@pytest.mark.parametrize("plan_name", ["demo", "brasil"])
def test_the_documented_onsets_and_subjects(plan_name: str) -> None:
    plan = DEMO if plan_name == "demo" else BRASIL
    found = {name: (int(s.onset_s // 60), s.subject) for name, sc in SCENARIOS.items()
             if (s := stage(sc, plan)).onset_s is not None}
    assert found == DOCUMENTED[plan_name]
    assert stage(SCENARIOS["control"], plan).onset_s is None


def test_a_quiet_onset_avoids_cues_and_the_offers_they_start() -> None:
    # brasil: a flash offer cued at 30:00 runs 4 minutes, segment cues at 38:00 and 48:00
    assert quiet_onset(BRASIL, 28) == 41 * 60.0
    assert quiet_onset(DEMO, 28) == 28 * 60.0  # cues at 20:00 and 32:00 are far enough


def test_the_default_live_is_what_it_was() -> None:
    """No scenario: the same events, byte for byte, as before scenarios existed (first 10 minutes, seed 7)."""
    model = StudioModel(DEMO, 7, 1_700_000_000.0)
    digest, n = hashlib.sha256(), 0
    while model.t < 600:
        for e in model.step():
            digest.update(p.encode(e))
            n += 1
    assert (n, digest.hexdigest()) == (9834, "9d53a54822276a64e03dc31fc4000b18bba41dcca7fd3d8ba6eebbb8f9e0c59c")


def _events(name: str, seed: int = 3, onset_s: float = 150.0, until_s: float = 240.0) -> list[Any]:
    return [e for tick in StagedLive(DEMO, name, seed, audience=1.0, onset_s=onset_s, until_s=until_s) for e in tick]


def test_every_scenario_is_the_control_live_until_its_onset() -> None:
    control = [p.encode(e) for e in _events("control") if e.ts < 1_700_000_000.0 + 150.0]
    for name in SCENARIOS:
        mine = [p.encode(e) for e in _events(name) if e.ts < 1_700_000_000.0 + 150.0]
        assert mine == control, name
    assert _events("control") == _events("control")  # deterministic
    assert [p.encode(e) for e in _events("control", seed=4)] != [p.encode(e) for e in _events("control")]


def test_the_stock_is_the_scenarios_and_said_at_once() -> None:
    first = _events("control", until_s=1.0)
    stock = {e.product_id: e.stock for e in first if isinstance(e, p.StockChanged)}
    assert stock == {pr.sku: pr.stock * 20 for pr in DEMO.products}  # 20 x audience (1 here)


def test_organic_arrivals_fall_after_the_audience_drops_onset() -> None:
    evs = _events("audience_drop", onset_s=600.0, until_s=840.0)

    def organic(lo: float, hi: float) -> int:
        return sum(1 for e in evs if isinstance(e, p.ViewerJoined) and e.channel == "organic"
                   and 1_700_000_000.0 + lo <= e.ts < 1_700_000_000.0 + hi)

    before, after = organic(360, 600), organic(640, 840) * 240 / 200
    assert 0.2 * before < after < 0.45 * before  # -70 %, with noise


def test_the_lightning_sale_is_a_limited_lot_on_offer_at_the_onset() -> None:
    evs = _events("stock_out_risk", onset_s=600.0, until_s=601.0)
    at_onset = [e for e in evs if e.ts >= 1_700_000_000.0 + 600.0]
    sku = stage(SCENARIOS["stock_out_risk"], DEMO, 600.0).subject
    lot = next(e for e in at_onset if isinstance(e, p.StockChanged) and e.product_id == sku)
    offer = next(e for e in at_onset if isinstance(e, p.OfferStarted))
    assert offer.product_id == sku and offer.action_id.startswith(STUDIO_ACTION) and offer.duration_s == 900
    assert 20 <= lot.stock < 400


def test_the_high_ticket_product_is_presented_by_the_studio_when_the_show_has_not() -> None:
    evs = _events("abandonment_spike", onset_s=720.0, until_s=721.0)  # knife-demo is on air at 12:00
    change = next(e for e in evs if isinstance(e, p.SegmentChanged) and e.ts >= 1_700_000_000.0 + 720.0)
    assert change.segment_id == "baking" and change.action_id.startswith(STUDIO_ACTION)


def test_the_command_line_takes_a_scenario() -> None:
    args = build_parser().parse_args(["simulate", "--scenario", "dwell_lift"])
    assert (args.scenario, args.audience) == ("dwell_lift", None)
    assert build_parser().parse_args(["demo", "--scenario", "control"]).scenario == "control"
    assert build_parser().parse_args(["simulate"]).scenario is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["simulate", "--scenario", "nope"])


def test_a_journal_remembers_its_scenario(tmp_path: Path) -> None:
    journal = tmp_path / "j.jsonl"
    StudioServer(SimulatorConfig(plan=DEMO, token="t", journal=journal, scenario="control"), now=1.0)
    assert StudioServer(SimulatorConfig(plan=DEMO, token="t", journal=journal, scenario="control"), now=2.0)
    with pytest.raises(ValueError, match="scenario"):
        StudioServer(SimulatorConfig(plan=DEMO, token="t", journal=journal, scenario="dwell_lift"), now=3.0)
    server = StudioServer(SimulatorConfig(plan=DEMO, token="t", scenario="views_no_orders"), now=1.0)
    assert server.model.script is not None and server.model.rules.audience.scale == 6.0
    assert "PAN-CAST28" in server.scenario_words() and "24:00" in server.scenario_words()


def test_a_plan_without_an_advisor_section_keeps_its_journal_fingerprint() -> None:
    assert plan_hash(DEMO) == "f2bab78456f5f4b0"  # as before [advisor] existed
    assert plan_hash(BRASIL) == "1d96ea0666deccb4"
