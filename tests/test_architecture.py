"""The architecture as a test: the folder tree is the layering (docs/architecture.md), and these rules keep it so.

- pure packages (protocol, plan, kpi, live, actions, present, advisor) import neither Qt nor I/O, nor any layer
  above them;
- session/ is the only code that opens or queries a session file (sqlite3, sqlite_utils), and it imports no
  services, widgets or report; the one other SQLite file, the library's catalogue, is console/library/catalogue.py's
  alone;
- the library of lives (console/library) imports no widgets and no services, and Qt only where it draws charts
  as PNG (offscreen, as the report does);
- services import no widgets; the report imports no widgets and no services;
- the studio simulator (console/studio) and the platform bridge (console/bridge) are the other end of the wire:
  nothing in the console imports them except the command line (`demo`, `simulate`, `bridge`), and they import
  nothing of the console's client side (the bridge serves through the studio's feed server).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "console"
QT = ("PySide6", "shiboken6", "pyqtgraph")
WIDGET_LIBS = ("PySide6.QtWidgets", "pyqtgraph", "console.widgets")
NET_LIBS = ("httpx", "websockets", "uvicorn", "starlette", "socket", "ssl", "subprocess", "ctypes")
SQL_LIBS = ("sqlite3", "sqlite_utils")
PURE_PACKAGES = ("protocol", "plan", "kpi", "live", "actions", "present", "advisor")
PURE = tuple(f"console.{name}" for name in PURE_PACKAGES)
ABOVE_PURE = ("console.session", "console.services", "console.widgets", "console.report", "console.studio",
              "console.app", "console.cli")


def imports_of(path: Path) -> set[str]:
    """Every module a file imports, at any depth (a function-level import counts as much as a top-level one)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def _hits(path: Path, banned: tuple[str, ...]) -> list[str]:
    return sorted(n for n in imports_of(path) if any(n == b or n.startswith(b + ".") for b in banned))


def _files(*packages: str) -> list[Path]:
    return sorted(p for name in packages for p in (ROOT / name).rglob("*.py"))


def _ids(path: Path) -> str:
    return str(path.relative_to(ROOT))


ALL = sorted(ROOT.rglob("*.py"))


def test_every_package_is_populated_and_nothing_is_left_loose_at_the_top() -> None:
    for name in (*PURE_PACKAGES, "session", "services", "widgets", "report", "studio"):
        assert [p for p in (ROOT / name).glob("*.py") if p.name != "__init__.py"], name
    assert sorted(p.name for p in ROOT.glob("*.py")) == ["__init__.py", "__main__.py", "app.py", "cli.py"]


@pytest.mark.parametrize("path", _files(*PURE_PACKAGES), ids=_ids)
def test_pure_packages_import_no_qt_no_io_and_nothing_above_them(path: Path) -> None:
    assert _hits(path, QT) == []
    assert _hits(path, (*NET_LIBS, *SQL_LIBS)) == []
    assert _hits(path, ABOVE_PURE) == []


#: the library's catalogue (LIBRARY/library.db, sqlite-utils): a file of the library's own, never a session file
CATALOGUE = ROOT / "library" / "catalogue.py"


@pytest.mark.parametrize("path", [p for p in ALL if "session" not in p.relative_to(ROOT).parts and p != CATALOGUE],
                         ids=_ids)
def test_only_the_session_package_touches_a_session_file(path: Path) -> None:
    assert _hits(path, SQL_LIBS) == []


def test_the_catalogue_speaks_sql_to_its_own_file_and_reads_sessions_through_the_session_package() -> None:
    assert CATALOGUE.is_file()
    assert _hits(CATALOGUE, ("console.session", "console.report", "duckdb")) == []


@pytest.mark.parametrize("path", _files("library"), ids=_ids)
def test_the_library_imports_no_widgets_no_services_and_qt_only_to_draw_charts(path: Path) -> None:
    assert _hits(path, ("console.widgets", "console.services", "console.studio", "console.bridge", "console.app",
                        "console.cli")) == []
    if not path.name.startswith("charts"):  # charts as PNG, offscreen, as the report draws them
        assert _hits(path, QT) == []


@pytest.mark.parametrize("path", _files("session"), ids=_ids)
def test_the_session_package_imports_no_qt_services_widgets_or_report(path: Path) -> None:
    assert _hits(path, (*QT, "console.services", "console.widgets", "console.report", "console.studio")) == []


@pytest.mark.parametrize("path", _files("services"), ids=_ids)
def test_services_import_no_widgets(path: Path) -> None:
    assert _hits(path, WIDGET_LIBS) == []


@pytest.mark.parametrize("path", _files("report"), ids=_ids)
def test_the_report_imports_no_widgets_and_no_services(path: Path) -> None:
    assert _hits(path, ("console.widgets", "console.services")) == []


@pytest.mark.parametrize("path", _files("widgets"), ids=_ids)
def test_widgets_do_no_io(path: Path) -> None:
    assert _hits(path, (*NET_LIBS, *SQL_LIBS, "console.session")) == []


WIRE_ENDS = ("studio", "bridge")  # the other end of the wire: the simulator, the platform bridge


@pytest.mark.parametrize("path", [p for p in ALL if not set(WIRE_ENDS) & set(p.relative_to(ROOT).parts)], ids=_ids)
def test_nothing_but_the_command_line_imports_the_other_end_of_the_wire(path: Path) -> None:
    if path.name == "cli.py" and path.parent == ROOT:
        return  # `live-console demo`, `simulate` and `bridge` start them
    assert _hits(path, tuple(f"console.{end}" for end in WIRE_ENDS)) == []


@pytest.mark.parametrize("path", _files("studio"), ids=_ids)
def test_the_simulator_imports_only_the_wire_and_the_plan(path: Path) -> None:
    console_imports = {n for n in imports_of(path) if n.startswith("console.")}
    allowed = ("console.__version__", "console.protocol", "console.plan", "console.studio", "console.i18n")
    assert sorted(n for n in console_imports if not any(n == a or n.startswith(a + ".") for a in allowed)) == []


@pytest.mark.parametrize("path", _files("bridge"), ids=_ids)
def test_the_bridge_imports_only_the_wire_the_plan_and_the_feed_server(path: Path) -> None:
    console_imports = {n for n in imports_of(path) if n.startswith("console.")}
    allowed = ("console.__version__", "console.protocol", "console.plan", "console.bridge", "console.i18n",
               "console.studio.feed_server", "console.studio.event_log", "console.studio.rules")
    assert sorted(n for n in console_imports if not any(n == a or n.startswith(a + ".") for a in allowed)) == []


def test_the_checker_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import sqlite3\n\n\ndef later():\n    from PySide6.QtCore import QObject\n    import pyqtgraph\n")
    assert _hits(bad, QT) == ["PySide6.QtCore", "PySide6.QtCore.QObject", "pyqtgraph"]
    assert _hits(bad, SQL_LIBS) == ["sqlite3"]


@pytest.mark.parametrize("path", _files("i18n"), ids=_ids)
def test_the_catalogue_imports_no_layer_of_the_console(path: Path) -> None:
    """Every layer translates through console.i18n (pure code too), so it may lean on none of them: only on the
    numbers' locale it switches with the words, and on QtCore/QtGui (a translator, the font check) lazily."""
    console_imports = {n for n in imports_of(path) if n.startswith("console.") and not n.startswith("console.i18n")}
    assert {n for n in console_imports if not n.startswith("console.present.numbers")} <= {"console.present"}
    assert _hits(path, ("PySide6.QtWidgets", "pyqtgraph", *NET_LIBS[:-2], *SQL_LIBS)) == []
