"""Qt's own translation tools from the PySide6 wheel: lupdate (sources -> .ts) and lrelease (.ts -> .qm).

The `.ts` files are the sources, kept in the repository; a `.qm` is built from one at start into the user's cache,
named by the hash of the `.ts` it came from, so a `.qm` older than its `.ts` is never loaded (docs/i18n.md).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import subprocess
import tempfile
import time
from pathlib import Path

from console.i18n.areas import AREAS, TRANSLATED, sources, ts_path
from console.i18n.languages import SOURCE_LANGUAGE

LUPDATE_TIMEOUT_S = 120


class ToolError(RuntimeError):
    """lupdate or lrelease missing or failing, with its own words."""


def qt_tool(name: str) -> Path:
    """A tool the PySide6 wheel ships (`lupdate`, `lrelease`), found without importing PySide6 (start-up time)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise ToolError("PySide6 is not installed: reinstall the console (pip install -e .)")
    for folder in spec.submodule_search_locations:
        for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe", Path(folder) / "Qt" / "bin" / name):
            if candidate.is_file():
                return candidate
    raise ToolError(f"the PySide6 wheel has no {name}: install pyside6-essentials 6.8 or newer")


def cache_dir() -> Path:
    """Where built catalogues go: the user's cache (XDG), else a private folder in the system's temporary one when
    the home folder cannot be written (a kiosk account, a read-only home): the console keeps its language."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    home = Path(base) if os.path.isabs(base) else Path.home() / ".cache"  # XDG: a relative path is ignored
    for folder in (home / "live-console" / "i18n",
                   Path(tempfile.gettempdir()) / f"live-console-{os.getuid() if hasattr(os, 'getuid') else 0}"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(folder, os.W_OK):
            return folder
    raise ToolError(f"no folder to build the translations in: neither {home} nor the temporary folder is writable")


STALE_AFTER_S = 86_400  # another install of the console (a second venv, an older seat) may still use an old build


def compiled(ts: Path, cache: Path | None = None) -> Path:
    """The `.qm` of `ts`, built by lrelease unless the cache already holds the one of this very text."""
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    folder = cache or cache_dir()
    qm = folder / f"{ts.stem}.{digest}.qm"
    if qm.is_file():
        return qm
    folder.mkdir(parents=True, exist_ok=True)
    # lrelease writes next to a temporary name, renamed into place: a second console starting at the same moment
    # never reads half a file
    fd, tmp = tempfile.mkstemp(suffix=".qm", dir=folder)
    os.close(fd)
    try:
        run = subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", tmp],
                             capture_output=True, text=True, check=False)
        if run.returncode != 0:
            raise ToolError(f"lrelease could not build {ts.name}: {(run.stderr or run.stdout).strip()}")
        os.replace(tmp, qm)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    # builds of other texts: never loaded by this install (the name is the hash); removed once a day old, so that
    # another install starting now still finds its own
    now = time.time()
    for stale in folder.glob(f"{ts.stem}.*.qm"):
        with contextlib.suppress(OSError):
            if stale != qm and now - stale.stat().st_mtime > STALE_AFTER_S:
                stale.unlink()
    return qm


def lupdate(area: str, language: str, ts: Path | None = None, keep_vanished: bool = False) -> str:
    """Run lupdate for one area and language into `ts` (default: the repository's); returns lupdate's report."""
    target = ts or ts_path(area, language)
    target.parent.mkdir(parents=True, exist_ok=True)
    args = [str(qt_tool("lupdate")), "-locations", "none", "-target-language", language]
    if language == SOURCE_LANGUAGE:
        args.append("-pluralonly")  # English needs only its plural forms: "%n order" / "%n orders"
    if not keep_vanished:
        args.append("-no-obsolete")
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in sources(area)) + "\n")
    try:
        # lupdate's Python reader has been seen to spin for ever on a count it cannot parse (`len(a.b)`): the test
        # forbids that form, and this bound turns any other such case into an error instead of a hang
        run = subprocess.run([*args, f"@{listing.name}", "-ts", str(target)], capture_output=True, text=True,
                             check=False, timeout=LUPDATE_TIMEOUT_S)
    except subprocess.TimeoutExpired as exc:
        raise ToolError(f"lupdate did not finish {target.name} in {LUPDATE_TIMEOUT_S} s: a translate() call it "
                        "cannot read? (docs/i18n.md, marking strings)") from exc
    finally:
        os.unlink(listing.name)
    if run.returncode != 0:
        raise ToolError(f"lupdate failed for {target.name}: {(run.stderr or run.stdout).strip()}")
    return run.stdout + run.stderr


def update_all(areas: list[str] | None = None) -> list[str]:
    """`python -m console.i18n update`: refresh every catalogue from the sources (vanished strings dropped)."""
    reports = []
    for area in areas or list(AREAS):
        for language in (SOURCE_LANGUAGE, *TRANSLATED):
            reports.append(f"{ts_path(area, language).name}: {lupdate(area, language).strip()}")
    return reports
