"""Building blocks of report.html: the stylesheet, escaping, number formats, tables, chips and figures."""

from __future__ import annotations

import base64
import html
from collections.abc import Iterable, Sequence
from typing import Final

from console.i18n import QT_TRANSLATE_NOOP, translate
from console.present import fmt, numbers
from console.present.availability import NOT_AVAILABLE, NOT_AVAILABLE_SHORT
from console.report.model import Delta, Unit

# Dark palette = the console's theme (console/widgets/theme.py; a test keeps them equal). Light is for paper.
DARK: Final = {"bg": "#12151a", "fg": "#e8ebf0", "muted": "#9aa3b2", "surface": "#1b1f26", "border": "#2e3440",
               "good": "#3ddc84", "warn": "#ffb020", "bad": "#ff5252", "accent": "#4cc9f0"}
LIGHT: Final = {"bg": "#ffffff", "fg": "#1b1f26", "muted": "#5b6472", "surface": "#f3f5f8", "border": "#d5dbe3",
                "good": "#0a7f3f", "warn": "#9a5b00", "bad": "#c62828", "accent": "#1f7fb0"}

# chip tone of every verdict and flag
TONES: Final = {"met": "good", "on pace": "good", "close": "warn", "missed": "bad", "no data": "none",
                "clear lift": "good", "likely lift": "good-soft", "no clear change": "none", "likely drop": "warn",
                "clear drop": "bad", "too few orders to tell": "none", "no before window": "none",
                "not on the stream": "none", "better": "good", "worse": "bad", "same": "none", "n/a": "none",
                NOT_AVAILABLE: "none"}


#: the words a chip shows (verdicts, directions, advice states), kept in English as data and translated where shown
CHIP_WORDS: Final = (
    QT_TRANSLATE_NOOP("ReportVerdict", "met"), QT_TRANSLATE_NOOP("ReportVerdict", "on pace"),
    QT_TRANSLATE_NOOP("ReportVerdict", "close"), QT_TRANSLATE_NOOP("ReportVerdict", "missed"),
    QT_TRANSLATE_NOOP("ReportVerdict", "no data"), QT_TRANSLATE_NOOP("ReportVerdict", "clear lift"),
    QT_TRANSLATE_NOOP("ReportVerdict", "likely lift"), QT_TRANSLATE_NOOP("ReportVerdict", "no clear change"),
    QT_TRANSLATE_NOOP("ReportVerdict", "likely drop"), QT_TRANSLATE_NOOP("ReportVerdict", "clear drop"),
    QT_TRANSLATE_NOOP("ReportVerdict", "too few orders to tell"),
    QT_TRANSLATE_NOOP("ReportVerdict", "no before window"), QT_TRANSLATE_NOOP("ReportVerdict", "not on the stream"),
    QT_TRANSLATE_NOOP("ReportVerdict", "better"), QT_TRANSLATE_NOOP("ReportVerdict", "worse"),
    QT_TRANSLATE_NOOP("ReportVerdict", "same"), QT_TRANSLATE_NOOP("ReportVerdict", "n/a"),
    QT_TRANSLATE_NOOP("ReportVerdict", "not available from this feed"),
    QT_TRANSLATE_NOOP("ReportVerdict", "n/a from feed"),
    QT_TRANSLATE_NOOP("ReportVerdict", "taken"), QT_TRANSLATE_NOOP("ReportVerdict", "dismissed"),
    QT_TRANSLATE_NOOP("ReportVerdict", "expired"), QT_TRANSLATE_NOOP("ReportVerdict", "still open"),
    QT_TRANSLATE_NOOP("ReportVerdict", "many views, few orders"),
    QT_TRANSLATE_NOOP("ReportVerdict", "not in the plan"),
)


#: the entry channels (protocol keys) as the report names them
CHANNEL_WORDS: Final = {"organic": QT_TRANSLATE_NOOP("ReportChannels", "organic"),
                        "paid": QT_TRANSLATE_NOOP("ReportChannels", "paid"),
                        "direct": QT_TRANSLATE_NOOP("ReportChannels", "direct")}


#: an action's kind, source and status as the actions table names them (stored as keys; shown with "_" as " ")
ACTION_WORDS: Final = (
    QT_TRANSLATE_NOOP("ReportActions", "flash offer"), QT_TRANSLATE_NOOP("ReportActions", "segment"),
    QT_TRANSLATE_NOOP("ReportActions", "kit"), QT_TRANSLATE_NOOP("ReportActions", "cue"),
    QT_TRANSLATE_NOOP("ReportActions", "hotkey"), QT_TRANSLATE_NOOP("ReportActions", "button"),
    QT_TRANSLATE_NOOP("ReportActions", "feed"), QT_TRANSLATE_NOOP("ReportActions", "pending"),
    QT_TRANSLATE_NOOP("ReportActions", "sent"), QT_TRANSLATE_NOOP("ReportActions", "acked"),
    QT_TRANSLATE_NOOP("ReportActions", "failed"), QT_TRANSLATE_NOOP("ReportActions", "unknown"),
    QT_TRANSLATE_NOOP("ReportActions", "by hand"), QT_TRANSLATE_NOOP("ReportActions", "not done"),
    QT_TRANSLATE_NOOP("ReportActions", "seen"),
)


def action_word(key: str) -> str:
    """An action's kind, source or status key ("flash_offer", "acked") in the report's language."""
    return translate("ReportActions", key.replace("_", " "))


def channel_name(key: str) -> str:
    """An entry channel ("organic", "paid", "direct") in the report's language; another key as it is."""
    return translate("ReportChannels", CHANNEL_WORDS[key]) if key in CHANNEL_WORDS else key


def word(text: str) -> str:
    """A verdict, direction, state or flag (CHIP_WORDS) in the report's language."""
    return translate("ReportVerdict", text)


def _vars(p: dict[str, str]) -> str:
    return " ".join(f"--{k}: {v};" for k, v in p.items())


CSS: Final = f"""
:root {{ {_vars(LIGHT)} }}
@media screen and (prefers-color-scheme: dark) {{
  :root {{ {_vars(DARK)} }}
  img.chart {{ filter: invert(0.9) hue-rotate(180deg); border: none; }}
}}
* {{ box-sizing: border-box; }}
body {{ margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.45 system-ui, -apple-system, "Segoe UI",
       Roboto, "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic",
       "Meiryo", sans-serif; }}
main {{ max-width: 1320px; margin: 0 auto; padding: 24px 28px 48px; }}
h1 {{ font-size: 26px; margin: 0 0 4px; }}
h2 {{ font-size: 19px; margin: 34px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--border); }}
h3 {{ font-size: 15px; margin: 18px 0 6px; }}
p.meta, .muted, caption, figcaption {{ color: var(--muted); }}
section {{ break-inside: auto; }}
table {{ border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-variant-numeric: tabular-nums; }}
table.narrow {{ width: auto; min-width: 420px; }}
caption {{ text-align: left; font-size: 12.5px; padding: 2px 0 6px; caption-side: top; }}
th, td {{ padding: 5px 8px; border-bottom: 1px solid var(--border); vertical-align: top; }}
th {{ text-align: left; font-size: 12px; color: var(--muted); font-weight: 600; background: var(--surface); }}
td.n {{ text-align: right; white-space: nowrap; }}
th.n {{ text-align: right; }}
tr {{ break-inside: avoid; }}
table.actions td:nth-child(3) {{ min-width: 150px; }}
table.actions td:last-child {{ min-width: 260px; }}
small {{ color: var(--muted); }}
.tiles {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(135px, 1fr)); gap: 10px; }}
.tile {{ container-type: inline-size; background: var(--surface); border: 1px solid var(--border);
        border-left: 5px solid var(--border);
        border-radius: 4px; padding: 8px 10px; }}
.tile.good {{ border-left-color: var(--good); }} .tile.warn {{ border-left-color: var(--warn); }}
.tile.bad {{ border-left-color: var(--bad); }}
.tile .v {{ font-size: min(22px, 15.5cqi); font-weight: 700; white-space: nowrap; }}
.tile .k {{ font-size: 12px; color: var(--muted); }}
.chip {{ display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 12px; font-weight: 600;
        white-space: nowrap; border: 1px solid var(--border); margin: 1px 2px 1px 0; }}
.chip.good {{ color: var(--good); border-color: var(--good); }}
.chip.good-soft {{ color: var(--good); border-style: dashed; border-color: var(--good); }}
.chip.warn {{ color: var(--warn); border-color: var(--warn); }}
.chip.bad {{ color: var(--bad); border-color: var(--bad); }}
.chip.none {{ color: var(--muted); }}
.delta {{ font-weight: 700; white-space: nowrap; }}
.delta.better {{ color: var(--good); }} .delta.worse {{ color: var(--bad); }} .delta.same, .delta.na {{
  color: var(--muted); font-weight: 400; }}
ol.lessons {{ padding-left: 22px; }} ol.lessons li {{ margin: 0 0 12px; }}
ol.lessons b {{ font-size: 15.5px; }} ol.lessons .ev {{ font-size: 12.5px; color: var(--muted); }}
.warnings {{ border: 1px solid var(--warn); border-left: 5px solid var(--warn); padding: 8px 12px;
            border-radius: 4px; margin: 12px 0; }}
.empty {{ color: var(--muted); font-style: italic; }}
.na {{ color: var(--muted); font-style: italic; white-space: nowrap; }}
figure {{ margin: 10px 0 18px; break-inside: avoid; }}
img.chart {{ width: 100%; max-width: 1000px; height: auto; display: block; border: 1px solid var(--border); }}
.marker {{ font-weight: 700; }}
.cols {{ display: grid; grid-template-columns: 1fr 1fr; gap: 22px; }}
@media (max-width: 900px) {{ .cols {{ grid-template-columns: 1fr; }} }}
@media print {{ main {{ max-width: none; padding: 0; }} h2 {{ break-after: avoid; }} body {{ font-size: 11px; }} }}
"""


def _qt_css(p: dict[str, str]) -> str:
    """The light page in the CSS subset of Qt's rich text (QTextBrowser): no variables, grid, media queries or
    pseudo-classes; borders, padding and colours on tables and cells; text sizes in px."""
    return f"""
body {{ background-color: {p['bg']}; color: {p['fg']}; font-size: 14px;
        font-family: "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; }}
h1 {{ font-size: 24px; margin-bottom: 2px; }}
h2 {{ font-size: 19px; margin-top: 28px; margin-bottom: 8px; }}
h3 {{ font-size: 15px; margin-top: 14px; }}
p.meta, .muted, caption, figcaption, small, .ev, .empty {{ color: {p['muted']}; }}
.empty, .na {{ font-style: italic; }}
.na {{ color: {p['muted']}; white-space: nowrap; }}
table {{ border-collapse: collapse; margin-top: 6px; margin-bottom: 12px; }}
th {{ background-color: {p['surface']}; color: {p['muted']}; font-size: 12px; font-weight: 600; text-align: left;
      padding: 5px 8px; border-bottom: 1px solid {p['border']}; }}
td {{ padding: 5px 8px; border-bottom: 1px solid {p['border']}; vertical-align: top; }}
td.n {{ text-align: right; white-space: nowrap; }}
th.n {{ text-align: right; }}
caption {{ font-size: 12px; text-align: left; }}
table.tiles td {{ background-color: {p['surface']}; border: 1px solid {p['border']}; border-bottom: 1px solid
      {p['border']}; border-left: 5px solid {p['border']}; }}
table.tiles td.good {{ border-left: 5px solid {p['good']}; }}
table.tiles td.warn {{ border-left: 5px solid {p['warn']}; }}
table.tiles td.bad {{ border-left: 5px solid {p['bad']}; }}
.tile .v, div.v {{ font-size: 22px; font-weight: 700; }}
.tile .k, div.k {{ font-size: 12px; color: {p['muted']}; }}
.chip {{ font-size: 12px; font-weight: 600; white-space: nowrap; }}
.chip.good, .chip.good-soft, .delta.better {{ color: {p['good']}; }}
.chip.warn {{ color: {p['warn']}; }}
.chip.bad, .delta.worse {{ color: {p['bad']}; }}
.chip.none, .delta.same, .delta.na {{ color: {p['muted']}; }}
.delta {{ font-weight: 700; white-space: nowrap; }}
ol.lessons li {{ margin-bottom: 12px; }}
.ev {{ font-size: 12px; }}
.warnings {{ color: {p['warn']}; border: 1px solid {p['warn']}; padding: 8px; margin-top: 12px; margin-bottom: 12px; }}
.marker {{ font-weight: 700; }}
"""


QT_CSS: Final = _qt_css(LIGHT)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def value(v: float | None, unit: Unit, currency: str) -> str:
    """A number as the console shows it; None reads "—"."""
    if v is None:
        return fmt.DASH
    if unit == "money":
        return fmt.money(v, currency, cents=abs(v) < 10)  # €1.96 a viewer, not €2
    if unit == "pct":
        return fmt.pct(v)
    if unit == "times":
        return fmt.times(v)
    if unit == "count":
        return fmt.count(v)
    return numbers.decimal(v, 2)


def signed(d: Delta, currency: str) -> str:
    """The difference with its sign: +€1,234, −3, +0.4 pt (percentage points), +0.6×."""
    if d.delta is None:
        return fmt.DASH
    if d.direction == "same":
        return translate("ReportHtml", "no change")
    sign = "+" if d.delta > 0 else "−" if d.delta < 0 else "±"
    a = abs(d.delta)
    if d.unit == "pct":
        body = translate("ReportHtml", "{points} pt").format(points=numbers.decimal(a * 100, 1))
    elif d.unit == "money":
        body = fmt.money(a, currency, cents=a < 10)
    elif d.unit == "times":
        body = fmt.times(a)
    elif d.unit == "count":
        body = fmt.count(round(a))
    else:
        body = numbers.decimal(a, 2)
    rel = f" ({plus_pct(d.rel)})" if d.rel is not None and d.unit != "pct" else ""
    return f"{sign}{body}{rel}"


def delta_span(d: Delta, currency: str) -> str:
    cls = "na" if d.direction == "n/a" else d.direction
    return f'<span class="delta {esc(cls)}" title="{esc(word(d.direction))}">{esc(signed(d, currency))}</span>'


def chip(text: str, tone: str | None = None) -> str:
    """`text` as a chip, its tone by the English word (TONES), its words in the report's language (CHIP_WORDS)."""
    # non-breaking spaces: Qt's rich text ignores nowrap on a span and broke "no clear change" inside a word
    shown = esc(word(text)).replace(" ", "&nbsp;")
    return f'<span class="chip {esc(tone or TONES.get(text, "none"))}">{shown}</span>'


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[bool] = (),
          caption: str = "", cls: str = "", widths: Sequence[int] = ()) -> str:
    """A <table>; cells are HTML already escaped by the caller. `numeric` right-aligns columns. `widths`: each
    column's share of the table in percent, for a wide table (Qt's rich text squeezes text columns to a letter
    when left to itself)."""
    num = list(numeric) + [False] * (len(headers) - len(numeric))
    right = ' class="n"'
    share = [f' width="{w}%"' for w in widths] + [""] * (len(headers) - len(widths))
    head = "".join(f'<th scope="col"{right if n else ""}{w}>{esc(h)}</th>'
                   for h, n, w in zip(headers, num, share, strict=True))
    body = "".join("<tr>" + "".join(f"<td{right if n else ''}>{c}</td>" for c, n in zip(row, num, strict=False))
                   + "</tr>" for row in rows)
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    klass = f' class="{esc(cls)}"' if cls else ""
    klass += ' width="100%"' if widths else ""
    return f"<table{klass}>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def figure(png: bytes | None, alt: str, caption: str) -> str:
    if not png:
        return ""
    data = base64.b64encode(png).decode("ascii")
    return (f'<figure><img class="chart" src="data:image/png;base64,{data}" alt="{esc(alt)}">'
            f"<figcaption>{esc(caption)}</figcaption></figure>")


def figure_file(src: str | None, alt: str, caption: str) -> str:
    """A chart read from a file beside the page (Qt's rich text): the width is the report's chart width in logical
    pixels; the Report tab narrows it to fit."""
    if not src:
        return ""
    return (f'<p><img src="{esc(src)}" width="1000" alt="{esc(alt)}"><br>'
            f"<span class=\"muted\">{esc(caption)}</span></p>")


def section(anchor: str, title: str, body: str) -> str:
    return f'<section id="{esc(anchor)}"><h2>{esc(title)}</h2>{body}</section>'


def empty(text: str) -> str:
    return f'<p class="empty">{esc(text)}</p>'


def not_available(why: str = "", short: bool = True) -> str:
    """A cell of a figure the feed cannot give: "n/a from feed" (the whole sentence where there is room), never a
    number; the hover says what the feed would have to send."""
    text = word(NOT_AVAILABLE_SHORT if short else NOT_AVAILABLE)
    return f'<span class="na" title="{esc(why or word(NOT_AVAILABLE))}">{esc(text)}</span>'


def signed_pct(v: float | None) -> str:
    """+222%, −12%, ±0% (never "-0%")."""
    if v is None:
        return fmt.DASH
    if abs(v) < 0.005:
        return "±" + fmt.pct(0.0, 0)
    return ("+" if v > 0 else "−") + fmt.pct(abs(v), 0)


def plus_pct(v: float) -> str:
    """+79%, -12% (a relative change in a sentence, ASCII minus)."""
    return ("+" if v >= 0 else "-") + fmt.pct(abs(v), 0)


def arrow(before: float | None, after: float | None, digits: int) -> str:
    """"2.0 → 0.8" with `digits` decimals (0: a grouped count, 1,403), as the language writes numbers; "—" when
    either side is unknown."""
    if before is None or after is None:
        return fmt.DASH
    return f"{numbers.decimal(before, digits)} → {numbers.decimal(after, digits)}"
