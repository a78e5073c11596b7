"""What every lesson rule reads: this live's snapshot, its report rows and its plan (docs/report.md, Lessons)."""

from __future__ import annotations

from collections.abc import Sequence

from console.i18n import PLURAL, translate
from console.kpi.snapshot import KpiSnapshot
from console.plan.model import Plan
from console.present import numbers
from console.present.fmt import count, money
from console.report.model import ActionImpact, ChannelRow, ProductRow


class LessonContext:
    """What every rule reads."""

    def __init__(self, snap: KpiSnapshot, products: Sequence[ProductRow], channels: Sequence[ChannelRow],
                 actions: Sequence[ActionImpact], plan: Plan | None, currency: str) -> None:
        self.snap, self.products, self.channels, self.actions = snap, products, channels, actions
        self.plan, self.currency = plan, currency
        self.aov = snap.avg_order_value or 0.0

    def m(self, value: float | None) -> str:
        return money(value, self.currency)


def orders_n(n: int) -> str:
    """'1 order', '1,204 orders': the language's plural form, its grouping."""
    return translate("ReportLessons", "%n orders", None, PLURAL, n)


def dec(value: float | None, digits: int = 1) -> str:
    """A decimal number as the report's language writes it: 2.4 · 2,4."""
    return "—" if value is None else numbers.decimal(value, digits)


def whole(value: float | None) -> str:
    """A rounded count with the language's grouping: 1,403 · 1 403 · 1.403."""
    return count(value)


def signed_rel(value: float) -> str:
    """A relative change with its sign: +79%, -12%."""
    return ("+" if value >= 0 else "-") + numbers.percent(abs(value), 0)


def then(text: str, more: str) -> str:
    """One sentence after another: a space between them in most languages, none in Japanese."""
    return translate("ReportLessons", "{sentence} {next}").format(sentence=text, next=more)


def clauses(parts: list[str]) -> str:
    """Clauses of one sentence, one after another: "a; b; c" (Japanese "a、b、c")."""
    out = parts[0] if parts else ""
    for p in parts[1:]:
        out = translate("ReportLessons", "{clause}; {next}").format(clause=out, next=p)
    return out
