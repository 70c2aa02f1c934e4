"""The CSV claim report: one row per claim with every field, for spreadsheets and scripts."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from claimdesk.core.exporters.atomic import write_atomically
from claimdesk.core.exporters.report import article_sections
from claimdesk.core.model import ArticleView, ClaimView
from claimdesk.core.model.results import ReportInput

COLUMNS = (
    "id",
    "article_id",
    "article_title",
    "outlet",
    "published",
    "language",
    "kind",
    "start",
    "end",
    "quote",
    "claimant",
    "cue",
    "claim_text",
    "verdict",
    "rating_value",
    "explanation",
    "status",
    "notes",
    "tags",
    "dates",
    "evidence",
    "links",
    "orphaned",
    "created",
    "updated",
)
LIST_SEPARATOR = "; "

# Spreadsheets run a cell that starts with one of these as a formula, so a quote or note such
# as "=HYPERLINK(...)" or "@SUM(...)" could execute when the report is opened (CSV formula
# injection). A leading apostrophe makes Excel and LibreOffice show the cell as plain text.
# Tab and carriage return are included because some spreadsheets skip them before a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_csv(report: ReportInput, path: Path) -> int:
    """Write one row per claim (articles in report order, claims in text order) to ``path``.

    UTF-8 with a byte order mark so Excel reads accents correctly; written atomically.
    Returns the number of claims written.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    written = 0
    for section in article_sections(report):
        for claim in section.claims:
            writer.writerow(claim_row(claim, section.article))
            written += 1
    write_atomically(Path(path), buffer.getvalue().encode("utf-8-sig"))
    return written


def claim_row(claim: ClaimView, article: ArticleView | None) -> list[str | int]:
    """The CSV cells of one claim, in ``COLUMNS`` order, text cells guarded against formulas."""
    cells: list[str | int] = [
        claim.id,
        claim.article_id,
        article.title if article else "",
        (article.outlet or "") if article else "",
        article.published.isoformat() if article and article.published else "",
        article.language if article else "",
        claim.kind.value,
        claim.start,
        claim.end,
        claim.quote,
        claim.claimant or "",
        claim.cue or "",
        claim.claim_text,
        claim.verdict.value if claim.verdict else "",
        claim.verdict.rating_value if claim.verdict else "",
        claim.explanation,
        claim.status.value,
        claim.notes,
        LIST_SEPARATOR.join(claim.tags),
        LIST_SEPARATOR.join(d.value for d in claim.dates),
        LIST_SEPARATOR.join(e.source for e in claim.evidence),
        LIST_SEPARATOR.join(f"{link.type.value}:{link.target}" for link in claim.links),
        "true" if claim.orphaned else "false",
        claim.created.isoformat(),
        claim.updated.isoformat(),
    ]
    return [guard_formula(cell) if isinstance(cell, str) else cell for cell in cells]


def guard_formula(cell: str) -> str:
    """Prefix an apostrophe to a cell a spreadsheet would run as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
