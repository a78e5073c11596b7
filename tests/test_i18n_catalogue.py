"""The catalogues are complete and never stale: lupdate run on copies of the repository's `.ts` finds no string
untranslated or vanished in any language, no placeholder lost, and a `.qm` is always the one of its `.ts`."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest

from console.i18n import areas, build
from console.i18n.ts_file import messages, unfinished

LANGUAGES = ("en", *areas.TRANSLATED)
_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Each catalogue copied and brought up to date with the code by lupdate (keeping what vanished, to see it)."""
    folder = tmp_path_factory.mktemp("ts")
    out = {}
    for area in areas.AREAS:
        for language in LANGUAGES:
            copy = folder / areas.ts_path(area, language).name
            shutil.copy(areas.ts_path(area, language), copy)
            build.lupdate(area, language, copy, keep_vanished=True)
            out[area, language] = copy
    return out


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("area", list(areas.AREAS))
def test_every_string_of_the_code_is_translated(fresh: dict[tuple[str, str], Path], area: str,
                                                 language: str) -> None:
    left = unfinished(fresh[area, language])
    shown = "\n".join(f"  [{m.state or 'empty'}] {m.context}: {m.source!r}" for m in left[:15])
    assert not left, (f"{len(left)} strings of {area}_{language}.ts are untranslated or no longer in the code "
                      f"(python -m console.i18n update {area}; then translate: docs/i18n.md):\n{shown}")


@pytest.mark.parametrize("language", areas.TRANSLATED)
@pytest.mark.parametrize("area", list(areas.AREAS))
def test_translations_keep_every_placeholder(area: str, language: str) -> None:
    wrong = []
    for m in messages(areas.ts_path(area, language)):
        wanted = set(_PLACEHOLDER.findall(m.source)) - {"%n"}
        for form in m.translations:
            if form and set(_PLACEHOLDER.findall(form)) - {"%n"} != wanted:
                wrong.append(f"{m.context}: {m.source!r} -> {form!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong[:15])


def test_the_repository_catalogues_need_no_update(fresh: dict[tuple[str, str], Path]) -> None:
    """What lupdate would write is what is committed: no string of the code is missing from a catalogue."""
    stale = []
    for (area, language), copy in fresh.items():
        before = {(m.context, m.source) for m in messages(areas.ts_path(area, language))}
        after = {(m.context, m.source) for m in messages(copy)}
        if after - before:
            stale.append(f"{area}_{language}.ts lacks {len(after - before)}, e.g. {sorted(after - before)[0]}")
    assert not stale, "run python -m console.i18n update:\n" + "\n".join(stale)


def test_a_qm_is_rebuilt_when_its_ts_changes(tmp_path: Path) -> None:
    ts = tmp_path / "demo_fi.ts"
    ts.write_text(_TS.format(text="Vahvista"), encoding="utf-8")
    first = build.compiled(ts, tmp_path / "cache")
    ts.write_text(_TS.format(text="Hyväksy"), encoding="utf-8")
    second = build.compiled(ts, tmp_path / "cache")
    assert first != second and second.is_file()  # named by its text's hash: the old build is never loaded for it
    assert second.stat().st_mtime >= ts.stat().st_mtime
    assert build.compiled(ts, tmp_path / "cache") == second  # the same text is not rebuilt
    assert first.exists()  # another install of the console may still load it...
    os.utime(first, (time.time() - 2 * build.STALE_AFTER_S,) * 2)
    ts.write_text(_TS.format(text="Kyllä"), encoding="utf-8")
    third = build.compiled(ts, tmp_path / "cache")
    assert not first.exists() and second.exists() and third.exists()  # ...but not once it is a day old


def test_a_home_that_cannot_be_written_still_gets_its_language(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # mkdir under a file fails, whoever runs the test
    folder = build.cache_dir()
    assert folder.is_dir() and not folder.is_relative_to(blocked)
    assert build.compiled(areas.ts_path("cli", "fi"), folder).is_file()


def test_the_catalogue_built_at_start_is_never_older_than_its_source(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    for area in areas.AREAS:
        ts = areas.ts_path(area, "fi")
        qm = build.compiled(ts)
        assert qm.stat().st_mtime >= ts.stat().st_mtime, qm


_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>Demo</name>
    <message>
        <source>Confirm</source>
        <translation>{text}</translation>
    </message>
</context>
</TS>
"""


def _marked_strings(path: Path) -> tuple[list[tuple[str, str, bool]], list[str]]:
    """(context, source, is_plural) of every translate()/QT_TRANSLATE_NOOP call lupdate must find, and the calls
    it cannot read: a context or text that is not a literal, or a count not in the form lupdate records."""
    import ast

    found, bad = [], []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in {"translate", "QT_TRANSLATE_NOOP"} or len(node.args) < 2:
            continue
        where = f"{path.relative_to(areas.PACKAGE)}:{node.lineno}"
        context, text = node.args[0], node.args[1]
        if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
            bad.append(f"{where}: the context must be a string literal")
            continue
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            if isinstance(text, ast.JoinedStr):
                bad.append(f"{where}: an f-string is never in the catalogue; use .format()")
            continue  # a constant marked by QT_TRANSLATE_NOOP where it is defined
        plural = len(node.args) >= 4
        if len(node.args) == 4 or node.keywords:
            bad.append(f"{where}: a count goes as translate(ctx, text, None, PLURAL, n): lupdate skips this form")
        elif plural and not (isinstance(node.args[3], ast.Name) and node.args[3].id == "PLURAL"
                             and isinstance(node.args[4], ast.Name)):
            bad.append(f"{where}: the count must be a plain name after PLURAL (lupdate skips `a.b`, `a[0]`)")
        found.append((context.value, text.value, plural))
    return found, bad


@pytest.mark.parametrize("area", list(areas.AREAS))
def test_every_marked_string_is_in_its_catalogue_in_the_form_lupdate_reads(area: str) -> None:
    catalogue = {(m.context, m.source) for m in messages(areas.ts_path(area, "ja"))}
    plurals = {(m.context, m.source) for m in messages(areas.ts_path(area, "en"))}
    missing, bad = [], []
    for path in areas.sources(area):
        found, wrong = _marked_strings(path)
        bad += wrong
        for context, text, plural in found:
            if (context, text) not in catalogue or (plural and (context, text) not in plurals):
                missing.append(f"{path.relative_to(areas.PACKAGE)}: {context}: {text!r}")
    assert not bad, "\n".join(bad[:20])
    assert not missing, f"{len(missing)} marked strings lupdate did not record:\n" + "\n".join(missing[:20])
