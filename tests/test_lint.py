"""The house is kept tidy: ruff and mypy pass on the whole tree (rules in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_is_clean() -> None:
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "console", "tests"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_is_clean() -> None:
    """Types checked on every run of the suite (strict for the pure core and the session file: pyproject.toml)."""
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_readme_quick_start_and_ci_agree() -> None:
    readme = (ROOT / "README.md").read_text()
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = quick.split("```")[1::2]  # the fenced code blocks of the section
    commands = [line.strip() for block in blocks for line in block.splitlines()[1:] if line.strip()]
    assert len(commands) == 2, commands  # exactly two: the demo, the tests
    assert commands[0].endswith("live-console demo")
    assert commands[1] in (ROOT / ".ci" / "run").read_text()
