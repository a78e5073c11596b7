"""Checks, before Qt starts, that a real window can open: the system libraries Qt's xcb plugin needs on Linux.

Without them Qt dies with "Could not load the Qt platform plugin", which tells an operator nothing. This
names the Debian/Ubuntu packages to install instead.
"""

from __future__ import annotations

import ctypes
import os
import sys
from typing import Final

from console.i18n import translate

#: shared library -> Debian/Ubuntu package that carries it (what PySide6's wheels leave to the system)
XCB_LIBRARIES: Final = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
}
#: what the offscreen platform still needs
OFFSCREEN_LIBRARIES: Final = {"libfontconfig.so.1": "libfontconfig1"}
#: what Qt's Wayland plugin needs beyond the wheels
WAYLAND_LIBRARIES: Final = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def missing_packages(libraries: dict[str, str]) -> list[str]:
    """Packages whose library cannot be loaded by the dynamic linker, in a stable order."""
    missing = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def window_problem(offscreen: bool) -> str | None:
    """Why a window cannot open here, with the fix; None when it can (or on a platform we do not check)."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if offscreen or platform.startswith("offscreen"):
        missing = missing_packages(OFFSCREEN_LIBRARIES)
    elif platform.startswith("wayland") or (os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY")):
        missing = missing_packages(WAYLAND_LIBRARIES)
    else:
        if not os.environ.get("DISPLAY"):
            return translate("SystemLibraries", "no display found (DISPLAY is not set). Run from a desktop "
                             "session, or add --offscreen to run headless (with --screenshot PNG to see the window).")
        missing = missing_packages(XCB_LIBRARIES)
    if not missing:
        return None
    return translate("SystemLibraries", "the system libraries Qt needs to open a window are missing. Install them "
                     "with:\n    sudo apt-get install -y {packages}\n(or run headless with --offscreen)").format(
                         packages=" ".join(missing))
