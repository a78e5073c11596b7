"""The Japanese (JPY) and Finnish (EUR) plans stay valid and say what they were written to say: layout checks and
screenshots in other languages rely on them (assets/plans/tokyo-kitchen.toml, assets/plans/suomi-keittio.toml)."""

from __future__ import annotations

from pathlib import Path

from console.plan.model import load_plan

PLANS = Path(__file__).resolve().parent.parent / "assets" / "plans"
TOKYO = PLANS / "tokyo-kitchen.toml"
SUOMI = PLANS / "suomi-keittio.toml"


def test_tokyo_plan_is_sixteen_products_in_whole_yen() -> None:
    plan = load_plan(TOKYO)
    assert plan.live.id == "tokyo-kitchen-01"
    assert plan.live.currency == "JPY"
    assert len(plan.products) == 16
    assert all(float(p.price).is_integer() for p in plan.products)  # the yen has no minor unit
    assert all(float(k.price).is_integer() for k in plan.kits)
    names = [p.name for p in plan.products]
    assert "南部鉄器 ダクタイル鋳鉄 両手鍋 24cm IH対応 蓋付き" in names
    assert max(p.price for p in plan.products) == 49800
    assert [p.sku for p in plan.products if plan.is_high_ticket(p.sku)] == ["ELE-SUIHAN"]  # the rice cooker only


def test_suomi_plan_is_sixteen_products_in_euros() -> None:
    plan = load_plan(SUOMI)
    assert plan.live.id == "suomi-keittio-01"
    assert plan.live.currency == "EUR"
    assert len(plan.products) == 16
    names = [p.name for p in plan.products]
    assert "Valurautainen paistinpannu induktioliesille 28 cm" in names
    assert "Ruostumattomasta teräksestä valmistettu kattilasarja" in names
    assert [p.sku for p in plan.products if plan.is_high_ticket(p.sku)] == ["YLE-1000W"]  # the stand mixer only


def test_the_two_plans_are_the_same_show_in_their_own_money() -> None:
    tokyo, suomi = load_plan(TOKYO), load_plan(SUOMI)
    assert len({tokyo.live.id, suomi.live.id, *(load_plan(p).live.id for p in PLANS.glob("*.toml")
                                                 if p not in (TOKYO, SUOMI))}) == len(list(PLANS.glob("*.toml")))
    assert (tokyo.goals.gmv, suomi.goals.gmv) == (6_000_000, 40_000)  # a yen goal is about 150x a euro one
    for plan in (tokyo, suomi):
        assert len(plan.segments) == 13
        assert {c.action for c in plan.cues} == {"flash_offer", "segment", "kit"}
        assert sum(1 for s in plan.segments if s.points) == 4
