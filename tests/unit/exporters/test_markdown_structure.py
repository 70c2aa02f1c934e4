"""The Markdown report parsed by a CommonMark parser: escaping keeps the layout intact."""

from __future__ import annotations

import pytest

from claimdesk.core.exporters import ReportInput
from claimdesk.core.exporters.markdown import render_markdown
from tests.unit.exporters.report_samples import DENIAL_QUOTE, STOLTENBERG_QUOTE

markdown_it = pytest.importorskip("markdown_it")


def _tokens(report: ReportInput) -> list[object]:
    parser = markdown_it.MarkdownIt("commonmark").enable("table")
    return list(parser.parse(render_markdown(report)))


def _inline_after(tokens: list[object], open_type: str) -> list[str]:
    return [
        tokens[i + 1].content  # type: ignore[attr-defined]
        for i, t in enumerate(tokens)
        if t.type == open_type  # type: ignore[attr-defined]
    ]


def test_headings_are_only_the_report_structure(report: ReportInput) -> None:
    tokens = _tokens(report)
    headings = [
        (t.tag, tokens[i + 1].content)  # type: ignore[attr-defined]
        for i, t in enumerate(tokens)
        if t.type == "heading_open"  # type: ignore[attr-defined]
    ]
    assert [tag for tag, _ in headings] == ["h1", "h2", "h3", "h4", "h3", "h3", "h2", "h3"]
    html = markdown_it.MarkdownIt("commonmark").render(render_markdown(report))
    # Escapes vanish once rendered: the reader sees the user's text unchanged.
    assert "<h2>Stoltenberg: la NATO deve fermare il ciclo | Reuters</h2>" in html
    assert "<h3>Claim 5 · NATO | Alleanza (“ha detto”)</h3>" in html


def test_claims_are_separated_by_rules_and_the_summary_is_a_list(report: ReportInput) -> None:
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(render_markdown(report))
    assert "<table>" not in html
    # A rule between the three top-level claims of the first article, none after the last.
    assert html.count("<hr />") == 2
    assert "<strong>Claimants:</strong> Jens Stoltenberg (2) · NATO | Alleanza (1)" in html
    assert "<p><em>denies claim 1 (Jens Stoltenberg)</em></p>" in html


def test_quotes_render_bold_inside_blockquotes(report: ReportInput) -> None:
    html = markdown_it.MarkdownIt("commonmark").render(render_markdown(report))
    assert f"<strong>{STOLTENBERG_QUOTE}</strong>" in html
    assert f"<blockquote>\n<p><strong>{DENIAL_QUOTE}</strong> e ha affermato" in html
    assert "<strong>vera e propria guerra tra Russia e</strong>" in html
    assert "<strong>&quot;Non sappiamo quando finirà la guerra." in html


def test_notes_stay_text_inside_their_list_item(report: ReportInput) -> None:
    html = markdown_it.MarkdownIt("commonmark").render(render_markdown(report))
    assert "<h1>non è un titolo" not in html
    assert "# non è un titolo\n- nemmeno una lista\n| a | b |" in html
    assert "=HYPERLINK(&quot;https://evil.example&quot;,&quot;clic&quot;)" in html
