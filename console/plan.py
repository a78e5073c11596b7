"""The session plan: the operator's pre-live plan (goals, catalogue, kits, script, presets, run of show).

Loaded from TOML, validated whole: a bad plan raises `PlanError` naming the file, the field and the fault,
and nothing is half-loaded. Pure logic, no Qt. The format is specified in `docs/plan.md`.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Annotated, Final, Literal

import msgspec

from console.protocol import field_error

Safety = Literal["none", "confirm", "hold"]
ActionKind = Literal["flash_offer", "segment", "kit"]

_ID = Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
_Name = Annotated[str, msgspec.Meta(min_length=1, max_length=120)]
_Money = Annotated[float, msgspec.Meta(ge=0)]
_PosMoney = Annotated[float, msgspec.Meta(gt=0)]
_Ratio = Annotated[float, msgspec.Meta(ge=0, le=1)]
_MMSS: Final = re.compile(r"^(\d{1,3}):([0-5]\d)$")

DEMO_PLAN: Final = Path(__file__).resolve().parent.parent / "assets" / "plans" / "demo.toml"


class PlanError(ValueError):
    """A plan that cannot be used. `str()` reads `FILE: FIELD: what is wrong`."""

    def __init__(self, path: Path | str, field: str, problem: str) -> None:
        self.path, self.field, self.problem = str(path), field, problem
        super().__init__(f"{path}: {field}: {problem}" if field else f"{path}: {problem}")


class _Strict(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    pass


class LiveInfo(_Strict):
    id: _ID
    title: _Name
    duration_min: Annotated[int, msgspec.Meta(ge=1, le=24 * 60)] = 90
    currency: Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{3}$")] = "EUR"


class Goals(_Strict):
    gmv: _Money | None = None
    orders: Annotated[int, msgspec.Meta(ge=0)] | None = None
    conversion: _Ratio | None = None
    peak_viewers: Annotated[int, msgspec.Meta(ge=0)] | None = None
    roas: _Money | None = None
    max_cart_abandonment: _Ratio | None = None


class Product(_Strict):
    sku: _ID
    name: _Name
    price: _PosMoney
    unit_cost: _Money
    stock: Annotated[int, msgspec.Meta(ge=0)]
    category: _Name = "general"

    @property
    def margin(self) -> float:
        """Unit margin at full price."""
        return self.price - self.unit_cost


class Kit(_Strict):
    id: _ID
    name: _Name
    items: Annotated[list[_ID], msgspec.Meta(min_length=2, max_length=6)]
    price: _PosMoney


class Segment(_Strict):
    id: _ID
    title: _Name
    products: list[_ID] = []
    demo: bool = False  # the host demonstrates the products: more engagement and dwell


class Preset(_Strict):
    id: _ID
    product: _ID
    discount_pct: Annotated[float, msgspec.Meta(gt=0, le=90)]  # the action API's own limit
    duration_s: Annotated[int, msgspec.Meta(ge=10, le=3600)]
    label: str = ""


class Cue(_Strict):
    at: str  # mm:ss from the start of the live
    action: ActionKind
    target: _ID  # preset id, segment id or kit id, by action
    auto: bool = False
    note: str = ""

    @property
    def at_s(self) -> int:
        return parse_mmss(self.at)


class SafetySettings(_Strict):
    flash_offer: Safety = "confirm"
    segment: Safety = "none"
    kit: Safety = "confirm"


class Plan(_Strict, kw_only=True):
    live: LiveInfo
    goals: Goals = Goals()
    products: Annotated[list[Product], msgspec.Meta(min_length=1, max_length=200)]
    kits: list[Kit] = []
    segments: list[Segment] = []
    presets: list[Preset] = []
    cues: list[Cue] = []
    safety: SafetySettings = SafetySettings()

    def product(self, sku: str) -> Product:
        return next(p for p in self.products if p.sku == sku)

    def product_ids(self) -> list[str]:
        return [p.sku for p in self.products]

    def kit(self, kit_id: str) -> Kit:
        return next(k for k in self.kits if k.id == kit_id)

    def segment(self, segment_id: str) -> Segment:
        return next(s for s in self.segments if s.id == segment_id)

    def preset(self, preset_id: str) -> Preset:
        return next(p for p in self.presets if p.id == preset_id)


def load_plan(path: Path | str) -> Plan:
    """Read and validate a plan file; raise PlanError naming the file, field and fault."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise PlanError(path, "", "file not found") from None
    except UnicodeDecodeError as exc:
        raise PlanError(path, "", f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise PlanError(path, "", f"cannot be read: {exc.strerror}") from None
    return parse_plan(text, path)


def parse_plan(text: str, path: Path | str = "<plan>") -> Plan:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PlanError(path, "", f"not valid TOML: {exc}") from None
    try:
        plan = msgspec.convert(raw, Plan)
    except msgspec.ValidationError as exc:
        field, problem = field_error(exc)
        raise PlanError(path, field, problem) from None
    _check_references(plan, path)
    return plan


def _check_references(plan: Plan, path: Path | str) -> None:
    def fail(field: str, problem: str) -> None:
        raise PlanError(path, field, problem)

    skus = _unique([p.sku for p in plan.products], "products", "sku", fail)
    for i, p in enumerate(plan.products):
        if p.unit_cost > p.price:
            fail(f"products[{i}].unit_cost", f"{p.unit_cost} is above the price {p.price}: every sale loses money")
    kits = _unique([k.id for k in plan.kits], "kits", "id", fail)
    for i, k in enumerate(plan.kits):
        for j, item in enumerate(k.items):
            if item not in skus:
                fail(f"kits[{i}].items[{j}]", f"unknown product {item!r}")
        if len(set(k.items)) != len(k.items):
            fail(f"kits[{i}].items", "lists the same product twice")
        full = sum(plan.product(s).price for s in k.items)
        if k.price >= full:
            fail(f"kits[{i}].price", f"{k.price} is not below the items' full price {full:.2f}")
    segments = _unique([s.id for s in plan.segments], "segments", "id", fail)
    for i, s in enumerate(plan.segments):
        for j, item in enumerate(s.products):
            if item not in skus:
                fail(f"segments[{i}].products[{j}]", f"unknown product {item!r}")
    presets = _unique([p.id for p in plan.presets], "presets", "id", fail)
    for i, pr in enumerate(plan.presets):
        if pr.product not in skus:
            fail(f"presets[{i}].product", f"unknown product {pr.product!r}")
    targets = {"flash_offer": presets, "segment": segments, "kit": kits}
    names = {"flash_offer": "preset", "segment": "segment", "kit": "kit"}
    for i, cue in enumerate(plan.cues):
        m = _MMSS.match(cue.at)
        if m is None:
            fail(f"cues[{i}].at", f"{cue.at!r} is not mm:ss (for example \"02:30\")")
        elif cue.at_s > plan.live.duration_min * 60:
            fail(f"cues[{i}].at", f"{cue.at} is after the end of the live ({plan.live.duration_min} min)")
        if cue.target not in targets[cue.action]:
            fail(f"cues[{i}].target", f"unknown {names[cue.action]} {cue.target!r} for action {cue.action!r}")


def _unique(ids: list[str], table: str, key: str, fail: object) -> set[str]:
    seen: set[str] = set()
    for i, v in enumerate(ids):
        if v in seen:
            fail(f"{table}[{i}].{key}", f"duplicate {key} {v!r}")  # type: ignore[operator]
        seen.add(v)
    return seen


def parse_mmss(text: str) -> int:
    """'04:30' -> 270 seconds; raises ValueError on anything else."""
    m = _MMSS.match(text)
    if m is None:
        raise ValueError(f"{text!r} is not mm:ss")
    return int(m.group(1)) * 60 + int(m.group(2))
