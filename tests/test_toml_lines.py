"""The TOML line locator: the line a plan field is written on, for error messages (tomllib gives no positions)."""

from __future__ import annotations

import pytest

from console.plan.toml_lines import locate

TEXT = '''\
# a plan                                   1
title = "root key"                       # 2
[live]                                   # 3
id = "x"                                 # 4
"title" = "quoted key"                   # 5
notes = """                              # 6
[[products]]
price = -1
"""                                      # 9
[[products]]                             # 10
sku = "A"                                # 11
items = [                                # 12
  "B",
  [1],
]                                        # 15
price = 3                                # 16
[ [products] ]                           # 17 (not a header TOML accepts; skipped)
[[products]]                             # 18
sku = "B"                                # 19
[goals.extra]                            # 20
gmv = 1                                  # 21
'''


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("live", 3),
        ("live.id", 4),
        ("live.title", 5),  # a quoted key
        ("live.duration_min", 3),  # not written: its table's header
        ("products[0]", 10),  # the fake header inside the multi-line string does not count
        ("products[0].price", 16),  # nor the fake key, nor the nested array's lines
        ("products[0].items[1]", 12),  # an array element: the array's line
        ("products[1].sku", 19),
        ("products[2].sku", None),  # no third product written
        ("goals.extra", 20),
        ("goals", None),  # only a sub-table of it is written... as its own header
        ("cues[0].at", None),
        ("title", 2),
    ],
)
def test_locate_finds_the_line_of_a_field(path: str, line: int | None) -> None:
    assert locate(TEXT, path) == line


def test_dotted_keys_and_inline_tables_at_the_root() -> None:
    text = 'live.id = "x"\nlive.title = "t"\nsafety = { kit = "hold" }\nproducts = [{ sku = "A" }]\n'
    assert locate(text, "live.title") == 2
    assert locate(text, "safety.kit") == 3
    assert locate(text, "products[0].sku") == 4
