"""Which language the console speaks: `--lang`, else the saved setting, else the system's locale, else English.

Qt-free on purpose: the choice is made before anything imports Qt (cli.py), and the setting is a one-line file any
command can read, `report` and `history` included.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Final

#: language code -> its own name, as the View -> Language menu shows it
LANGUAGES: Final = {"en": "English", "ja": "日本語", "fi": "suomi", "pt_BR": "português (Brasil)"}
#: the Babel/CLDR locale each language writes numbers and money as
NUMBER_LOCALES: Final = {"en": "en_US", "ja": "ja_JP", "fi": "fi_FI", "pt_BR": "pt_BR"}
SOURCE_LANGUAGE: Final = "en"
LANG_ENV: Final = "LIVE_CONSOLE_LANG"
_ENV_ORDER: Final = ("LC_ALL", "LC_MESSAGES", "LANG")


class LanguageError(ValueError):
    """A language the console does not speak, named with the ones it does."""


def normalise(code: str) -> str | None:
    """'pt-BR', 'pt_BR.UTF-8', 'pt' -> 'pt_BR'; 'ja_JP' -> 'ja'; 'fi_FI@euro' -> 'fi'; 'C' or unknown -> None."""
    base = code.strip().split(".")[0].split("@")[0].replace("-", "_")
    if not base:
        return None
    lang = base.partition("_")[0]
    lang = lang.lower()
    if lang == "pt":
        return "pt_BR"  # the one Portuguese we have; a Portuguese desk reads Brazilian Portuguese before English
    return lang if lang in LANGUAGES else None


def parse_language(code: str) -> str:
    """A language typed by the operator (`--lang`, the setting): its code, or LanguageError naming the choices."""
    found = normalise(code)
    if found is None:
        choices = ", ".join(f"{k} ({v})" for k, v in LANGUAGES.items())
        raise LanguageError(f"no translation for language {code!r}; the console speaks {choices}")
    return found


def system_language(env: Mapping[str, str] | None = None) -> str:
    """The desk's language from its locale (LANGUAGE's list first, as gettext reads it), English when none is ours."""
    env = os.environ if env is None else env
    for code in env.get("LANGUAGE", "").split(":"):
        if code and (found := normalise(code)) is not None:
            return found
    for name in _ENV_ORDER:
        value = env.get(name, "")
        if value:
            return normalise(value) or SOURCE_LANGUAGE  # the first set variable decides, as in C's setlocale
    return SOURCE_LANGUAGE


def settings_file(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    base = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME", str(Path.home()))) / ".config")
    return Path(base) / "live-console" / "language"


def saved_language(env: Mapping[str, str] | None = None) -> str | None:
    """The language chosen in View -> Language, or None (an unreadable or unknown one is ignored: it was ours)."""
    try:
        text = settings_file(env).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return normalise(text) if text else None


def save_language(code: str, env: Mapping[str, str] | None = None) -> Path:
    """Keep the operator's choice for the next start. Raises OSError when the file cannot be written."""
    path = settings_file(env)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(parse_language(code) + "\n", encoding="utf-8")
    return path


def forget_language(env: Mapping[str, str] | None = None) -> None:
    """Drop the saved choice (View -> Language -> Follow the system). Raises OSError when it cannot be removed."""
    settings_file(env).unlink(missing_ok=True)


def choose_language(cli: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """`--lang` wins, then LIVE_CONSOLE_LANG (a desk's start script, the test suite), both LanguageError when we do
    not speak it; then the language saved from View -> Language; then the system's locale."""
    env = os.environ if env is None else env
    for chosen in (cli, env.get(LANG_ENV)):
        if chosen:
            return parse_language(chosen)
    return saved_language(env) or system_language(env)
