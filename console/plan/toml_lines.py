"""Where a field of a TOML file is written: the line of `products[3].price`, found by scanning the text.

tomllib returns plain values without positions, so an error about a value could only name its path. This locator
reads the lines the way TOML lays them out (table headers, arrays of tables, `key = value` lines) and skips what
cannot hold a header or a key (multi-line strings and arrays). Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

_HEADER: Final = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\s\"']+?)\s*(\]\]?)\s*(?:#.*)?$")
_KEY: Final = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-"']+)*)\s*=""")
_STEP: Final = re.compile(r"([^.\[\]]+)(?:\[(\d+)\])?")


@dataclass(slots=True)
class _Table:
    name: str  # dotted, unquoted ("" for the root table)
    line: int
    keys: dict[str, int] = field(default_factory=dict)  # key as written (dotted keys joined by '.') -> its line
    # sub-tables of one element of an array of tables (`[products.platform_ids]` after the n-th `[[products]]`),
    # by their name below it; the first of each name
    children: dict[str, _Table] = field(default_factory=dict)


def _unquote(dotted: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in dotted.split("."))


def _tables(text: str) -> tuple[list[_Table], dict[str, list[_Table]]]:
    """Every table in file order, and the arrays of tables (`[[name]]`) by name, in file order."""
    root = _Table("", 0)
    tables: list[_Table] = [root]
    arrays: dict[str, list[_Table]] = {}
    current = root
    closing: str | None = None  # the quote that ends the multi-line string we are in
    depth = 0  # open brackets of a multi-line array value
    for number, line in enumerate(text.splitlines(), start=1):
        if closing is not None:
            if line.count(closing) % 2 == 1:
                closing = None
            continue
        if depth > 0:
            depth = max(0, depth + _brackets(line))
            continue
        header = _HEADER.match(line)
        if header and (len(header.group(1)) == len(header.group(3))):
            current = _Table(_unquote(header.group(2)), number)
            tables.append(current)
            parent = _array_parent(current.name, arrays)
            if parent is not None:
                parent[1].children.setdefault(parent[0], current)
            if header.group(1) == "[[":
                arrays.setdefault(current.name, []).append(current)
            continue
        key = _KEY.match(line)
        if key is None:
            continue
        current.keys.setdefault(_unquote(key.group(1)), number)
        value = line[key.end():]
        for quote in ('"""', "'''"):
            if value.count(quote) % 2 == 1:
                closing = quote
        if closing is None:
            depth = max(0, _brackets(value))
    return tables, arrays


def _array_parent(name: str, arrays: dict[str, list[_Table]]) -> tuple[str, _Table] | None:
    """(name below it, the element) when `name` is a sub-table of the latest element of an array of tables."""
    parts = name.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        written = arrays.get(".".join(parts[:cut]))
        if written:
            return ".".join(parts[cut:]), written[-1]
    return None


def _below(table: _Table, rest: list[str]) -> int:
    """Line of the field `rest` below `table`: its key (dotted or not), the inline table or sub-table holding it,
    else the table's header."""
    for cut in range(len(rest), 0, -1):
        dotted = ".".join(rest[:cut])
        if dotted in table.keys:
            return table.keys[dotted]
        if dotted in table.children:
            child = table.children[dotted]
            return _below(child, rest[cut:]) if rest[cut:] else child.line
    return table.line


def _brackets(value: str) -> int:
    """Net open brackets of a value's text, ignoring those inside simple strings and comments."""
    value = re.sub(r'"(?:\\.|[^"\\])*"|\'[^\']*\'', "", value).split("#", 1)[0]
    return value.count("[") - value.count("]")


def locate(text: str, path: str) -> int | None:
    """Line (from 1) of the field `path` (`live.id`, `products[3].price`, `kits[0].items[1]`) in TOML `text`.

    A field that is not written (a missing required one) gets its table's header line; an array element gets its
    array's key line. None when not even the table is written (`products` missing altogether).
    """
    steps = [(m.group(1), m.group(2)) for m in _STEP.finditer(path)]
    if not steps:
        return None
    tables, arrays = _tables(text)
    by_name = {t.name: t for t in reversed(tables)}  # the first table of each name
    name, index = steps[0]
    rest = [s for s, _ in steps[1:]]
    if index is not None:
        written = arrays.get(name, [])
        if int(index) < len(written):
            return _below(written[int(index)], rest)
        return by_name[""].keys.get(name)  # an inline array `products = [...]`, if that is how it is written
    # a table: `[live]` then `id = ...`; or a dotted header `[live.extra]`; or `live.id = ...` / `live = {...}`
    if name in by_name and name != "":
        table = by_name[name]
        if not rest:
            return table.line
        if rest[0] in table.keys:
            return table.keys[rest[0]]
        nested = by_name.get(f"{name}.{rest[0]}")
        return nested.line if nested is not None else table.line
    if rest and f"{name}.{rest[0]}" in by_name:  # only a sub-table is written: `[goals.extra]`
        table = by_name[f"{name}.{rest[0]}"]
        return table.keys.get(rest[1], table.line) if len(rest) > 1 else table.line
    root = by_name[""].keys
    if rest and f"{name}.{rest[0]}" in root:
        return root[f"{name}.{rest[0]}"]
    return root.get(name)
