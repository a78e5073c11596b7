"""No text reaches a widget unmarked: a string literal handed straight to a Qt text setter (setText, setToolTip,
QLabel(...), addAction, QMessageBox...) or printed to the terminal would be shown in English in every language,
and lupdate would never see it. The catalogue test (test_i18n_catalogue.py) covers what is marked; this covers
what is not."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "console"
#: Qt calls whose string arguments a person reads
TEXT_CALLS = frozenset({
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip", "showMessage", "setTitle",
    "addTab", "setTabText", "setLabelText", "addAction", "addMenu", "setWhatsThis", "setHeaderLabels",
    "setHorizontalHeaderLabels", "information", "warning", "critical", "question", "QLabel", "QPushButton",
    "QCheckBox", "QRadioButton", "QAction", "QGroupBox", "QMenu", "QToolButton",
})
WORDS = re.compile(r"[A-Za-z]{2,}")
#: where the console draws: widgets and the composition root
SHOWN = sorted([*(ROOT / "widgets").glob("*.py"), ROOT / "app.py"])


def _literal_text(node: ast.expr) -> str | None:
    """The English of a literal argument (a plain or f-string), None for anything computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return None


def unmarked(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in TEXT_CALLS:
            continue
        for arg in node.args:
            text = _literal_text(arg)
            if text is not None and WORDS.search(text):
                found.append(f"{path.relative_to(root)}:{node.lineno}: {name}({text!r})")
    return found


@pytest.mark.parametrize("path", SHOWN, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_literal_text_goes_to_a_widget_untranslated(path: Path) -> None:
    found = unmarked(path)
    assert not found, "wrap in console.i18n.translate(...):\n" + "\n".join(found)


def test_the_guard_catches_an_unmarked_label(tmp_path: Path) -> None:
    sample = tmp_path / "w.py"
    sample.write_text("a = QLabel('Sold out')\nb.setToolTip(f'{n} left')\nc = QLabel(translate('C', 'x'))\n"
                      "d.setText('●')\ne.setText(name)\n")
    assert [line.split(":")[1] for line in unmarked(sample, tmp_path)] == ["1", "2"]
