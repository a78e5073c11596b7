"""The studio palette: every colour the console and its report draw with, and the contrast rule they meet.

Plain values, no Qt: the window's theme (console/widgets/theme.py) and the report's charts both read them here.
"""

from __future__ import annotations

from typing import Final

BG: Final = "#12151a"  # window and chart background: dark but not black, so panels read as surfaces
SURFACE: Final = "#1b1f26"
SURFACE_HI: Final = "#252a33"
BORDER: Final = "#2e3440"
TEXT: Final = "#e8ebf0"
MUTED: Final = "#9aa3b2"
ACCENT: Final = "#4cc9f0"
GREEN: Final = "#3ddc84"
AMBER: Final = "#ffb020"
RED: Final = "#ff5252"
GREY: Final = "#8a92a0"  # "cancelled", "no data", fired cues: quieter than TEXT yet 4.6:1 on the lightest surface
ARMED_BG: Final = "#2f4f63"  # the armed cue's row and a checked button

STATUS_COLOURS: Final = {"on_track": GREEN, "at_risk": AMBER, "off_track": RED, "no_data": GREY}
MARKER_COLOURS: Final = {"flash_offer": "#ff5fa2", "segment": "#4aa3ff", "kit": "#c49bff"}
CLUSTER_COLOUR: Final = "#f2f2f2"
ADVICE_COLOUR: Final = "#3fd0c9"  # the advisor's markers: not an action, drawn dotted
CHANNEL_COLOURS: Final = {"organic": "#3ddc84", "paid": "#c49bff", "direct": "#4aa3ff"}
VIEWERS_COLOUR: Final = ACCENT
ORDERS_COLOUR: Final = "#ffcf5c"
SPARK_COLOUR: Final = "#7fe0d0"

FLAG_BLUE: Final = "#6fb7ff"  # the "many views, few orders" flag

# Every colour the console draws text in, with the backgrounds it is drawn on. Text read on air meets WCAG AA
# (contrast ratio >= 4.5:1) on each of them: tests/test_contrast.py checks every pair.
TEXT_ON: Final = {
    TEXT: (BG, SURFACE, SURFACE_HI, ARMED_BG),
    MUTED: (BG, SURFACE, SURFACE_HI),
    GREY: (BG, SURFACE, SURFACE_HI),
    ACCENT: (BG, SURFACE, SURFACE_HI),
    GREEN: (BG, SURFACE, SURFACE_HI),
    AMBER: (BG, SURFACE, SURFACE_HI),
    RED: (BG, SURFACE, SURFACE_HI),
    FLAG_BLUE: (BG, SURFACE),
    ORDERS_COLOUR: (BG,),
    **dict.fromkeys((*MARKER_COLOURS.values(), *CHANNEL_COLOURS.values(), ADVICE_COLOUR), (BG, SURFACE)),
}
AA_TEXT: Final = 4.5


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of "#rgb" or "#rrggbb"."""
    hex_ = colour.lstrip("#")
    if len(hex_) == 3:
        hex_ = "".join(c * 2 for c in hex_)
    channels = [int(hex_[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio, 1 (same colour) to 21 (black on white)."""
    hi, lo = sorted((relative_luminance(fg), relative_luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
