"""Small libraries with hand-computed figures, for the playbook and plan suggest tests (written through
console.library.store.write_rows, as the exporter writes a real live).

`autumn_library` holds nine lives L1..L9 of the demo plan ("Autumn Kitchen Live", assets/plans/demo.toml) and one
live of another plan. What each topic's numbers are built to say, and the figures the tests expect, worked out
by hand:

- actions: flash-dutch lifts orders in 8 of 9 lives, L5 contradicts (-20 %); lifts sorted -0.2, 0.4, 0.5, 0.6, 0.7,
  0.8, 0.9, 1.0, 1.2: median +70 %; two-sided sign test 2 * (C(9,8) + C(9,9)) / 2^9 = 20/512. flash-chef20 lifts
  in 9 of 9 (median 0.25, p = 2/512); L1's second chef20 offer overlapped another action (+500 %) and is left out.
  flash-mixer only in L7-L9 (3 of 3): too few, needs 3 more. kit-cast-iron lifts in 9 of 9 (median +50 %);
  kit-knife-care: +10 % in L1-L4, -10 % in L5-L9 (unsettled).
- segments: every live has 1,000 viewer-minutes per segment and leaves welcome 30, knife-demo 20, cast-iron 10,
  baking 30, qa 60 (live rate 150 / 5,000 = 0.03): relative leave rates 0, -1/3, -2/3, 0, +1. L9's knife-demo lost
  40 (live rate 0.034): knife-demo +17.6 % there, the one live against "holds viewers" (8 of 9, p = 20/512).
  Medians: cast-iron -2/3, knife-demo -1/3, baking 0, qa +1.
- minutes: minutes 0-44 complete, 10 clicks and 1 order each (conversion 0.1 per band), but minutes 35-39 have 0.5
  orders a minute (band 0.05, -50 % against the live's median band 0.1) in every live except L2, where they have 1.5
  (+50 %): "Conversion sags in minutes 35-40", 8 of 9, L2 contradicts, median -50 %.
- products (whole lives only: L3 is partial): POT-DUTCH5 (stock 45) sells out at 45:00 in L1, L2, L4-L8 and at 40:30
  in L9: 8 of 8 sell out (p = 2/256), median at 45:00; demand over the 90-minute live 45 * 5400 / 2700 = 90, and
  45 * 5400 / 2430 = 100 in L9: stock 100. KNF-CHEF20 (stock 140) sells 20, 25, 30, 35, 28, 26, 31, 29 units
  (L1, L2, L4..L9), never sold out: slow (8 of 8 under half), stock 35. MIX-STAND (stock 25) sells 24 each time:
  within 10 % of its stock, kept.
- channels: organic 1,000 entered 20 buyers (2 %), paid 500 entered 20 buyers (4 %, ROAS 5): the live over both
  40 / 1,500; organic -25 %, paid +50 % in 9 of 9.
- buyers: 30 new and 70 returning buyers, except L6 with 60 new and 40 returning: "most are returning", 8 of 9,
  L6 contradicts, median share of new 30 %. Revenue per buyer: returning 80, new 50: +60 % in 9 of 9.
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


def autumn_key(n: int) -> str:
    return f"autumn-kitchen-01@{int(T0 + (n - 1) * DAY)}"


def autumn_library(library: Path, n_lives: int = 9, plan_name: str = DEMO_TITLE,
                   plan_hash: str = "not-this-text") -> list[str]:
    """The first `n_lives` of L1..L9 (see the module's doc) and one live of another plan; their keys, L1 first.
    `plan_name` and `plan_hash` are what L1..L9 recorded of their plan."""
    keys = []
    for n in range(1, n_lives + 1):
        i = n - 1
        key = autumn_key(n)
        keys.append(key)
        new, back = (60, 40) if n == 6 else (30, 70)
        write_live(library, key, lives={
            "live_id": "autumn-kitchen-01", "title": f"Autumn Kitchen Live #{n}", "started_at": T0 + i * DAY,
            "date": f"2025-09-{n:02d}", "plan_name": plan_name, "plan_hash": plan_hash, "tags":
            ["autumn"] if n >= 5 else [], "currency": "EUR", "duration_s": 5400.0, "planned_s": 5400.0,
            "partial": n == 3, "gmv": float(GMV[i]), "orders": ORDERS[i], "new_buyers": new, "returning_buyers": back,
            "new_revenue": 50.0 * new, "returning_revenue": 80.0 * back,
            "goals": _goals(GMV[i], ORDERS[i], PEAK[i], ROAS[i], ABANDON[i])},
            actions=_actions(n), segments=_segments(n), minutes=_minutes(n), products=_products(n),
            channels=_channels(), advice=_advice(n))
    write_live(library, "spring-01@1756000000", lives={
        "live_id": "spring-01", "title": "Spring Live", "started_at": 1_756_000_000.0, "date": "2025-08-24",
        "plan_name": "Spring Live", "plan_hash": "spring-hash", "partial": False})
    return keys


def _actions(n: int) -> list[dict[str, Any]]:
    i = n - 1
    rows: list[dict[str, Any]] = [
        {"number": 1, "kind": "flash_offer", "target": "flash-chef20", "label": "Chef's knife -20% (5 min)",
         "at_s": 360.0, "lift": CHEF_LIFT[i], "overlaps": 0},
        {"number": 2, "kind": "flash_offer", "target": "flash-dutch", "label": "Dutch oven -25% (4 min)",
         "at_s": 1920.0, "lift": DUTCH_LIFT[i], "overlaps": 0},
        {"number": 3, "kind": "kit", "target": "kit-cast-iron", "label": "Cast-iron starter", "at_s": 2400.0,
         "lift": 0.5, "overlaps": 0},
        {"number": 4, "kind": "kit", "target": "kit-knife-care", "label": "Knife care kit", "at_s": 540.0,
         "lift": 0.1 if n <= 4 else -0.1, "overlaps": 0},
    ]
    if n >= 7:
        rows.append({"number": 5, "kind": "flash_offer", "target": "flash-mixer", "label": "Mixer -15% (10 min)",
                     "at_s": 3300.0, "lift": [0.5, 0.6, 0.4][n - 7], "overlaps": 0})
    if n == 1:  # inside another action's window: its effect is mixed, so it is left out
        rows.append({"number": 6, "kind": "flash_offer", "target": "flash-chef20", "label": "Chef's knife -20% (5 min)",
                     "at_s": 1930.0, "lift": 5.0, "overlaps": 1})
    return rows


def _segments(n: int) -> list[dict[str, Any]]:
    leaves = {"welcome": 30, "knife-demo": 40 if n == 9 else 20, "cast-iron": 10, "baking": 30, "qa": 60}
    return [{"run": 1, "segment_id": s, "title": s.replace("-", " ").title(), "viewer_minutes": 1000.0,
             "leaves": float(v)} for s, v in leaves.items()]


def _minutes(n: int) -> list[dict[str, Any]]:
    sag = 1.5 if n == 2 else 0.5
    return [{"minute": m, "complete": True, "clicks": 10.0, "orders": sag if 35 <= m < 40 else 1.0,
             "cart_adds": 4.0, "abandons": 1.0} for m in range(45)]


def _products(n: int) -> list[dict[str, Any]]:
    i = n - 1
    dutch_out = 2430.0 if n == 9 else 2700.0
    chef = CHEF_UNITS[i] or 3
    return [
        {"sku": "POT-DUTCH5", "name": "Dutch oven 5 L", "stock_start": 45, "units": 45, "stock_left": 0,
         "sold_out_at_s": dutch_out, "sell_through": 1.0},
        {"sku": "KNF-CHEF20", "name": "Chef's knife 20 cm", "stock_start": 140, "units": chef,
         "stock_left": 140 - chef, "sell_through": chef / 140},
        {"sku": "MIX-STAND", "name": "Stand mixer 1000 W", "stock_start": 25, "units": 24, "stock_left": 1,
         "sell_through": 24 / 25},
    ]


def _channels() -> list[dict[str, Any]]:
    return [{"channel": "organic", "entered": 1000, "buyers": 20, "orders": 20, "conversion": 0.02},
            {"channel": "paid", "entered": 500, "buyers": 20, "orders": 20, "conversion": 0.04, "ad_spend": 100.0,
             "roas": 5.0}]


def _advice(n: int) -> list[dict[str, Any]]:
    if n not in (4, 5):
        return []
    return [{"advice_id": f"a{n}", "kind": "conversion_sag", "raised_s": 2100.0, "status": "taken", "lift": 0.3}]
