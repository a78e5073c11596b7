"""Every fault of a plan at once, each in plain words: the shape of each field, then the cross-checks.

msgspec stops at the first fault and speaks its own language ("expected `float` > 0.0"); a producer fixing a plan
before a live wants the whole list, each with the field's path and what it must be ("must be a number greater
than 0, got -5"). The rules are read from the plan's own msgspec types (console/plan/model.py), so the words cannot
drift from what loading accepts. Pure: no I/O.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, TypeGuard

import msgspec
import msgspec.inspect as mi

_MMSS: Final = re.compile(r"^(\d{1,3}):([0-5]\d)$")
_PATTERN_WORDS: Final = {
    r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$": "an id of 1 to 64 letters, digits, '_', '.' or '-', starting with a "
                                          "letter or digit",
    r"^[A-Z]{3}$": 'a three-letter currency code in capitals, like "EUR"',
    r"^[0-9]{1,20}\Z": 'a numeric id in quotes (1 to 20 digits), like "1729609304255072963"',
    r"^(?:gid://shopify/ProductVariant/)?[0-9]{1,20}\Z": 'a Shopify variant id in quotes: its number, like '
                                                        '"808950810", or "gid://shopify/ProductVariant/808950810"',
    r"^(?:gid://shopify/Product/)?[0-9]{1,20}\Z": 'a Shopify product id in quotes: its number, like "632910392", '
                                                 'or "gid://shopify/Product/632910392"',
    r"^\S(?:.{0,253}\S)?\Z": "a SKU in quotes: 1 to 255 characters, no space at either end",
    r"^\S(?:.{0,30}\S)?\Z": "a tag in quotes: 1 to 32 characters, no space at either end",
    r"^\S(?:.{0,198}\S)?\Z": "a talking point in quotes: 1 to 200 characters on one line, no space at either "
                              "end",
}
# Shopify looks a line item up by its variant id and by its SKU in one table (console/bridge/shopify.py), so an id
# written under either key must not belong to two products; every other platform key is a table of its own.
_LOOKUP_OF: Final = {"shopify_sku": "shopify", "shopify_variant": "shopify"}


@dataclass(frozen=True, slots=True)
class Problem:
    field: str  # path such as products[3].price ('' for the whole file)
    problem: str


def _shown(value: Any) -> str:
    """A value as the producer wrote it in TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= 40 else text[:37] + '…"'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return str(value)


def _n(x: float) -> str:
    return f"{x:g}"


def _bounds(t: mi.FloatType | mi.IntType) -> str:
    """' greater than 0', ' from 1 to 1440', ' of at least 0', ' greater than 0 and at most 90' or ''."""
    if t.ge is not None and t.le is not None:
        return f" from {_n(t.ge)} to {_n(t.le)}"
    low = f"greater than {_n(t.gt)}" if t.gt is not None else f"of at least {_n(t.ge)}" if t.ge is not None else ""
    high = f"below {_n(t.lt)}" if t.lt is not None else f"of at most {_n(t.le)}" if t.le is not None else ""
    if low and high:
        return f" {low} and {high.removeprefix('of ')}"
    return f" {low or high}".rstrip()


def _within(t: mi.FloatType | mi.IntType, v: float) -> bool:
    return not ((t.gt is not None and v <= t.gt) or (t.ge is not None and v < t.ge)
                or (t.lt is not None and v >= t.lt) or (t.le is not None and v > t.le))


def _count(n_min: int | None, n_max: int | None, what: str) -> str:
    if n_min is not None and n_max is not None:
        return f"{n_min} to {n_max} {what}"
    return f"at least {n_min} {what}" if n_min is not None else f"at most {n_max} {what}"


class ShapeChecker:
    """Walks the raw TOML values against a msgspec type and collects every fault."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, problem: str) -> None:
        self.problems.append(Problem(path, problem))

    def check(self, value: Any, t: mi.Type, path: str) -> None:
        if isinstance(t, mi.UnionType):  # `x | None`: TOML has no null, so only the other type can be meant
            t = next(x for x in t.types if not isinstance(x, mi.NoneType))
        if isinstance(t, mi.StructType):
            self._table(value, t, path)
        elif isinstance(t, mi.ListType):
            self._list(value, t, path)
        elif isinstance(t, mi.FloatType | mi.IntType):
            self._number(value, t, path)
        elif isinstance(t, mi.StrType):
            self._text(value, t, path)
        elif isinstance(t, mi.BoolType):
            if not isinstance(value, bool):
                self.fail(path, f"must be true or false, got {_shown(value)}")
        elif isinstance(t, mi.LiteralType):
            if value not in t.values or isinstance(value, bool):
                words = ", ".join(sorted(json.dumps(v) for v in t.values))
                self.fail(path, f"must be one of {words}, got {_shown(value)}")
        else:  # a type the plan does not use yet: msgspec's own verdict, still all at once
            try:
                msgspec.convert(value, t)
            except msgspec.ValidationError as exc:
                self.fail(path, str(exc))

    def _table(self, value: Any, t: mi.StructType, path: str) -> None:
        if not isinstance(value, dict):
            self.fail(path, f"must be a table, got {_shown(value)}")
            return
        known = {f.encode_name: f for f in t.fields}
        for key in value:
            if key not in known:
                self.fail(f"{path}.{key}" if path else key,
                          f"unknown field (known here: {', '.join(known)})")
        for name, f in known.items():
            where = f"{path}.{name}" if path else name
            if name in value:
                self.check(value[name], f.type, where)
            elif f.required:
                self.fail(where, "missing required field")

    def _list(self, value: Any, t: mi.ListType, path: str) -> None:
        if not isinstance(value, list):
            self.fail(path, f"must be a list, got {_shown(value)}")
            return
        if (t.min_length is not None and len(value) < t.min_length) or (
                t.max_length is not None and len(value) > t.max_length):
            self.fail(path, f"must list {_count(t.min_length, t.max_length, 'items')}, got {len(value)}")
        for i, item in enumerate(value):
            self.check(item, t.item_type, f"{path}[{i}]")

    def _number(self, value: Any, t: mi.FloatType | mi.IntType, path: str) -> None:
        whole = isinstance(t, mi.IntType)
        kind = "a whole number" if whole else "a number"
        ok_type = isinstance(value, int) if whole else isinstance(value, int | float)
        if not ok_type or isinstance(value, bool) or not _within(t, value):
            self.fail(path, f"must be {kind}{_bounds(t)}, got {_shown(value)}")

    def _text(self, value: Any, t: mi.StrType, path: str) -> None:
        if t.pattern is not None:
            words = _PATTERN_WORDS.get(t.pattern, f"text matching {t.pattern}")
        elif t.min_length is not None or t.max_length is not None:
            words = f"a text of {_count(t.min_length, t.max_length, 'characters')}"
        else:
            words = "a text in quotes"
        if not isinstance(value, str):
            self.fail(path, f"must be {words}, got {_shown(value)}")
            return
        too_short = t.min_length is not None and len(value) < t.min_length
        too_long = t.max_length is not None and len(value) > t.max_length
        if too_short or too_long or (t.pattern is not None and re.search(t.pattern, value) is None):
            self.fail(path, f"must be {words}, got {_shown(value)}" + (f" ({len(value)} characters)" if too_long
                                                                        else ""))


def _is_number(v: Any) -> TypeGuard[float]:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _rows(raw: dict[str, Any], table: str) -> list[tuple[int, dict[str, Any]]]:
    rows = raw.get(table)
    return [(i, r) for i, r in enumerate(rows) if isinstance(r, dict)] if isinstance(rows, list) else []


def cross_check(raw: dict[str, Any], bad: set[str]) -> list[Problem]:
    """The checks between fields (docs/plan.md section 3), on the raw values, skipping fields already faulted
    (a negative price is one fault, not also "the cost is above the price")."""
    out: list[Problem] = []

    def fail(path: str, problem: str) -> None:
        out.append(Problem(path, problem))

    def ok(*paths: str) -> bool:
        return not any(p in bad for p in paths)

    def unique(table: str, key: str) -> set[str]:
        seen: set[str] = set()
        for i, row in _rows(raw, table):
            v = row.get(key)
            if isinstance(v, str):
                if v in seen and ok(f"{table}[{i}].{key}"):
                    fail(f"{table}[{i}].{key}", f"duplicate {key} {v!r}")
                seen.add(v)
        return seen

    skus = unique("products", "sku")
    prices: dict[str, float] = {}
    for i, p in _rows(raw, "products"):
        price, cost = p.get("price"), p.get("unit_cost")
        if isinstance(p.get("sku"), str) and _is_number(price) and ok(f"products[{i}].price"):
            prices.setdefault(p["sku"], float(price))
        if _is_number(price) and _is_number(cost) and cost > price and ok(
                f"products[{i}].price", f"products[{i}].unit_cost"):
            fail(f"products[{i}].unit_cost",
                 f"{_n_float(cost)} is above the price {_n_float(price)}: every sale loses money")
    def known_products(path: str, items: list[Any]) -> None:
        for j, item in enumerate(items):
            if isinstance(item, str) and item not in skus and ok(f"{path}[{j}]"):
                fail(f"{path}[{j}]", f"unknown product {item!r}")

    kits = unique("kits", "id")
    for i, k in _rows(raw, "kits"):
        items: list[Any] = k["items"] if isinstance(k.get("items"), list) else []
        known_products(f"kits[{i}].items", items)
        if len(set(map(str, items))) != len(items):
            fail(f"kits[{i}].items", "lists the same product twice")
        if items and all(isinstance(s, str) and s in prices for s in items) and _is_number(k.get("price")) and ok(
                f"kits[{i}].price", f"kits[{i}].items"):
            full = sum(prices[s] for s in items)
            if k["price"] >= full:
                fail(f"kits[{i}].price", f"{_n_float(k['price'])} is not below the items' full price {full:.2f}")
    segments = unique("segments", "id")
    for i, s in _rows(raw, "segments"):
        known_products(f"segments[{i}].products", s["products"] if isinstance(s.get("products"), list) else [])
    presets = unique("presets", "id")
    for i, pr in _rows(raw, "presets"):
        if isinstance(pr.get("product"), str) and pr["product"] not in skus and ok(f"presets[{i}].product"):
            fail(f"presets[{i}].product", f"unknown product {pr['product']!r}")
    live: dict[str, Any] = raw["live"] if isinstance(raw.get("live"), dict) else {}
    duration = live.get("duration_min", 90)
    targets: dict[str, tuple[str, set[str]]] = {"flash_offer": ("preset", presets), "segment": ("segment", segments),
                                                "kit": ("kit", kits)}
    for i, cue in _rows(raw, "cues"):
        at = cue.get("at")
        if isinstance(at, str) and ok(f"cues[{i}].at"):
            m = _MMSS.match(at)
            if m is None:
                fail(f"cues[{i}].at", f"{at!r} is not mm:ss (for example \"02:30\")")
            elif _is_number(duration) and int(m.group(1)) * 60 + int(m.group(2)) > duration * 60:
                fail(f"cues[{i}].at", f"{at} is after the end of the live ({duration} min)")
        action, target = cue.get("action"), cue.get("target")
        if action in targets and isinstance(target, str) and ok(f"cues[{i}].action", f"cues[{i}].target"):
            name, known = targets[action]
            if target not in known:
                fail(f"cues[{i}].target", f"unknown {name} {target!r} for action {action!r}")
    tags = live.get("tags")
    if isinstance(tags, list) and ok("live.tags") and not any(f"live.tags[{j}]" in bad for j in range(len(tags))):
        twice = sorted({t for t in tags if tags.count(t) > 1})
        if twice:  # a tag counted twice would weigh its lives twice in `history --tag`'s selection words
            fail("live.tags", f"lists {', '.join(map(repr, twice))} twice")
    out.extend(_platform_id_problems(raw, ok))
    advisor: dict[str, Any] = raw["advisor"] if isinstance(raw.get("advisor"), dict) else {}
    off = advisor.get("off")
    if isinstance(off, list) and ok("advisor.off") and not any(f"advisor.off[{j}]" in bad for j in range(len(off))):
        twice = sorted({k for k in off if off.count(k) > 1})
        if twice:
            fail("advisor.off", f"lists {', '.join(map(repr, twice))} twice")
    return out


def _platform_id_problems(raw: dict[str, Any], ok: Callable[..., bool]) -> list[Problem]:
    """An id maps to one product: the second product to claim it is reported, naming the first; an id listed twice
    by the same product is reported once, as a list that repeats itself."""
    out: list[Problem] = []
    owners: dict[tuple[str, str], tuple[int, str, str]] = {}  # (lookup, id) -> (product index, key, where written)
    names: dict[int, str] = {}
    for i, p in _rows(raw, "products"):
        ids = p.get("platform_ids")
        if not isinstance(ids, dict) or not ok(f"products[{i}].platform_ids"):
            continue
        valid_sku = isinstance(p.get("sku"), str) and ok(f"products[{i}].sku")
        names[i] = repr(p["sku"]) if valid_sku else f"products[{i}]"  # a product is named by its sku when it has one
        for key, values in ids.items():
            path = f"products[{i}].platform_ids.{key}"
            if not isinstance(values, list) or not ok(path):
                continue
            twice = sorted({v for v in values if isinstance(v, str) and values.count(v) > 1})
            if twice:
                out.append(Problem(path, f"lists {', '.join(map(_shown, twice))} twice"))
            for j, v in enumerate(values):
                where = f"{path}[{j}]"
                if not isinstance(v, str) or not ok(where):
                    continue
                first, first_key, first_at = owners.setdefault((_LOOKUP_OF.get(key, str(key)), _canonical(key, v)),
                                                               (i, key, where))
                if first != i:
                    why = "" if first_key == key else " (Shopify looks a line up by its variant id and its SKU alike)"
                    out.append(Problem(where, f"{_shown(v)} is mapped to two products, {names[i]} here and "
                                              f"{names[first]} in {first_at}{why}"))
    return out


def _canonical(key: str, platform_id: str) -> str:
    """A Shopify gid names the same variant or product as its number (console/bridge/platform_ids.py `canonical`)."""
    if key in ("shopify_variant", "shopify_product") and platform_id.startswith("gid://shopify/"):
        return platform_id.rsplit("/", 1)[-1]
    return platform_id


def _n_float(v: float) -> str:
    """A money value as the loader always printed it (a float: 10 -> 10.0)."""
    return str(float(v))


def plan_problems(raw: dict[str, Any], plan_type: type) -> list[Problem]:
    """Every fault of a plan's raw values: shape first (in file order of the fields), then the cross-checks."""
    shape = ShapeChecker()
    shape.check(raw, mi.type_info(plan_type), "")
    bad = {p.field for p in shape.problems}
    return shape.problems + cross_check(raw, bad)
