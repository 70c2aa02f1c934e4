"""Every field of the settings file: round trip, unknown keys kept, damage contained."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from claimdesk.core.errors import LibraryError
from claimdesk.core.nlp.threshold import THRESHOLD
from claimdesk.core.settings import (
    Settings,
    load_settings,
    save_settings,
    settings_path,
    suggestion_threshold,
)


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$CLAIMDESK_CONFIG_DIR pointing at an empty folder."""
    folder = tmp_path / "config"
    monkeypatch.setenv("CLAIMDESK_CONFIG_DIR", str(folder))
    return folder


def test_every_field_survives_a_save_and_a_load(config_dir: Path) -> None:
    chosen = Settings(
        user_name="Giulia R.",
        language="it",
        appearance="dark",
        library=str(config_dir.parent / "my library"),
        backup_days=7,
        rating_scale="default",
        suggestion_threshold=0.6,
        ocr_languages="it",
    )
    written = save_settings(chosen)
    assert written == config_dir / "settings.json" == settings_path()
    assert load_settings() == chosen
    assert json.loads(written.read_text(encoding="utf-8"))["appearance"] == "dark"


def test_keys_of_a_newer_version_are_kept(config_dir: Path) -> None:
    config_dir.mkdir()
    (config_dir / "settings.json").write_text(
        json.dumps({"user_name": "Marco", "window": {"width": 1400}}), encoding="utf-8"
    )
    loaded = load_settings()
    assert loaded.user_name == "Marco"
    save_settings(Settings(user_name="Marco", appearance="light"))
    data = json.loads((config_dir / "settings.json").read_text(encoding="utf-8"))
    assert data["window"] == {"width": 1400}
    assert data["appearance"] == "light"


def test_a_corrupt_file_gives_the_defaults_and_a_warning(
    config_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config_dir.mkdir()
    (config_dir / "settings.json").write_text('{"appearance": "dark",', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="claimdesk.core.settings"):
        assert load_settings() == Settings()
    assert "Ignoring the settings file" in caplog.text
    # Saving over the damage repairs the file.
    save_settings(Settings(appearance="dark"))
    assert load_settings().appearance == "dark"


def test_a_bad_value_falls_back_alone(config_dir: Path) -> None:
    config_dir.mkdir()
    (config_dir / "settings.json").write_text(
        json.dumps({"language": "klingon", "appearance": "dark", "backup_days": True,
                    "library": 3, "rating_scale": "stars", "ocr_languages": "klingon"}),
        encoding="utf-8",
    )  # fmt: skip
    assert load_settings() == Settings(appearance="dark")


def test_a_folder_that_cannot_be_written_is_reported_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(LibraryError, match="Cannot save the settings") as raised:
        save_settings(Settings(), blocker / "settings.json")
    assert "\n" not in raised.value.message


@pytest.mark.parametrize("saved", [True, "0.5", -0.1, 1.5, None, [0.3]])
def test_a_threshold_that_is_not_a_number_in_range_gives_the_default(
    config_dir: Path, saved: object
) -> None:
    config_dir.mkdir()
    (config_dir / "settings.json").write_text(
        json.dumps({"suggestion_threshold": saved, "appearance": "dark"}), encoding="utf-8"
    )
    loaded = load_settings()
    assert loaded.suggestion_threshold == THRESHOLD == Settings().suggestion_threshold
    assert loaded.appearance == "dark"


def test_the_threshold_is_read_back_as_saved(config_dir: Path) -> None:
    assert suggestion_threshold() == THRESHOLD  # no file yet
    save_settings(Settings(suggestion_threshold=0))
    assert suggestion_threshold() == 0.0
    (config_dir / "settings.json").write_text('{"suggestion_threshold": 0.4567}', "utf-8")
    assert suggestion_threshold() == 0.46
