"""Small libraries of lives with hand-computed figures, written through console.library.store.write_rows as the
exporter writes a real live: for the history page's tests (tests/test_library_history.py) and any reader of the
library that wants lives whose numbers can be checked on paper.

Each table of a fixture live is made by hand, table by table: the lives' figures are consistent with their own
`minutes` (gmv, orders, carts), but products, channels, segments, actions and advice are separate small figures, not
one recording's (the history page adds each table up on its own, as the library keeps them).

`kitchen_library(path)` -- six weekly lives K1..K6 of plan "Kitchen Live" (live id "kitchen", tag "kitchen"; K5 and
K6 also "spring"), 2026-03-02 to 2026-04-06, and one live G1 of plan "Garden Live" (live id "garden", tag "garden",
2026-03-20). Per live, what is built in and what follows from it:

- minutes: K1..K5 record minutes 0-11 complete and minute 12 still filling; K6 is partial (a crash): minutes 0-6
  complete, minute 7 filling. Every complete minute: 10 clicks, 4 carts opened, 1 abandoned, 12 joins, 2 leaves,
  revenue 25 per order. Orders: 2 a minute, but 1 in minutes 5-9 in every Kitchen live except K5 (the sag). K1..K3
  abandon 3 carts a minute in minutes 10-11. Viewers: 100, 110, ..., 160 (minute 6), 150, ..., 110 (minute 11),
  plus 10 per live after K1 (K2 +10, ..., K6 +50). The filling minute: 1 order, 3 clicks, 1 cart, no abandon,
  viewers 105 (must never count as a minute). G1: minutes 0-9 complete, 1 order and 10 clicks a minute, viewers 50,
  4 carts and 1 abandon; minute 10 filling (no order).
  Totals (lives.gmv, .orders): K1..K4 19 + 1 = 20 orders, 500; K5 24 + 1 = 25, 625; K6 12 + 1 = 13, 325; G1 10, 250.
- goals: gmv 500, orders 20, max_cart_abandonment 0.30 for every Kitchen live. Abandonment: K1..K3 16/49, K4, K5
  12/49, K6 7/29; met: gmv and orders K1..K5 (K6 missed, but partial), abandonment K4, K5, K6.
- segments: intro (vm 400, 4 leaves, 8 orders), knife-demo (demo; vm 600, 3 leaves, 6 orders), qa (vm 500, 10
  leaves, 5 orders) in K1..K5; K5 runs knife-demo twice (run 2: vm 200, 1 leave, 2 orders); K6 intro as the others
  and knife-demo 600, 3, 5; no qa. G1: garden-intro (vm 500, 5 leaves, 10 orders).
- products: KNIFE (margin 0.6, stock 100), PAN (0.625, stock 10), TOWEL (0.4, stock 100). Sell-through KNIFE 0.1,
  PAN 0.5, TOWEL 0.3 in K1..K5; KNIFE 0.4, PAN 0.2, TOWEL 0.1 in K6, plus LADLE (no cost: no margin). G1: SEEDS.
- channels: organic entered 200, buyers 10, orders 12, revenue 300; paid 100, 8, 8, 200, ad spend 50 (K1..K5);
  K6 organic 100, 5, 6, 150 and paid 50, 3, 3, 75, spend 25. G1 organic 80, 4, 4, 100.
- buyers (new, returning): K1 12, 8; K2 10, 10; K3 9, 11; K4 8, 12; K5 7, 18; K6 4, 6; G1 5, 0. Revenue 25 each.
- actions: flash_offer "towel-10" (label "Towel -20% for 10 min") with lifts K1 +1.0, K2 +1.5, K3 +2.0 and 0.0
  (two presses), K4 -0.2, K5 +1.4, K6 +0.8; segment "knife-demo" K1 +0.2, K2 -0.1, K3 +0.1; a kit "care-kit" in
  K5 with no measured lift (null). Per-live viewer lifts are half the lifts.
- advice: conversion_sag taken K1 +1.0, K2 +1.5, K4 -0.2, K6 +0.8; dismissed K3 -0.1; expired K5 0.0.
  abandonment_spike raised in K1 and still open at the end (lift null).

`sag_library(path)` -- eight lives of plan "Sag Show" (live id "sag"), a day apart from 2026-05-04, viewers 100 every
minute, 15 complete minutes (three full bands: 0-4, 5-9, 10-14) and a filling one. Orders 3 a minute, but 1 in
minutes 5-9 in S1..S7 and 1 in minutes 10-14 in S8; carts 4 a minute, 1 abandoned, but 3 in minutes 10-14 in
S1..S7. Per 1,000 viewer-minutes S1..S7's bands are 30, 10, 30 (median 30: band 5-9 below, the others at it), S8's
30, 30, 10 (band 10-14 below). So minutes 5-9 sag in 7 of 8 lives (S8 at its median: no vote), sign test p =
2/128 = 0.0156 < 0.05 / 3 bands = 0.0167: it stands; minutes 10-14 sag in S8 alone (p = 1). Abandonment 0.25 a
band, 0.75 in minutes 10-14 of S1..S7: above the median 0.25 in 7 of 8 (S8 flat), p = 0.0156: it stands too.

`room_library(path)` -- two lives of a room-only feed (live id "room", a TikTok room: viewers, chat, joins and
leaves; no orders, no revenue, no clicks, no carts, all null), 2026-06-01 and 2026-06-08: 6 complete minutes and a
filling one, viewers 300, a segment "talk" (viewer-minutes 1,800, 30 leaves, orders and revenue null), a product
"MUG" whose units and revenue are null, a channel "organic" with 400 entered and nothing else. Whatever the page
adds up of them is unknown ("—"), never 0.

`compare_library(path)` -- two lives of live id "show" with the same rates every minute (viewers 200, 4 orders,
revenue 100, 40 clicks, 4 carts, 1 abandon): LONG (2026-03-10) 32 complete minutes + a filling one (gmv 3,200 +
0), SHORT (2026-03-17, partial) 7 complete + a filling one (gmv 700 + 0). Whole against whole, SHORT's GMV is
-78% of LONG's (LONG +357%); over minutes 0-6 both are 700.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from console.library import store

DAY: Final = 86_400.0
K_START: Final = 1_772_478_000.0  # 2026-03-02 19:00 UTC, K1; each next Kitchen live a week later
G_START: Final = K_START + 18 * DAY  # 2026-03-20
KITCHEN: Final = "Kitchen Live"
GARDEN: Final = "Garden Live"
SAG_LIVES: Final = (1, 2, 3, 4, 6)  # Kitchen lives with 1 order a minute in minutes 5-9
SPIKE_LIVES: Final = (1, 2, 3)  # Kitchen lives abandoning 3 carts a minute in minutes 10-11
BUYERS: Final = {1: (12, 8), 2: (10, 10), 3: (9, 11), 4: (8, 12), 5: (7, 18), 6: (4, 6)}
FLASH_LIFTS: Final = {1: (1.0,), 2: (1.5,), 3: (2.0, 0.0), 4: (-0.2,), 5: (1.4,), 6: (0.8,)}
SEGMENT_LIFTS: Final = {1: 0.2, 2: -0.1, 3: 0.1}
ADVICE: Final = {1: ("taken", 1.0), 2: ("taken", 1.5), 3: ("dismissed", -0.1), 4: ("taken", -0.2),
                 5: ("expired", 0.0), 6: ("taken", 0.8)}


def kitchen_key(i: int) -> str:
    return store.live_key("kitchen", K_START + (i - 1) * 7 * DAY)


GARDEN_KEY: Final = store.live_key("garden", G_START)


def write_live(library: Path, key: str, *, lives: Mapping[str, Any], **tables: Sequence[Mapping[str, Any]]) -> None:
    """One live's rows of every table (a table not given is written empty)."""
    store.write_rows(library, "lives", key, [dict(lives)])
    for table in store.TABLES:
        if table != "lives":
            store.write_rows(library, table, key, tables.get(table, []))


def minute(m: int, *, viewers: float, orders: float, clicks: float, carts: float = 4, abandons: float = 1,
           complete: bool = True, joins: float = 12, leaves: float = 2, price: float = 25) -> dict[str, Any]:
    """One `minutes` row; revenue is `price` per order, units one per order, chat 5."""
    return {"minute": m, "complete": complete, "viewers": viewers, "orders": orders, "revenue": orders * price,
            "units": orders, "chat": 5.0, "clicks": clicks, "cart_adds": carts, "abandons": abandons, "joins": joins,
            "leaves": leaves}


def lives_row(key: str, live_id: str, title: str, started_at: float, minutes: Sequence[Mapping[str, Any]], *,
              plan: str | None, tags: Sequence[str], partial: bool = False, goals: str = "[]",
              buyers: tuple[int, int] = (0, 0), actions: int = 0, advice: int = 0, taken: int = 0,
              roas: float | None = None) -> dict[str, Any]:
    """A `lives` row whose totals are its minutes' (gmv, orders, carts, viewers), the rest as given."""
    import datetime as dt

    orders = sum(m["orders"] for m in minutes)
    carts = sum(m["cart_adds"] for m in minutes)
    abandons = sum(m["abandons"] for m in minutes)
    clicks = sum(m["clicks"] for m in minutes)
    full = [m for m in minutes if m["complete"]]
    new, returning = buyers
    return {
        "key": key, "live_id": live_id, "title": title, "started_at": started_at,
        "date": dt.datetime.fromtimestamp(started_at, dt.UTC).date().isoformat(), "plan_name": plan,
        "plan_hash": None if plan is None else f"hash-{plan}", "tags": list(tags), "currency": "EUR",
        "duration_s": 60.0 * len(full) + 30.0, "planned_s": 720.0, "partial": partial, "events": 1000,
        "gmv": float(sum(m["revenue"] for m in minutes)), "orders": int(orders), "units": int(orders),
        "buyers": new + returning, "conversion": orders / clicks if clicks else None,
        "peak_viewers": int(max(m["viewers"] for m in minutes)),
        "avg_viewers": sum(m["viewers"] for m in full) / len(full), "entered": 500, "ad_spend": 50.0, "roas": roas,
        "cart_adds": int(carts), "abandons": int(abandons), "abandonment": abandons / carts if carts else None,
        "new_buyers": new, "returning_buyers": returning, "new_revenue": 25.0 * new,
        "returning_revenue": 25.0 * returning, "actions": actions, "advice": advice, "advice_taken": taken,
        "goals": goals, "provides": None,
    }


def kitchen_minutes(i: int) -> list[dict[str, Any]]:
    shape = [100, 110, 120, 130, 140, 150, 160, 150, 140, 130, 120, 110]
    n = 7 if i == 6 else 12
    rows = [minute(m, viewers=shape[m] + 10 * (i - 1), clicks=10,
                   orders=1 if 5 <= m <= 9 and i in SAG_LIVES else 2,
                   abandons=3 if m >= 10 and i in SPIKE_LIVES else 1) for m in range(n)]
    rows.append(minute(n, viewers=105, orders=1, clicks=3, carts=1, abandons=0, complete=False, joins=2, leaves=5))
    return rows


def _kitchen_goals(minutes: Sequence[Mapping[str, Any]]) -> str:
    gmv = sum(m["revenue"] for m in minutes)
    orders = sum(m["orders"] for m in minutes)
    aband = sum(m["abandons"] for m in minutes) / sum(m["cart_adds"] for m in minutes)
    return json.dumps([
        {"key": "gmv", "label": "GMV", "target": 500.0, "actual": gmv, "met": gmv >= 500},
        {"key": "orders", "label": "Orders", "target": 20, "actual": orders, "met": orders >= 20},
        {"key": "max_cart_abandonment", "label": "Cart abandonment", "target": 0.3, "actual": aband,
         "met": aband <= 0.3},
    ])


def _segments(i: int) -> list[dict[str, Any]]:
    rows = [{"run": 1, "segment_id": "intro", "title": "Welcome", "demo": False, "start_s": 0.0, "end_s": 240.0,
             "viewer_minutes": 400.0, "joins": 40.0, "leaves": 4.0, "orders": 8.0, "revenue": 200.0, "clicks": 40.0},
            {"run": 1, "segment_id": "knife-demo", "title": "Knife demo", "demo": True, "start_s": 240.0,
             "end_s": 420.0 if i == 6 else 480.0, "viewer_minutes": 600.0, "joins": 30.0, "leaves": 3.0,
             "orders": 5.0 if i == 6 else 6.0, "revenue": 150.0, "clicks": 40.0}]
    if i != 6:
        rows.append({"run": 1, "segment_id": "qa", "title": "Questions", "demo": False, "start_s": 480.0,
                     "end_s": 720.0, "viewer_minutes": 500.0, "joins": 20.0, "leaves": 10.0, "orders": 5.0,
                     "revenue": 125.0, "clicks": 40.0})
    if i == 5:
        rows.append({"run": 2, "segment_id": "knife-demo", "title": "Knife demo", "demo": True, "start_s": 700.0,
                     "end_s": 720.0, "viewer_minutes": 200.0, "joins": 5.0, "leaves": 1.0, "orders": 2.0,
                     "revenue": 50.0, "clicks": 10.0})
    return rows


def _product(sku: str, name: str, price: float, margin: float | None, stock: int, sell_through: float,
             in_plan: bool = True) -> dict[str, Any]:
    units = round(stock * sell_through)
    return {"sku": sku, "name": name, "category": "kitchen", "in_plan": in_plan, "price": price,
            "unit_cost": None if margin is None else price * (1 - margin), "margin": margin, "stock_start": stock,
            "impressions": 1000, "clicks": 100, "carts": 20, "abandons": 5, "orders": units, "units": units,
            "revenue": units * price, "stock_left": stock - units, "sold_out_at_s": None,
            "sell_through": sell_through}


def _products(i: int) -> list[dict[str, Any]]:
    knife, pan, towel = (0.4, 0.2, 0.1) if i == 6 else (0.1, 0.5, 0.3)
    rows = [_product("KNIFE", "Chef knife", 50.0, 0.6, 100, knife), _product("PAN", "Iron pan", 80.0, 0.625, 10, pan),
            _product("TOWEL", "Tea towel", 10.0, 0.4, 100, towel)]
    if i == 6:
        rows.append(_product("LADLE", "Ladle", 12.0, None, 20, 0.5, in_plan=False))
    return rows


def _channels(i: int) -> list[dict[str, Any]]:
    half = 0.5 if i == 6 else 1.0
    return [{"channel": "organic", "entered": round(200 * half), "orders": 6 if i == 6 else 12,
             "buyers": 5 if i == 6 else 10, "revenue": 300.0 * half, "conversion": 0.05, "ad_spend": None,
             "roas": None},
            {"channel": "paid", "entered": round(100 * half), "orders": 3 if i == 6 else 8,
             "buyers": 3 if i == 6 else 8, "revenue": 200.0 * half - (25.0 if i == 6 else 0.0),
             "conversion": 0.08, "ad_spend": 50.0 * half, "roas": 4.0}]


def _actions(i: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for lift in FLASH_LIFTS[i]:
        rows.append({"number": len(rows) + 1, "action_id": f"a{i}-{len(rows) + 1}", "kind": "flash_offer",
                     "target": "towel-10", "label": "Towel -20% for 10 min", "source": "button", "status": "ok",
                     "at_s": 300.0, "opm_before": 1.0, "opm_after": 1.0 + lift, "lift": lift,
                     "viewer_lift": lift / 2, "p_value": 0.1, "verdict": "likely lift", "overlaps": 0,
                     "product_id": "TOWEL", "advice_kind": "conversion_sag" if i == 2 else None})
    if i in SEGMENT_LIFTS:
        lift = SEGMENT_LIFTS[i]
        rows.append({"number": len(rows) + 1, "action_id": f"s{i}", "kind": "segment", "target": "knife-demo",
                     "label": "Knife demo", "source": "cue", "status": "ok", "at_s": 240.0, "opm_before": 2.0,
                     "opm_after": 2.0 * (1 + lift), "lift": lift, "viewer_lift": lift / 2, "p_value": 0.5,
                     "verdict": "no clear change", "overlaps": 0, "product_id": None, "advice_kind": None})
    if i == 5:
        rows.append({"number": len(rows) + 1, "action_id": "k5", "kind": "kit", "target": "care-kit",
                     "label": "Care kit", "source": "button", "status": "ok", "at_s": 700.0, "opm_before": None,
                     "opm_after": None, "lift": None, "viewer_lift": None, "p_value": None,
                     "verdict": "no before window", "overlaps": 0, "product_id": None, "advice_kind": None})
    return rows


def _advice(i: int) -> list[dict[str, Any]]:
    status, lift = ADVICE[i]
    rows = [{"advice_id": f"v{i}", "kind": "conversion_sag", "subject": "live", "raised_s": 290.0, "status": status,
             "remedy_action": "flash_offer", "remedy_target": "towel-10", "action_key": None, "opm_before": 1.0,
             "opm_after": 1.0 + lift, "lift": lift}]
    if i == 1:
        rows.append({"advice_id": "w1", "kind": "abandonment_spike", "subject": "live", "raised_s": 600.0,
                     "status": "raised", "remedy_action": None, "remedy_target": None, "action_key": None,
                     "opm_before": None, "opm_after": None, "lift": None})
    return rows


def kitchen_library(library: Path) -> Path:
    """The six Kitchen lives and the Garden live (the module's docstring gives every figure)."""
    for i in range(1, 7):
        key = kitchen_key(i)
        ms = kitchen_minutes(i)
        actions = _actions(i)
        advice = _advice(i)
        row = lives_row(key, "kitchen", KITCHEN, K_START + (i - 1) * 7 * DAY, ms, plan=KITCHEN,
                        tags=["kitchen", "spring"] if i >= 5 else ["kitchen"], partial=i == 6,
                        goals=_kitchen_goals(ms), buyers=BUYERS[i], actions=len(actions), advice=len(advice),
                        taken=sum(1 for a in advice if a["status"] == "taken"), roas=4.0)
        write_live(library, key, lives=row, minutes=ms, segments=_segments(i), products=_products(i),
                   channels=_channels(i), actions=actions, advice=advice)
    gm = [minute(m, viewers=50, orders=1, clicks=10) for m in range(10)]
    gm.append(minute(10, viewers=40, orders=0, clicks=2, carts=0, abandons=0, complete=False))
    write_live(library, GARDEN_KEY,
               lives=lives_row(GARDEN_KEY, "garden", GARDEN, G_START, gm, plan=GARDEN, tags=["garden"], buyers=(5, 0)),
               minutes=gm,
               segments=[{"run": 1, "segment_id": "garden-intro", "title": "Garden tour", "demo": False,
                          "start_s": 0.0, "end_s": 600.0, "viewer_minutes": 500.0, "joins": 50.0, "leaves": 5.0,
                          "orders": 10.0, "revenue": 250.0, "clicks": 100.0}],
               products=[_product("SEEDS", "Seed box", 25.0, 0.5, 40, 0.25)],
               channels=[{"channel": "organic", "entered": 80, "orders": 4, "buyers": 4, "revenue": 100.0,
                          "conversion": 0.05, "ad_spend": None, "roas": None}])
    return library


LONG_KEY: Final = store.live_key("show", K_START + 8 * DAY)
SHORT_KEY: Final = store.live_key("show", K_START + 15 * DAY)


def compare_library(library: Path) -> Path:
    """LONG (32 full minutes) and SHORT (7, partial) at the same rates every minute (the module's docstring)."""
    for key, start, full, partial in ((LONG_KEY, K_START + 8 * DAY, 32, False),
                                      (SHORT_KEY, K_START + 15 * DAY, 7, True)):
        ms = [minute(m, viewers=200, orders=4, clicks=40, price=25) for m in range(full)]
        ms.append(minute(full, viewers=180, orders=0, clicks=5, carts=0, abandons=0, complete=False))
        write_live(library, key, lives=lives_row(key, "show", "Weekly show", start, ms, plan="Show", tags=[],
                                                 partial=partial), minutes=ms)
    return library


S_START: Final = 1_777_914_000.0  # 2026-05-04 17:00 UTC, S1; each next Sag Show live a day later
SAG_SHOW: Final = "Sag Show"


def sag_key(i: int) -> str:
    return store.live_key("sag", S_START + (i - 1) * DAY)


def sag_minutes(i: int) -> list[dict[str, Any]]:
    """Live S`i`'s minutes (the module's docstring)."""
    rows: list[dict[str, Any]] = []
    for m in range(15):
        low = 5 <= m <= 9 if i <= 7 else 10 <= m <= 14
        rows.append(minute(m, viewers=100, orders=1 if low else 3, clicks=10,
                           abandons=3 if i <= 7 and m >= 10 else 1))
    rows.append(minute(15, viewers=90, orders=0, clicks=1, carts=0, abandons=0, complete=False))
    return rows


def sag_library(library: Path) -> Path:
    """S1..S8 (the module's docstring gives every figure)."""
    for i in range(1, 9):
        key, ms = sag_key(i), sag_minutes(i)
        write_live(library, key, lives=lives_row(key, "sag", SAG_SHOW, S_START + (i - 1) * DAY, ms, plan=SAG_SHOW,
                                                 tags=[]), minutes=ms)
    return library


R_START: Final = 1_780_333_200.0  # 2026-06-01 17:00 UTC
ROOM_KEYS: Final = tuple(store.live_key("room", R_START + i * 7 * DAY) for i in range(2))
_ROOM_NULLS: Final = ("gmv", "orders", "units", "buyers", "conversion", "ad_spend", "roas", "cart_adds", "abandons",
                      "abandonment", "new_buyers", "returning_buyers", "new_revenue", "returning_revenue")


def room_library(library: Path) -> Path:
    """Two lives of a room-only feed (the module's docstring)."""
    for i, key in enumerate(ROOM_KEYS):
        ms = [{"minute": m, "complete": m < 6, "viewers": 300.0 if m < 6 else 250.0, "chat": 40.0, "joins": 20.0,
               "leaves": 5.0} for m in range(7)]  # orders, revenue, units, clicks, carts: null (not given)
        row = lives_row(key, "room", "Room live", R_START + i * 7 * DAY,
                        [{**m, "orders": 0, "revenue": 0.0, "cart_adds": 0, "abandons": 0, "clicks": 0} for m in ms],
                        plan=None, tags=["room"])
        write_live(library, key, lives={**row, **dict.fromkeys(_ROOM_NULLS), "provides": ["viewers", "chat"]},
                   minutes=ms,
                   segments=[{"run": 1, "segment_id": "talk", "title": "Talk", "demo": False, "start_s": 0.0,
                              "end_s": 390.0, "viewer_minutes": 1800.0, "joins": 120.0, "leaves": 30.0}],
                   products=[{"sku": "MUG", "name": "Mug", "in_plan": True, "price": 12.0}],
                   channels=[{"channel": "organic", "entered": 400}])
    return library
