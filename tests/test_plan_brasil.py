"""The second plan (long Brazilian Portuguese titles, BRL) stays valid: layout tests and screenshots rely on it."""

from __future__ import annotations

from pathlib import Path

from console.plan.model import load_plan

BRASIL_PLAN = Path(__file__).resolve().parent.parent / "assets" / "plans" / "brasil-cozinha.toml"


def test_brasil_plan_is_a_big_catalogue_with_long_titles_in_brl() -> None:
    plan = load_plan(BRASIL_PLAN)
    assert plan.live.currency == "BRL"
    assert len(plan.products) >= 15
    assert len(plan.segments) == 13
    assert max(p.price for p in plan.products) == 1499.0
    assert min(len(s.title) for s in plan.segments) >= 40  # long enough to break a naive label
    assert {c.action for c in plan.cues} == {"flash_offer", "segment", "kit"}
