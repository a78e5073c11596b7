"""Layering as a test: pure logic imports no Qt; services import no widgets; widgets hold no I/O clients."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "console"
QT = ("PySide6", "shiboken6", "pyqtgraph", "qasync")
WIDGET_LIBS = ("PySide6.QtWidgets", "pyqtgraph", "console.widgets")
IO_LIBS = ("httpx", "websockets", "sqlite3", "sqlite_utils", "uvicorn", "starlette")


def imports_of(path: Path) -> set[str]:
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


PURE = sorted(p for p in ROOT.glob("*.py") if p.name not in {"app.py", "cli.py", "__main__.py"})
SERVICES = sorted((ROOT / "services").glob("*.py"))
WIDGETS = sorted((ROOT / "widgets").glob("*.py"))


def test_the_layers_are_populated() -> None:
    assert {p.name for p in PURE} >= {"protocol.py", "plan.py", "studio_model.py"}
    assert SERVICES


@pytest.mark.parametrize("path", PURE, ids=lambda p: p.name)
def test_pure_logic_imports_no_qt_and_does_no_io(path: Path) -> None:
    assert _hits(path, QT) == []
    assert _hits(path, (*IO_LIBS, "ctypes", "socket", "subprocess")) == []


@pytest.mark.parametrize("path", SERVICES, ids=lambda p: p.name)
def test_services_import_no_widgets(path: Path) -> None:
    assert _hits(path, WIDGET_LIBS) == []


@pytest.mark.parametrize("path", WIDGETS, ids=lambda p: p.name)
def test_widgets_do_no_io(path: Path) -> None:
    assert _hits(path, IO_LIBS) == []


def test_the_checker_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport pyqtgraph as pg\n")
    assert _hits(bad, QT) == ["PySide6.QtCore", "PySide6.QtCore.QObject", "pyqtgraph"]
