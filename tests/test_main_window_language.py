"""View → Language: every language by its own name, the one in use checked; a choice is kept for the next start and
the status bar says so (in the chosen language's words), or says why it could not be kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from console.i18n import LANGUAGES, active_language
from console.i18n.languages import saved_language, settings_file
from console.live.health import FeedHealth
from console.plan.model import DEMO_PLAN, load_plan
from console.widgets.main_window import MainWindow


def _window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    window = MainWindow(load_plan(DEMO_PLAN), lambda: (None, FeedHealth()), settings=settings, session_label="s")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_menu_lists_each_language_by_its_own_name_with_the_one_in_use_checked(qtbot: QtBot,
                                                                                   tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    actions = [a for a in window.language_menu.actions() if a.data() in LANGUAGES]
    assert [a.text() for a in actions] == list(LANGUAGES.values())
    assert "suomi" in [a.text() for a in actions] and "日本語" in [a.text() for a in actions]
    assert [a.data() for a in actions if a.isChecked()] == [active_language()]


def test_picking_suomi_keeps_it_for_the_next_start(qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window = _window(qtbot, tmp_path)
    suomi = next(a for a in window.language_menu.actions() if a.text() == "suomi")
    suomi.trigger()
    assert settings_file().read_text(encoding="utf-8").strip() == "fi"
    assert saved_language() == "fi"
    said = window.status.currentMessage()
    assert "suomi" in said and said != "suomi"  # a sentence naming it: it applies at the next start


def test_a_setting_that_cannot_be_written_is_said_in_the_status_bar(qtbot: QtBot, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    window = _window(qtbot, tmp_path)
    pt = next(a for a in window.language_menu.actions() if a.data() == "pt_BR")
    pt.trigger()
    assert window.status.currentMessage().startswith("The language could not be saved")
    assert [a.data() for a in window.language_menu.actions() if a.isChecked()] == [active_language()]


def test_follow_the_system_forgets_the_saved_choice(qtbot: QtBot, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    window = _window(qtbot, tmp_path)
    next(a for a in window.language_menu.actions() if a.text() == "suomi").trigger()
    assert saved_language() == "fi"
    follow = window.language_menu.actions()[-1]
    assert follow.text() == "Follow the system: português (Brasil)"
    follow.trigger()
    assert saved_language() is None and not settings_file().exists()
    assert "português (Brasil)" in window.status.currentMessage()
