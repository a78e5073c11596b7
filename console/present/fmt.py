"""Number formatting for the console's displays: pure functions, no Qt; None always reads "—"."""

from __future__ import annotations

from typing import Final

DASH: Final = "—"
_SYMBOLS: Final = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CNY": "¥", "INR": "₹", "KRW": "₩",
                        "BRL": "R$"}


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
