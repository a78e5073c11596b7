"""The catalogue in use: `translate()` for every string the console shows, with or without a QApplication.

The report, the history page and the command line write text outside Qt's widgets, so translation does not go
through QCoreApplication: the loaded `QTranslator`s are asked directly, and the same objects are installed in the
application for the widgets' own `self.tr` and Qt's standard dialogs (`qtbase_<lang>`, loaded directly: the
umbrella `qt_<lang>` refers to modules this wheel does not ship).

English needs no Qt for its words; only a count (its "%n order" / "%n orders") loads its plural catalogue.
Another language loads its catalogues on the first `translate()`.
"""

from __future__ import annotations

import threading
from typing import Any, Final

from console.i18n.areas import AREAS, ts_path
from console.i18n.languages import SOURCE_LANGUAGE, parse_language


class _Catalogue:
    """The process's one catalogue: its language and, once loaded, that language's QTranslators."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.language = SOURCE_LANGUAGE
        self.translators: list[Any] | None = None  # QTranslator objects, loaded on first use
        self.installed: set[int] = set()  # id() of the QCoreApplications our translators went into


_state = _Catalogue()


PLURAL: Final = "plural"  # translate()'s fourth argument before a count (see translate)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a constant for the catalogue; translate it where it is shown, with the same context."""
    del context
    return text


def use_language(code: str) -> str:
    """Speak `code` from now on ('ja', 'fi', 'pt_BR', 'en'); returns the code. LanguageError when it is not ours."""
    found = parse_language(code)
    with _state.lock:
        if found != _state.language:
            _state.language, _state.translators = found, None
    from console.present import numbers

    numbers.use_locale(found)
    return found


def active_language() -> str:
    return _state.language


def _translators_for(language: str, areas: tuple[str, ...] | None = None) -> list[Any]:
    """QTranslators of `language` for `areas`, built from their .ts (console/i18n/build.py); an area that cannot be
    built or read is said on stderr and left out (its strings stay in English)."""
    import sys

    from PySide6.QtCore import QTranslator

    from console.i18n.build import ToolError, compiled

    loaded: list[Any] = []
    for area in areas if areas is not None else tuple(AREAS):
        ts = ts_path(area, language)
        if not ts.is_file():
            continue
        try:
            qm = compiled(ts)
        except (OSError, ToolError) as exc:
            print(f"live-console: {exc}; the console speaks English where it could not load {ts.name}",
                  file=sys.stderr)
            continue
        translator = QTranslator()
        if translator.load(str(qm)):
            loaded.append(translator)
        else:
            print(f"live-console: Qt could not read {qm}; the console speaks English where it needed {ts.name}",
                  file=sys.stderr)
    return loaded


def _load() -> list[Any]:
    """The QTranslators of the language in use, built on first use."""
    with _state.lock:
        if _state.translators is None:
            _state.translators = _translators_for(_state.language)
        return _state.translators


def translate_as(language: str, area: str, context: str, text: str) -> str:
    """`text` in `language`, which need not be the one in use (View -> Language answers in the language just
    picked); in the one in use where that catalogue lacks it."""
    if language == _state.language:
        return translate(context, text)
    found = next((t for t in (tr.translate(context, text) for tr in _translators_for(language, (area,))) if t), "")
    return found or (text if language == SOURCE_LANGUAGE else translate(context, text))


def translate(context: str, text: str, disambiguation: str | None = None, plural: str | int | None = None,
              n: int = -1) -> str:
    """`text` in the language in use (the source when the catalogue lacks it).

    A count: `translate("Ctx", "%n orders", None, PLURAL, n)`, with `n` a plain local name: lupdate's Python reader
    records a plural only in this five-argument form (its fourth argument is Qt 4's encoding), skips a call whose
    count it cannot parse (`snap.orders`, `rows[0]`) and has hung on `len(a.b)`. tests/test_i18n_catalogue.py
    checks every call's form. `%n` becomes `n`, written the way the language writes numbers, in the plural form
    its rules pick."""
    if isinstance(plural, int):
        n = plural  # Qt's four-argument form: it works, but lupdate does not see it (the catalogue test says so)
    found = ""
    if _state.language != SOURCE_LANGUAGE or n >= 0:
        for translator in _load():
            found = translator.translate(context, text, disambiguation, n)
            if found:
                break
    out = found or text
    if n >= 0 and "%n" in out:
        from console.present.numbers import integer

        out = out.replace("%n", integer(n))
    return out


def install_in_application(app: Any) -> bool:
    """Our catalogues and Qt's own `qtbase_<lang>` into the QApplication: the widgets' `self.tr`, QMessageBox's
    Yes/No and QDialogButtonBox's buttons speak the language too. Once per application: False when already done."""
    if id(app) in _state.installed:
        return False
    _state.installed.add(id(app))
    language = _state.language
    if language == SOURCE_LANGUAGE:
        return True
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    QLocale.setDefault(QLocale(language))
    qtbase = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qtbase.load(f"qtbase_{language}", folder) or qtbase.load(f"qtbase_{language.split('_')[0]}", folder):
        app.installTranslator(qtbase)
    for translator in _load():
        app.installTranslator(translator)
    return True
