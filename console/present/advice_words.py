"""The advisor's words the window and the report share: each pattern's name, and why an advice expired."""

from __future__ import annotations

from typing import Final

from console.i18n import QT_TRANSLATE_NOOP, translate

# each advice kind (console/advisor) as the operator reads it (the source text: `kind_words` translates it)
KIND_WORDS: Final = {
    "conversion_sag": QT_TRANSLATE_NOOP("AdviceWords", "Conversion sag"),
    "abandonment_spike": QT_TRANSLATE_NOOP("AdviceWords", "Abandonment spike"),
    "dwell_lift": QT_TRANSLATE_NOOP("AdviceWords", "Dwell lift"),
    "stock_out_risk": QT_TRANSLATE_NOOP("AdviceWords", "Stock-out risk"),
    "audience_drop": QT_TRANSLATE_NOOP("AdviceWords", "Audience drop"),
    "views_no_orders": QT_TRANSLATE_NOOP("AdviceWords", "Views, no orders"),
}
# why an advice expired, in words (the source text: `reason_words` translates it)
REASON_WORDS: Final = {
    "cleared": QT_TRANSLATE_NOOP("AdviceWords", "the numbers went back to normal"),
    "sold out": QT_TRANSLATE_NOOP("AdviceWords", "the product sold out"),
    "segment off air": QT_TRANSLATE_NOOP("AdviceWords", "the segment went off air"),
    "live ended": QT_TRANSLATE_NOOP("AdviceWords", "the live ended"),
    "console restarted": QT_TRANSLATE_NOOP("AdviceWords", "the console was restarted"),
}


def kind_words(kind: str) -> str:
    """An advice kind's name in the operator's language ("Conversion sag"); an unknown kind from its id."""
    words = KIND_WORDS.get(kind)
    return translate("AdviceWords", words) if words is not None else kind.replace("_", " ").capitalize()


def reason_words(reason: str) -> str:
    """Why an advice expired, in the operator's language; an unknown reason as it came."""
    words = REASON_WORDS.get(reason)
    return translate("AdviceWords", words) if words is not None else reason
