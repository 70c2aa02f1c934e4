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
    assert (
        "*Report written on 1 March 2023, 12:00 UTC · 4 claims and 1 denial in 2 articles*" in lines
    )
    assert "- **Verdicts:** mostly true (1) · false (1) · not rated (3)" in lines
    # Claimants by the number of claims; the unnamed last.
    assert (
        "- **Claimants:** Jens Stoltenberg (2) · NATO \\| Alleanza (1) · Russia (1) · "
        "claimant not known (1)"
    ) in lines


def test_article_metadata_once(markdown: str) -> None:
    assert "## Stoltenberg: la NATO deve fermare il ciclo \\| Reuters" in markdown
    assert (
        "\nReuters · 22 February 2023 · "
        "<https://www.reuters.com/world/europe/stoltenberg-intervista>\n"
    ) in markdown
    plain = markdown[markdown.index("## La NATO rafforza") :]
    assert "\nAgenzia Nova · date not given\n" in plain
    assert markdown.count("Stoltenberg: la NATO deve fermare il ciclo") == 1


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
    block = _block(markdown, "### Claim 3")
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


def test_denial_comes_under_the_claim_it_answers(markdown: str) -> None:
    headings = [line for line in markdown.splitlines() if line.startswith("#")]
    claim = headings.index("### Claim 1 · Jens Stoltenberg (“ha detto”)")
    assert headings[claim + 1] == "#### Denial 2 · Russia (“Ha negato”)"
    denial = _block(markdown, "#### Denial 2 · Russia")
    assert "*denies claim 1 (Jens Stoltenberg)*" in denial
    assert "- **Verdict:** **false**" in denial
    assert "- **Status:** researching · **Tags:** Donbas, separatisti" in denial
    assert "- **Dates mentioned:** 2014 (“nel 2014”)" in denial
    assert "- **Links:** contradicts a claim outside this report" in denial
    # Between the claim and its answer no rule: the rule comes before the next claim.
    assert "---" not in markdown[markdown.index("### Claim 1") : markdown.index("#### Denial 2")]
    assert "\n---\n\n### Claim 3" in markdown


def test_claim_fields_explanation_evidence_and_claim_text(markdown: str) -> None:
    claim = _block(markdown, "### Claim 1 · Jens Stoltenberg")
    assert "- **Verdict:** **mostly true**" in claim
    assert "- **Why:** Le date sono corrette.\n  Il «modello» è un'interpretazione." in claim
    assert "- **In short:** L'invasione del 2022 segue Georgia 2008 e Donbas/Crimea 2014" in claim
    assert (
        "  - [Guerra in Georgia, 2008](<https://example.org/georgia-2008>), "
        "consulted 23 February 2023: cronologia"
    ) in claim
    denial = _block(markdown, "#### Denial 2 · Russia")
    assert "  - Rapporto OSCE SMM, 2014, p. 12: pagina 12" in denial
    assert "  - [OSCE (sintesi)](<https://example.org/osce?a=1&b=2>)" in denial
    assert "**In short:**" not in denial  # same as the quote: not repeated


def test_claims_in_reading_order_and_orphan_last_shown_alone(markdown: str) -> None:
    headings = [line for line in markdown.splitlines() if line.startswith("###")]
    assert headings == [
        "### Claim 1 · Jens Stoltenberg (“ha detto”)",
        "#### Denial 2 · Russia (“Ha negato”)",
        "### Claim 3 · claimant not known",
        "### Claim 4 · Jens Stoltenberg",
        "### Claim 5 · NATO \\| Alleanza (“ha detto”)",
    ]
    orphan = _block(markdown, "### Claim 4 · Jens Stoltenberg")
    assert "> **frase che non c'è più**\n" in orphan
    assert "**Orphaned:**" in orphan


def test_user_text_cannot_make_headings_lists_or_table_cells(markdown: str) -> None:
    denial = _block(markdown, "#### Denial 2 · Russia")
    assert "- **Notes:** \\# non è un titolo\n  \\- nemmeno una lista\n  \\| a \\| b \\|" in denial
    assert "\n  \\# non è un titolo\n" in denial  # the explanation's second paragraph
    for line in markdown.splitlines():
        if line.lstrip().startswith("#"):
            assert line.startswith(("# Tutte", "## ", "### ", "#### ")), line
    assert "NATO \\| Alleanza (1)" in markdown
    tricky = _block(markdown, "### Claim 3")
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
    assert "*No claims or denials marked in this article.*" in markdown
    assert "## Article art-plain (not part of this report)" in markdown
    assert "> **vera e propria guerra tra Russia e**" in markdown
    assert "· 1 claim and 0 denials in 2 articles*" in markdown


def test_empty_report(tmp_path: Path) -> None:
    empty = ReportInput("Nessuna", "Nothing", dt.datetime(2023, 3, 1, 8, 15), (), ())
    markdown = render_markdown(empty)
    assert markdown.startswith("# Nessuna\n\nNothing\n")
    assert "*Report written on 1 March 2023, 08:15 · 0 claims and 0 denials in 0 articles*" in (
        markdown
    )
    assert "**Verdicts:**" not in markdown
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")
