"""What an action button says about its action: the detail line under its name, its style state and its tooltip.
Pure: the widget (console/widgets/action_button.py) fits the words into the button's width and restyles it."""

from __future__ import annotations

from dataclasses import dataclass

from console.actions.book import ButtonState, ButtonView
from console.actions.rules import short_reason
from console.i18n import translate


@dataclass(frozen=True, slots=True)
class ButtonFace:
    detail: str  # the line under the name: state, countdown, reason ("" for none)
    state: str  # the stylesheet's state: a ButtonState's value, or "arming"
    tip: str  # the tooltip: the whole sentence where the face holds only a few words


def button_face(view: ButtonView, label: str, current: bool, arming: bool) -> ButtonFace:
    """The face of an action button showing `view`, in the operator's language. `current`: the segment on air now;
    `arming`: a first press of a hold-kind hotkey waits for the second."""
    state, detail, tip = view.state.value, view.detail, label
    if arming:
        state, detail = "arming", translate("ButtonFace", "press again to confirm")  # beside the key, on one line
    elif view.state == ButtonState.SENDING:
        detail = (translate("ButtonFace", "sending… {detail}").format(detail=detail) if detail
                  else translate("ButtonFace", "sending…"))
    elif view.state == ButtonState.CONFIRMED:
        detail = translate("ButtonFace", "✓ confirmed on air")
    elif view.state == ButtonState.COOLING:
        detail = translate("ButtonFace", "✓ accepted")
    elif view.state == ButtonState.FAILED:  # the few words that fit; the whole sentence in the tooltip
        tip = translate("ButtonFace", "Failed: {error}").format(
            error=detail or translate("ButtonFace", "unknown error"))
        detail = (translate("ButtonFace", "✗ failed: {reason}").format(reason=short_reason(detail)) if detail
                  else translate("ButtonFace", "✗ failed"))
    elif view.state == ButtonState.BLOCKED:
        tip = translate("ButtonFace", "{label}: not available now — {why}").format(label=label, why=detail)
        detail = f"✗ {detail}"
    elif view.state == ButtonState.DISABLED:
        tip, detail = detail, ""
    elif view.state == ButtonState.BY_HAND:
        tip = translate("ButtonFace", "{label}: waiting for you to do it in the platform's app, then Done").format(
            label=label)
        # words only: ✋ is missing from common desk fonts (a box was drawn)
        detail = translate("ButtonFace", "by hand, then Done")
    elif view.state == ButtonState.RUNNING:
        detail = f"▶ {detail}"
    elif current:
        detail = translate("ButtonFace", "● on air now")
    return ButtonFace(detail, state, tip)
