"""The Markdown report's content: title block, quotes in context, labels, escaping."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimdesk.core.exporters import EXPORT_FORMATS, ReportInput
from claimdesk.core.exporters.markdown import export_markdown, render_markdown
from tests.unit.exporters.report_samples import DENIAL_QUOTE, STOLTENBERG_QUOTE


@pytest.fixture
def markdown(report: ReportInput) -> str:
    return render_markdown(report)


def _block(markdown: str, heading: str) -> str:
    """The text from a claim heading to the next heading."""
    start = markdown.index(heading)
    end = markdown.find("\n#", start + len(heading))
    return markdown[start : end if end != -1 else None]


def test_title_block_has_title_scope_date_and_counts(markdown: str) -> None:
    lines = markdown.splitlines()
    assert lines[0] == "# Tutte le affermazioni"
    assert "All claims in the library" in lines[:4]
    assert "- **Generated:** 2023-03-01 12:00 UTC" in lines
    assert "- **Marked spans:** 5 (4 claims, 1 denial)" in lines
    for row in (
        "| Claim | 4 |",
        "| Denial | 1 |",
        "| mostly true | 1 |",
        "| false | 1 |",
        "| not rated | 3 |",
        "| Jens Stoltenberg | 2 |",
        "| Russia | 1 |",
        "| (no claimant) | 1 |",
    ):
        assert row in lines, row
    # Verdicts follow the rating scale, claimants the number of claims.
    assert lines.index("| mostly true | 1 |") < lines.index("| false | 1 |")
    assert lines.index("| false | 1 |") < lines.index("| not rated | 3 |")
    assert lines.index("| Jens Stoltenberg | 2 |") < lines.index("| Russia | 1 |")


def test_article_metadata(markdown: str) -> None:
    assert "## Stoltenberg: la NATO deve fermare il ciclo \\| Reuters" in markdown
    assert "- **Outlet:** Reuters" in markdown
    assert "- **Published:** 2023-02-22" in markdown
    assert "- **Language:** it" in markdown
    assert "- **URL:** <https://www.reuters.com/world/europe/stoltenberg-intervista>" in markdown
    plain = markdown[markdown.index("## La NATO rafforza") :]
    assert "- **Published:** unknown" in plain
    assert "**URL:**" not in plain


def test_quote_is_bold_inside_its_sentence(markdown: str) -> None:
    assert (
        "> In un'intervista con Reuters alla vigilia del primo anniversario dell'attacco di "
        f"Mosca, Stoltenberg ha detto che **{STOLTENBERG_QUOTE}**.\n"
    ) in markdown
    assert (
        f"> **{DENIAL_QUOTE}** e ha affermato che la sua annessione della Crimea è stata "
        "sostenuta da un referendum,"
    ) in markdown


def test_multi_paragraph_quote_is_bold_on_each_line(markdown: str) -> None:
    block = _block(markdown, "### Claim 2\n")
    assert 'Crimea in **Ucraina nel 2014.**\n>\n> **"Non sappiamo quando finirà' in block
    assert 'finirà, dobbiamo** assicurarci che la storia non si ripeta", ha detto' in block


def test_without_sentences_about_80_characters_around_with_ellipses(markdown: str) -> None:
    block = _block(markdown, "### Claim 5")
    line = next(line for line in block.splitlines() if line.startswith("> "))
    assert line.startswith("> … ") and line.endswith(" …")
    before, _, rest = line[4:].partition("**vera e propria guerra tra Russia e**")
    after = rest[: -len(" …")]
    assert 60 <= len(before) <= 81 and 60 <= len(after) <= 81, (before, after)
    assert before.startswith("per sostenere")  # cut at a word boundary, not mid-word


def test_denial_is_labelled_and_linked_to_the_claim_it_answers(markdown: str) -> None:
    denial = _block(markdown, "### Denial 3 · Russia")
    assert "- **Kind:** Denial (rejects a claim)" in denial
    assert "- **Claimant:** Russia (cue: “Ha negato”)" in denial
    assert "- **Verdict:** false (2/7)" in denial
    assert "- **Status:** researching" in denial
    assert "- **Dates mentioned:** 2014 (“nel 2014”)" in denial
    assert "- **Tags:** Donbas, separatisti" in denial
    assert (
        "- **Links:** denies Claim 1 (Jens Stoltenberg); "
        "contradicts claim c-elsewhere (not in this report)"
    ) in denial
    claim = _block(markdown, "### Claim 1 · Jens Stoltenberg")
    assert "- **Kind:** Claim (asserts something checkable)" in claim
    assert "- **Linked from:** denied by Denial 3 (Russia)" in claim


def test_claim_fields_explanation_evidence_and_claim_text(markdown: str) -> None:
    claim = _block(markdown, "### Claim 1 · Jens Stoltenberg")
    assert "- **Verdict:** mostly true (6/7)" in claim
    assert (
        "- **Explanation:** Le date sono corrette.\n  Il «modello» è un'interpretazione." in claim
    )
    assert "- **Claim text:** L'invasione del 2022 segue Georgia 2008 e Donbas/Crimea 2014" in claim
    assert (
        "  - [Guerra in Georgia, 2008](<https://example.org/georgia-2008>), "
        "consulted 2023-02-23: cronologia"
    ) in claim
    denial = _block(markdown, "### Denial 3 · Russia")
    assert "  - Rapporto OSCE SMM, 2014, p. 12: pagina 12" in denial
    assert "  - [OSCE (sintesi)](<https://example.org/osce?a=1&b=2>)" in denial
    assert "**Claim text:**" not in denial  # same as the quote: not repeated


def test_claims_in_text_order_and_orphan_last_shown_alone(markdown: str) -> None:
    headings = [line for line in markdown.splitlines() if line.startswith("### ")]
    assert headings == [
        "### Claim 1 · Jens Stoltenberg",
        "### Claim 2",
        "### Denial 3 · Russia",
        "### Claim 4 · Jens Stoltenberg",
        "### Claim 5 · NATO \\| Alleanza",
    ]
    orphan = _block(markdown, "### Claim 4 · Jens Stoltenberg")
    assert "> **frase che non c'è più**\n" in orphan
    assert "**Orphaned:**" in orphan


def test_user_text_cannot_make_headings_lists_or_table_cells(markdown: str) -> None:
    denial = _block(markdown, "### Denial 3 · Russia")
    assert "- **Notes:** \\# non è un titolo\n  \\- nemmeno una lista\n  \\| a \\| b \\|" in denial
    assert "\n  \\# non è un titolo\n" in denial  # the explanation's second paragraph
    for line in markdown.splitlines():
        if line.lstrip().startswith("#"):
            assert line.startswith(("# Tutte", "## ", "### ")), line
    assert "| NATO \\| Alleanza | 1 |" in markdown
    tricky = _block(markdown, "### Claim 2")
    assert '- **Notes:** \\=HYPERLINK("https://evil.example","clic")' in tricky


def test_export_writes_the_rendered_text(report: ReportInput, tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    assert export_markdown(report, path) == 5
    assert path.read_text(encoding="utf-8") == render_markdown(report)
    assert EXPORT_FORMATS["md"](report, tmp_path / "again.md") == 5
    assert path.read_bytes() == (tmp_path / "again.md").read_bytes()


def test_article_without_claims_and_claims_without_article(report: ReportInput) -> None:
    seed = report.articles[0]
    only_plain = ReportInput(
        "Stoltenberg",
        "Article: Stoltenberg",
        report.generated,
        (seed,),
        [c for c in report.claims if c.article_id == "art-plain"],
    )
    markdown = render_markdown(only_plain)
    assert "No claims or denials marked." in markdown
    assert "## Article art-plain (not included in this report)" in markdown
    assert "> **vera e propria guerra tra Russia e**" in markdown
    assert "- **Marked spans:** 1 (1 claim, 0 denials)" in markdown


def test_empty_report(tmp_path: Path) -> None:
    empty = ReportInput("Nessuna", "Nothing", dt.datetime(2023, 3, 1, 8, 15), (), ())
    markdown = render_markdown(empty)
    assert markdown.startswith("# Nessuna\n\nNothing\n")
    assert "- **Generated:** 2023-03-01 08:15\n" in markdown
    assert "- **Marked spans:** 0 (0 claims, 0 denials)" in markdown
    assert "| Kind |" not in markdown
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")
