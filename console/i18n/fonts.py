"""A language whose script needs fonts a Linux desk may not have: say which package to install, never draw boxes."""

from __future__ import annotations

from typing import Final

#: language -> (Qt's writing system name, the Debian/Ubuntu package that carries a font for it)
SCRIPT_FONTS: Final = {"ja": ("Japanese", "fonts-noto-cjk")}


def font_problem(language: str) -> str | None:
    """Why the language's text would be drawn as boxes here, with the fix; None when a font is installed.
    Needs a QGuiApplication (fontconfig is read through Qt). In English on purpose: the font that is missing is the
    one its translation would be drawn with."""
    need = SCRIPT_FONTS.get(language)
    if need is None:
        return None
    from PySide6.QtGui import QFontDatabase

    system, package = need
    if QFontDatabase.families(getattr(QFontDatabase.WritingSystem, system)):
        return None
    return (f"no {system} font is installed, so {system} text would be drawn as empty boxes. Install one with:\n"
            f"    sudo apt-get install -y {package}\n"
            "(or start with --lang en)")
