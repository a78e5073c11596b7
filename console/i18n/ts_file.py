"""Reading a Qt Linguist `.ts` file: which messages are unfinished or vanished (the catalogue test, `status`)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    state: str  # "" (finished), "unfinished", "vanished", "obsolete"
    translations: tuple[str, ...]


def messages(ts: Path) -> list[Message]:
    """Every message of the file, in order; a missing file has none."""
    if not ts.is_file():
        return []
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            state = tr.get("type", "") if tr is not None else "unfinished"
            forms = tuple(f.text or "" for f in tr.iter("numerusform")) if tr is not None else ()
            text = (tr.text or "") if tr is not None else ""
            out.append(Message(name, message.findtext("source") or "", state, forms or (text,)))
    return out


def unfinished(ts: Path) -> list[Message]:
    """Messages a translator still has to write (or that lupdate no longer finds in the code)."""
    return [m for m in messages(ts) if m.state in {"unfinished", "vanished", "obsolete"} or not all(m.translations)]


def numerus_count(ts: Path) -> int:
    """How many plural forms the file's language has (from lupdate's own empty forms: ja 1, fi 2, pt_BR 2)."""
    for message in ET.parse(ts).getroot().iter("message"):
        if message.get("numerus") == "yes":
            tr = message.find("translation")
            if tr is not None:
                return max(1, len(list(tr.iter("numerusform"))))
    return 2


def export_unfinished(ts: Path) -> dict[str, dict[str, object]]:
    """{context: {source: ""}} (or a list of empty plural forms) for what is left to translate: a translator fills
    it and `fill` writes it back."""
    out: dict[str, dict[str, object]] = {}
    for m in unfinished(ts):
        if m.state in {"vanished", "obsolete"}:
            continue
        out.setdefault(m.context, {})[m.source] = [""] * len(m.translations) if len(m.translations) > 1 or (
            "%n" in m.source) else ""
    return out


def fill(ts: Path, done: dict[str, dict[str, object]]) -> tuple[int, list[str]]:
    """Write translations into the file and mark them finished. Returns (written, problems): a source not in the
    file, a wrong number of plural forms, a placeholder such as {name} or %n lost or invented."""
    import re

    tree = ET.parse(ts)
    written, problems = 0, []
    seen: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            value = done.get(name, {}).get(source)
            if value is None or value in ("", []):
                continue
            seen.add((name, source))
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation")
            forms = value if isinstance(value, list) else [value]
            wanted = set(re.findall(r"\{[a-z_0-9]*\}|%n", source))
            bad = [f for f in forms if set(re.findall(r"\{[a-z_0-9]*\}|%n", str(f))) - wanted
                   or wanted - set(re.findall(r"\{[a-z_0-9]*\}|%n", str(f))) - {"%n"}]
            if bad:
                problems.append(f"{name} / {source!r}: placeholders differ in {bad[0]!r}")
                continue
            if message.get("numerus") == "yes":
                existing = list(tr.iter("numerusform"))
                if len(existing) != len(forms):
                    problems.append(f"{name} / {source!r}: {len(forms)} plural forms, the language has "
                                    f"{len(existing)}")
                    continue
                for node, text in zip(existing, forms, strict=True):
                    node.text = str(text)
            else:
                tr.text = str(forms[0])
            tr.attrib.pop("type", None)
            written += 1
    for ctx, entries in done.items():
        problems += [f"{ctx} / {src!r}: not in {ts.name}" for src in entries if (ctx, src) not in seen
                     and entries[src] not in ("", [])]
    ET.indent(tree, space="    ")
    text = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    return written, problems
