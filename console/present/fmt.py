"""Number formatting for the console's displays, and reading back a duration typed as one: pure functions, no Qt;
None always reads "—". Pure code that writes words takes a `Translate` (widgets pass Qt's translate)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

Translate = Callable[[str], str]  # a template -> the same template in the operator's language

DASH: Final = "—"
_MMSS: Final = re.compile(r"^\s*(\d{1,2}):([0-5]?\d)\s*$")
_SYMBOLS: Final = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CNY": "¥", "INR": "₹", "KRW": "₩",
                        "BRL": "R$"}


def untranslated(text: str) -> str:
    """The template as written: the `Translate` of pure code called without Qt (the report, the tests)."""
    return text


def money(value: float | None, currency: str = "EUR", cents: bool = False) -> str:
    """€20,435 (no cents by default: from two metres cents are noise); unknown codes read "20,435 CHF"."""
    if value is None:
        return DASH
    body = f"{abs(value):,.2f}" if cents else f"{abs(round(value)):,}"
    sign = "-" if value < 0 and (cents or round(value) != 0) else ""
    symbol = _SYMBOLS.get(currency)
    return f"{sign}{symbol}{body}" if symbol else f"{sign}{body} {currency}"


def symbol(currency: str) -> str:
    """The currency's sign ("€", "R$"), or "" when the code is shown instead."""
    return _SYMBOLS.get(currency, "")


def money_short(value: float | None, currency: str = "EUR") -> str:
    """Compact money for tight places: €940, €14.3k, €180k (not €180.0k), €1.25M."""
    if value is None:
        return DASH
    a = abs(value)
    if a < 10_000:
        return money(value, currency)
    body = f"{value / 1000:.1f}".removesuffix(".0") + "k" if a < 1_000_000 else f"{value / 1_000_000:.2f}M"
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{body}" if symbol else f"{body} {currency}"


def count(value: float | None) -> str:
    return DASH if value is None else f"{round(value):,}"


def pct(value: float | None, digits: int = 1) -> str:
    """A proportion (0.0239) as a percentage (2.4%)."""
    return DASH if value is None else f"{value * 100:.{digits}f}%"


def times(value: float | None) -> str:
    """A multiple such as ROAS: 10.3×."""
    return DASH if value is None else f"{value:.1f}×"


def clock(seconds: float | None) -> str:
    """Elapsed time as hh:mm:ss."""
    if seconds is None:
        return "--:--:--"
    s = max(0, int(seconds))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def mmss(seconds: float) -> str:
    """A countdown as mm:ss (minutes may pass 59: offers last up to an hour)."""
    s = max(0, int(seconds))
    return f"{s // 60:02d}:{s % 60:02d}"


def parse_duration(text: str) -> int | None:
    """Seconds typed as plain seconds or as mm:ss: '90' -> 90, '1:30' -> 90; None for anything else."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    m = _MMSS.match(text)
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None
