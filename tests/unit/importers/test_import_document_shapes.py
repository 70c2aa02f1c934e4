"""Word, OpenDocument and web pages in shapes the importer used to lose text from: text boxes,
footnotes and endnotes, Strict .docx, and text a page leaves loose in its body.

The fixtures in tests/fixtures/import were written for these tests (their XML by hand).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from claimdesk.core.importers import read_file
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "import"


def _blocks(name: str) -> list[str]:
    return read_file(FIXTURES / name).text.split("\n\n")


def test_a_text_box_is_read_after_the_paragraph_that_holds_it_and_only_once() -> None:
    assert _blocks("text_box.docx") == [
        "Volantino distribuito in piazza il 20 marzo.",
        "Il comitato scrive:",
        "Il nuovo inceneritore aumenterà i tumori del 40 per cento.",
        "Fonte: studio regionale 2019.",
        "Il volantino non cita altre fonti.",
    ]


def test_a_docx_whose_only_text_is_in_a_text_box_is_imported() -> None:
    draft = read_file(FIXTURES / "text_box_only.docx")
    assert draft.text == "La tassa sui rifiuti è raddoppiata in cinque anni."
    assert draft.title == "Solo casella"


def test_docx_footnotes_and_endnotes_are_marked_and_follow_the_text() -> None:
    assert _blocks("notes.docx") == [
        "Il ministro ha detto che le esportazioni sono cresciute del 9 per cento[1] nel 2022.",
        "Il dato ufficiale sarà pubblicato a maggio[i], dice l'Istat[2].",
        "[1] Intervista a Radio Uno, 3 marzo 2023.",
        "[2] Calendario Istat 2023.",
        "[i] Nota della redazione: il dato provvisorio era del 7 per cento.",
    ]


def test_a_docx_whose_only_text_is_a_footnote_is_imported() -> None:
    text = read_file(FIXTURES / "footnote_only.docx").text
    assert text.endswith("[1] Il sindaco ha dichiarato che il bilancio è in pareggio.")


def test_a_strict_docx_is_read_with_its_table_notes_and_properties() -> None:
    draft = read_file(FIXTURES / "strict.docx")
    assert draft.text.split("\n\n") == [
        "Il presidente ha detto che la disoccupazione giovanile è scesa al 18 per cento.",
        "Anno | Tasso",
        "2022 | 22,1",
        "Secondo l'Istat il dato[1] è del 22 per cento.",
        "[1] Istat, Occupati e disoccupati, febbraio 2023.",
    ]
    assert draft.title == "Disoccupazione giovanile"
    assert draft.authors == ("Giulia Conti",)
    assert draft.published == dt.date(2023, 3, 21)


def test_odt_footnotes_and_endnotes_keep_their_citation_and_follow_the_text() -> None:
    assert _blocks("notes.odt") == [
        "Il porto e le merci",
        "Il presidente ha detto che il traffico merci è raddoppiato dal 2015[1].",
        "L'autorità portuale dà un aumento del 35 per cento[i].",
        "[1] Conferenza stampa del 10 marzo 2023.",
        "[i] Relazione annuale 2022, tabella 4.\nDati provvisori.",
    ]


def test_a_page_keeps_the_text_left_loose_between_its_blocks() -> None:
    blocks = _blocks("loose_body_text.html")
    assert blocks == [
        "Bilancio, il sindaco e la corte dei conti",
        "La dichiarazione",
        "Il sindaco ha detto in consiglio che il bilancio del comune chiude in attivo per il "
        "terzo anno di fila, con un avanzo di due milioni di euro.",
        "I conti della corte",
        "Secondo la corte dei conti il comune ha invece un disavanzo nascosto di quattro milioni "
        "nei conti delle società partecipate, che non compare nel bilancio approvato.",
        "La giunta ha annunciato un ricorso contro la delibera della corte, depositato la "
        "settimana scorsa al tribunale amministrativo regionale.",
        "Il consiglio comunale discuterà il caso lunedì, in una seduta aperta ai cittadini e "
        "alla stampa locale.",
    ]


def test_a_page_keeps_quotes_nested_lists_and_cells_apart_and_once() -> None:
    blocks = _blocks("quotes_lists_tables.html")
    # A quote's paragraphs are two blocks, not one run of glued words.
    assert "Nessun cittadino aspetterà più di sessanta giorni per una visita urgente." in blocks
    assert "Abbiamo trovato le risorse senza aumentare le tasse." in blocks
    # A nested list follows its item, once.
    at = blocks.index("Ambulatori aperti la sera")
    assert blocks[at : at + 4] == [
        "Ambulatori aperti la sera",
        "dal lunedì al venerdì fino alle 22",
        "anche il sabato mattina",
        "Un numero unico per le prenotazioni",
    ]
    assert sum(block.count("sabato mattina") for block in blocks) == 1
    # A cell's paragraphs stay words apart.
    assert "Cardiologica prima visita | 120 giorni | 60 giorni" in blocks
    assert blocks[-1].startswith("L'opposizione sostiene invece")


def test_docx_tables_with_merged_cells_and_a_table_in_a_cell(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(1, 0).text = "Anno", "Tasso", "2022"
    inner = table.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "nord 20", "sud 30"
    merged = document.add_table(rows=1, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "unito"
    merged.cell(0, 2).text = "solo"
    path = tmp_path / "tables.docx"
    document.save(str(path))
    # Each row once (the nested one inside its cell), a merged cell once.
    assert read_file(path).text.split("\n\n") == [
        "Anno | Tasso",
        "2022 | nord 20 | sud 30",
        "unito | solo",
    ]
