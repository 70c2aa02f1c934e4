"""The CSV claim report: one row per claim with every field, for spreadsheets.

Column headers and the words in the cells (kind, verdict, status, dates, links, yes/no) are
in the report's language, like every other report; ids, offsets and ISO days stay as they
are, so rows can still be matched to the library. Programs read the ClaimDesk JSON export,
whose field names never change.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from claimdesk.core.exporters.atomic import write_atomically
from claimdesk.core.exporters.labels import ReportLabels, report_labels
from claimdesk.core.exporters.report import article_sections
from claimdesk.core.exporters.report_layout import evidence_line, evidence_text
from claimdesk.core.model import ArticleView, ClaimView, LinkType
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


def column_headers(language: str | None) -> tuple[str, ...]:
    """The headers of :data:`COLUMNS` in ``language``: ``Dichiarante``, ``Verdetto``..."""
    labels = report_labels(language)
    return tuple(labels[f"col_{column}"] for column in COLUMNS)


def export_csv(report: ReportInput, path: Path, *, language: str | None = None) -> int:
    """Write one row per claim (articles in report order, claims in text order) to ``path``.

    UTF-8 with a byte order mark so Excel reads accents correctly; written atomically.
    Returns the number of claims written.
    """
    labels = report_labels(language)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(column_headers(language))
    written = 0
    for section in article_sections(report):
        for claim in section.claims:
            writer.writerow(claim_row(claim, section.article, labels))
            written += 1
    write_atomically(Path(path), buffer.getvalue().encode("utf-8-sig"))
    return written


def claim_row(
    claim: ClaimView, article: ArticleView | None, labels: ReportLabels | None = None
) -> list[str | int]:
    """The CSV cells of one claim, in ``COLUMNS`` order, text cells guarded against formulas."""
    labels = labels or report_labels(None)
    cells: list[str | int] = [
        claim.id,
        claim.article_id,
        article.title if article else "",
        (article.outlet or "") if article else "",
        article.published.isoformat() if article and article.published else "",
        article.language if article else "",
        labels.kind(claim.kind),
        claim.start,
        claim.end,
        claim.quote,
        claim.claimant or "",
        claim.cue or "",
        claim.claim_text,
        labels.verdict(claim.verdict) if claim.verdict else "",
        claim.verdict.rating_value if claim.verdict else "",
        claim.explanation,
        labels.status(claim.status),
        claim.notes,
        LIST_SEPARATOR.join(claim.tags),
        LIST_SEPARATOR.join(labels.date_mention(d) for d in claim.dates),
        LIST_SEPARATOR.join(evidence_text(evidence_line(e, labels)) for e in claim.evidence),
        LIST_SEPARATOR.join(link_cell(link.type, link.target, labels) for link in claim.links),
        labels["yes"] if claim.orphaned else labels["no"],
        claim.created.isoformat(),
        claim.updated.isoformat(),
    ]
    return [guard_formula(cell) if isinstance(cell, str) else cell for cell in cells]


def link_cell(kind: LinkType, target: str, labels: ReportLabels) -> str:
    """``smentisce 3f2a…`` : what the claim does to the claim with that id."""
    return f"{labels.link(kind)} {target}"


def guard_formula(cell: str) -> str:
    """Prefix an apostrophe to a cell a spreadsheet would run as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
