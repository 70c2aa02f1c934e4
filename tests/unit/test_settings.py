"""The user's settings file and the name every change is signed with."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest

from claimdesk.core.settings import Settings, load_settings, save_settings, settings_path, user_name


def test_the_name_comes_from_the_environment_then_the_file_then_the_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "settings.json"
    monkeypatch.delenv("CLAIMDESK_USER", raising=False)
    assert user_name(file) == getpass.getuser()
    save_settings(Settings(user_name="Giulia R."), file)
    assert user_name(file) == "Giulia R."
    monkeypatch.setenv("CLAIMDESK_USER", " desk-3 ")
    assert user_name(file) == "desk-3"


def test_settings_live_in_the_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("CLAIMDESK_USER", raising=False)
    assert settings_path() == tmp_path / "config" / "ClaimDesk" / "settings.json"
    save_settings(Settings(user_name="Marco"))
    assert load_settings() == Settings(user_name="Marco")
    assert user_name() == "Marco"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"user_name": 7}', ""])
def test_a_damaged_file_gives_the_defaults(tmp_path: Path, content: str) -> None:
    file = tmp_path / "settings.json"
    file.write_text(content, encoding="utf-8")
    assert load_settings(file) == Settings()
