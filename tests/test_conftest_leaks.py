"""The conftest's promise holds: a test that leaves a window open fails (checked in a child pytest run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

LEAKY = '''
from PySide6.QtWidgets import QWidget

def test_leaves_a_window_open(qtbot):
    window = QWidget()
    window.setWindowTitle("left open")
    window.show()
    test_leaves_a_window_open.keep = window  # not given to qtbot: nobody closes it

def test_closes_its_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
'''


def test_a_test_that_leaves_a_window_open_fails(tmp_path: Path) -> None:
    tests = Path(__file__).parent
    (tmp_path / "conftest.py").write_text((tests / "conftest.py").read_text())
    (tmp_path / "test_leaky.py").write_text(LEAKY)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", str(tmp_path)],
        capture_output=True, text=True, timeout=110, cwd=tmp_path, check=False,
    )
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "2 passed, 1 error" in out, out  # the error is the leaky test's teardown
    assert "left 1 window(s) open: QWidget 'left open'" in out, out
