"""What a detector hands the advisor when one of its streams alarms, and the words the advice is told in.

The advice's words are written in the console's language when it is raised (docs/i18n.md): the session file keeps
them as the operator read them, and replay and the report show them so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Protocol

from console.advisor.model import Evidence
from console.advisor.tick import Tick
from console.i18n import QT_TRANSLATE_NOOP, translate
from console.plan.model import AdviceKind, Plan
from console.present import fmt

#: the entry channels (protocol keys) as the advice names them
CHANNEL_WORDS: Final = {"organic": QT_TRANSLATE_NOOP("AdviceWords", "organic"),
                        "paid": QT_TRANSLATE_NOOP("AdviceWords", "paid"),
                        "direct": QT_TRANSLATE_NOOP("AdviceWords", "direct")}


@dataclass(frozen=True, slots=True)
class Finding:
    kind: AdviceKind
    subject: str | None
    watch: str  # the detector's name, for release() and the clear test
    stream: int
    text: str
    evidence: Evidence
    stage: str = ""  # "ctr", "cart", "order": live-wide findings explain away a product's at the same stage


class Watch(Protocol):
    name: str

    def evaluate(self, tick: Tick) -> list[Finding]: ...

    def cleared(self, stream: int) -> bool:
        """The stream's condition has ended (its clear test passed)."""
        ...

    def gone(self, stream: int, tick: Tick) -> str:
        """Why the condition cannot be judged any more ("sold out"...), or ''."""
        ...

    def release(self, stream: int, ts: float) -> None:
        """The advice ended: watch for the pattern again, and let the baseline learn again."""
        ...


def at(live_s: float) -> str:
    """Live time as the operator reads it on the clock: 28:10 (1:02:05 past the hour)."""
    s = max(0, int(live_s))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


def pct(x: float) -> str:
    """A rate as a percentage, one decimal under 10 %: 6.8% · 12% (6,8 % · 12 % in Finnish)."""
    return fmt.pct(x, 1 if x < 0.1 else 0)


def signed_pct(x: float, digits: int = 0) -> str:
    """A change as a signed percentage: +45% · -45% (+45 % · −45 % in Finnish)."""
    text = fmt.pct(x, digits)
    return text if text.startswith(("-", "\u2212")) else "+" + text


def change(before: float, now: float) -> str:
    return signed_pct(now / before - 1) if before > 0 else translate("AdviceWords", "new")


def channel(name: str) -> str:
    """An entry channel ("organic", "paid", "direct") in the console's language."""
    return translate("AdviceWords", CHANNEL_WORDS[name]) if name in CHANNEL_WORDS else name


def product_name(plan: Plan | None, sku: str) -> str:
    if plan is None:
        return sku
    return next((p.name for p in plan.products if p.sku == sku), sku)
