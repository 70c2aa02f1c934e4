"""``export --lang``: a report in the reader's language from the command line, on a real
library; the default is the window's language in the settings, else the system's."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from pdfminer.high_level import extract_text

from tests.unit.test_cli import Cli

ARTICLE = """Bollette, il governo: i prezzi sono scesi

Lo scorso inverno il prezzo del gas è salito del 40 per cento, ha detto il ministro Mario Rossi \
in un'intervista.

Il Cremlino ha negato di aver ridotto le forniture all'Italia il 22 febbraio 2023, definendo le \
accuse "una montatura".
"""
CLAIM = "Lo scorso inverno il prezzo del gas è salito del 40 per cento"
DENIAL = "Il Cremlino ha negato di aver ridotto le forniture all'Italia il 22 febbraio 2023"
STORED_DATES = re.compile(r"\b\d{4}-(WI|SP|SU|FA|Q\d|W\d\d|\d\d)\b")


@pytest.fixture
def library(tmp_path: Path) -> tuple[Cli, str]:
    """An article with a claim (rated, with a source) and the denial answering it."""
    cli = Cli(tmp_path / "library")
    source = tmp_path / "bollette.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    [article] = cli.json(
        "import", str(source), "--published", "2023-03-10", "--outlet", "Agenzia Esempio"
    )
    claim = cli.json(
        "claim", "add", article["id"], "--quote", CLAIM, "--claimant", "Mario Rossi",
        "--verdict", "mostly true", "--status", "reviewed",
    )  # fmt: skip
    denial = cli.json(
        "claim", "add", article["id"], "--quote", DENIAL, "--kind", "denial",
        "--claimant", "Russia", "--verdict", "false",
    )  # fmt: skip
    assert claim["dates"][0]["value"] == "2022-WI"  # stored as the season's code
    cli.json("claim", "link", denial["id"], claim["id"], "--type", "denies")
    cli.json(
        "claim", "evidence", "add", claim["id"], "--url", "https://example.org/arera",
        "--title", "ARERA, prezzi del gas", "--consulted", "2023-03-08",
    )  # fmt: skip
    return cli, article["id"]


def _export(cli: Cli, fmt: str, path: Path, *args: str) -> None:
    result = cli.run("export", "--format", fmt, "-o", str(path), *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote 2 claim(s) to {path}"


def test_an_italian_pdf_has_italian_labels_and_dates_for_people(
    library: tuple[Cli, str], tmp_path: Path
) -> None:
    cli, article = library
    path = tmp_path / "rapporto.pdf"
    _export(cli, "pdf", path, "--lang", "it", "--article", article)
    text = " ".join(extract_text(str(path)).split())
    for words in (
        "Bollette, il governo: i prezzi sono scesi Agenzia Esempio · 10 marzo 2023",
        "1 affermazione e 1 smentita",
        "Verdetti: in gran parte vero (1) · falso (1)",
        "AFFERMAZIONE 1 Mario Rossi",
        "Verdetto: in gran parte vero",
        "Fonti: ARERA, prezzi del gas, consultata l'8 marzo 2023",
        "Date citate: inverno 2022-2023 («Lo scorso inverno»)",
        "Stato: revisionata",
        "SMENTITA 2 Russia smentisce l'affermazione 1 (Mario Rossi)",
        "Date citate: 22 febbraio 2023",
        "Pagina 1 di 1",
    ):
        assert words in text, words
    assert not STORED_DATES.search(text), STORED_DATES.search(text)
    for english in ("Verdict", "Claimant", "Evidence", "Status", "Page 1", "consulted"):
        assert english not in text, english
    # The title once, not again as a scope line or an article heading (the footer repeats it).
    assert text.count("Bollette, il governo") == 2
    # The denial comes right under the claim it answers.
    assert text.index("AFFERMAZIONE 1") < text.index("SMENTITA 2")


def test_html_markdown_and_spreadsheets_in_italian(
    library: tuple[Cli, str], tmp_path: Path
) -> None:
    cli, _ = library
    html = tmp_path / "rapporto.html"
    _export(cli, "html", html, "--lang", "it")
    page = html.read_text(encoding="utf-8")
    assert '<html lang="it">' in page
    assert "<h1>Tutte le affermazioni dell&#39;archivio</h1>" in page
    markdown = tmp_path / "rapporto.md"
    _export(cli, "md", markdown, "--lang", "it")
    assert "#### Smentita 2 · Russia" in markdown.read_text(encoding="utf-8")
    table = tmp_path / "rapporto.csv"
    _export(cli, "csv", table, "--lang", "it")
    with table.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [row["Tipo"] for row in rows] == ["Affermazione", "Smentita"]
    assert rows[0]["Date citate"] == "inverno 2022-2023 («Lo scorso inverno»)"
    _export(cli, "xlsx", tmp_path / "rapporto.xlsx", "--lang", "it")


def test_the_default_is_the_windows_language_then_the_systems(
    library: tuple[Cli, str], tmp_path: Path
) -> None:
    cli, _ = library
    english = tmp_path / "default.md"
    _export(cli, "md", english)  # no settings, an English locale
    assert english.read_text(encoding="utf-8").startswith("# All claims in the library\n")
    settings = cli.library.parent / "config" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"language": "it"}), encoding="utf-8")
    italian = tmp_path / "settings.md"
    _export(cli, "md", italian)
    assert italian.read_text(encoding="utf-8").startswith("# Tutte le affermazioni")
    chosen = tmp_path / "chosen.md"
    _export(cli, "md", chosen, "--lang", "en")  # the option wins
    assert "**Verdict:**" in chosen.read_text(encoding="utf-8")


def test_the_system_language_when_the_setting_says_system(
    library: tuple[Cli, str], tmp_path: Path
) -> None:
    cli, _ = library
    settings = cli.library.parent / "config" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"language": "system"}), encoding="utf-8")
    path = tmp_path / "sistema.md"
    result = cli.run(
        "export", "--format", "md", "-o", str(path), env={"LC_MESSAGES": "it_IT.UTF-8"}
    )
    assert result.returncode == 0, result.stderr
    assert "**Verdetto:**" in path.read_text(encoding="utf-8")


def test_lang_on_an_interchange_format_is_refused(library: tuple[Cli, str], tmp_path: Path) -> None:
    cli, _ = library
    path = tmp_path / "reviews.json"
    result = cli.run("export", "--format", "claimreview", "--lang", "it", "-o", str(path))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "--lang is for reports" in result.stderr
    assert not path.exists()
    bad = cli.run("export", "--format", "md", "--lang", "fr", "-o", str(path))
    assert bad.returncode == 2 and "invalid choice: 'fr'" in bad.stderr
