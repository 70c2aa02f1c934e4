"""The language images and scans are read in: the import's own, else the settings'
(``ocr_languages``), else English and Italian together; real settings files, real Tesseract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.core import importers
from claimdesk.core.importers.kept import draft_files
from claimdesk.core.model import ArticleMeta
from claimdesk.core.settings import Settings, load_settings, ocr_language, save_settings
from tests.ocr_images import ENGLISH, ITALIAN, accuracy, screenshot


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$CLAIMDESK_CONFIG_DIR pointing at an empty folder."""
    folder = tmp_path / "config"
    monkeypatch.setenv("CLAIMDESK_CONFIG_DIR", str(folder))
    return folder


def _languages(path: Path, meta: ArticleMeta = ArticleMeta()) -> tuple[list[str], str]:
    draft = importers.read_file(path, meta)
    (kept,) = draft_files(draft)
    assert kept.layout is not None
    return kept.layout["languages"], draft.text


def test_without_settings_both_languages_are_read_and_the_text_says_which(
    config_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "post.png"
    screenshot(ITALIAN).save(path)
    languages, text = _languages(path)
    assert languages == ["eng", "ita"]
    assert importers.read_file(path).language == "it"
    assert accuracy(text, ITALIAN) >= 0.97


def test_the_settings_language_is_the_one_read(config_dir: Path, tmp_path: Path) -> None:
    save_settings(Settings(ocr_languages="it"))
    image, pdf = tmp_path / "post.png", tmp_path / "scanned.pdf"
    screenshot(ITALIAN).save(image)
    screenshot(ITALIAN, width=900, size=24, background=(255, 255, 255)).save(pdf, resolution=150)
    assert _languages(image)[0] == ["ita"]
    assert _languages(pdf)[0] == ["ita"]  # a PDF without a text layer too
    save_settings(Settings(ocr_languages="en"))
    languages, text = _languages(image)
    assert languages == ["eng"]
    # English alone reads Italian worse: the setting was used, not ignored.
    assert accuracy(text, ITALIAN) < accuracy(
        _languages(image, ArticleMeta(language="it"))[1], ITALIAN
    )


def test_the_imports_own_language_wins_over_the_settings(config_dir: Path, tmp_path: Path) -> None:
    save_settings(Settings(ocr_languages="it"))
    path = tmp_path / "post.png"
    screenshot(ENGLISH).save(path)
    languages, text = _languages(path, ArticleMeta(language="en"))
    assert languages == ["eng"]
    assert accuracy(text, ENGLISH) >= 0.97


@pytest.mark.parametrize("saved", ["fr", "eng+ita", 3, None, "EN"])
def test_an_ocr_language_that_is_not_offered_reads_both(config_dir: Path, saved: object) -> None:
    config_dir.mkdir()
    (config_dir / "settings.json").write_text(
        json.dumps({"ocr_languages": saved, "appearance": "dark"}), encoding="utf-8"
    )
    assert load_settings() == Settings(appearance="dark")
    assert ocr_language() is None


def test_the_setting_survives_a_save_and_a_load(config_dir: Path) -> None:
    assert load_settings().ocr_languages == "detect" and ocr_language() is None
    save_settings(Settings(ocr_languages="it"))
    assert json.loads((config_dir / "settings.json").read_text("utf-8"))["ocr_languages"] == "it"
    assert ocr_language() == "it"
