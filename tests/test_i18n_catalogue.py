"""The catalogues are complete and never stale: lupdate run on copies of the repository's `.ts` finds no string
untranslated or vanished in any language, no placeholder lost, and a `.qm` is always the one of its `.ts`."""

from __future__ import annotations

import re
import shutil
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
    assert first != second and second.is_file()
    assert not first.exists()  # the stale one is gone: it can never be loaded
    assert second.stat().st_mtime >= ts.stat().st_mtime
    assert build.compiled(ts, tmp_path / "cache") == second  # the same text is not rebuilt


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
