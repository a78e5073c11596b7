"""Money, counts and percentages written the way the console's language writes them: Qt-free, on Babel's CLDR data.

Why Babel and not QLocale: QLocale knows only its own country's currency (it would write yen with two decimals, or
reais without their sign in a Finnish console); Babel (BSD) carries CLDR's symbol, position, grouping and decimals
for every currency in every locale. The amount is in the live's currency, written by the console's language:
`R$ 382.930,00` (pt_BR), `382 930,00 €` (fi), `￥382,930` (ja), `$382,930.00` (en). Separators are CLDR's own
no-break spaces, so an amount never wraps across a line.
"""

from __future__ import annotations

import copy
import functools
import re
from typing import Final

from babel import Locale
from babel.numbers import NumberPattern, format_compact_currency, format_compact_decimal, get_currency_precision

from console.i18n.languages import NUMBER_LOCALES

DASH: Final = "—"
_LETTERS_THEN_DIGIT: Final = re.compile(r"([A-Za-z])(\d)")
_DIGIT_THEN_LETTERS: Final = re.compile(r"(\d)([A-Za-z]{3})")
COMPACT_FROM: Final = 10_000  # below this an amount is short enough written in full
_in_use: list[Locale] = [Locale.parse(NUMBER_LOCALES["en"])]  # one slot: the locale numbers are written in


def use_locale(language: str) -> None:
    """Write numbers as `language` ('ja', 'fi', 'pt_BR', 'en') does from now on."""
    _in_use[0] = Locale.parse(NUMBER_LOCALES.get(language, NUMBER_LOCALES["en"]))


def number_locale() -> Locale:
    return _in_use[0]


@functools.lru_cache(maxsize=64)
def _pattern(locale: Locale, kind: str, digits: int) -> NumberPattern:
    base = locale.currency_formats["standard"] if kind == "currency" else (
        locale.percent_formats[None] if kind == "percent" else locale.decimal_formats[None])
    pattern: NumberPattern = copy.copy(base)
    pattern.frac_prec = (digits, digits)
    return pattern


def currency_digits(currency: str) -> int:
    """The currency's own number of decimals: 2 for EUR, BRL and USD, 0 for JPY and KRW."""
    try:
        return get_currency_precision(currency)
    except (KeyError, ValueError):
        return 2


def money(value: float | None, currency: str, cents: bool = False) -> str:
    """The amount in full: `R$ 382.930,00` with `cents` (the currency's own decimals), `R$ 382.930` without them
    (the tiles: from two metres cents are noise). An unknown code is written as its code."""
    if value is None:
        return DASH
    digits = currency_digits(currency) if cents else 0
    amount = value if cents else float(round(value))
    if amount == 0:
        amount = 0.0  # never "-€0"
    return _money(amount, currency or "XXX", digits, number_locale())


@functools.lru_cache(maxsize=8192)  # the tiles redraw the same amounts ten times a second; a call costs ~30 µs
def _money(amount: float, currency: str, digits: int, locale: Locale) -> str:
    text = _pattern(locale, "currency", digits).apply(amount, locale, currency=currency, currency_digits=False)
    # CLDR's currency spacing, which Babel leaves out: a code written as letters is kept off the digits ("CHF 20")
    return _LETTERS_THEN_DIGIT.sub("\\1\u00a0\\2", _DIGIT_THEN_LETTERS.sub("\\1\u00a0\\2", text))


def money_short(value: float | None, currency: str) -> str:
    """Compact where a panel is narrow, by the language's own rule: `R$ 221,3 mil`, `221,3 t. €`, `￥22.1万`,
    `$221.3K`; amounts under 10,000 in full, without cents."""
    if value is None:
        return DASH
    if abs(value) < COMPACT_FROM:
        return money(value, currency)
    return str(format_compact_currency(value, currency or "XXX", locale=number_locale(), fraction_digits=1))


def symbol(currency: str) -> str:
    """The currency's sign as the language writes it ("€", "R$", "￥"); the code itself where it has none."""
    try:
        return str(number_locale().currency_symbols.get(currency, currency))
    except (KeyError, AttributeError):
        return currency


def integer(value: float) -> str:
    """A count with the language's grouping: 12,345 · 12 345 · 12.345."""
    return str(_pattern(number_locale(), "decimal", 0).apply(round(value), number_locale()))


def decimal(value: float, digits: int = 1) -> str:
    return str(_pattern(number_locale(), "decimal", digits).apply(value, number_locale()))


def compact(value: float) -> str:
    """A count where a panel is narrow: 12.3K · 12,3 t. · 1,2万."""
    if abs(value) < COMPACT_FROM:
        return integer(value)
    return str(format_compact_decimal(value, locale=number_locale(), fraction_digits=1))


def percent(value: float | None, digits: int = 1) -> str:
    """A proportion (0.0239) as the language writes a percentage: 2.4% · 2,4 % · 2,4%."""
    if value is None:
        return DASH
    return str(_pattern(number_locale(), "percent", digits).apply(value, number_locale()))
