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

from console.i18n import QT_TRANSLATE_NOOP, translate

_MMSS: Final = re.compile(r"^(\d{1,3}):([0-5]\d)$")
_PATTERN_WORDS: Final = {
    r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$": QT_TRANSLATE_NOOP(
        "PlanErrors", "an id of 1 to 64 letters, digits, '_', '.' or '-', starting with a "
        "letter or digit"),
    r"^[A-Z]{3}$": QT_TRANSLATE_NOOP("PlanErrors", 'a three-letter currency code in capitals, like "EUR"'),
    r"^[0-9]{1,20}\Z": QT_TRANSLATE_NOOP(
        "PlanErrors", 'a numeric id in quotes (1 to 20 digits), like "1729609304255072963"'),
    r"^(?:gid://shopify/ProductVariant/)?[0-9]{1,20}\Z": QT_TRANSLATE_NOOP(
        "PlanErrors", 'a Shopify variant id in quotes: its number, like "808950810", or '
        '"gid://shopify/ProductVariant/808950810"'),
    r"^(?:gid://shopify/Product/)?[0-9]{1,20}\Z": QT_TRANSLATE_NOOP(
        "PlanErrors", 'a Shopify product id in quotes: its number, like "632910392", or '
        '"gid://shopify/Product/632910392"'),
    r"^\S(?:.{0,253}\S)?\Z": QT_TRANSLATE_NOOP(
        "PlanErrors", "a SKU in quotes: 1 to 255 characters, no space at either end"),
    r"^\S(?:.{0,30}\S)?\Z": QT_TRANSLATE_NOOP(
        "PlanErrors", "a tag in quotes: 1 to 32 characters, no space at either end"),
    r"^\S(?:.{0,198}\S)?\Z": QT_TRANSLATE_NOOP(
        "PlanErrors", "a talking point in quotes: 1 to 200 characters on one line, no space at either end"),
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
        return translate("PlanErrors", "a table")
    if isinstance(value, list):
        return translate("PlanErrors", "a list")
    return str(value)


def _n(x: float) -> str:
    return f"{x:g}"


#: (whole number?, lower bound, upper bound) -> what a number must be: "a number greater than 0", "a whole number
#: from 1 to 1440", "a number of at least 0", "a number greater than 0 and at most 90"
_NUMBER_WORDS: Final = {
    (True, "", ""): QT_TRANSLATE_NOOP("PlanErrors", "a whole number"),
    (True, "ge", "le"): QT_TRANSLATE_NOOP("PlanErrors", "a whole number from {low} to {high}"),
    (True, "gt", ""): QT_TRANSLATE_NOOP("PlanErrors", "a whole number greater than {low}"),
    (True, "ge", ""): QT_TRANSLATE_NOOP("PlanErrors", "a whole number of at least {low}"),
    (True, "", "lt"): QT_TRANSLATE_NOOP("PlanErrors", "a whole number below {high}"),
    (True, "", "le"): QT_TRANSLATE_NOOP("PlanErrors", "a whole number of at most {high}"),
    (True, "gt", "lt"): QT_TRANSLATE_NOOP("PlanErrors", "a whole number greater than {low} and below {high}"),
    (True, "gt", "le"): QT_TRANSLATE_NOOP("PlanErrors", "a whole number greater than {low} and at most {high}"),
    (True, "ge", "lt"): QT_TRANSLATE_NOOP("PlanErrors", "a whole number of at least {low} and below {high}"),
    (False, "", ""): QT_TRANSLATE_NOOP("PlanErrors", "a number"),
    (False, "ge", "le"): QT_TRANSLATE_NOOP("PlanErrors", "a number from {low} to {high}"),
    (False, "gt", ""): QT_TRANSLATE_NOOP("PlanErrors", "a number greater than {low}"),
    (False, "ge", ""): QT_TRANSLATE_NOOP("PlanErrors", "a number of at least {low}"),
    (False, "", "lt"): QT_TRANSLATE_NOOP("PlanErrors", "a number below {high}"),
    (False, "", "le"): QT_TRANSLATE_NOOP("PlanErrors", "a number of at most {high}"),
    (False, "gt", "lt"): QT_TRANSLATE_NOOP("PlanErrors", "a number greater than {low} and below {high}"),
    (False, "gt", "le"): QT_TRANSLATE_NOOP("PlanErrors", "a number greater than {low} and at most {high}"),
    (False, "ge", "lt"): QT_TRANSLATE_NOOP("PlanErrors", "a number of at least {low} and below {high}"),
}


def _number_words(whole: bool, t: mi.FloatType | mi.IntType) -> str:
    """What a number must be, bounds included, as one phrase in the language in use (bounds as TOML writes them)."""
    low = "gt" if t.gt is not None else "ge" if t.ge is not None else ""
    high = "lt" if t.lt is not None else "le" if t.le is not None else ""
    lo, hi = t.gt if t.gt is not None else t.ge, t.lt if t.lt is not None else t.le
    return translate("PlanErrors", _NUMBER_WORDS[whole, low, high]).format(
        low=_n(lo) if lo is not None else "", high=_n(hi) if hi is not None else "")


def _within(t: mi.FloatType | mi.IntType, v: float) -> bool:
    return not ((t.gt is not None and v <= t.gt) or (t.ge is not None and v < t.ge)
                or (t.lt is not None and v >= t.lt) or (t.le is not None and v > t.le))


def _text_words(n_min: int | None, n_max: int | None) -> str:
    if n_min is not None and n_max is not None:
        return translate("PlanErrors", "a text of {low} to {high} characters").format(low=n_min, high=n_max)
    if n_min is not None:
        return translate("PlanErrors", "a text of at least {low} characters").format(low=n_min)
    return translate("PlanErrors", "a text of at most {high} characters").format(high=n_max)


def _list_problem(n_min: int | None, n_max: int | None, got: int) -> str:
    if n_min is not None and n_max is not None:
        return translate("PlanErrors", "must list {low} to {high} items, got {got}").format(
            low=n_min, high=n_max, got=got)
    if n_min is not None:
        return translate("PlanErrors", "must list at least {low} items, got {got}").format(low=n_min, got=got)
    return translate("PlanErrors", "must list at most {high} items, got {got}").format(high=n_max, got=got)


def _must_be(words: str, value: Any) -> str:
    return translate("PlanErrors", "must be {what}, got {value}").format(what=words, value=_shown(value))


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
                self.fail(path, translate("PlanErrors", "must be true or false, got {value}").format(
                    value=_shown(value)))
        elif isinstance(t, mi.LiteralType):
            if value not in t.values or isinstance(value, bool):
                words = ", ".join(sorted(json.dumps(v) for v in t.values))
                self.fail(path, translate("PlanErrors", "must be one of {words}, got {value}").format(
                    words=words, value=_shown(value)))
        else:  # a type the plan does not use yet: msgspec's own verdict, still all at once
            try:
                msgspec.convert(value, t)
            except msgspec.ValidationError as exc:
                self.fail(path, str(exc))

    def _table(self, value: Any, t: mi.StructType, path: str) -> None:
        if not isinstance(value, dict):
            self.fail(path, _must_be(translate("PlanErrors", "a table"), value))
            return
        known = {f.encode_name: f for f in t.fields}
        for key in value:
            if key not in known:
                self.fail(f"{path}.{key}" if path else key,
                          translate("PlanErrors", "unknown field (known here: {known})").format(
                              known=", ".join(known)))
        for name, f in known.items():
            where = f"{path}.{name}" if path else name
            if name in value:
                self.check(value[name], f.type, where)
            elif f.required:
                self.fail(where, translate("PlanErrors", "missing required field"))

    def _list(self, value: Any, t: mi.ListType, path: str) -> None:
        if not isinstance(value, list):
            self.fail(path, _must_be(translate("PlanErrors", "a list"), value))
            return
        if (t.min_length is not None and len(value) < t.min_length) or (
                t.max_length is not None and len(value) > t.max_length):
            self.fail(path, _list_problem(t.min_length, t.max_length, len(value)))
        for i, item in enumerate(value):
            self.check(item, t.item_type, f"{path}[{i}]")

    def _number(self, value: Any, t: mi.FloatType | mi.IntType, path: str) -> None:
        whole = isinstance(t, mi.IntType)
        ok_type = isinstance(value, int) if whole else isinstance(value, int | float)
        if not ok_type or isinstance(value, bool) or not _within(t, value):
            self.fail(path, _must_be(_number_words(whole, t), value))

    def _text(self, value: Any, t: mi.StrType, path: str) -> None:
        if t.pattern is not None:
            known_words = _PATTERN_WORDS.get(t.pattern)
            words = (translate("PlanErrors", known_words) if known_words is not None
                     else translate("PlanErrors", "text matching {pattern}").format(pattern=t.pattern))
        elif t.min_length is not None or t.max_length is not None:
            words = _text_words(t.min_length, t.max_length)
        else:
            words = translate("PlanErrors", "a text in quotes")
        if not isinstance(value, str):
            self.fail(path, _must_be(words, value))
            return
        too_short = t.min_length is not None and len(value) < t.min_length
        too_long = t.max_length is not None and len(value) > t.max_length
        if too_short or too_long or (t.pattern is not None and re.search(t.pattern, value) is None):
            self.fail(path, translate("PlanErrors", "must be {what}, got {value} ({n} characters)").format(
                what=words, value=_shown(value), n=len(value)) if too_long else _must_be(words, value))


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
                    fail(f"{table}[{i}].{key}", translate("PlanErrors", "duplicate {key} {value}").format(
                        key=key, value=repr(v)))
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
                 translate("PlanErrors", "{cost} is above the price {price}: every sale loses money").format(
                     cost=_n_float(cost), price=_n_float(price)))
    def known_products(path: str, items: list[Any]) -> None:
        for j, item in enumerate(items):
            if isinstance(item, str) and item not in skus and ok(f"{path}[{j}]"):
                fail(f"{path}[{j}]", translate("PlanErrors", "unknown product {sku}").format(sku=repr(item)))

    kits = unique("kits", "id")
    for i, k in _rows(raw, "kits"):
        items: list[Any] = k["items"] if isinstance(k.get("items"), list) else []
        known_products(f"kits[{i}].items", items)
        if len(set(map(str, items))) != len(items):
            fail(f"kits[{i}].items", translate("PlanErrors", "lists the same product twice"))
        if items and all(isinstance(s, str) and s in prices for s in items) and _is_number(k.get("price")) and ok(
                f"kits[{i}].price", f"kits[{i}].items"):
            full = sum(prices[s] for s in items)
            if k["price"] >= full:
                fail(f"kits[{i}].price", translate(
                    "PlanErrors", "{price} is not below the items' full price {full}").format(
                        price=_n_float(k["price"]), full=f"{full:.2f}"))
    segments = unique("segments", "id")
    for i, s in _rows(raw, "segments"):
        known_products(f"segments[{i}].products", s["products"] if isinstance(s.get("products"), list) else [])
    presets = unique("presets", "id")
    for i, pr in _rows(raw, "presets"):
        if isinstance(pr.get("product"), str) and pr["product"] not in skus and ok(f"presets[{i}].product"):
            fail(f"presets[{i}].product", translate("PlanErrors", "unknown product {sku}").format(
                sku=repr(pr["product"])))
    live: dict[str, Any] = raw["live"] if isinstance(raw.get("live"), dict) else {}
    duration = live.get("duration_min", 90)
    targets: dict[str, tuple[str, set[str]]] = {"flash_offer": ("preset", presets), "segment": ("segment", segments),
                                                "kit": ("kit", kits)}
    for i, cue in _rows(raw, "cues"):
        at = cue.get("at")
        if isinstance(at, str) and ok(f"cues[{i}].at"):
            m = _MMSS.match(at)
            if m is None:
                fail(f"cues[{i}].at", translate("PlanErrors", '{at} is not mm:ss (for example "02:30")').format(
                    at=repr(at)))
            elif _is_number(duration) and int(m.group(1)) * 60 + int(m.group(2)) > duration * 60:
                fail(f"cues[{i}].at", translate(
                    "PlanErrors", "{at} is after the end of the live ({minutes} min)").format(at=at, minutes=duration))
        action, target = cue.get("action"), cue.get("target")
        if action in targets and isinstance(target, str) and ok(f"cues[{i}].action", f"cues[{i}].target"):
            name, known = targets[action]
            if target not in known:
                fail(f"cues[{i}].target", translate("PlanErrors", _UNKNOWN_TARGET[name]).format(
                    target=repr(target), action=repr(action)))
    tags = live.get("tags")
    if isinstance(tags, list) and ok("live.tags") and not any(f"live.tags[{j}]" in bad for j in range(len(tags))):
        twice = sorted({t for t in tags if tags.count(t) > 1})
        if twice:  # a tag counted twice would weigh its lives twice in `history --tag`'s selection words
            fail("live.tags", _twice(", ".join(map(repr, twice))))
    out.extend(_platform_id_problems(raw, ok))
    advisor: dict[str, Any] = raw["advisor"] if isinstance(raw.get("advisor"), dict) else {}
    off = advisor.get("off")
    if isinstance(off, list) and ok("advisor.off") and not any(f"advisor.off[{j}]" in bad for j in range(len(off))):
        twice = sorted({k for k in off if off.count(k) > 1})
        if twice:
            fail("advisor.off", _twice(", ".join(map(repr, twice))))
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
                out.append(Problem(path, _twice(", ".join(map(_shown, twice)))))
            for j, v in enumerate(values):
                where = f"{path}[{j}]"
                if not isinstance(v, str) or not ok(where):
                    continue
                first, first_key, first_at = owners.setdefault((_LOOKUP_OF.get(key, str(key)), _canonical(key, v)),
                                                               (i, key, where))
                if first != i:
                    words = (QT_TRANSLATE_NOOP("PlanErrors", "{value} is mapped to two products, {here} here and "
                                               "{first} in {first_at}") if first_key == key
                             else QT_TRANSLATE_NOOP("PlanErrors", "{value} is mapped to two products, {here} here and "
                                                    "{first} in {first_at} (Shopify looks a line up by its variant "
                                                    "id and its SKU alike)"))
                    out.append(Problem(where, translate("PlanErrors", words).format(
                        value=_shown(v), here=names[i], first=names[first], first_at=first_at)))
    return out


_UNKNOWN_TARGET: Final = {
    "preset": QT_TRANSLATE_NOOP("PlanErrors", "unknown preset {target} for action {action}"),
    "segment": QT_TRANSLATE_NOOP("PlanErrors", "unknown segment {target} for action {action}"),
    "kit": QT_TRANSLATE_NOOP("PlanErrors", "unknown kit {target} for action {action}"),
}


def _twice(listed: str) -> str:
    return translate("PlanErrors", "lists {values} twice").format(values=listed)


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
