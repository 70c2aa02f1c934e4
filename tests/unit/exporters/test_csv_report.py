"""The CSV report read back with the csv module, as a spreadsheet or script would."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from claimdesk.core.exporters import EXPORT_FORMATS, ReportInput
from claimdesk.core.exporters.csv_report import COLUMNS, column_headers, export_csv
from tests.unit.exporters.report_samples import DENIAL_QUOTE, TRICKY_QUOTE


def _rows(path: Path, language: str = "en") -> list[dict[str, str]]:
    """The rows by column key, after checking the headers are the language's."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    assert tuple(header) == column_headers(language)
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows]


@pytest.fixture
def rows(report: ReportInput, tmp_path: Path) -> dict[str, dict[str, str]]:
    path = tmp_path / "report.csv"
    assert export_csv(report, path) == 5
    return {row["id"]: row for row in _rows(path)}


def test_file_starts_with_bom_and_keeps_accents(report: ReportInput, tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    export_csv(report, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "finirà".encode() in data
    assert "è stata sostenuta".encode() not in data  # context is not exported, only the quote
    assert b"\xef\xbb\xbf" not in data[3:]


def test_every_field_of_the_denial(rows: dict[str, dict[str, str]]) -> None:
    row = rows["c-russia"]
    assert row == {
        "id": "c-russia",
        "article_id": "art-seed",
        "article_title": "Stoltenberg: la NATO deve fermare il ciclo | Reuters",
        "outlet": "Reuters",
        "published": "2023-02-22",
        "language": "it",
        "kind": "Denial",
        "start": row["start"],
        "end": row["end"],
        "quote": DENIAL_QUOTE,
        "claimant": "Russia",
        "cue": "Ha negato",
        "claim_text": DENIAL_QUOTE,
        "verdict": "false",
        "rating_value": "2",
        "explanation": "Smentito da rapporti OSCE.\n\n# non è un titolo",
        "status": "researching",
        "notes": "# non è un titolo\n- nemmeno una lista\n| a | b |",
        "tags": "Donbas; separatisti",
        "dates": "2014 (“nel 2014”)",
        "evidence": (
            "Rapporto OSCE SMM, 2014, p. 12: pagina 12; "
            "OSCE (sintesi) <https://example.org/osce?a=1&b=2>"
        ),
        "links": "denies c-stolt; contradicts c-elsewhere",
        "orphaned": "no",
        "created": "2023-02-23T09:30:00+00:00",
        "updated": "2023-02-24T17:05:12+00:00",
    }
    assert int(row["end"]) - int(row["start"]) == len(DENIAL_QUOTE)


def test_offsets_point_at_the_quote(report: ReportInput, rows: dict[str, dict[str, str]]) -> None:
    text = report.articles[0].text
    for claim_id in ("c-stolt", "c-russia", "c-tricky"):
        row = rows[claim_id]
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]


def test_quote_with_commas_quotes_and_newlines_round_trips(
    rows: dict[str, dict[str, str]],
) -> None:
    assert rows["c-tricky"]["quote"] == TRICKY_QUOTE
    assert "\n\n" in TRICKY_QUOTE and '"' in TRICKY_QUOTE and "," in TRICKY_QUOTE


def test_cells_that_would_run_as_formulas_get_an_apostrophe(
    rows: dict[str, dict[str, str]],
) -> None:
    row = rows["c-tricky"]
    assert row["notes"] == '\'=HYPERLINK("https://evil.example","clic")'
    assert row["tags"] == "'-rischio; @menzione"
    assert row["claim_text"] == "'+39 numeri"
    for cell in (c for r in rows.values() for c in r.values()):
        assert not cell.startswith(("=", "+", "-", "@")), cell


def test_rating_and_missing_values(rows: dict[str, dict[str, str]]) -> None:
    assert rows["c-stolt"]["verdict"] == "mostly true"
    assert rows["c-stolt"]["rating_value"] == "6"
    assert rows["c-stolt"]["dates"] == "2008 (“nel 2008”); 2014 (“nel 2014”)"
    assert rows["c-stolt"]["evidence"] == (
        "Guerra in Georgia, 2008 <https://example.org/georgia-2008>, "
        "consulted 23 February 2023: cronologia"
    )
    tricky = rows["c-tricky"]
    assert (tricky["verdict"], tricky["rating_value"], tricky["claimant"], tricky["cue"]) == (
        "",
        "",
        "",
        "",
    )
    plain = rows["c-plain"]
    assert (plain["outlet"], plain["published"], plain["claimant"]) == (
        "Agenzia Nova",
        "",
        "NATO | Alleanza",
    )
    assert rows["c-orphan"]["orphaned"] == "yes"


def test_rows_follow_article_then_text_order(report: ReportInput, tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    export_csv(report, path)
    ids = [row["id"] for row in _rows(path)]
    assert ids == ["c-stolt", "c-tricky", "c-russia", "c-orphan", "c-plain"]


def test_claim_of_an_article_not_in_the_report_keeps_its_row(
    report: ReportInput, tmp_path: Path
) -> None:
    only_seed = ReportInput(
        report.title, report.scope, report.generated, report.articles[:1], report.claims
    )
    path = tmp_path / "report.csv"
    assert EXPORT_FORMATS["csv"](only_seed, path) == 5
    plain = next(row for row in _rows(path) if row["id"] == "c-plain")
    assert (plain["article_id"], plain["article_title"], plain["quote"]) == (
        "art-plain",
        "",
        "vera e propria guerra tra Russia e",
    )


def test_empty_report_writes_the_header(tmp_path: Path) -> None:
    empty = ReportInput("Nessuna", "Nothing", dt.datetime(2023, 3, 1), (), ())
    path = tmp_path / "empty.csv"
    assert export_csv(empty, path) == 0
    assert _rows(path) == []


def test_italian_headers_and_words(report: ReportInput, tmp_path: Path) -> None:
    path = tmp_path / "rapporto.csv"
    assert export_csv(report, path, language="it") == 5
    with path.open(encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    assert header[:3] == ["Id", "Id articolo", "Articolo"]
    assert {"Dichiarante", "Verdetto", "Stato", "Date citate", "Fonti"} <= set(header)
    denial = next(row for row in _rows(path, "it") if row["id"] == "c-russia")
    assert (denial["kind"], denial["verdict"], denial["status"]) == (
        "Smentita",
        "falso",
        "in verifica",
    )
    assert denial["dates"] == "2014 («nel 2014»)"
    assert denial["links"] == "smentisce c-stolt; contraddice c-elsewhere"
    assert denial["orphaned"] == "no"
