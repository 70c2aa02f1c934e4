"""Escaping helpers for user and article text in Markdown."""

from __future__ import annotations

import pytest

from claimdesk.core.exporters.markdown_escape import (
    md_bold,
    md_fragment,
    md_inline,
    md_lines,
    md_source,
    md_url,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# titolo", "\\# titolo"),
        ("- voce", "\\- voce"),
        ("+ voce", "\\+ voce"),
        ("> citazione", "\\> citazione"),
        ("2014. Anno", "2014\\. Anno"),
        ("3) punto", "3\\) punto"),
        ("===", "\\==="),
        ("a | b", "a \\| b"),
        ("*enfasi* e _corsivo_", "\\*enfasi\\* e \\_corsivo\\_"),
        ("[link](x) `code` <b>", "\\[link\\](x) \\`code\\` \\<b\\>"),
        ("C#", "C\\#"),
        ("AT&amp;T e &#39;", "AT\\&amp;T e &\\#39;"),
        ("AT&T", "AT&T"),
        ("riga uno\nriga   due", "riga uno riga due"),
        ("già è così", "già è così"),
        ("", ""),
        (None, ""),
    ],
)
def test_md_inline(text: str | None, expected: str) -> None:
    assert md_inline(text) == expected


def test_md_lines_escapes_each_line_and_indents_continuations() -> None:
    text = "prima\r\n# seconda\n\n\n\n   - terza  \n\n"
    assert md_lines(text, "  ") == "prima\n  \\# seconda\n\n  \\- terza"
    assert md_lines("", "  ") == ""


def test_md_fragment_keeps_edge_spaces_and_no_line_start_escape() -> None:
    assert md_fragment(" - a *b*\n c ") == " - a \\*b\\* c "


def test_md_bold_keeps_spaces_outside_the_markers() -> None:
    assert md_bold(" quota *x* ") == " **quota \\*x\\*** "
    assert md_bold("   ") == "   "


def test_urls_and_sources() -> None:
    assert md_url("https://example.org/a_b?x=1") == "<https://example.org/a_b?x=1>"
    assert md_url("non un url *x*") == "non un url \\*x\\*"
    assert md_url(None) == ""
    assert (
        md_source("Titolo [1]", "https://example.org") == "[Titolo \\[1\\]](<https://example.org>)"
    )
    assert md_source("", "https://example.org") == "[https://example.org](<https://example.org>)"
    assert md_source("Titolo", "Libro, p. 3") == "Titolo — Libro, p. 3"
    assert md_source("", "Libro_3") == "Libro\\_3"
