"""Session plan loading: the demo plan is believable; every kind of mistake names file, field and fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.plan.model import DEMO_PLAN, PlanError, load_plan, parse_plan

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


# BASE's lines, counted by hand: [live] 2, id 3, title 4, duration_min 5, [goals] 7, gmv 8, first [[products]] 10
# (sku 11, price 13, unit_cost 14, stock 15), second 17 (sku 18), [[kits]] 24 (items 27, price 28), [[segments]] 30
# (products 33), [[presets]] 35 (product 37, discount_pct 38), [[cues]] 41 (at 42, action 43, target 44).
@pytest.mark.parametrize(
    ("old", "new", "line", "field", "problem"),
    [
        ('[live]\nid = "t-1"', '[live]\nid = "t 1"', 3, "live.id",
         "must be an id of 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit, got \"t 1\""),
        ('title = "Test live"\n', "", 2, "live.title", "missing required field"),  # the table's header line
        ("duration_min = 60", "duration_min = 60\nlength = 3", 6, "live.length",
         "unknown field (known here: id, title, duration_min, currency, tags)"),
        ("duration_min = 60", 'duration_min = 60\ntags = ["kitchen", "kitchen"]', 6, "live.tags",
         "lists 'kitchen' twice"),
        ("duration_min = 60", 'duration_min = 60\ntags = ["kitchen", " weekend"]', 6, "live.tags[1]",
         'must be a tag in quotes: 1 to 32 characters, no space at either end, got " weekend"'),
        ("price = 10.0", "price = -5", 13, "products[0].price", "must be a number greater than 0, got -5"),
        ("stock = 5\n\n[[products]]", 'stock = "five"\n\n[[products]]', 15, "products[0].stock",
         'must be a whole number of at least 0, got "five"'),
        ("stock = 5\n\n[[products]]", "stock = 5.5\n\n[[products]]", 15, "products[0].stock",
         "must be a whole number of at least 0, got 5.5"),
        ("gmv = 1000.0", "gmv = 1000.0\nconversion = 1.5", 9, "goals.conversion",
         "must be a number from 0 to 1, got 1.5"),
        ("unit_cost = 4.0", "unit_cost = 40.0", 14, "products[0].unit_cost",
         "40.0 is above the price 10.0: every sale loses money"),
        ('items = ["A", "B"]', 'items = ["A", "Z"]', 27, "kits[0].items[1]", "unknown product 'Z'"),
        ('items = ["A", "B"]', 'items = ["A"]', 27, "kits[0].items", "must list 2 to 6 items, got 1"),
        ("price = 25.0", "price = 30.0", 28, "kits[0].price", "30.0 is not below the items' full price 30.00"),
        ('products = ["A"]', 'products = ["Q"]', 33, "segments[0].products[0]", "unknown product 'Q'"),
        ('product = "A"', 'product = "Q"', 37, "presets[0].product", "unknown product 'Q'"),
        ("discount_pct = 10", "discount_pct = 95", 38, "presets[0].discount_pct",
         "must be a number greater than 0 and at most 90, got 95"),
        ('at = "01:30"', 'at = "1h30"', 42, "cues[0].at", "'1h30' is not mm:ss (for example \"02:30\")"),
        ('at = "01:30"', 'at = "75:00"', 42, "cues[0].at", "75:00 is after the end of the live (60 min)"),
        ('target = "p1"', 'target = "s1"', 44, "cues[0].target", "unknown preset 's1' for action 'flash_offer'"),
        ('action = "flash_offer"', 'action = "pin"', 43, "cues[0].action",
         'must be one of "flash_offer", "kit", "segment", got "pin"'),
        ("auto = true", "auto = 1", 45, "cues[0].auto", "must be true or false, got 1"),
    ],
)
def test_each_kind_of_mistake_names_file_line_field_and_problem(old: str, new: str, line: int, field: str,
                                                                problem: str) -> None:
    assert old in BASE
    with pytest.raises(PlanError) as info:
        parse_plan(BASE.replace(old, new, 1), "my-plan.toml")
    err = info.value
    assert err.path == "my-plan.toml"
    assert str(err) == f"my-plan.toml:{line}: {field}: {problem}"  # one fault, nothing it dragged along
    assert (err.line, err.field, err.problem) == (line, field, problem)


def test_every_fault_is_reported_at_once_in_file_order() -> None:
    bad = (BASE.replace("price = 10.0", "price = -5", 1)  # line 13
           .replace('title = "Test live"\n', 'title = ""\n')  # line 4
           .replace('products = ["A"]', 'products = ["Q"]')  # line 33
           .replace('at = "01:30"', 'at = "99:00"')  # line 42: after the 60-minute live
           .replace("duration_s = 60", "duration_s = 5"))  # line 39
    with pytest.raises(PlanError) as info:
        parse_plan(bad, "plan.toml")
    assert str(info.value).splitlines() == [
        'plan.toml:4: live.title: must be a text of 1 to 120 characters, got ""',
        "plan.toml:13: products[0].price: must be a number greater than 0, got -5",
        "plan.toml:33: segments[0].products[0]: unknown product 'Q'",
        "plan.toml:39: presets[0].duration_s: must be a whole number from 10 to 3600, got 5",
        "plan.toml:42: cues[0].at: 99:00 is after the end of the live (60 min)",
    ]
    assert len(info.value.problems) == 5


def test_a_duplicate_sku_and_what_it_leaves_unknown_are_both_reported() -> None:
    with pytest.raises(PlanError) as info:
        parse_plan(BASE.replace('sku = "B"', 'sku = "A"'), "p.toml")
    assert str(info.value).splitlines() == [
        "p.toml:18: products[1].sku: duplicate sku 'A'",
        "p.toml:27: kits[0].items[1]: unknown product 'B'",  # the kit still lists B, which is gone
    ]


def test_a_negative_price_is_one_fault_not_three() -> None:
    """The unit cost is above a price of -5, and the kit's items would add up to 15: both follow from the one
    fault, so neither is reported beside it."""
    with pytest.raises(PlanError) as info:
        parse_plan(BASE.replace("price = 10.0", "price = -5", 1), "p.toml")
    assert [p.field for p in info.value.problems] == ["products[0].price"]


def test_the_command_line_prints_every_fault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from console.cli import main

    plan = tmp_path / "plan.toml"
    plan.write_text(BASE.replace("price = 10.0", "price = -5", 1).replace("stock = 5", "stock = -1", 1))
    assert main(["simulate", "--plan", str(plan), "--port", "0"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "live-console: bad plan, 2 problems:",
        f"  {plan}:13: products[0].price: must be a number greater than 0, got -5",
        f"  {plan}:15: products[0].stock: must be a whole number of at least 0, got -1",
    ]


def test_bad_toml_syntax_names_its_line() -> None:
    with pytest.raises(PlanError, match=r"^my\.toml:1: not valid TOML: .*\(at line 1, column 6\)"):
        parse_plan("[live\nid=1", "my.toml")


def test_no_products_at_all() -> None:
    with pytest.raises(PlanError, match=r"products: missing required field"):
        parse_plan('[live]\nid = "x"\ntitle = "t"\n', "p.toml")


def _leaves(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, (*path, k))] + [path]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, (*path, i))] + [path]
    return [path]


ODD_VALUES = [-1, 0, 1, 5.5, -0.5, 95, 3601, 1e9, "", "x", "t 1", "EUR", "eur", "A" * 121, True, False, [], ["A"],
              ["A", "A"], {}, {"x": 1}, "01:30"]


@pytest.mark.parametrize("seed", range(8))
def test_the_plain_words_checker_agrees_with_the_loader_on_every_shape(seed: int) -> None:
    """Whatever value lands in whatever field, the checker that words the faults finds one exactly when msgspec
    (which builds the plan) refuses the value: a valid plan is never refused for a rule msgspec does not have."""
    import copy
    import random
    import tomllib

    import msgspec
    import msgspec.inspect as mi

    from console.plan.check import ShapeChecker
    from console.plan.model import Plan

    rng = random.Random(seed)
    base = tomllib.loads(BASE)
    paths = [p for p in _leaves(base) if p]
    for _ in range(150):
        raw = copy.deepcopy(base)
        for _ in range(rng.randint(1, 2)):
            *parent, last = rng.choice(paths)
            node: object = raw
            try:
                for step in parent:
                    node = node[step]  # type: ignore[index]
                node[last] = copy.deepcopy(rng.choice(ODD_VALUES))  # type: ignore[index]
            except (KeyError, IndexError, TypeError):
                continue  # an earlier change replaced the parent
        shape = ShapeChecker()
        shape.check(raw, mi.type_info(Plan), "")
        try:
            msgspec.convert(raw, Plan)
            accepted = True
        except msgspec.ValidationError:
            accepted = False
        assert accepted == (not shape.problems), (raw, shape.problems)
