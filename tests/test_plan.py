"""Session plan loading: the demo plan is believable; every kind of mistake names file, field and fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.plan import DEMO_PLAN, PlanError, load_plan, parse_plan

BASE = """
[live]
id = "t-1"
title = "Test live"
duration_min = 60

[goals]
gmv = 1000.0

[[products]]
sku = "A"
name = "Alpha"
price = 10.0
unit_cost = 4.0
stock = 5

[[products]]
sku = "B"
name = "Beta"
price = 20.0
unit_cost = 5.0
stock = 5

[[kits]]
id = "k1"
name = "Kit"
items = ["A", "B"]
price = 25.0

[[segments]]
id = "s1"
title = "Seg"
products = ["A"]

[[presets]]
id = "p1"
product = "A"
discount_pct = 10
duration_s = 60

[[cues]]
at = "01:30"
action = "flash_offer"
target = "p1"
auto = true
"""


def test_demo_plan_is_a_believable_catalogue() -> None:
    plan = load_plan(DEMO_PLAN)
    assert 8 <= len(plan.products) <= 12
    assert 2 <= len(plan.kits) <= 3
    assert 4 <= len(plan.segments) <= 6
    assert plan.presets
    prices = sorted(p.price for p in plan.products)
    assert prices[0] < 30 and prices[-1] > 200  # price points from impulse buys to a considered purchase
    early_auto = {c.action for c in plan.cues if c.auto and c.at_s <= 600}
    assert early_auto == {"flash_offer", "segment", "kit"}


def test_valid_base_plan_loads() -> None:
    plan = parse_plan(BASE, "base.toml")
    assert plan.product("B").margin == 15.0  # 20 - 5
    assert plan.cues[0].at_s == 90


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(PlanError, match=r"nope\.toml: file not found"):
        load_plan(tmp_path / "nope.toml")


def test_non_utf8_file(tmp_path: Path) -> None:
    bad = tmp_path / "latin.toml"
    bad.write_bytes(b"[live]\nid = \"\xe9\"\n")
    with pytest.raises(PlanError, match=r"latin\.toml: not UTF-8"):
        load_plan(bad)


@pytest.mark.parametrize(
    ("old", "new", "field", "problem"),
    [
        ('[live]\nid = "t-1"', '[live]\nid = "t 1"', "live.id", "expected `str` matching regex"),
        ('title = "Test live"\n', "", "live.title", "missing required field"),
        ("duration_min = 60", "duration_min = 60\nlength = 3", "live.length", "unknown field"),
        ("price = 10.0", "price = -10.0", "products[0].price", "expected `float` > 0.0"),
        ("stock = 5\n\n[[products]]", 'stock = "five"\n\n[[products]]', "products[0].stock",
         "expected `int`, got `str`"),
        ("gmv = 1000.0", "gmv = 1000.0\nconversion = 1.5", "goals.conversion", "expected `float` <= 1.0"),
        ('sku = "B"', 'sku = "A"', "products[1].sku", "duplicate sku 'A'"),
        ("unit_cost = 4.0", "unit_cost = 40.0", "products[0].unit_cost", "above the price"),
        ('items = ["A", "B"]', 'items = ["A", "Z"]', "kits[0].items[1]", "unknown product 'Z'"),
        ("price = 25.0", "price = 30.0", "kits[0].price", "not below the items' full price 30.00"),
        ('products = ["A"]', 'products = ["Q"]', "segments[0].products[0]", "unknown product 'Q'"),
        ('product = "A"', 'product = "Q"', "presets[0].product", "unknown product 'Q'"),
        ("discount_pct = 10", "discount_pct = 95", "presets[0].discount_pct", "expected `float` <= 90"),
        ('at = "01:30"', 'at = "1h30"', "cues[0].at", "is not mm:ss"),
        ('at = "01:30"', 'at = "75:00"', "cues[0].at", "after the end of the live (60 min)"),
        ('target = "p1"', 'target = "s1"', "cues[0].target", "unknown preset 's1' for action 'flash_offer'"),
        ('action = "flash_offer"', 'action = "pin"', "cues[0].action", "invalid enum value 'pin'"),
    ],
)
def test_each_kind_of_mistake_names_file_field_and_problem(old: str, new: str, field: str, problem: str) -> None:
    assert old in BASE
    with pytest.raises(PlanError) as info:
        parse_plan(BASE.replace(old, new, 1), "my-plan.toml")
    err = info.value
    assert err.path == "my-plan.toml"
    assert err.field == field
    assert problem in err.problem
    assert str(err).startswith(f"my-plan.toml: {field}: ")


def test_bad_toml_syntax() -> None:
    with pytest.raises(PlanError, match=r"my\.toml: not valid TOML"):
        parse_plan("[live\nid=1", "my.toml")


def test_no_products_at_all() -> None:
    with pytest.raises(PlanError, match=r"products: missing required field"):
        parse_plan('[live]\nid = "x"\ntitle = "t"\n', "p.toml")
