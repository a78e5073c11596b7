"""Money and numbers in each language: a table of expected strings written by hand from what an operator in that
country reads (CLDR's conventions), not from the code under test. NBSP is U+00A0, written as `_` below."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from console.present import fmt, numbers


@pytest.fixture
def speak() -> Iterator[Callable[[str], None]]:
    def use(language: str) -> None:
        numbers.use_locale(language)

    yield use
    numbers.use_locale("en")


def nb(text: str) -> str:
    return text.replace("_", "\u00a0")


# language, currency, 382930 with the currency's decimals, 382930.4 without, 49.9 with decimals
MONEY = [
    ("pt_BR", "BRL", "R$_382.930,00", "R$_382.930", "R$_49,90"),
    ("pt_BR", "EUR", "€_382.930,00", "€_382.930", "€_49,90"),
    ("pt_BR", "JPY", "JP¥_382.930", "JP¥_382.930", "JP¥_50"),
    ("pt_BR", "USD", "US$_382.930,00", "US$_382.930", "US$_49,90"),
    ("fi", "EUR", "382_930,00_€", "382_930_€", "49,90_€"),
    ("fi", "BRL", "382_930,00_BRL", "382_930_BRL", "49,90_BRL"),
    ("fi", "JPY", "382_930_¥", "382_930_¥", "50_¥"),
    ("fi", "USD", "382_930,00_$", "382_930_$", "49,90_$"),
    ("ja", "JPY", "￥382,930", "￥382,930", "￥50"),
    ("ja", "BRL", "R$382,930.00", "R$382,930", "R$49.90"),
    ("ja", "EUR", "€382,930.00", "€382,930", "€49.90"),
    ("ja", "USD", "$382,930.00", "$382,930", "$49.90"),
    ("en", "USD", "$382,930.00", "$382,930", "$49.90"),
    ("en", "EUR", "€382,930.00", "€382,930", "€49.90"),
    ("en", "BRL", "R$382,930.00", "R$382,930", "R$49.90"),
    ("en", "JPY", "¥382,930", "¥382,930", "¥50"),
    ("en", "CHF", "CHF_382,930.00", "CHF_382,930", "CHF_49.90"),  # a code, kept off the digits
]


@pytest.mark.parametrize(("language", "currency", "full", "whole", "price"), MONEY)
def test_money_is_written_the_way_the_language_writes_that_currency(
        speak: Callable[[str], None], language: str, currency: str, full: str, whole: str, price: str) -> None:
    speak(language)
    assert fmt.money(382930, currency, cents=True) == nb(full)
    assert fmt.money(382930.4, currency) == nb(whole)
    assert fmt.money(49.9, currency, cents=True) == nb(price)


# language, currency, 221,300 compact, 1,250,000 compact, 9,870 (under the compact threshold: in full)
COMPACT = [
    ("pt_BR", "BRL", "R$_221,3_mil", "R$_1,2_mi", "R$_9.870"),
    ("fi", "EUR", "221,3_t._€", "1,2_milj._€", "9_870_€"),
    ("ja", "JPY", "￥22.1万", "￥125万", "￥9,870"),
    ("en", "USD", "$221.3K", "$1.2M", "$9,870"),
]


@pytest.mark.parametrize(("language", "currency", "thousands", "millions", "small"), COMPACT)
def test_compact_money_uses_the_languages_own_short_form(
        speak: Callable[[str], None], language: str, currency: str, thousands: str, millions: str, small: str) -> None:
    speak(language)
    assert fmt.money_short(221_300, currency) == nb(thousands)
    assert fmt.money_short(1_250_000, currency) == nb(millions)
    assert fmt.money_short(9_870, currency) == nb(small)


@pytest.mark.parametrize(("language", "count", "pct", "times"), [
    ("pt_BR", "12.345", "2,4%", "10,3×"),
    ("fi", "12_345", "2,4_%", "10,3×"),
    ("ja", "12,345", "2.4%", "10.3×"),
    ("en", "12,345", "2.4%", "10.3×"),
])
def test_counts_percentages_and_multiples_follow_the_language(
        speak: Callable[[str], None], language: str, count: str, pct: str, times: str) -> None:
    speak(language)
    assert fmt.count(12345) == nb(count)
    assert fmt.pct(0.0239) == nb(pct)
    assert fmt.times(10.31) == nb(times)


def test_negative_and_zero_amounts(speak: Callable[[str], None]) -> None:
    speak("pt_BR")
    assert fmt.money(-12.5, "BRL", cents=True) == nb("-R$_12,50")
    assert fmt.money(-0.3, "BRL") == nb("R$_0")  # rounds to zero: no "-R$ 0"
    speak("fi")
    assert fmt.money(-12.5, "EUR", cents=True) == nb("-12,50_€")


def test_missing_figures_read_a_dash_in_every_language(speak: Callable[[str], None]) -> None:
    for language in ("en", "ja", "fi", "pt_BR"):
        speak(language)
        assert fmt.money(None, "EUR") == fmt.money_short(None, "EUR") == fmt.pct(None) == fmt.count(None) == "—"


def test_the_currencys_own_decimals() -> None:
    assert [numbers.currency_digits(c) for c in ("EUR", "BRL", "USD", "JPY", "KRW", "BHD")] == [2, 2, 2, 0, 0, 3]


@pytest.mark.parametrize(("language", "thousands", "halves"), [
    ("fi", ["0", "1_000", "2_000"], ["0,0", "0,5", "1,0"]),
    ("pt_BR", ["0", "1.000", "2.000"], ["0,0", "0,5", "1,0"]),
    ("ja", ["0", "1,000", "2,000"], ["0.0", "0.5", "1.0"]),
])
def test_chart_ticks_are_written_in_the_language(speak: Callable[[str], None], language: str,
                                                 thousands: list[str], halves: list[str]) -> None:
    speak(language)
    assert numbers.tick_strings([0.0, 1000.0, 2000.0], 1.0, 1000.0) == [nb(t) for t in thousands]
    assert numbers.tick_strings([0.0, 0.5, 1.0], 1.0, 0.5) == [nb(t) for t in halves]


def test_no_minus_zero_and_no_placeholder_sign(speak: Callable[[str], None]) -> None:
    speak("ja")
    assert fmt.money(-0.4, "JPY", cents=True) == "￥0"  # yen has no decimals: -0.4 rounds to zero, unsigned
    speak("en")
    assert fmt.money(1234, "") == "1,234"  # currency not known: the number alone, never CLDR's "¤"
    assert fmt.money_short(22_130, "") == "22.1K"
