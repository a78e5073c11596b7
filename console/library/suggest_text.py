"""Edits to a plan's TOML text that leave every other byte as written: a value replaced on its own line (the line's
comment kept), comment lines put above a line, a block put after a line, a header on top. Lines are found with
console/plan/toml_lines.py; nothing here re-serialises the plan, so the producer's layout and comments survive.
Pure: no I/O."""

from __future__ import annotations

import re
import textwrap
import tomllib
import unicodedata
from collections import defaultdict
from typing import Final

_ASSIGN: Final = re.compile(
    r"""^(?P<lead>\s*(?P<key>[A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=\s*)"""
    r"""(?P<value>"[^"\\\n]*"|'[^'\n]*'|[^\s#"'\[{]+)(?P<rest>.*)$""", re.DOTALL)
_HEADER: Final = re.compile(r"^\s*\[")
_WIDTH: Final = 116
#: a word (with the spaces after it), or one wide character: where a Japanese line may break
_TOKEN: Final = re.compile(r"[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\S\s*|\s+")
_NO_LINE_START: Final = "、。，．）」』】〕：；！？ー"


class PlanText:
    """A plan's text as lines (numbered from 1, as toml_lines.locate numbers them) with edits pending."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)
        self.newline = "\r\n" if self.lines and self.lines[0].endswith("\r\n") else "\n"
        self._above: dict[int, list[str]] = defaultdict(list)
        self._replaced: dict[int, str] = {}
        self._after: dict[int, list[str]] = defaultdict(list)

    def set_value(self, line: int | None, key: str, toml_value: str, comment: str) -> bool:
        """Replace the value of `key = value` on `line` (a scalar written on one line), with `comment` above it.
        False, and nothing changed, when the line is not such an assignment of `key` (an inline table, an array,
        a key written elsewhere): the caller then leaves the field as it is."""
        if line is None or not 1 <= line <= len(self.lines):
            return False
        text = self._replaced.get(line, self.lines[line - 1])
        m = _ASSIGN.match(text)
        if m is None or re.sub(r"\s", "", m.group("key")).split(".")[-1] != key:
            return False
        try:
            old = tomllib.loads(f"v = {m.group('value')}")["v"]
        except tomllib.TOMLDecodeError:
            return False
        if isinstance(old, (dict, list)):
            return False
        self._replaced[line] = m.group("lead") + toml_value + m.group("rest")
        self.comment(line, comment)
        return True

    def value_text(self, line: int | None) -> str | None:
        """The value as written on `line` (`42000.0`, `"03:00"`), or None when it is not a one-line scalar."""
        if line is None or not 1 <= line <= len(self.lines):
            return None
        m = _ASSIGN.match(self.lines[line - 1])
        return m.group("value") if m else None

    def comment(self, line: int, text: str) -> None:
        """`# suggest: text` (wrapped) above `line`, indented as it is."""
        indent = re.match(r"\s*", self.lines[line - 1]).group(0)  # type: ignore[union-attr]  # \s* always matches
        self._above[line] += comment_lines(text, indent, self.newline)

    def append_after(self, line: int, block: str) -> None:
        """`block` (lines ending in \\n) after `line`; 0 puts it at the very end of the text."""
        self._after[line].append(block.replace("\n", self.newline))

    def block_end(self, header_line: int) -> int:
        """The last line of the table that starts at `header_line`: before the next table header, without the blank
        lines and comments that lead into that next table."""
        end = header_line
        for number in range(header_line + 1, len(self.lines) + 1):
            if _HEADER.match(self.lines[number - 1]):
                break
            if self.lines[number - 1].strip() and not self.lines[number - 1].lstrip().startswith("#"):
                end = number
        return end

    def render(self, header: str) -> str:
        out = comment_lines(header, "", self.newline, prefix="") if header else []
        for number, line in enumerate(self.lines, start=1):
            out += self._above.get(number, [])
            text = self._replaced.get(number, line)
            if self._after.get(number) and not text.endswith(("\n", "\r")):
                text += self.newline
            out.append(text)
            out += self._after.get(number, [])
        if self._after.get(0):
            if out and not out[-1].endswith(("\n", "\r")):
                out.append(self.newline)
            out += self._after[0]
        return "".join(out)


def comment_lines(text: str, indent: str, newline: str, prefix: str = "suggest: ") -> list[str]:
    """`text` as TOML comment lines: each paragraph (split on newlines) wrapped at the page's width."""
    out = []
    for i, paragraph in enumerate(text.split("\n")):
        lead = prefix if i == 0 else ""
        # ids stay whole ("kit-knife-care", a path): a reader searches the comment for them
        wrapped = _wrap(lead + paragraph, _WIDTH - len(indent) - 2) or [""]
        out += [f"{indent}# {w}".rstrip() + newline for w in wrapped]
    return out


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` terminal columns, broken at spaces; Japanese, written without spaces, also
    between two of its characters (never before its closing punctuation). Words and ids are never cut."""
    if not any(unicodedata.east_asian_width(ch) in "WF" for ch in text):
        return textwrap.wrap(text, width=width, break_on_hyphens=False, break_long_words=False)
    lines: list[str] = []
    line = ""
    for token in _TOKEN.findall(text):
        if line and token[0] not in _NO_LINE_START and _columns(line + token.rstrip()) > width:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines


def toml_string(text: str) -> str:
    """A basic TOML string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
