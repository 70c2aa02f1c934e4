"""The XLSX report read back with openpyxl, as a spreadsheet would open it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from claimdesk.core.errors import InputRefused
from claimdesk.core.exporters import EXPORT_FORMATS, ReportInput
from claimdesk.core.exporters.csv_report import COLUMNS, column_headers
from claimdesk.core.exporters.xlsx_report import MAX_CELL_CHARS, export_xlsx
from tests.unit.exporters.report_samples import DENIAL_QUOTE, TRICKY_QUOTE


def _open(path: Path) -> tuple[Worksheet, Worksheet]:
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Claims", "Summary"]
    return book["Claims"], book["Summary"]


def _open_it(path: Path) -> tuple[Worksheet, Worksheet]:
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Affermazioni", "Riepilogo"]
    return book["Affermazioni"], book["Riepilogo"]


@pytest.fixture
def sheets(report: ReportInput, tmp_path: Path) -> tuple[Worksheet, Worksheet]:
    path = tmp_path / "report.xlsx"
    assert export_xlsx(report, path) == 5
    return _open(path)


def _rows(sheet: Worksheet, language: str = "en") -> dict[str, dict[str, object]]:
    header, *rows = sheet.iter_rows(values_only=True)
    assert header == column_headers(language)
    return {str(row[0]): dict(zip(COLUMNS, row, strict=True)) for row in rows}


def test_header_is_bold_frozen_and_filtered(sheets: tuple[Worksheet, Worksheet]) -> None:
    claims, _ = sheets
    assert all(cell.font.bold for cell in claims[1])
    assert not claims["A2"].font.bold
    assert claims.freeze_panes == "A2"
    assert claims.auto_filter.ref == "A1:Y6"
    widths = {c: claims.column_dimensions[c].width for c in ("A", "J", "O", "X")}
    assert widths["J"] >= 40  # the quote column is wide and wraps
    assert claims["J2"].alignment.wrap_text
    assert 6 <= widths["A"] <= 20 and widths["O"] >= len("Rating (7 true, 1 unverifiable)")
    assert widths["X"] >= 19  # a full date and time fits


def test_every_field_of_the_denial_with_real_types(sheets: tuple[Worksheet, Worksheet]) -> None:
    rows = _rows(sheets[0])
    assert list(rows) == ["c-stolt", "c-tricky", "c-russia", "c-orphan", "c-plain"]
    row = rows["c-russia"]
    assert row == {
        "id": "c-russia",
        "article_id": "art-seed",
        "article_title": "Stoltenberg: la NATO deve fermare il ciclo | Reuters",
        "outlet": "Reuters",
        "published": dt.datetime(2023, 2, 22),
        "language": "it",
        "kind": "Denial",
        "start": row["start"],
        "end": row["end"],
        "quote": DENIAL_QUOTE,
        "claimant": "Russia",
        "cue": "Ha negato",
        "claim_text": DENIAL_QUOTE,
        "verdict": "false",
        "rating_value": 2,
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
        "orphaned": False,
        "created": dt.datetime(2023, 2, 23, 9, 30),
        "updated": dt.datetime(2023, 2, 24, 17, 5, 12),
    }
    assert isinstance(row["start"], int) and row["end"] - row["start"] == len(DENIAL_QUOTE)  # type: ignore[operator]
    claims = sheets[0]
    assert claims["E2"].number_format == "yyyy-mm-dd"
    assert claims["X2"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert rows["c-orphan"]["orphaned"] is True
    assert rows["c-plain"]["published"] is None and rows["c-plain"]["verdict"] is None


def test_formula_like_text_stays_text(sheets: tuple[Worksheet, Worksheet]) -> None:
    claims = sheets[0]
    row = _rows(claims)["c-tricky"]
    assert row["notes"] == '=HYPERLINK("https://evil.example","clic")'
    assert row["claim_text"] == "+39 numeri"
    assert row["quote"] == TRICKY_QUOTE
    notes = claims.cell(row=3, column=COLUMNS.index("notes") + 1)
    assert notes.value == row["notes"] and notes.data_type == "s"


def test_summary_sheet_counts(sheets: tuple[Worksheet, Worksheet]) -> None:
    summary = list(sheets[1].iter_rows(values_only=True))
    assert summary[0][0] == "Tutte le affermazioni"
    assert summary[1][0] == "All claims in the library"
    assert ("Written", "1 March 2023, 12:00 UTC") in summary
    assert ("Claims and denials", 5) in summary
    for row in (
        ("Kinds", "Count"),
        ("Claim", 4),
        ("Denial", 1),
        ("mostly true", 1),
        ("false", 1),
        ("not rated", 3),
        ("Jens Stoltenberg", 2),
        ("Russia", 1),
    ):
        assert row in summary, row
    assert summary.index(("Jens Stoltenberg", 2)) < summary.index(("Russia", 1))


def test_italian_sheets_headers_and_words(report: ReportInput, tmp_path: Path) -> None:
    path = tmp_path / "rapporto.xlsx"
    assert export_xlsx(report, path, language="it") == 5
    claims, summary = _open_it(path)
    row = _rows(claims, "it")["c-russia"]
    assert (row["kind"], row["verdict"], row["status"]) == ("Smentita", "falso", "in verifica")
    assert row["published"] == dt.datetime(2023, 2, 22)  # still a date the sheet can sort
    rows = list(summary.iter_rows(values_only=True))
    assert ("Redatto", "1º marzo 2023, ore 12:00 UTC") in rows
    for expected in (("Tipi", "Numero"), ("Affermazione", 4), ("senza verdetto", 3)):
        assert expected in rows, expected


def test_control_characters_and_huge_cells(report: ReportInput, tmp_path: Path) -> None:
    claims = [
        dataclasses.replace(c, notes="pagina\x0cdue\x00" + "x" * 40_000) if c.id == "c-plain" else c
        for c in report.claims
    ]
    path = tmp_path / "odd.xlsx"
    assert EXPORT_FORMATS["xlsx"](dataclasses.replace(report, claims=claims), path) == 5
    notes = str(_rows(_open(path)[0])["c-plain"]["notes"])
    assert notes.startswith("pagina due ")
    assert len(notes) == MAX_CELL_CHARS and notes.endswith("…")


def test_empty_report_has_header_and_summary(tmp_path: Path) -> None:
    empty = ReportInput("Nessuna", "Nothing", dt.datetime(2023, 3, 1, 8, 15), (), ())
    path = tmp_path / "empty.xlsx"
    assert export_xlsx(empty, path) == 0
    claims, summary = _open(path)
    assert _rows(claims) == {}
    assert ("Claims and denials", 0) in list(summary.iter_rows(values_only=True))


def test_unwritable_path_is_refused(report: ReportInput, tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(InputRefused) as caught:
        export_xlsx(report, tmp_path / "missing" / "report.xlsx")
    assert "\n" not in caught.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]
    assert target.read_bytes() == b"old"
