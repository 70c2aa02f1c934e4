"""The DOCX report read back with python-docx, as Word would open it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from claimdesk.core.errors import InputRefused
from claimdesk.core.exporters import EXPORT_FORMATS, ReportInput
from claimdesk.core.exporters.docx_report import export_docx
from tests.unit.exporters.report_samples import DENIAL_QUOTE, STOLTENBERG_QUOTE


@pytest.fixture
def document(report: ReportInput, tmp_path: Path) -> Document:
    path = tmp_path / "report.docx"
    assert export_docx(report, path) == 5
    return docx.Document(str(path))


def _headings(document: Document, style: str) -> list[Paragraph]:
    return [p for p in document.paragraphs if p.style is not None and p.style.name == style]


def _fields(table: Table) -> dict[str, str]:
    return {row.cells[0].text: row.cells[1].text for row in table.rows}


def _claim_tables(document: Document) -> list[dict[str, str]]:
    return [_fields(t) for t in document.tables if t.rows and t.rows[0].cells[0].text == "Kind"]


def test_title_block_and_summary(document: Document) -> None:
    (title,) = _headings(document, "Title")
    assert title.text == "Tutte le affermazioni"
    texts = [p.text for p in document.paragraphs]
    assert "All claims in the library" in texts
    assert (
        "Report written on 1 March 2023, 12:00 UTC · 4 claims and 1 denial in 2 articles" in texts
    )
    assert "Verdicts: mostly true (1) · false (1) · not rated (3)" in texts
    assert (
        "Claimants: Jens Stoltenberg (2) · NATO | Alleanza (1) · Russia (1) · "
        "claimant not known (1)"
    ) in texts
    assert document.core_properties.title == "Tutte le affermazioni"
    assert document.core_properties.language == "en"


def test_headings_for_articles_and_claims(document: Document) -> None:
    articles = _headings(document, "Heading 1")
    assert [h.text for h in articles] == [
        "Stoltenberg: la NATO deve fermare il ciclo | Reuters",
        "La NATO rafforza il fianco orientale",
    ]
    assert all(h.paragraph_format.page_break_before for h in articles)
    claims = [h.text for h in _headings(document, "Heading 2")]
    assert claims == [
        "CLAIM 1 Jens Stoltenberg (“ha detto”)",
        "CLAIM 3 claimant not known",
        "CLAIM 4 Jens Stoltenberg",
        "CLAIM 5 NATO | Alleanza (“ha detto”)",
    ]
    # The denial is one level down, right after the claim it answers.
    assert [h.text for h in _headings(document, "Heading 3")] == ["DENIAL 2 Russia (“Ha negato”)"]


def test_kind_label_is_shaded_in_its_colour(document: Document) -> None:
    headings = [
        p
        for p in document.paragraphs
        if p.style is not None and p.style.name in ("Heading 2", "Heading 3")
    ]
    fills = [
        shading.get(qn("w:fill")) for h in headings for shading in h.runs[0]._r.iter(qn("w:shd"))
    ]
    assert fills == ["E69F00", "CC79A7", "E69F00", "E69F00", "E69F00"]


def test_quote_in_context_with_the_quote_in_bold(document: Document) -> None:
    quotes = _headings(document, "Quote")
    assert quotes[0].text == (
        "In un'intervista con Reuters alla vigilia del primo anniversario dell'attacco di "
        f"Mosca, Stoltenberg ha detto che {STOLTENBERG_QUOTE}."
    )
    bold = [run.text for run in quotes[0].runs if run.bold]
    assert bold == [STOLTENBERG_QUOTE]
    assert [run.text for run in quotes[1].runs if run.bold] == [DENIAL_QUOTE]
    # The multi-paragraph quote keeps its line breaks (Word line breaks inside the run).
    assert 'Ucraina nel 2014.\n\n"Non sappiamo' in quotes[2].text
    assert quotes[4].text.startswith("… per sostenere") and quotes[4].text.endswith(" …")


def test_claim_tables_hold_every_field(document: Document) -> None:
    tables = _claim_tables(document)
    assert len(tables) == 5
    claim, denial = tables[0], tables[1]
    assert claim["Verdict"] == "mostly true"
    assert claim["Why"] == "Le date sono corrette.\nIl «modello» è un'interpretazione."
    assert claim["In short"] == "L'invasione del 2022 segue Georgia 2008 e Donbas/Crimea 2014"
    assert claim["Evidence"] == "Guerra in Georgia, 2008, consulted 23 February 2023: cronologia"
    assert "Linked from" not in claim  # the denial stands under it instead
    assert denial["Kind"] == "Denial"
    assert denial["Status"] == "researching"
    assert denial["Dates mentioned"] == "2014 (“nel 2014”)"
    assert denial["Notes"] == "# non è un titolo\n- nemmeno una lista\n| a | b |"
    assert denial["Links"] == "contradicts a claim outside this report"
    assert "Orphaned" in tables[3]


def test_evidence_addresses_are_real_links(document: Document) -> None:
    targets = {
        rel.target_ref for rel in document.part.rels.values() if rel.reltype.endswith("/hyperlink")
    }
    assert {"https://example.org/georgia-2008", "https://example.org/osce?a=1&b=2"} <= targets


def test_denial_under_the_claim_it_answers(document: Document) -> None:
    texts = [p.text for p in document.paragraphs]
    first = texts.index("CLAIM 1 Jens Stoltenberg (“ha detto”)")
    denial = texts.index("DENIAL 2 Russia (“Ha negato”)")
    assert first < denial < texts.index("CLAIM 3 claimant not known")
    assert texts[denial + 1] == "denies claim 1 (Jens Stoltenberg)"


def test_footer_has_page_number_fields(document: Document) -> None:
    footer = document.sections[0].footer.paragraphs[0]
    codes = [e.text.strip() for e in footer._p.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Tutte le affermazioni · Page ")
    assert " of " in footer.text


def test_control_characters_do_not_break_the_document(report: ReportInput, tmp_path: Path) -> None:
    claims = [
        dataclasses.replace(c, notes="pagina\x0cdue\x00") if c.id == "c-plain" else c
        for c in report.claims
    ]
    path = tmp_path / "odd.docx"
    assert EXPORT_FORMATS["docx"](dataclasses.replace(report, claims=claims), path) == 5
    assert _claim_tables(docx.Document(str(path)))[4]["Notes"] == "pagina due "


def test_empty_report_and_unwritable_path(tmp_path: Path) -> None:
    empty = ReportInput("Nessuna", "Nothing", dt.datetime(2023, 3, 1, 8, 15), (), ())
    path = tmp_path / "empty.docx"
    assert export_docx(empty, path) == 0
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert texts[:2] == ["Nessuna", "Nothing"]
    assert (
        texts[2] == "Report written on 1 March 2023, 08:15 · 0 claims and 0 denials in 0 articles"
    )
    with pytest.raises(InputRefused) as caught:
        export_docx(empty, tmp_path / "missing" / "r.docx")
    assert "\n" not in caught.value.message
    assert [p.name for p in tmp_path.iterdir()] == ["empty.docx"]
