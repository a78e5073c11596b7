"""The session plan: the operator's pre-live plan (goals, catalogue, kits, script, presets, run of show).

Loaded from TOML, validated whole: a bad plan raises `PlanError` with every fault, each naming the file, line,
field and what is wrong (console/plan/check.py), and nothing is half-loaded.
Pure logic, no Qt. The format is specified in `docs/plan.md`.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Final, Literal

import msgspec

from console.i18n import translate
from console.plan.check import Problem, plan_problems
from console.plan.toml_lines import locate
from console.protocol.wire import field_error

Safety = Literal["none", "confirm", "hold"]
ActionKind = Literal["flash_offer", "segment", "kit"]
AdviceKind = Literal["conversion_sag", "abandonment_spike", "dwell_lift", "stock_out_risk", "audience_drop",
                     "views_no_orders"]

_ID = Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
_Name = Annotated[str, msgspec.Meta(min_length=1, max_length=120)]
_Money = Annotated[float, msgspec.Meta(ge=0)]
_PosMoney = Annotated[float, msgspec.Meta(gt=0)]
_Ratio = Annotated[float, msgspec.Meta(ge=0, le=1)]
# A pattern's size must stand clear of the ordinary variation its detector tolerates (console/advisor: 15 % for a
# proportion, 10-15 % for checkout and dwell, 25 % for arrivals): at or below that band, an ordinary live fires the
# test (with audience_drop_pct = 20 or sag_pct = 12 a `control` live raised advice within 9 minutes, docs/advisor.md).
_Pct = Annotated[float, msgspec.Meta(ge=25, le=90)]
_ArrivalsPct = Annotated[float, msgspec.Meta(ge=35, le=90)]
# Platform ids (docs/plan.md, platform_ids). TikTok and Shopify number their products and variants; Shopify also
# names them by gid. `\Z`, not `$`: `$` would let an id end in a newline, which no platform sends.
_Numeric = Annotated[str, msgspec.Meta(pattern=r"^[0-9]{1,20}\Z")]
_ShopifyVariant = Annotated[str, msgspec.Meta(pattern=r"^(?:gid://shopify/ProductVariant/)?[0-9]{1,20}\Z")]
_ShopifyProduct = Annotated[str, msgspec.Meta(pattern=r"^(?:gid://shopify/Product/)?[0-9]{1,20}\Z")]
_ShopSku = Annotated[str, msgspec.Meta(pattern=r"^\S(?:.{0,253}\S)?\Z")]  # Shopify allows 255 characters
# A live's tag in the library of lives (docs/library.md): short, so that `library list` and `--tag` stay readable.
TAG_PATTERN: Final = r"^\S(?:.{0,30}\S)?\Z"
_Tag = Annotated[str, msgspec.Meta(pattern=TAG_PATTERN)]
# A segment's talking points (docs/plan.md, [[segments]]): what the host says, read on the host view from two metres
# (console/widgets/host_view.py). One line each, no space at either end, so that what the producer wrote is what the
# host reads; short enough to read at a glance, few enough for one screen.
TALKING_POINT_PATTERN: Final = r"^\S(?:.{0,198}\S)?\Z"
_TalkingPoint = Annotated[str, msgspec.Meta(max_length=200, pattern=TALKING_POINT_PATTERN)]  # a fault says the length
#: at most this many talking points a segment: more would not fit the host view in readable type
MAX_TALKING_POINTS: Final = 12
_MMSS: Final = re.compile(r"^(\d{1,3}):([0-5]\d)$")
_TOML_AT: Final = re.compile(r"\(at line (\d+), column \d+\)")

DEMO_PLAN: Final = Path(__file__).resolve().parents[2] / "assets" / "plans" / "demo.toml"
# Without [advisor] high_ticket_price, a product is high-ticket when its list price is at least this many times the
# median list price of the plan's products (docs/plan.md, [advisor]).
HIGH_TICKET_TIMES_MEDIAN: Final = 4.0
#: at most this many [live] tags: a plan's tags name the kind of live ("black-friday", "kitchen"), not its contents
MAX_TAGS: Final = 10


@dataclass(frozen=True, slots=True)
class PlanProblem:
    field: str  # path such as products[3].price; '' for a fault of the whole file
    problem: str  # in plain words: what the field must be, and what it is
    line: int | None = None  # where the field is written (from 1); None when it is not written at all

    def text(self, path: str) -> str:
        where = f"{path}:{self.line}" if self.line is not None else path
        return f"{where}: {self.field}: {self.problem}" if self.field else f"{where}: {self.problem}"


class PlanError(ValueError):
    """A plan that cannot be used, with every fault found. `str()` has one `FILE:LINE: FIELD: problem` per line;
    `field`, `problem` and `line` are the first fault's."""

    def __init__(self, path: Path | str, field: str = "", problem: str = "", line: int | None = None, *,
                 problems: list[PlanProblem] | None = None) -> None:
        self.path = str(path)
        self.problems = problems or [PlanProblem(field, problem, line)]
        self.field, self.problem, self.line = self.problems[0].field, self.problems[0].problem, self.problems[0].line
        super().__init__("\n".join(p.text(self.path) for p in self.problems))


# Subclasses restate frozen=True: msgspec inherits it, but mypy reads each class's own keywords (it would call
# them non-frozen dataclasses inheriting from a frozen one).
class _Strict(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    pass


class LiveInfo(_Strict, frozen=True):
    id: _ID
    title: _Name
    duration_min: Annotated[int, msgspec.Meta(ge=1, le=24 * 60)] = 90
    currency: Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{3}$")] = "EUR"
    # UNSET, not []: a plan without tags encodes (and its journal identity hashes) as it did before tags existed
    tags: Annotated[list[_Tag], msgspec.Meta(max_length=MAX_TAGS)] | msgspec.UnsetType = msgspec.UNSET

    @property
    def tag_list(self) -> tuple[str, ...]:
        """The live's tags for the library of lives (docs/library.md), () when the plan has none."""
        return () if isinstance(self.tags, msgspec.UnsetType) else tuple(self.tags)


class Goals(_Strict, frozen=True):
    gmv: _Money | None = None
    orders: Annotated[int, msgspec.Meta(ge=0)] | None = None
    conversion: _Ratio | None = None
    peak_viewers: Annotated[int, msgspec.Meta(ge=0)] | None = None
    roas: _Money | None = None
    max_cart_abandonment: _Ratio | None = None


class PlatformIds(_Strict, frozen=True, omit_defaults=True):
    """A product's ids on the platforms, several per platform (a shop sells one product as many variants)."""

    tiktok: list[_Numeric] = []  # the product id of a TikTok LIVE product pin (TikTok Shop's product id)
    tiktok_shop: list[_Numeric] = []  # a TikTok Shop SKU id (one per variant), as its orders name it
    shopify_sku: list[_ShopSku] = []  # a Shopify variant's SKU
    shopify_variant: list[_ShopifyVariant] = []  # a Shopify variant id: the number or its gid
    shopify_product: list[_ShopifyProduct] = []  # a Shopify product id (every variant of it): the number or its gid


PLATFORM_KEYS: Final = tuple(PlatformIds.__struct_fields__)


class Product(_Strict, frozen=True):
    sku: _ID
    name: _Name
    price: _PosMoney
    unit_cost: _Money
    stock: Annotated[int, msgspec.Meta(ge=0)]
    category: _Name = "general"
    # UNSET, not PlatformIds(): an unset field is left out of msgspec's encoding, so a plan without platform ids
    # encodes (and its journal identity hashes, console/studio/server.py plan_hash) as it did before they existed.
    platform_ids: PlatformIds | msgspec.UnsetType = msgspec.UNSET

    @property
    def margin(self) -> float:
        """Unit margin at full price."""
        return self.price - self.unit_cost


class Kit(_Strict, frozen=True):
    id: _ID
    name: _Name
    items: Annotated[list[_ID], msgspec.Meta(min_length=2, max_length=6)]
    price: _PosMoney


class Segment(_Strict, frozen=True):
    id: _ID
    title: _Name
    products: list[_ID] = []
    demo: bool = False  # the host demonstrates the products: more engagement and dwell
    # UNSET, not []: a plan without talking points encodes (and its journal identity hashes) as it did before them
    talking_points: (Annotated[list[_TalkingPoint], msgspec.Meta(max_length=MAX_TALKING_POINTS)]
                     | msgspec.UnsetType) = msgspec.UNSET

    @property
    def points(self) -> tuple[str, ...]:
        """What the host says in this segment (the host view shows it), () when the plan gives none."""
        return () if isinstance(self.talking_points, msgspec.UnsetType) else tuple(self.talking_points)


class Preset(_Strict, frozen=True):
    id: _ID
    product: _ID
    discount_pct: Annotated[float, msgspec.Meta(gt=0, le=90)]  # the action API's own limit
    duration_s: Annotated[int, msgspec.Meta(ge=10, le=3600)]
    label: str = ""


class Cue(_Strict, frozen=True):
    at: str  # mm:ss from the start of the live
    action: ActionKind
    target: _ID  # preset id, segment id or kit id, by action
    auto: bool = False
    note: str = ""

    @property
    def at_s(self) -> int:
        return parse_mmss(self.at)


class SafetySettings(_Strict, frozen=True):
    flash_offer: Safety = "confirm"
    segment: Safety = "none"
    kit: Safety = "confirm"


class AdvisorSettings(_Strict, frozen=True):
    """The live advisor's thresholds (docs/advisor.md): each `*_pct` is the change it must catch within a minute."""

    high_ticket_price: _PosMoney | None = None  # default: HIGH_TICKET_TIMES_MEDIAN x the median list price
    stock_horizon_min: Annotated[int, msgspec.Meta(ge=1, le=120)] = 10
    false_alarm_hours: Annotated[float, msgspec.Meta(ge=10, le=100_000)] = 200.0
    max_per_10min: Annotated[int, msgspec.Meta(ge=1, le=30)] = 3
    sag_pct: _Pct = 40.0
    abandonment_pct: _Pct = 60.0
    audience_drop_pct: _ArrivalsPct = 50.0
    dwell_lift_pct: _Pct = 50.0
    views_no_orders_pct: _Pct = 80.0
    off: list[AdviceKind] = []


class Plan(_Strict, frozen=True, kw_only=True):
    live: LiveInfo
    goals: Goals = Goals()
    products: Annotated[list[Product], msgspec.Meta(min_length=1, max_length=200)]
    kits: list[Kit] = []
    segments: list[Segment] = []
    presets: list[Preset] = []
    cues: list[Cue] = []
    safety: SafetySettings = SafetySettings()
    advisor: AdvisorSettings = AdvisorSettings()

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

    def high_ticket_price(self) -> float:
        """The list price from which a product is high-ticket: the plan's own, else 4x the median list price."""
        if self.advisor.high_ticket_price is not None:
            return self.advisor.high_ticket_price
        prices = sorted(p.price for p in self.products)
        mid = len(prices) // 2
        median = prices[mid] if len(prices) % 2 else (prices[mid - 1] + prices[mid]) / 2
        return HIGH_TICKET_TIMES_MEDIAN * median

    def is_high_ticket(self, sku: str) -> bool:
        return any(p.sku == sku and p.price >= self.high_ticket_price() for p in self.products)


def load_plan(path: Path | str) -> Plan:
    """Read and validate a plan file; raise PlanError with every fault (file, line, field, what is wrong)."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise PlanError(path, "", translate("PlanErrors", "file not found")) from None
    except UnicodeDecodeError as exc:
        raise PlanError(path, "", translate("PlanErrors", "not UTF-8 text ({reason} at byte {at})").format(
            reason=exc.reason, at=exc.start)) from None
    except OSError as exc:
        raise PlanError(path, "", translate("PlanErrors", "cannot be read: {why}").format(why=exc.strerror)) from None
    return parse_plan(text, path)


def parse_plan(text: str, path: Path | str = "<plan>") -> Plan:
    """Validate a plan's text whole; a bad plan raises PlanError with every fault, each with its line."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = _TOML_AT.search(str(exc))
        raise PlanError(path, "", translate("PlanErrors", "not valid TOML: {error}").format(error=exc),
                        int(at.group(1)) if at else None) from None
    found = plan_problems(raw, Plan)
    if not found:
        try:
            return msgspec.convert(raw, Plan)
        except msgspec.ValidationError as exc:  # a rule the plain-words checker does not know yet: still named
            found = [Problem(*field_error(exc))]
    problems = [PlanProblem(p.field, p.problem, locate(text, p.field) if p.field else None) for p in found]
    problems.sort(key=lambda p: p.line if p.line is not None else sys.maxsize)  # file order; unwritten last
    raise PlanError(path, problems=problems)


def parse_mmss(text: str) -> int:
    """'04:30' -> 270 seconds; raises ValueError on anything else."""
    m = _MMSS.match(text)
    if m is None:
        raise ValueError(f"{text!r} is not mm:ss")
    return int(m.group(1)) * 60 + int(m.group(2))
