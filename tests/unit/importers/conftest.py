"""Importers read the user's settings for one thing, the language of images and scans: each
test here reads them from a folder of its own, never the tester's."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$CLAIMDESK_CONFIG_DIR at an empty folder (a test may point it elsewhere)."""
    folder = tmp_path / "own-settings"
    monkeypatch.setenv("CLAIMDESK_CONFIG_DIR", str(folder))
    return folder
