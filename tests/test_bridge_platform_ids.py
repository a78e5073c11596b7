"""The bridge's ProductMap (console/bridge/platform_ids.py): platform ids to plan products, from the plan; an id the
plan does not map stays visible as the platform's own. On a hand-written plan, then on the real ids of the
committed TikTok capture and Shopify samples with assets/plans/bridge-demo.toml."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.bridge.capture import read_capture
from console.bridge.platform_ids import ProductMap, canonical
from console.bridge.shopify import Delivery, ShopifyConfig, ShopifyMapper
from console.bridge.tiktok_map import ChatMessageDraft, ProductFeaturedDraft, TikTokMapper
from console.plan.model import load_plan, parse_plan
from console.protocol import wire as p

ROOT = Path(__file__).resolve().parents[1]
BRIDGE_DEMO = ROOT / "assets" / "plans" / "bridge-demo.toml"
CAPTURE = ROOT / "tests" / "data" / "tiktok" / "tiktoklivejava_corpus.capture.ndjson"
SHOPIFY = ROOT / "tests" / "data" / "shopify"

PLAN = """\
[live]
id = "t-1"
title = "Test live"
currency = "USD"

[[products]]
sku = "A"
name = "Alpha"
price = 10.0
unit_cost = 4.0
stock = 5
[products.platform_ids]
tiktok = ["1729609304255072963", "1729681322177039043"]
shopify_sku = ["A-BLK"]
shopify_variant = ["gid://shopify/ProductVariant/808950810"]

[[products]]
sku = "B"
name = "Beta"
price = 20.0
unit_cost = 5.0
stock = 5
platform_ids = { tiktok_shop = ["1729609304255072963"], shopify_product = ["632910392"] }

[[products]]
sku = "C"
name = "Gamma"
price = 30.0
unit_cost = 6.0
stock = 5
"""


def pin(platform_product_id: str | None, platform: str = "tiktok") -> ProductFeaturedDraft:
    return ProductFeaturedDraft(1.0, state="pinned", platform=platform, platform_product_id=platform_product_id,
                                title="Perfume", price=100.0, price_text="฿100.00")


@pytest.fixture
def products() -> ProductMap:
    return ProductMap.from_plan(parse_plan(PLAN, "p.toml"))


def test_each_platform_key_is_its_own_table(products: ProductMap) -> None:
    assert products.product_for("tiktok", "1729609304255072963") == "A"
    assert products.product_for("tiktok", "1729681322177039043") == "A"  # several ids, one product
    assert products.product_for("tiktok_shop", "1729609304255072963") == "B"  # same digits, another platform
    assert products.product_for("shopify_sku", "A-BLK") == "A"
    assert products.product_for("shopify_sku", "a-blk") is None  # a SKU is matched as written
    assert products.product_for("shopify_product", "632910392") == "B"
    assert products.product_for("tiktok", "1729609008007580355") is None  # not in the plan
    assert products.product_for("tiktok", None) is None and products.product_for("tiktok", "") is None
    assert len(products) == 6


def test_a_shopify_gid_and_its_number_are_the_same_id(products: ProductMap) -> None:
    """The plan writes variant 808950810 as a gid; the webhook says 808950810, the Admin API the gid."""
    assert products.product_for("shopify_variant", "808950810") == "A"
    assert products.product_for("shopify_variant", "gid://shopify/ProductVariant/808950810") == "A"
    assert products.product_for("shopify_product", "gid://shopify/Product/632910392") == "B"
    assert canonical("shopify_sku", "gid://shopify/ProductVariant/1") == "gid://shopify/ProductVariant/1"  # a SKU


def test_an_unknown_platform_key_is_the_callers_mistake(products: ProductMap) -> None:
    with pytest.raises(ValueError, match=r"unknown platform key 'shopee' \(known: tiktok, tiktok_shop, "):
        products.product_for("shopee", "1")
    with pytest.raises(ValueError, match="unknown platform key 'tik_tok'"):
        products.unmapped("tik_tok")
    with pytest.raises(ValueError, match=r"unknown platform keys \['shopee'\]"):
        ProductMap({"shopee": {"1": "A"}})


def test_a_pin_gets_the_plan_product_and_an_unmapped_one_keeps_the_platforms_id(products: ProductMap) -> None:
    mapped = products.featured(pin("1729681322177039043"))
    assert (mapped.product_id, mapped.platform_product_id, mapped.title) == ("A", "1729681322177039043", "Perfume")
    unmapped = products.featured(pin("1729609008007580355"))
    assert unmapped == pin("1729609008007580355")  # product_id None, the platform's id and title as they were
    assert products.featured(pin("1729609304255072963", platform="youtube")).product_id is None  # not a pin key
    unpin = ProductFeaturedDraft(2.0, state="unpinned", platform="tiktok", platform_product_id=None, title="",
                                 price=None, price_text="")
    assert products.featured(unpin) == unpin
    chat = ChatMessageDraft(3.0, viewer_id="v-1", text="1729609304255072963")
    assert products.fill([chat, pin("1729609304255072963"), unpin]) == [
        chat, ProductFeaturedDraft(1.0, state="pinned", platform="tiktok", platform_product_id="1729609304255072963",
                                   title="Perfume", price=100.0, price_text="฿100.00", product_id="A"), unpin]


def test_the_mapped_pin_goes_through_the_consoles_decoder(products: ProductMap) -> None:
    frame = json.dumps([products.featured(pin("1729609304255072963")).to_wire(1),
                        products.featured(pin("1729609008007580355")).to_wire(2)])
    decoded = p.decode_frame(frame)
    assert decoded.rejected == []
    assert [(e.product_id, e.platform_product_id) for e in decoded.events  # type: ignore[union-attr]
            ] == [("A", "1729609304255072963"), (None, "1729609008007580355")]


def test_shopify_gets_one_table_of_variant_ids_and_skus_and_lines_resolve_in_order(products: ProductMap) -> None:
    assert products.shopify_product_map() == {"A-BLK": "A", "808950810": "A"}
    assert products.shopify_line("808950810", "Z-UNKNOWN") == "A"  # the variant id first
    assert products.shopify_line("999", "A-BLK") == "A"  # then the SKU
    assert products.shopify_line("999", "Z", "632910392") == "B"  # then the product: all its variants
    assert products.shopify_line(None, None, None) is None
    assert products.shopify_line("999", "Z", "1") is None


def test_products_no_platform_names_are_listed_in_plan_order(products: ProductMap) -> None:
    assert products.unmapped("tiktok") == ["B", "C"]
    assert products.unmapped("shopify_sku", "shopify_variant", "shopify_product") == ["C"]
    assert products.unmapped() == ["A", "B", "C"]


def test_a_plan_without_platform_ids_maps_nothing() -> None:
    plain = ProductMap.from_plan(load_plan(ROOT / "assets" / "plans" / "demo.toml"))
    assert len(plain) == 0 and plain.shopify_product_map() == {}
    assert plain.featured(pin("1729609304255072963")).product_id is None


# ---------------------------------------------------------------------- the real ids, with the bridge demo plan

BRIDGE = ProductMap.from_plan(load_plan(BRIDGE_DEMO))


def test_every_pin_of_the_real_capture_maps_to_a_bridge_demo_product() -> None:
    """The corpus has 10 WebcastOecLiveShoppingMessage lines: 6 without a product on screen (not mapped by
    tiktok_map) and 4 pins of three products: 1729609304255072963 (men's perfume ep.1), 1729609008007580355
    (women's ep.1, twice) and 1729681322177039043 (tiny perfume men ep.2); bridge-demo.toml maps the men's two to
    KNF-CHEF20 and the women's to KNF-SANTO."""
    mapper = TikTokMapper(live_id="bridge-demo-01", key=b"a test pseudonym key")
    pins = []
    for rec in read_capture(CAPTURE):
        if rec.method == "WebcastOecLiveShoppingMessage" and rec.payload is not None:
            pins += [d for d in BRIDGE.fill(mapper.map(rec.method, rec.payload, rec.recv_ts))
                     if isinstance(d, ProductFeaturedDraft)]
    assert mapper.stats.not_mapped["WebcastOecLiveShoppingMessage"] == 6
    assert [(d.state, d.platform_product_id, d.product_id) for d in pins] == [
        ("pinned", "1729609304255072963", "KNF-CHEF20"),
        ("pinned", "1729609008007580355", "KNF-SANTO"),
        ("pinned", "1729681322177039043", "KNF-CHEF20"),
        ("pinned", "1729609008007580355", "KNF-SANTO"),
    ]
    assert BRIDGE.unmapped("tiktok") == ["BRD-OAK40", "SHP-WHET", "PAN-CAST28", "POT-DUTCH5", "TOW-LIN3",
                                         "APR-CANV", "SPC-SET12", "MIX-STAND"]


def _line_items(name: str) -> list[tuple[str | None, str | None, str | None]]:
    def text(v: object) -> str | None:
        return None if v is None else str(v)

    items = json.loads((SHOPIFY / name).read_text())["line_items"]
    return [(text(li.get("variant_id")), text(li.get("sku")), text(li.get("product_id"))) for li in items]


def test_every_line_of_the_shopify_samples_maps_to_a_bridge_demo_product() -> None:
    got = {name: [BRIDGE.shopify_line(*li) for li in _line_items(name)]
           for name in ("orders_paid.json", "checkouts_update.json", "carts_update.json")}
    assert got == {
        # by SKU: SKU2006-001, LENS-PROTECT-2YR, CASE-LEATHER-PREM, SKU2006-020, SKU2006-035 (no variant ids)
        "orders_paid.json": ["KNF-CHEF20", "SHP-WHET", "APR-CANV", "POT-DUTCH5", "BRD-OAK40"],
        "checkouts_update.json": ["TOW-LIN3", "TOW-LIN3"],  # variant 808950810, twice
        "carts_update.json": ["SPC-SET12"],  # variant 704912205188288575
    }
    assert BRIDGE.unmapped("shopify_sku", "shopify_variant") == ["KNF-SANTO", "PAN-CAST28", "MIX-STAND"]


def test_the_shopify_mapper_given_the_plans_table_maps_the_samples_to_plan_products() -> None:
    """How the bridge wires it today: ShopifyConfig.product_map = ProductMap.shopify_product_map()."""
    config = ShopifyConfig(currency="USD", pseudonym_key=b"pseudonyms", product_map=BRIDGE.shopify_product_map(),
                           include_test_orders=True)  # the sample order is a test order
    mapper = ShopifyMapper(config)
    emitted = []
    for n, (topic, name) in enumerate([("orders/paid", "orders_paid.json"), ("carts/update", "carts_update.json"),
                                       ("checkouts/update", "checkouts_update.json")]):
        out = mapper.process(Delivery(topic=topic, body=(SHOPIFY / name).read_bytes(), webhook_id=f"w-{n}"), 1e9)
        emitted += out.events
    frame = json.dumps([dict(e.to_builtins(), seq=i + 1) for i, e in enumerate(emitted)])
    decoded = p.decode_frame(frame)
    assert decoded.rejected == []
    order, cart, checkout = decoded.events
    assert isinstance(order, p.OrderPlaced)
    assert [(i.product_id, i.quantity) for i in order.items] == [
        ("KNF-CHEF20", 1), ("SHP-WHET", 1), ("APR-CANV", 1), ("POT-DUTCH5", 1), ("BRD-OAK40", 1)]
    assert isinstance(cart, p.CartAdded) and (cart.product_id, cart.quantity) == ("SPC-SET12", 3)
    assert isinstance(checkout, p.CartAdded) and (checkout.product_id, checkout.quantity) == ("TOW-LIN3", 2)
    # nothing left unmapped: no line flagged `product_mapped: false`, no order naming `unmapped_products`
    assert not any("product_mapped" in e.extra or "unmapped_products" in e.extra for e in emitted)
