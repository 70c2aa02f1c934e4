"""`claimdesk-cli import` of an image: read in the language --lang gives, else the settings'."""

from __future__ import annotations

from pathlib import Path

from claimdesk.core.desk import Desk
from claimdesk.core.library import folder_location
from claimdesk.core.settings import Settings, save_settings
from tests.ocr_images import ITALIAN, accuracy, screenshot
from tests.unit.test_cli import Cli


def _read_in(cli: Cli, article_id: str) -> list[str]:
    with Desk.open(folder_location(cli.library)) as desk:
        (page,) = desk.files.scans(article_id)
    return list(page.layout["languages"])


def test_import_reads_an_image_in_the_settings_language_unless_lang_says(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "library")
    # The CLI's settings folder in these tests: beside the library.
    save_settings(Settings(ocr_languages="it"), tmp_path / "config" / "settings.json")
    image = tmp_path / "inoltrato.png"
    screenshot(ITALIAN).save(image)
    [imported] = cli.json("import", str(image))
    assert imported["status"] == "imported" and imported["language"] == "it"
    assert _read_in(cli, imported["id"]) == ["ita"]

    other = tmp_path / "second.png"
    screenshot(ITALIAN + "\nUn secondo paragrafo.").save(other)
    [forced] = cli.json("import", "--lang", "en", str(other))
    assert forced["status"] == "imported"
    assert _read_in(cli, forced["id"]) == ["eng"]  # --lang wins over the settings

    # Without settings, both languages and the article's found in its text.
    (tmp_path / "config" / "settings.json").unlink()
    third = tmp_path / "third.png"
    screenshot(ITALIAN + "\nE un terzo.").save(third)
    [found] = cli.json("import", str(third))
    assert found["language"] == "it"
    assert _read_in(cli, found["id"]) == ["eng", "ita"]
    with Desk.open(folder_location(cli.library)) as desk:
        assert accuracy(desk.get_article(found["id"]).text, ITALIAN + "\nE un terzo.") >= 0.97


def test_import_help_says_lang_chooses_the_ocr_language(tmp_path: Path) -> None:
    result = Cli(tmp_path / "library").run("import", "--help")
    assert result.returncode == 0
    assert "read by OCR in it" in " ".join(result.stdout.split())
