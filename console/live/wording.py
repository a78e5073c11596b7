"""Small numbers inside the services' sentences, written the way the console's language writes them."""

from __future__ import annotations

from console.present import numbers


def secs(value: float) -> str:
    """A number of seconds as `f"{value:g}"` would write it (15, 0.5), with the language's decimal sign (0,5)."""
    shown = f"{value:g}"
    if "e" in shown:
        return shown
    digits = len(shown.partition(".")[2])
    return numbers.decimal(value, digits)
