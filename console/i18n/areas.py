"""The catalogues: one `.ts` per area of the code and language, so each stays a size a translator can review.

Every module of the console belongs to exactly one area (the first prefix that matches);
tests/test_i18n_catalogue.py fails when lupdate finds a string the area's `.ts` lacks or no longer uses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

PACKAGE: Final = Path(__file__).resolve().parent.parent  # console/
TS_DIR: Final = Path(__file__).resolve().parent / "ts"
TRANSLATED: Final = ("ja", "fi", "pt_BR")  # `en` is the source; its catalogue holds only plural forms

#: area -> the console's paths (relative to console/) whose strings it holds; "cli" takes everything else
AREAS: Final[dict[str, tuple[str, ...]]] = {
    # the host view, the wall and the pure words every window shows (flags, cue lines, feed bands)
    "views": ("widgets/host_", "widgets/wall", "present/"),
    # the operator's and the producer's window: docks, pad, dialogs, status bar, replay
    "window": ("widgets/", "app.py"),
    "report": ("report/",),
    "library": ("library/",),
    "advisor": ("advisor/",),
    # what the console's services say: feed and bus status, session file, plan errors, actions' answers
    "services": ("services/", "live/", "session/", "plan/", "actions/", "kpi/", "protocol/", "bus/"),
    # the command line, the platform bridge and the studio simulator
    "cli": ("",),
}


def area_of(relative: str) -> str:
    """The area a module (path relative to console/, with '/') belongs to."""
    for area, prefixes in AREAS.items():
        if any(relative.startswith(p) for p in prefixes):
            return area
    raise AssertionError("the cli area's empty prefix matches every path")


def sources(area: str) -> list[Path]:
    """The area's Python modules, sorted: what lupdate reads for its catalogue."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if not rel.startswith("i18n/") and area_of(rel) == area:
            out.append(path)
    return out


def ts_path(area: str, language: str) -> Path:
    return TS_DIR / f"{area}_{language}.ts"
