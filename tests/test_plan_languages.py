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


def test_the_simulator_reads_a_yen_price_in_euro_sized_units() -> None:
    """The demand curves are tuned on euro prices: ￥1,980 must sell like €13.20 (1,980 / 150), not like a €1,980
    pan, or every product of a yen plan shows "many views, few orders"."""
    from msgspec.structs import replace

    from console.studio.rules import Audience, Rates

    tokyo, suomi = load_plan(TOKYO), load_plan(SUOMI)
    yen = next(p for p in tokyo.products if p.price == 1980)
    euro = replace(yen, price=13.2)
    in_yen, in_euro = Rates(tokyo, Audience()), Rates(suomi, Audience())
    assert in_yen.cart_rate(yen, 0.0) == in_euro.cart_rate(euro, 0.0)
    assert in_yen.order_rate(yen, 0.0, 600.0, 0.0) == in_euro.order_rate(euro, 0.0, 600.0, 0.0)
    # hand-computed for €13.20: cart 0.35 × min(1.3, (60 / 13.2) ** 0.3 = 1.575) = 0.455;
    # order 0.62 - 0.17 × log10(13.2 / 20) = 0.6507 (before the 30-minute sag)
    assert abs(in_euro.cart_rate(euro, 0.0) - 0.455) < 1e-9
    assert abs(in_euro.order_rate(euro, 0.0, 600.0, 0.0) - 0.6507) < 1e-3
