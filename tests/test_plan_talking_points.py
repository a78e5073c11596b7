"""A segment's talking points (docs/plan.md, [[segments]]): what the host view shows the host. Each is checked like
every other field of the plan: a bad one is refused with its file, line, field and what it must be."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from console.plan.model import DEMO_PLAN, PlanError, load_plan, parse_plan
from console.studio.server import plan_hash

BRASIL_PLAN = DEMO_PLAN.with_name("brasil-cozinha.toml")

BASE = """[live]
id = "t-1"
title = "Test live"

[[products]]
sku = "A"
name = "Alpha"
price = 10.0
unit_cost = 4.0
stock = 5

[[segments]]
id = "s1"
title = "Opening"
products = ["A"]

[[segments]]
id = "s2"
title = "Demo"
products = ["A"]
demo = true
POINTS
"""
POINTS_LINE = 22  # the line of POINTS in BASE (counted by hand: the second [[segments]] is at line 17)
WORDS = "must be a talking point in quotes: 1 to 200 characters on one line, no space at either end"


def plan_with(points: str) -> str:
    return BASE.replace("POINTS", points)


def test_talking_points_load_in_their_order_and_a_segment_without_them_has_none() -> None:
    plan = parse_plan(plan_with('talking_points = ["Hold it like a pen", "Dice an onion in 20 seconds"]'))
    assert plan.segments[1].points == ("Hold it like a pen", "Dice an onion in 20 seconds")
    assert plan.segments[0].points == ()


def test_twelve_points_of_200_characters_and_a_multiline_array_are_accepted() -> None:
    longest = "x" * 199 + "."
    plan = parse_plan(plan_with("talking_points = [\n" + "".join(f'  "{longest}",\n' for _ in range(12)) + "]"))
    assert plan.segments[1].points == (longest,) * 12


def test_a_plan_without_talking_points_encodes_and_fingerprints_as_before_them() -> None:
    """The simulator's journal is keyed by the plan's encoding (console/studio/server.py plan_hash): a plan that
    writes no talking points must not change it, or every journal written before them would be refused."""
    plan = parse_plan(plan_with(""))
    assert b"talking_points" not in msgspec.json.encode(plan)
    with_points = parse_plan(plan_with('talking_points = ["Say hello"]'))
    # The simulator never reads them: a typo fixed in a talking point mid-live keeps the journal resumable
    assert plan_hash(with_points) == plan_hash(plan)
    assert plan_hash(load_plan(DEMO_PLAN)) == "f2bab78456f5f4b0"  # the demo plan's, as before they were written


@pytest.mark.parametrize(("points", "field", "problem"), [
    ('talking_points = " hello"', "segments[1].talking_points", 'must be a list, got " hello"'),
    ('talking_points = ["ok", ""]', "segments[1].talking_points[1]", f'{WORDS}, got ""'),
    ('talking_points = ["   "]', "segments[1].talking_points[0]", f'{WORDS}, got "   "'),
    ('talking_points = [" leading space"]', "segments[1].talking_points[0]", f'{WORDS}, got " leading space"'),
    ('talking_points = ["trailing space "]', "segments[1].talking_points[0]", f'{WORDS}, got "trailing space "'),
    ('talking_points = ["two\\nlines"]', "segments[1].talking_points[0]", f'{WORDS}, got "two\\nlines"'),
    ("talking_points = [3]", "segments[1].talking_points[0]", f"{WORDS}, got 3"),
    ('talking_points = ["' + "y" * 201 + '"]', "segments[1].talking_points[0]",
     f'{WORDS}, got "{"y" * 36}…" (201 characters)'),
    ("talking_points = [" + ", ".join(['"p"'] * 13) + "]", "segments[1].talking_points",
     "must list at most 12 items, got 13"),
    ('talking_point = ["typo"]', "segments[1].talking_point",
     "unknown field (known here: id, title, products, demo, talking_points)"),
])
def test_a_bad_talking_point_names_file_line_and_field(points: str, field: str, problem: str) -> None:
    with pytest.raises(PlanError) as caught:
        parse_plan(plan_with(points), "my.toml")
    assert (caught.value.field, caught.value.problem, caught.value.line) == (field, problem, POINTS_LINE)
    assert str(caught.value) == f"my.toml:{POINTS_LINE}: {field}: {problem}"


def test_every_bad_point_is_reported_at_once_with_the_other_faults(tmp_path: Path) -> None:
    text = plan_with('talking_points = ["ok", " bad", ""]').replace('price = 10.0', 'price = -1.0')
    path = tmp_path / "plan.toml"
    path.write_text(text)
    with pytest.raises(PlanError) as caught:
        load_plan(path)
    assert str(caught.value).splitlines() == [
        f"{path}:8: products[0].price: must be a number greater than 0, got -1.0",
        f'{path}:{POINTS_LINE}: segments[1].talking_points[1]: {WORDS}, got " bad"',
        f'{path}:{POINTS_LINE}: segments[1].talking_points[2]: {WORDS}, got ""',
    ]


def test_a_bad_point_in_a_table_written_further_down_names_its_own_segment() -> None:
    """The third segment's fault names the third [[segments]] and the line of its key (27: a blank line, then
    [[segments]] at 24), not the first one's."""
    text = plan_with('talking_points = ["fine"]') + '\n[[segments]]\nid = "s3"\ntitle = "Q&A"\ntalking_points = [""]\n'
    with pytest.raises(PlanError) as caught:
        parse_plan(text, "my.toml")
    assert str(caught.value) == f'my.toml:27: segments[2].talking_points[0]: {WORDS}, got ""'


def test_the_example_plans_carry_talking_points() -> None:
    demo = load_plan(DEMO_PLAN)
    assert [len(s.points) for s in demo.segments] == [4, 5, 4, 3, 3]
    assert demo.segment("knife-demo").points[0] == "Pinch grip: thumb and finger on the blade, not the handle"
    brasil = load_plan(BRASIL_PLAN)
    assert brasil.segment("facas-demo").points[-1] == ("Mostre o fio contra a luz e compare com uma faca comum de "
                                                       "supermercado")
    assert sum(1 for s in brasil.segments if s.points) == 4  # and nine segments without any: the view says so
