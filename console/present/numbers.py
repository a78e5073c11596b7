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
import math
import re
from typing import Final

from babel import Locale
from babel.numbers import (
    NumberPattern,
    format_compact_currency,
    format_compact_decimal,
    get_currency_precision,
    parse_pattern,
)

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
    amount = round(value, digits)
    if amount == 0:
        amount = 0.0  # never "-€0" nor "-￥0"
    if not currency:  # a live whose currency is not known (yet): the number alone, never CLDR's "¤"
        return decimal(amount, digits)
    return _money(float(amount), currency, digits, number_locale())


@functools.lru_cache(maxsize=8192)  # the tiles redraw the same amounts ten times a second; a call costs ~30 µs
def _money(amount: float, currency: str, digits: int, locale: Locale) -> str:
    text = _pattern(locale, "currency", digits).apply(amount, locale, currency=currency, currency_digits=False)
    return _spaced(text)


def _spaced(text: str) -> str:
    """CLDR's currency spacing, which Babel leaves out: a code written as letters is kept off the digits ("CHF 20")."""
    return _LETTERS_THEN_DIGIT.sub("\\1\u00a0\\2", _DIGIT_THEN_LETTERS.sub("\\1\u00a0\\2", text))


def money_short(value: float | None, currency: str) -> str:
    """Compact where a panel is narrow, by the language's own rule: `R$ 221,3 mil`, `221,3 t. €`, `￥22.1万`,
    `$221.3K`; amounts under 10,000 in full, without cents."""
    if value is None:
        return DASH
    if abs(value) < COMPACT_FROM:
        return money(value, currency)
    if not currency:
        return compact(value)
    text = str(format_compact_currency(value, currency, locale=number_locale(), fraction_digits=1))
    return _spaced(text)


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


ROW_UNITS_FROM: Final = 1_000  # amounts side by side switch to the language's thousands (or 万) from here


def money_row(values: list[float | None], currency: str) -> list[str]:
    """Amounts that sit side by side, all in ONE unit of the language's compact form, chosen by the biggest:
    `€11K €6K`, `R$ 1,5 mil R$ 0,8 mil`, `11 t. € 6 t. €`, `￥1.1万 ￥0.6万`; whole units while all are under 1,000.
    Digits after the point only while they matter (the biggest under 10 of its unit). Mixed units ("€10.8K" beside
    "€5,929") make the eye compare digits, not amounts. Nothing is "€0.0K": zero and None read as money() does."""
    biggest = max((abs(v) for v in values if v is not None), default=0.0)
    locale = number_locale()
    short = locale.compact_currency_formats.get("short", {}).get("other", {})
    unit = next((m for m in sorted((int(k) for k in short), reverse=True) if biggest >= m
                 and "0" in getattr(short[str(m)], "pattern", str(short[str(m)]))), 0)
    pattern_text = str(getattr(short[str(unit)], "pattern", short[str(unit)])) if unit else "0"
    if biggest < ROW_UNITS_FROM or pattern_text.strip() == "0" or not currency:
        return [money(v, currency) for v in values]
    divisor = unit // 10 ** (pattern_text.count("0") - 1)
    scaled_biggest = biggest / divisor
    digits = 0 if scaled_biggest >= 10 else (2 if divisor >= 1_000_000 else 1)
    pattern = copy.copy(parse_pattern(pattern_text))
    pattern.frac_prec = (digits, digits)
    pattern.int_prec = (1, 1)
    return [money(v, currency) if not v else _spaced(str(pattern.apply(
        round(v / divisor, digits), locale, currency=currency, currency_digits=False)))
        for v in values]


def tick_strings(values: list[float], scale: float, spacing: float) -> list[str]:
    """A chart axis's tick numbers as the language writes them (2 000 · 0,5 · 1.000): pyqtgraph's AxisItem
    tickStrings, with as many decimals as the spacing needs (its own rule) and never more than three."""
    digits = max(0, math.ceil(-math.log10(spacing * scale))) if spacing > 0 and scale > 0 else 0
    return [decimal(v * scale, min(digits, 3)) for v in values]
