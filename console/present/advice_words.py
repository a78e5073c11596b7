"""The advisor's words the window and the report share: each pattern's name, and why an advice expired."""

from __future__ import annotations

from typing import Final

#: each advice kind (console/advisor) as the operator reads it
KIND_WORDS: Final = {
    "conversion_sag": "Conversion sag", "abandonment_spike": "Abandonment spike", "dwell_lift": "Dwell lift",
    "stock_out_risk": "Stock-out risk", "audience_drop": "Audience drop", "views_no_orders": "Views, no orders",
}
#: why an advice expired, in words
REASON_WORDS: Final = {
    "cleared": "the numbers went back to normal", "sold out": "the product sold out",
    "segment off air": "the segment went off air", "live ended": "the live ended",
    "console restarted": "the console was restarted",
}


def kind_words(kind: str) -> str:
    return KIND_WORDS.get(kind, kind.replace("_", " ").capitalize())
