"""Which language the console speaks, and translate() with Qt's plural rules of that language."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from console import i18n
from console.i18n import catalogue, languages
from console.i18n.languages import LanguageError, choose_language, normalise, save_language, system_language


@pytest.mark.parametrize(("code", "expected"), [
    ("ja_JP.UTF-8", "ja"), ("ja", "ja"), ("fi_FI@euro", "fi"), ("pt_BR.UTF-8", "pt_BR"), ("pt-BR", "pt_BR"),
    ("pt_PT", "pt_BR"), ("en_GB.UTF-8", "en"), ("C", None), ("C.UTF-8", None), ("de_DE", None), ("", None),
])
def test_locale_names_become_our_languages(code: str, expected: str | None) -> None:
    assert normalise(code) == expected


def test_the_order_of_choice(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path), "LANG": "fi_FI.UTF-8"}
    assert choose_language(None, env) == "fi"  # the system's locale
    save_language("pt_BR", env)
    assert (tmp_path / "live-console" / "language").read_text() == "pt_BR\n"
    assert choose_language(None, env) == "pt_BR"  # the saved choice beats the locale
    assert choose_language(None, {**env, "LIVE_CONSOLE_LANG": "ja"}) == "ja"  # the desk's script beats it
    assert choose_language("en", {**env, "LIVE_CONSOLE_LANG": "ja"}) == "en"  # --lang beats everything


def test_the_system_language_reads_language_first_then_the_first_set_variable() -> None:
    assert system_language({"LANGUAGE": "de:ja", "LANG": "fi_FI"}) == "ja"
    assert system_language({"LC_ALL": "pt_BR.UTF-8", "LANG": "fi_FI"}) == "pt_BR"
    assert system_language({"LC_ALL": "de_DE.UTF-8", "LANG": "fi_FI"}) == "en"  # LC_ALL decides, and is not ours
    assert system_language({}) == "en"


def test_a_language_we_do_not_speak_is_refused_with_the_ones_we_do() -> None:
    with pytest.raises(LanguageError, match=r"'de'.*en \(English\), ja \(日本語\), fi \(suomi\), pt_BR"):
        choose_language("de", {})
    with pytest.raises(LanguageError, match="'xx'"):
        choose_language(None, {"LIVE_CONSOLE_LANG": "xx"})


def test_a_broken_saved_setting_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "live-console").mkdir()
    (tmp_path / "live-console" / "language").write_bytes(b"\xff\xfe")
    assert choose_language(None, {"XDG_CONFIG_HOME": str(tmp_path), "LANG": "ja_JP"}) == "ja"


_PLURALS = {
    "fi": ("%n tilaus", "%n tilausta"),
    "pt_BR": ("%n pedido", "%n pedidos"),
    "ja": ("注文%n件",),
    "en": ("%n order", "%n orders"),
}


@pytest.fixture
def demo_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """One area's catalogue per language, written here: the plural forms and a sentence with a placeholder."""
    for language, forms in _PLURALS.items():
        numerus = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
        sentence = {"fi": "Tarjous päättyy {left}", "pt_BR": "A oferta termina em {left}", "ja": "残り{left}",
                    "en": ""}[language]
        (tmp_path / f"demo_{language}.ts").write_text(
            f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}">'
            "<context><name>Demo</name>"
            f'<message numerus="yes"><source>%n orders</source><translation>{numerus}</translation></message>'
            f"<message><source>Offer ends in {{left}}</source><translation>{sentence}</translation></message>"
            "</context></TS>", encoding="utf-8")
    monkeypatch.setattr(catalogue, "AREAS", {"demo": ("",)})
    monkeypatch.setattr(catalogue, "ts_path", lambda area, language: tmp_path / f"{area}_{language}.ts")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    yield
    i18n.use_language("en")


@pytest.mark.parametrize(("language", "one", "two", "many"), [
    ("fi", "1 tilaus", "2 tilausta", "12\u00a0345 tilausta"),
    ("pt_BR", "1 pedido", "2 pedidos", "12.345 pedidos"),
    ("ja", "注文1件", "注文2件", "注文12,345件"),
    ("en", "1 order", "2 orders", "12,345 orders"),
])
@pytest.mark.usefixtures("demo_catalogue")
def test_plural_forms_follow_the_languages_rules(language: str, one: str, two: str,
                                                  many: str) -> None:
    i18n.use_language(language)
    assert [i18n.translate("Demo", "%n orders", None, n) for n in (1, 2, 12345)] == [one, two, many]


@pytest.mark.usefixtures("demo_catalogue")
def test_a_sentence_is_translated_and_an_unknown_one_stays_english() -> None:
    i18n.use_language("pt_BR")
    assert i18n.translate("Demo", "Offer ends in {left}").format(left="02:00") == "A oferta termina em 02:00"
    assert i18n.translate("Demo", "Not in the catalogue") == "Not in the catalogue"
    assert i18n.translate("Elsewhere", "Offer ends in {left}") == "Offer ends in {left}"  # contexts are separate
    i18n.use_language("en")
    assert i18n.translate("Demo", "Offer ends in {left}") == "Offer ends in {left}"


def test_english_needs_no_qt() -> None:
    """A console in English never imports QtCore for its words (start-up time: console/app.py)."""
    code = ("import sys; from console.i18n import translate, use_language; use_language('en');"
            "translate('X', 'y'); print('PySide6.QtCore' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_command_line_refuses_an_unknown_language_in_words() -> None:
    out = subprocess.run([sys.executable, "-m", "console", "report", "x.db", "--out", "y", "--lang", "klingon"],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 2
    assert "no translation for language 'klingon'" in out.stderr and "pt_BR" in out.stderr


@pytest.mark.usefixtures("qapp")
def test_a_missing_japanese_font_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QFontDatabase

    from console.i18n.fonts import font_problem

    assert font_problem("fi") is None  # Latin script: every desk has a font
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_: []))
    problem = font_problem("ja")
    assert problem is not None and "sudo apt-get install -y fonts-noto-cjk" in problem


def test_languages_list_names_each_in_its_own_words() -> None:
    assert languages.LANGUAGES == {"en": "English", "ja": "日本語", "fi": "suomi", "pt_BR": "português (Brasil)"}
