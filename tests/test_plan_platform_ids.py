"""A product's `platform_ids` in the plan (docs/plan.md): loaded in any of TOML's three ways of writing a sub-table,
every fault named with its file, line and field, an id never mapped to two products, and a plan without it
unchanged, down to its journal fingerprint."""

from __future__ import annotations

import copy
import random
import tomllib
from pathlib import Path

import msgspec
import msgspec.inspect as mi
import pytest

from console.plan.check import ShapeChecker
from console.plan.model import DEMO_PLAN, PLATFORM_KEYS, Plan, PlanError, PlatformIds, load_plan, parse_plan

BRIDGE_DEMO = Path(__file__).resolve().parents[1] / "assets" / "plans" / "bridge-demo.toml"

# Lines counted by hand (the text starts on line 1): product A writes its ids as a sub-table (header 12, tiktok 13,
# shopify_sku 14, shopify_variant 15), B as an inline table (23), C as dotted keys (tiktok_shop 31,
# shopify_variant 32); D has none.
BASE = """\
[live]
id = "t-1"
title = "Test live"
duration_min = 60

[[products]]
sku = "A"
name = "Alpha"
price = 10.0
unit_cost = 4.0
stock = 5
[products.platform_ids]
tiktok = ["1729609304255072963"]
shopify_sku = ["A-BLK", "A-RED"]
shopify_variant = ["808950810"]

[[products]]
sku = "B"
name = "Beta"
price = 20.0
unit_cost = 5.0
stock = 5
platform_ids = { tiktok = ["1729609008007580355"], shopify_product = ["gid://shopify/Product/632910392"] }

[[products]]
sku = "C"
name = "Gamma"
price = 30.0
unit_cost = 6.0
stock = 5
platform_ids.tiktok_shop = ["1729382476852921560"]
platform_ids.shopify_variant = ["gid://shopify/ProductVariant/704912205188288575"]

[[products]]
sku = "D"
name = "Delta, sold in the studio only"
price = 40.0
unit_cost = 7.0
stock = 5
"""

KNOWN = "tiktok, tiktok_shop, shopify_sku, shopify_variant, shopify_product"
NUMERIC = 'must be a numeric id in quotes (1 to 20 digits), like "1729609304255072963"'
SKU = "must be a SKU in quotes: 1 to 255 characters, no space at either end"
VARIANT = ('must be a Shopify variant id in quotes: its number, like "808950810", or '
           '"gid://shopify/ProductVariant/808950810"')
PRODUCT = ('must be a Shopify product id in quotes: its number, like "632910392", or '
           '"gid://shopify/Product/632910392"')


def test_the_three_ways_of_writing_them_load_the_same_and_a_product_may_have_none() -> None:
    plan = parse_plan(BASE, "p.toml")
    a, b, c, d = plan.products
    assert a.platform_ids == PlatformIds(tiktok=["1729609304255072963"], shopify_sku=["A-BLK", "A-RED"],
                                         shopify_variant=["808950810"])
    assert b.platform_ids == PlatformIds(tiktok=["1729609008007580355"],
                                         shopify_product=["gid://shopify/Product/632910392"])
    assert c.platform_ids == PlatformIds(tiktok_shop=["1729382476852921560"],
                                         shopify_variant=["gid://shopify/ProductVariant/704912205188288575"])
    assert d.platform_ids is msgspec.UNSET
    assert PLATFORM_KEYS == ("tiktok", "tiktok_shop", "shopify_sku", "shopify_variant", "shopify_product")


def test_one_id_under_two_platforms_or_twice_in_one_product_is_fine() -> None:
    """A TikTok id and a TikTok Shop SKU id are unrelated numbers; a variant's SKU may be its own number."""
    text = (BASE.replace('platform_ids.tiktok_shop = ["1729382476852921560"]',
                         'platform_ids.tiktok_shop = ["1729609304255072963"]')
            .replace('shopify_sku = ["A-BLK", "A-RED"]', 'shopify_sku = ["A-BLK", "808950810"]'))
    plan = parse_plan(text, "p.toml")
    assert plan.products[2].platform_ids == PlatformIds(
        tiktok_shop=["1729609304255072963"], shopify_variant=["gid://shopify/ProductVariant/704912205188288575"])


@pytest.mark.parametrize(
    ("old", "new", "line", "field", "problem"),
    [
        # shapes: an id is a string in quotes, of the platform's own form
        ('tiktok = ["1729609304255072963"]', "tiktok = [1729609304255072963]", 13,
         "products[0].platform_ids.tiktok[0]", f"{NUMERIC}, got 1729609304255072963"),
        ('tiktok = ["1729609304255072963"]', 'tiktok = ["1729609304255072963"\n, "v1"]', 13,
         "products[0].platform_ids.tiktok[1]", f'{NUMERIC}, got "v1"'),  # a multi-line array: its key's line
        ('["A-BLK", "A-RED"]', '["A-BLK", ""]', 14, "products[0].platform_ids.shopify_sku[1]", f'{SKU}, got ""'),
        ('["A-BLK", "A-RED"]', '["A-BLK", "A-RED "]', 14, "products[0].platform_ids.shopify_sku[1]",
         f'{SKU}, got "A-RED "'),
        ('shopify_variant = ["808950810"]', 'shopify_variant = ["A-BLK"]', 15,
         "products[0].platform_ids.shopify_variant[0]", f'{VARIANT}, got "A-BLK"'),
        ('"gid://shopify/Product/632910392"', '"gid://shopify/ProductVariant/632910392"', 23,
         "products[1].platform_ids.shopify_product[0]", f'{PRODUCT}, got "gid://shopify/ProductVariant/632910392"'),
        ('tiktok = ["1729609304255072963"]', 'tiktok = "1729609304255072963"', 13,
         "products[0].platform_ids.tiktok", 'must be a list, got "1729609304255072963"'),
        # the table itself: known platforms only, and a table (not a list of tables)
        ("platform_ids.tiktok_shop", "platform_ids.shopee", 31, "products[2].platform_ids.shopee",
         f"unknown field (known here: {KNOWN})"),
        ('tiktok = ["1729609304255072963"]', 'tiktok = ["1729609304255072963"]\ntik_tok = []', 14,
         "products[0].platform_ids.tik_tok", f"unknown field (known here: {KNOWN})"),
        ("[products.platform_ids]", "[[products.platform_ids]]", 12, "products[0].platform_ids",
         "must be a table, got a list"),
        ('platform_ids = { tiktok = ["1729609008007580355"], shopify_product = ["gid://shopify/Product/632910392"] }',
         'platform_ids = [{ tiktok = ["1729609008007580355"] }]', 23, "products[1].platform_ids",
         "must be a table, got a list"),
        # cross-checks: one id, one product
        ('["A-BLK", "A-RED"]', '["A-BLK", "A-BLK"]', 14, "products[0].platform_ids.shopify_sku",
         'lists "A-BLK" twice'),
        ('tiktok = ["1729609008007580355"]', 'tiktok = ["1729609304255072963"]', 23,
         "products[1].platform_ids.tiktok[0]",
         "\"1729609304255072963\" is mapped to two products, 'B' here and 'A' in products[0].platform_ids.tiktok[0]"),
        # a gid names the same variant as its number
        ("ProductVariant/704912205188288575", "ProductVariant/808950810", 32,
         "products[2].platform_ids.shopify_variant[0]",
         "\"gid://shopify/ProductVariant/808950810\" is mapped to two products, 'C' here and 'A' in "
         "products[0].platform_ids.shopify_variant[0]"),
        # Shopify looks a line up by variant id and SKU in one table: a SKU may not be another product's variant id
        ('platform_ids.tiktok_shop = ["1729382476852921560"]', 'platform_ids.shopify_sku = ["808950810"]', 31,
         "products[2].platform_ids.shopify_sku[0]",
         "\"808950810\" is mapped to two products, 'C' here and 'A' in products[0].platform_ids.shopify_variant[0] "
         "(Shopify looks a line up by its variant id and its SKU alike)"),
    ],
)
def test_each_fault_names_file_line_field_and_problem(old: str, new: str, line: int, field: str,
                                                      problem: str) -> None:
    assert BASE.count(old) == 1
    with pytest.raises(PlanError) as info:
        parse_plan(BASE.replace(old, new), "my-plan.toml")
    assert str(info.value) == f"my-plan.toml:{line}: {field}: {problem}"  # one fault, nothing dragged along


def test_a_product_without_a_valid_sku_is_named_by_its_place() -> None:
    text = BASE.replace('sku = "B"', 'sku = "B B"').replace('"1729609008007580355"', '"1729609304255072963"')
    with pytest.raises(PlanError) as info:
        parse_plan(text, "p.toml")
    assert str(info.value).splitlines()[1] == (
        "p.toml:23: products[1].platform_ids.tiktok[0]: \"1729609304255072963\" is mapped to two products, "
        "products[1] here and 'A' in products[0].platform_ids.tiktok[0]")


def test_every_fault_at_once_in_file_order() -> None:
    text = (BASE.replace('shopify_sku = ["A-BLK", "A-RED"]', 'shopify_sku = ["A-BLK", "A-BLK", " A"]')  # 14
            .replace('"1729609008007580355"', '"1729609304255072963"')  # 23: A's TikTok id
            .replace("platform_ids.tiktok_shop", "platform_ids.tiktokshop")  # 31
            .replace('name = "Delta, sold in the studio only"',
                     'name = "Delta, sold in the studio only"\nplatform_ids = { shopify_sku = ["A-BLK"] }'))  # 37
    with pytest.raises(PlanError) as info:
        parse_plan(text, "plan.toml")
    assert str(info.value).splitlines() == [
        f'plan.toml:14: products[0].platform_ids.shopify_sku[2]: {SKU}, got " A"',
        'plan.toml:14: products[0].platform_ids.shopify_sku: lists "A-BLK" twice',
        "plan.toml:23: products[1].platform_ids.tiktok[0]: \"1729609304255072963\" is mapped to two products, "
        "'B' here and 'A' in products[0].platform_ids.tiktok[0]",
        f"plan.toml:31: products[2].platform_ids.tiktokshop: unknown field (known here: {KNOWN})",
        "plan.toml:37: products[3].platform_ids.shopify_sku[0]: \"A-BLK\" is mapped to two products, 'D' here and "
        "'A' in products[0].platform_ids.shopify_sku[0]",
    ]


def test_a_plan_without_platform_ids_encodes_and_fingerprints_as_before() -> None:
    """The simulator's journal identity hashes the plan's encoding (console/studio/server.py plan_hash): a product
    without platform ids encodes without the key, so journals written before the field existed still resume."""
    from console.studio.server import plan_hash

    demo = load_plan(DEMO_PLAN)
    assert all("platform_ids" not in p for p in msgspec.to_builtins(demo)["products"])
    assert plan_hash(demo) == "f2bab78456f5f4b0"  # tests/test_scenarios.py: as before [advisor] existed
    # with ids, only the keys written are encoded: the fingerprint follows the mapping, nothing else
    plan = parse_plan(BASE, "p.toml")
    assert [p.get("platform_ids") for p in msgspec.to_builtins(plan)["products"]] == [
        {"tiktok": ["1729609304255072963"], "shopify_sku": ["A-BLK", "A-RED"], "shopify_variant": ["808950810"]},
        {"tiktok": ["1729609008007580355"], "shopify_product": ["gid://shopify/Product/632910392"]},
        {"tiktok_shop": ["1729382476852921560"],
         "shopify_variant": ["gid://shopify/ProductVariant/704912205188288575"]},
        None,
    ]


def test_the_bridge_demo_plan_is_the_demo_plan_with_ids() -> None:
    demo, bridge = load_plan(DEMO_PLAN), load_plan(BRIDGE_DEMO)
    assert bridge.live.currency == "USD"  # Shopify's samples are in USD
    assert [msgspec.structs.replace(p, platform_ids=msgspec.UNSET) for p in bridge.products] == demo.products
    assert (bridge.kits, bridge.segments, bridge.presets, bridge.cues) == (demo.kits, demo.segments, demo.presets,
                                                                           demo.cues)
    unmapped = [p.sku for p in bridge.products if p.platform_ids is msgspec.UNSET]
    assert unmapped == ["PAN-CAST28", "MIX-STAND"]


ODD_VALUES = [-1, 0, 1729609304255072963, 5.5, True, "", " ", "x", "A-RED ", "1729609304255072963",
              "gid://shopify/ProductVariant/1", "gid://shopify/Product/1", "1" * 21, "A" * 256, "12\n",
              [], ["1"], ["1", "1"], ["A", 1], {}, {"tiktok": ["1"]}, {"shopee": []}, [{"tiktok": ["1"]}]]


def _leaves(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, (*path, k))] + [path]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, (*path, i))] + [path]
    return [path]


@pytest.mark.parametrize("seed", range(4))
def test_the_plain_words_checker_agrees_with_the_loader_on_every_id(seed: int) -> None:
    """Whatever lands in `platform_ids`, the checker that words the faults finds one exactly when msgspec (which
    builds the plan) refuses it: a valid id is never refused, an invalid one never loads."""
    rng = random.Random(seed)
    base = tomllib.loads(BASE)
    paths = [p for p in _leaves(base) if p and "platform_ids" in p]
    for _ in range(200):
        raw = copy.deepcopy(base)
        *parent, last = rng.choice(paths)
        node: object = raw
        for step in parent:
            node = node[step]  # type: ignore[index]
        node[last] = copy.deepcopy(rng.choice(ODD_VALUES))  # type: ignore[index]
        shape = ShapeChecker()
        shape.check(raw, mi.type_info(Plan), "")
        try:
            msgspec.convert(raw, Plan)
            accepted = True
        except msgspec.ValidationError:
            accepted = False
        assert accepted == (not shape.problems), (raw, shape.problems)
