"""One article in every format imports to the same normalised text and metadata."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest

from claimdesk.core.importers import content_hash, from_text, read_file, supported_suffixes
from claimdesk.core.model import ArticleMeta
from tests.unit.importers.samples import (
    ARTICLE,
    WRITERS,
    html_page,
    pdf_lines,
    write_eml,
    write_pdf,
)

# What each format can carry besides the text (a .txt file carries nothing but words).
CARRIES: dict[str, set[str]] = {
    ".txt": set(),
    ".md": {"authors", "outlet", "url"},
    ".html": {"authors", "outlet", "url"},
    ".docx": {"authors"},
    ".odt": {"authors"},
    ".pdf": {"authors"},
    ".eml": {"authors"},
}


def test_every_new_format_is_supported() -> None:
    assert set(WRITERS) <= set(supported_suffixes())
    assert {".htm", ".markdown"} <= set(supported_suffixes())


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_every_format_gives_the_same_text_and_metadata(tmp_path: Path, suffix: str) -> None:
    path = WRITERS[suffix](ARTICLE, tmp_path / f"article{suffix}")
    draft = read_file(path)
    assert draft.text == ARTICLE.text
    assert content_hash(draft.text) == content_hash(ARTICLE.text)
    assert draft.title == ARTICLE.title
    assert draft.language == "it"
    assert draft.published == ARTICLE.published
    assert draft.source_format == {".txt": "text", ".md": "markdown"}.get(suffix, suffix[1:])
    assert draft.source_name == path.name
    carried = CARRIES[suffix]
    assert draft.authors == ((ARTICLE.author,) if "authors" in carried else ())
    assert draft.outlet == (ARTICLE.outlet if "outlet" in carried else None)
    assert draft.url == (ARTICLE.url if "url" in carried else None)


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_what_the_user_gives_wins_over_the_file(tmp_path: Path, suffix: str) -> None:
    path = WRITERS[suffix](ARTICLE, tmp_path / f"article{suffix}")
    meta = ArticleMeta(
        title="Titolo scelto",
        outlet="Altra testata",
        url="https://altro.example/a",
        language="en",
        published=dt.date(2024, 1, 2),
        authors=("Luca Bianchi",),
    )
    draft = read_file(path, meta)
    assert (draft.title, draft.outlet, draft.url, draft.language) == (
        "Titolo scelto",
        "Altra testata",
        "https://altro.example/a",
        "en",
    )
    assert draft.published == dt.date(2024, 1, 2)
    assert draft.authors == ("Luca Bianchi",)


def test_saved_page_drops_menus_ads_comments_and_scripts(tmp_path: Path) -> None:
    draft = read_file(WRITERS[".html"](ARTICLE, tmp_path / "page.htm"))
    for noise in ("Home", "materassi", "Commento", "Privacy", "hijacked", "steal", "Più letti"):
        assert noise not in draft.text


def test_pasted_html_is_extracted_like_a_saved_page(tmp_path: Path) -> None:
    pasted = from_text(html_page(ARTICLE), source_format="html")
    saved = read_file(WRITERS[".html"](ARTICLE, tmp_path / "page.html"))
    assert pasted.text == saved.text == ARTICLE.text
    assert pasted.source_format == "html"
    assert pasted.outlet == ARTICLE.outlet


def test_a_small_html_fragment_keeps_its_text_without_scripts() -> None:
    draft = from_text(
        "<p>Il ministro ha detto che i prezzi scenderanno.</p><script>alert(1)</script>",
        source_format="html",
    )
    assert draft.text == "Il ministro ha detto che i prezzi scenderanno."


def test_page_in_windows_1252_declared_by_meta(tmp_path: Path) -> None:
    page = html_page(ARTICLE).replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    assert read_file(path).text == ARTICLE.text


def test_page_without_date_metadata_takes_the_date_from_the_text(tmp_path: Path) -> None:
    page = html_page(ARTICLE).replace("article:published_time", "article:other")
    path = tmp_path / "nodate.html"
    path.write_text(page, encoding="utf-8")
    assert read_file(path).published == ARTICLE.published


def test_mail_with_only_an_html_body(tmp_path: Path) -> None:
    draft = read_file(write_eml(ARTICLE, tmp_path / "page.eml", html_body=True))
    assert draft.text == ARTICLE.text
    assert draft.title == ARTICLE.title
    assert draft.authors == (ARTICLE.author,)


def test_hard_wrapped_mail_is_unwrapped(tmp_path: Path) -> None:
    body = "\n\n".join("\n".join(pdf_lines(p, 70)) for p in ARTICLE.paragraphs)
    path = tmp_path / "wrapped.eml"
    path.write_bytes(
        b"From: Maria Rossi <m@example.org>\r\nSubject: Prova\r\n"
        b"Date: Wed, 22 Feb 2023 09:30:00 +0000\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode("utf-8")
    )
    paragraphs = read_file(path).text.split("\n\n")
    assert len(paragraphs) == len(ARTICLE.paragraphs)
    # The writer hyphenated long words: a mail keeps what was written, hyphens included.
    assert paragraphs[3].startswith("Secondo i dati dell'Alleanza")
    assert "\n" not in paragraphs[0]


def test_pdf_rejoins_lines_and_undoes_hyphenation(tmp_path: Path) -> None:
    cut = [line for p in ARTICLE.paragraphs for line in pdf_lines(p) if line.endswith("-")]
    assert len(cut) >= 2, "the sample should hyphenate some words"
    draft = read_file(write_pdf(ARTICLE, tmp_path / "article.pdf"))
    assert draft.text.split("\n\n") == [ARTICLE.title, *ARTICLE.paragraphs]
    for line in cut:
        assert line not in draft.text


def test_pdf_paragraph_cut_by_a_page_break_is_joined(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.cell(0, 5, "Il ministro ha detto che la crisi", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.cell(0, 5, "durera almeno fino al 2025.", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "pages.pdf"
    pdf.output(str(path))
    assert read_file(path).text == "Il ministro ha detto che la crisi durera almeno fino al 2025."


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("it", "Il governo ha detto che non ci sono prove della presenza delle truppe."),
        ("en", "The minister said that there was no evidence of the troops in the region."),
        ("fr", "Le ministre a déclaré qu'il n'y avait pas de preuve de la présence des troupes."),
        ("de", "Der Minister sagte, dass es keine Beweise für die Anwesenheit der Truppen gibt."),
        ("es", "El ministro dijo que no hay pruebas de la presencia de las tropas en la zona."),
        ("pt", "O ministro disse que não há provas da presença das tropas na região do norte."),
        ("nl", "De minister zei dat er geen bewijs is van de aanwezigheid van de troepen."),
        ("pl", "Minister powiedział, że nie ma dowodów na obecność wojsk, które są w regionie."),
        ("ro", "Ministrul a spus că nu există dovezi și că trupele nu sunt în această regiune."),
        ("sv", "Ministern sade att det inte finns några bevis för att trupperna är i regionen."),
    ],
)
def test_language_is_detected_for_the_major_european_languages(code: str, text: str) -> None:
    assert from_text(text).language == code


def test_a_declared_language_loses_to_a_clear_detection(tmp_path: Path) -> None:
    page = html_page(ARTICLE).replace('lang="it"', 'lang="en"')
    path = tmp_path / "template.html"
    path.write_text(page, encoding="utf-8")
    assert read_file(path).language == "it"


def test_a_declared_language_is_kept_when_the_text_is_too_short(tmp_path: Path) -> None:
    path = tmp_path / "short.html"
    path.write_text('<html lang="fr"><body><p>Macron, 2023.</p></body></html>', encoding="utf-8")
    assert read_file(path).language == "fr"


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1250", "Minister powiedział, że Rosja przygotowuje się do nowej ofensywy. Być może."),
        ("cp1251", "Министр заявил, что Россия готовится к новому наступлению на востоке."),
        ("cp1253", "Ο υπουργός δήλωσε ότι η Ρωσία προετοιμάζει νέα επίθεση στην ανατολή."),
    ],
)
def test_legacy_encodings_beyond_western_europe(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    assert read_file(path).text == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "nobom.txt"
    path.write_bytes(ARTICLE.text.encode(encoding))
    assert not path.read_bytes().startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    assert read_file(path).text == ARTICLE.text
