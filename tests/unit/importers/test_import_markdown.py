"""Markdown becomes plain reading text; its front matter becomes metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from claimdesk.core.importers import from_text, read_file
from claimdesk.core.importers.markdown import convert, parse_front_matter
from claimdesk.core.model import ArticleMeta

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"

EXPECTED_BODY = """Ships queue at the Bosphorus

More than forty ships are waiting for inspection, the shipping association said \
on Friday, in a queue that has doubled since last year.

The inspection office denied the figures:

"Average waiting times have never exceeded seven days," the office said.

Key numbers:

- 40 ships waiting
- 11 days on average according to the association
1. first inspection at dawn

ships_waiting = 40  # *not emphasis*

Read more at https://example.org/more or contact press_office@example.org."""


def test_shipped_markdown_file() -> None:
    draft = read_file(FIXTURES / "grain-deal.md")
    assert draft.text == EXPECTED_BODY
    assert draft.title == "Ships queue at the Bosphorus as grain deal talks stall"
    assert draft.outlet == "Harbour Gazette"
    assert draft.url == "https://example.org/news/grain-queue"
    assert draft.published == dt.date(2023, 3, 10)
    assert draft.language == "en"
    assert draft.authors == ("Jo Marr", "Ines Toral")
    assert draft.source_name == "grain-deal.md"
    assert draft.source_format == "markdown"


def test_meta_overrides_front_matter() -> None:
    meta = ArticleMeta(title="Mine", outlet="Other", language="it", published=dt.date(2020, 1, 2))
    draft = read_file(FIXTURES / "grain-deal.md", meta)
    assert (draft.title, draft.outlet, draft.language) == ("Mine", "Other", "it")
    assert draft.published == dt.date(2020, 1, 2)
    assert draft.url == "https://example.org/news/grain-queue"


def test_title_falls_back_to_first_heading_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "note.markdown"
    path.write_text("Intro line.\n\n## Il *corridoio* del grano ##\n\nTesto.\n", encoding="utf-8")
    draft = read_file(path)
    assert draft.title == "Il corridoio del grano"
    assert draft.text == "Intro line.\n\nIl corridoio del grano\n\nTesto."


def test_setext_headings_and_thematic_breaks() -> None:
    body = convert("Title\n=====\n\nText here.\n\n---\n\nSub\n---\nMore.").text
    assert body == "Title\n\nText here.\n\nSub\n\nMore."


def test_emphasis_variants_and_intraword_underscores() -> None:
    text = convert("**bold** __strong__ *em* _em_ ~~gone~~ snake_case_word 2*3*4 a * b").text
    assert text == "bold strong em em gone snake_case_word 234 a * b"


def test_escapes_code_spans_and_entities() -> None:
    text = convert(r"\*not em\* and `a **b** c` and &laquo;ok&raquo; and \[x\]").text
    assert text == "*not em* and a **b** c and «ok» and [x]"


def test_links_images_and_references() -> None:
    source = (
        'See [the report](https://e.org/a_(b) "t") and [ref text][r].\n'
        "![alt](i.png) Trailing.\n\n[r]: https://e.org/ref\n"
    )
    assert convert(source).text == "See the report and ref text. Trailing."


def test_hard_line_breaks_survive_soft_ones_are_joined() -> None:
    assert convert("one  \ntwo\nthree\\\nfour").text == "one\ntwo three\nfour"


def test_html_is_stripped() -> None:
    text = convert("<!-- hidden -->A <em>real</em> line<br/> end").text
    assert text == "A real line end"


def test_tables_lose_their_rule_row() -> None:
    text = convert("| a | *b* |\n|---|:-:|\n| 1 | 2 |\nAfter.").text
    assert text == "a | b\n1 | 2\n\nAfter."


def test_unclosed_front_matter_is_a_rule() -> None:
    converted = convert("---\nNot front matter: really\n")
    assert converted.front.title is None
    assert converted.text == "Not front matter: really"


def test_unclosed_fence_keeps_its_lines() -> None:
    assert convert("Intro\n\n```\nline *one*\nline two").text == "Intro\n\nline *one*\nline two"


def test_front_matter_forms() -> None:
    front = parse_front_matter(
        [
            "title: 'Quoted: with colon'",
            "publisher: La Stampa Demo",
            "published: 22 febbraio 2023",
            "language: Italiano",
            "author: Anna Neri, Marco Blu",
            "link: https://example.org/x",
            "nested:",
            "  key: ignored",
        ]
    )
    assert front.title == "Quoted: with colon"
    assert front.outlet == "La Stampa Demo"
    assert front.published == dt.date(2023, 2, 22)
    assert front.language == "it"
    assert front.authors == ("Anna Neri", "Marco Blu")
    assert front.url == "https://example.org/x"


def test_front_matter_dates_with_time_and_bad_values() -> None:
    assert parse_front_matter(["date: 2023-02-22T08:30:00Z"]).published == dt.date(2023, 2, 22)
    assert parse_front_matter(["date: 2023-02-30"]).published is None
    assert parse_front_matter(["date: soon"]).published is None
    assert parse_front_matter(["lang: klingon"]).language is None


def test_pasted_markdown_is_converted() -> None:
    draft = from_text("# Titolo\n\nIl **ministero** ha negato.", source_format="markdown")
    assert draft.text == "Titolo\n\nIl ministero ha negato."
    assert draft.title == "Titolo"
    assert draft.source_format == "markdown"


def test_markdown_with_crlf_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "win.md"
    source = "\ufeff---\r\ntitle: Windows\r\n---\r\n\r\n# Head\r\n\r\nBody *text*.\r\n"
    path.write_bytes(source.encode("utf-8"))
    draft = read_file(path)
    assert draft.title == "Windows"
    assert draft.text == "Head\n\nBody text."
