"""The plan's products by their platform ids (docs/plan.md, `platform_ids`): which plan product a platform's
product is, for an event's `product_id`.

Built once from a loaded plan, whose checks already refused an id mapped to two products. A platform id the plan
does not map gives None: the caller keeps the platform's own id (`product_featured.platform_product_id`, Shopify's
SKU with `product_mapped: false`), so an unmapped product is shown as such, never dropped. Pure: no I/O.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

import msgspec

from console.bridge.tiktok_map import Draft, ProductFeaturedDraft
from console.plan.model import PLATFORM_KEYS, Plan, PlatformIds

#: the plan key of the ids a pin's `platform` names (ProductFeaturedDraft.platform)
PIN_KEYS: Final[Mapping[str, str]] = {"tiktok": "tiktok"}
#: Shopify ids the plan may write as a gid ("gid://shopify/ProductVariant/808950810"); the bridge sees the number
_GID_KEYS: Final = frozenset({"shopify_variant", "shopify_product"})


def canonical(key: str, platform_id: str) -> str:
    """The id as the lookup keeps it: a Shopify gid reduced to its number, anything else as written."""
    if key in _GID_KEYS and platform_id.startswith("gid://shopify/"):
        return platform_id.rsplit("/", 1)[-1]
    return platform_id


class ProductMap:
    """Plan product (sku) by platform key (PLATFORM_KEYS) and platform id."""

    def __init__(self, ids: Mapping[str, Mapping[str, str]], skus: Sequence[str] = ()) -> None:
        unknown = set(ids) - set(PLATFORM_KEYS)
        if unknown:
            raise ValueError(f"unknown platform keys {sorted(unknown)} (known: {', '.join(PLATFORM_KEYS)})")
        self._ids = {key: {canonical(key, pid): sku for pid, sku in ids.get(key, {}).items()}
                     for key in PLATFORM_KEYS}
        self._skus = tuple(skus)  # the plan's products, in plan order (for `unmapped`)

    @classmethod
    def from_plan(cls, plan: Plan) -> ProductMap:
        ids: dict[str, dict[str, str]] = {key: {} for key in PLATFORM_KEYS}
        for product in plan.products:
            if product.platform_ids is msgspec.UNSET:
                continue
            for key in PLATFORM_KEYS:
                for pid in getattr(product.platform_ids, key):
                    ids[key].setdefault(canonical(key, pid), product.sku)  # the plan check refused two owners
        return cls(ids, plan.product_ids())

    def product_for(self, platform: str, platform_id: str | None) -> str | None:
        """The plan's sku for a platform id (`platform` is a plan key: "tiktok", "shopify_variant", ...), None when
        the plan does not map it. An unknown platform key is a mistake in the caller, not an unmapped product."""
        if platform not in self._ids:
            raise ValueError(f"unknown platform key {platform!r} (known: {', '.join(PLATFORM_KEYS)})")
        if not platform_id:
            return None
        return self._ids[platform].get(canonical(platform, platform_id))

    # ------------------------------------------------------------------------------------------- TikTok pins

    def featured(self, draft: ProductFeaturedDraft) -> ProductFeaturedDraft:
        """The pin with the plan's product filled in when the plan maps it; as it was otherwise (product_id None,
        the platform's id and title kept)."""
        key = PIN_KEYS.get(draft.platform)
        sku = self.product_for(key, draft.platform_product_id) if key is not None else None
        return dataclasses.replace(draft, product_id=sku) if sku is not None else draft

    def fill(self, drafts: Iterable[Draft]) -> list[Draft]:
        """A source's drafts with every product pin mapped (`featured`); every other draft unchanged."""
        return [self.featured(d) if isinstance(d, ProductFeaturedDraft) else d for d in drafts]

    # ------------------------------------------------------------------------------------------------ Shopify

    def shopify_product_map(self) -> dict[str, str]:
        """What `ShopifyConfig.product_map` takes: variant ids (numbers) and SKUs -> sku, in one table, as
        console/bridge/shopify.py looks a line up (variant id first, then SKU). The plan check refused an id that
        would name two products in it."""
        return {**self._ids["shopify_sku"], **self._ids["shopify_variant"]}

    def shopify_line(self, variant_id: str | None, sku: str | None, product_id: str | None = None) -> str | None:
        """A Shopify line item's plan product: by its variant id, else its SKU, else its product id (every variant
        of a product mapped at once); None when none of them is mapped."""
        return (self.product_for("shopify_variant", variant_id) or self.product_for("shopify_sku", sku)
                or self.product_for("shopify_product", product_id))

    # --------------------------------------------------------------------------------------------- coverage

    def unmapped(self, *keys: str) -> list[str]:
        """The plan's products with no id under any of `keys` (plan order): what the bridge can name at start as
        "not mapped on this platform", so a product that will never light up is known before the live."""
        for key in keys:
            if key not in self._ids:
                raise ValueError(f"unknown platform key {key!r} (known: {', '.join(PLATFORM_KEYS)})")
        mapped = {sku for key in keys for sku in self._ids[key].values()}
        return [sku for sku in self._skus if sku not in mapped]

    def __len__(self) -> int:
        """Ids mapped, over every platform key."""
        return sum(len(by_id) for by_id in self._ids.values())


def shopify_gids(plan: Plan, sku: str) -> list[str]:
    """The Shopify products and variants a plan product is sold as, as GIDs (what the Admin API's discounts name);
    [] when the plan maps none. Bare numbers in the plan get their type's prefix."""
    product = next((pr for pr in plan.products if pr.sku == sku), None)
    ids = product.platform_ids if product is not None else msgspec.UNSET
    if not isinstance(ids, PlatformIds):
        return []
    return ([v if v.startswith("gid://") else f"gid://shopify/ProductVariant/{v}" for v in ids.shopify_variant]
            + [v if v.startswith("gid://") else f"gid://shopify/Product/{v}" for v in ids.shopify_product])
