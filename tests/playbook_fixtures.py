"""Small libraries with hand-computed figures, for the playbook and plan suggest tests (written through
console.library.store.write_rows, as the exporter writes a real live).

`autumn_library` holds nine lives L1..L9 of the demo plan ("Autumn Kitchen Live", assets/plans/demo.toml) and one
live of another plan. What each topic's numbers are built to say, and the figures the tests expect, worked out
by hand:

- actions: flash-dutch lifts orders in 8 of 9 lives, L5 contradicts (-20 %); lifts sorted -0.2, 0.4, 0.5, 0.6, 0.7,
  0.8, 0.9, 1.0, 1.2: median +70 %; two-sided sign test 2 * (C(9,8) + C(9,9)) / 2^9 = 20/512. flash-chef20 lifts
  in 9 of 9 (median 0.25, p = 2/512); L1's second chef20 offer overlapped another action (+500 %) and is left out.
  flash-mixer only in L7-L9 (3 of 3): too few, needs 3 more. kit-cast-iron lifts in 9 of 9 (median +50 %);
  kit-knife-care: +10 % in L1-L4, -10 % in L5-L9 (unsettled). `knife_care=` and `cast_iron=` give other lifts.
- segments: every live has 1,000 viewer-minutes per segment and leaves welcome 30, knife-demo 20, cast-iron 10,
  baking 30, qa 60 (live rate 150 / 5,000 = 0.03): relative leave rates 0, -1/3, -2/3, 0, +1. L9's knife-demo lost
  40 (live rate 0.034): knife-demo +17.6 % there, the one live against "holds viewers" (8 of 9, p = 20/512).
  Medians: cast-iron -2/3, knife-demo -1/3, baking 0 (every live: no vote, no rule), qa +1.
  `baking_split=True`: baking loses 5 in L1-L5 and 40 in L6-L9. Live rates: L1-L5 125 / 5,000 = 0.025, L6-L8 160 /
  5,000 = 0.032, L9 180 / 5,000 = 0.036; baking -0.8 in L1-L5, +0.25 in L6-L8, +1/9 in L9: median -0.8 but 5 for and
  4 against (p = 1): no rule. cast-iron -0.6, -0.6875, -0.7222 (9 of 9, median -0.6); knife-demo -0.2, -0.375,
  +1/9 (8 of 9, median -0.2); qa +1.4, +0.875, +2/3 (9 of 9, median +1.4).
- minutes: minutes 0-44 complete, 1,000 viewers and 1 order each (5 orders per 5,000 viewer-minutes: 1.0 per 1,000
  in a band), but minutes 35-39 have 0.5 orders a minute (0.5 per 1,000, -50 % against the live's median band 1.0)
  in every live except L2, where they have 1.5 (+50 %): "Orders per 1,000 viewer-minutes sag in minutes 35–39",
  8 of 9, L2 contradicts, median -50 %, p = 20/512 = 0.039; 9 bands tested, so a band rule needs p < 0.05 / 9 =
  0.0056: not a rule; 4 more lives that agree would make it one (12 of 13: 2 * 14 / 8192 = 0.0034; 11 of 12 gives
  2 * 13 / 4096 = 0.0063). Minutes 10-14 have 500 viewers and 0.5 orders: fewer orders, the same per viewer (1.0),
  so no sag. Clicks are 10 per order, as the synthetic lives draw them, so orders per click is 0.1 in every band:
  it cannot see the sag. `l2_sags=True`: L2 sags too, 9 of 9, p = 2/512 = 0.0039 < 0.0056: a rule.
  `late_band=True`: minutes 85-89 recorded too (45-84 are not: 10 bands), with 0.5 orders (-50 %) and 3 abandons per
  4 carts (+200 % against 0.25) in every live: both 9 of 9, p = 0.0039 < 0.05 / 10; band 35 stays 8 of 9.
- products (whole lives only: L3 is partial): POT-DUTCH5 (stock 45) sells out at 45:00 in L1, L2, L4-L8 and at 40:30
  in L9: 8 of 8 sell out (p = 2/256), median at 45:00; over a 90-minute plan 45 * 5400 / 2700 = 90 in seven lives,
  45 * min(2, 5400 / 2430) = 90 in L9 (the scale-up capped at 2): median 90, stock 90. Over an 80-minute plan
  45 * 4800 / 2700 = 80 and 45 * 4800 / 2430 = 88.9: median 80. KNF-CHEF20 (stock 140) sells 20, 25, 30, 35, 28,
  26, 31, 29 units (L1, L2, L4..L9), never sold out: slow (8 of 8 under half), stock the median 28.5, so 29.
  MIX-STAND (stock 25) sells 24 each time: within 10 % of its stock, kept. `early_sellout=True`: in L9 it had a
  stock of 2, sold out at 0:30: 2 * min(2, 5400 / 30) = 4; median 24 still, kept (the most, uncapped, was 360).
- channels: organic 1,000 entered 20 buyers (2 %), paid 500 entered 20 buyers (4 %, ROAS 5): the live over both
  40 / 1,500; organic -25 %, paid +50 % in 9 of 9.
- buyers: 30 new and 70 returning buyers, except L6 with 60 new and 40 returning: "most are returning", 8 of 9,
  L6 contradicts, median share of new 30 %. Revenue per buyer: returning 80, new 50: +60 % in 9 of 9.
- tags: "autumn" on L5-L9, "weekend" on L7-L9.
- goals (whole lives, newest first L9, L8, L7, L6, L5, L4): gmv 44,000 41,000 40,000 38,000 36,000 35,000: median
  39,000; orders 650 610 600 580 560 540: 590; peak viewers 2,100 2,000 1,950 1,900 1,850 1,800: 1,925; ROAS 5.4
  5.2 5.0 4.8 4.6 4.4: 4.9; cart abandonment 0.54 0.52 0.50 0.48 0.46 0.44: 0.49; conversion 0.025 every time:
  as the plan has it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from console.library import store

DEMO_TITLE = "Autumn Kitchen Live"
DAY = 86_400.0
T0 = 1_756_684_800.0  # 2025-09-01 00:00 UTC


def write_live(library: Path, key: str, *, lives: Mapping[str, Any], **tables: Sequence[Mapping[str, Any]]) -> None:
    """One live's rows of every table (a table not given is written empty)."""
    store.write_rows(library, "lives", key, [dict(lives)])
    for table in store.TABLES:
        if table != "lives":
            store.write_rows(library, table, key, tables.get(table, []))


def _goals(gmv: float, orders: int, peak: int, roas: float, abandonment: float) -> str:
    actual = {"gmv": gmv, "orders": orders, "conversion": 0.025, "peak_viewers": peak, "roas": roas,
              "max_cart_abandonment": abandonment}
    return json.dumps([{"key": k, "label": k, "target": 0, "actual": v, "met": None} for k, v in actual.items()])


GMV = [30000, 32000, 10000, 35000, 36000, 38000, 40000, 41000, 44000]
ORDERS = [500, 520, 100, 540, 560, 580, 600, 610, 650]
PEAK = [1700, 1750, 800, 1800, 1850, 1900, 1950, 2000, 2100]
ROAS = [4.0, 4.2, 2.0, 4.4, 4.6, 4.8, 5.0, 5.2, 5.4]
ABANDON = [0.40, 0.42, 0.60, 0.44, 0.46, 0.48, 0.50, 0.52, 0.54]
DUTCH_LIFT = [0.5, 0.8, 1.0, 0.6, -0.2, 1.2, 0.9, 0.7, 0.4]
CHEF_LIFT = [0.2, 0.3, 0.25, 0.1, 0.15, 0.35, 0.2, 0.3, 0.25]
CHEF_UNITS = [20, 25, None, 30, 35, 28, 26, 31, 29]  # L3 is partial: its products do not count
KNIFE_CARE_LIFT = [0.1] * 4 + [-0.1] * 5
CAST_IRON_LIFT = [0.5] * 9


def autumn_key(n: int) -> str:
    return f"autumn-kitchen-01@{int(T0 + (n - 1) * DAY)}"


def autumn_library(library: Path, n_lives: int = 9, plan_name: str = DEMO_TITLE,
                   plan_hash: str = "not-this-text", *, knife_care: Sequence[float] = KNIFE_CARE_LIFT,
                   cast_iron: Sequence[float] = CAST_IRON_LIFT, baking_split: bool = False, l2_sags: bool = False,
                   late_band: bool = False, early_sellout: bool = False) -> list[str]:
    """The first `n_lives` of L1..L9 (see the module's doc) and one live of another plan; their keys, L1 first.
    `plan_name` and `plan_hash` are what L1..L9 recorded of their plan; the keywords are the variants the module's
    doc works out."""
    keys = []
    for n in range(1, n_lives + 1):
        i = n - 1
        key = autumn_key(n)
        keys.append(key)
        new, back = (60, 40) if n == 6 else (30, 70)
        tags = (["autumn"] if n >= 5 else []) + (["weekend"] if n >= 7 else [])
        write_live(library, key, lives={
            "live_id": "autumn-kitchen-01", "title": f"Autumn Kitchen Live #{n}", "started_at": T0 + i * DAY,
            "date": f"2025-09-{n:02d}", "plan_name": plan_name, "plan_hash": plan_hash, "tags": tags,
            "currency": "EUR", "duration_s": 5400.0, "planned_s": 5400.0,
            "partial": n == 3, "gmv": float(GMV[i]), "orders": ORDERS[i], "new_buyers": new, "returning_buyers": back,
            "new_revenue": 50.0 * new, "returning_revenue": 80.0 * back,
            "goals": _goals(GMV[i], ORDERS[i], PEAK[i], ROAS[i], ABANDON[i])},
            actions=_actions(n, knife_care[i], cast_iron[i]), segments=_segments(n, baking_split),
            minutes=_minutes(n, l2_sags, late_band), products=_products(n, early_sellout and n == 9),
            channels=_channels(), advice=_advice(n))
    write_live(library, "spring-01@1756000000", lives={
        "live_id": "spring-01", "title": "Spring Live", "started_at": 1_756_000_000.0, "date": "2025-08-24",
        "plan_name": "Spring Live", "plan_hash": "spring-hash", "partial": False})
    return keys


def _actions(n: int, knife_care: float, cast_iron: float) -> list[dict[str, Any]]:
    i = n - 1
    rows: list[dict[str, Any]] = [
        {"number": 1, "kind": "flash_offer", "target": "flash-chef20", "label": "Chef's knife -20% (5 min)",
         "at_s": 360.0, "lift": CHEF_LIFT[i], "overlaps": 0},
        {"number": 2, "kind": "flash_offer", "target": "flash-dutch", "label": "Dutch oven -25% (4 min)",
         "at_s": 1920.0, "lift": DUTCH_LIFT[i], "overlaps": 0},
        {"number": 3, "kind": "kit", "target": "kit-cast-iron", "label": "Cast-iron starter", "at_s": 2400.0,
         "lift": cast_iron, "overlaps": 0},
        {"number": 4, "kind": "kit", "target": "kit-knife-care", "label": "Knife care kit", "at_s": 540.0,
         "lift": knife_care, "overlaps": 0},
    ]
    if n >= 7:
        rows.append({"number": 5, "kind": "flash_offer", "target": "flash-mixer", "label": "Mixer -15% (10 min)",
                     "at_s": 3300.0, "lift": [0.5, 0.6, 0.4][n - 7], "overlaps": 0})
    if n == 1:  # inside another action's window: its effect is mixed, so it is left out
        rows.append({"number": 6, "kind": "flash_offer", "target": "flash-chef20", "label": "Chef's knife -20% (5 min)",
                     "at_s": 1930.0, "lift": 5.0, "overlaps": 1})
    return rows


def _segments(n: int, baking_split: bool) -> list[dict[str, Any]]:
    baking = (5 if n <= 5 else 40) if baking_split else 30
    leaves = {"welcome": 30, "knife-demo": 40 if n == 9 else 20, "cast-iron": 10, "baking": baking, "qa": 60}
    return [{"run": 1, "segment_id": s, "title": s.replace("-", " ").title(), "viewer_minutes": 1000.0,
             "leaves": float(v)} for s, v in leaves.items()]


def _minutes(n: int, l2_sags: bool, late_band: bool) -> list[dict[str, Any]]:
    sag = 1.5 if n == 2 and not l2_sags else 0.5
    rows = []
    for m in [*range(45), *(range(85, 90) if late_band else ())]:
        viewers, orders, abandons = 1000.0, 1.0, 1.0
        if 10 <= m < 15:  # half the room, half the orders: the same per viewer
            viewers, orders = 500.0, 0.5
        elif 35 <= m < 40:
            orders = sag
        elif m >= 85:
            orders, abandons = 0.5, 3.0
        rows.append({"minute": m, "complete": True, "viewers": viewers, "orders": orders, "clicks": 10.0 * orders,
                     "cart_adds": 4.0, "abandons": abandons})
    return rows


def _products(n: int, early_sellout: bool) -> list[dict[str, Any]]:
    i = n - 1
    dutch_out = 2430.0 if n == 9 else 2700.0
    chef = CHEF_UNITS[i] or 3
    return [
        {"sku": "POT-DUTCH5", "name": "Dutch oven 5 L", "stock_start": 45, "units": 45, "stock_left": 0,
         "sold_out_at_s": dutch_out, "sell_through": 1.0},
        {"sku": "KNF-CHEF20", "name": "Chef's knife 20 cm", "stock_start": 140, "units": chef,
         "stock_left": 140 - chef, "sell_through": chef / 140},
        {"sku": "MIX-STAND", "name": "Stand mixer 1000 W", "stock_start": 25, "units": 24, "stock_left": 1,
         "sell_through": 24 / 25} if not early_sellout else
        {"sku": "MIX-STAND", "name": "Stand mixer 1000 W", "stock_start": 2, "units": 2, "stock_left": 0,
         "sold_out_at_s": 30.0, "sell_through": 1.0},
    ]


def _channels() -> list[dict[str, Any]]:
    return [{"channel": "organic", "entered": 1000, "buyers": 20, "orders": 20, "conversion": 0.02},
            {"channel": "paid", "entered": 500, "buyers": 20, "orders": 20, "conversion": 0.04, "ad_spend": 100.0,
             "roas": 5.0}]


def _advice(n: int) -> list[dict[str, Any]]:
    if n not in (4, 5):
        return []
    return [{"advice_id": f"a{n}", "kind": "conversion_sag", "raised_s": 2100.0, "status": "taken", "lift": 0.3}]
