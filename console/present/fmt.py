"""Number formatting for the console's displays, and reading back a duration typed as one: pure functions, no Qt;
None always reads "—". Words go through console.i18n.translate; numbers and money follow its language
(console/present/numbers.py)."""

from __future__ import annotations

import re
from typing import Final

from console.present import numbers

DASH: Final = "—"
_MMSS: Final = re.compile(r"^\s*(\d{1,2}):([0-5]?\d)\s*$")


def money(value: float | None, currency: str = "EUR", cents: bool = False) -> str:
    """The amount in the live's currency as the console's language writes it: €20,435, R$ 20.435, 20 435 €;
    `cents` adds the currency's own decimals (none for JPY). console/present/numbers.py has the rules."""
    return numbers.money(value, currency, cents)


def symbol(currency: str) -> str:
    """The currency's sign as the console's language writes it ("€", "R$"), or its code where it has none."""
    return numbers.symbol(currency)


def money_short(value: float | None, currency: str = "EUR") -> str:
    """Compact money for tight places, by the language's own rule: €14.3K, R$ 221,3 mil, 180 t. €, ￥22.1万."""
    return numbers.money_short(value, currency)


def count(value: float | None) -> str:
    return DASH if value is None else numbers.integer(value)


def pct(value: float | None, digits: int = 1) -> str:
    """A proportion (0.0239) as a percentage: 2.4% · 2,4 % · 2,4%."""
    return numbers.percent(value, digits)


def times(value: float | None) -> str:
    """A multiple such as ROAS: 10.3× · 10,3×."""
    return DASH if value is None else f"{numbers.decimal(value, 1)}×"


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
