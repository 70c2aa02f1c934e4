"""The XLSX claim report: a "Claims" sheet with one row per claim and every field (the CSV
columns, with numbers, dates and yes/no as real spreadsheet values) and a "Summary" sheet of
counts; sheet names, headers and words in the cells in the report's language."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from claimdesk.core.exporters.atomic import write_atomically
from claimdesk.core.exporters.csv_report import COLUMNS, LIST_SEPARATOR, column_headers, link_cell
from claimdesk.core.exporters.labels import ReportLabels, report_labels
from claimdesk.core.exporters.report import article_sections
from claimdesk.core.exporters.report_layout import evidence_line, evidence_text, layout_report
from claimdesk.core.exporters.xml_text import xml_safe
from claimdesk.core.model import ArticleView, ClaimView
from claimdesk.core.model.results import ReportInput

# Excel refuses to open a file with a longer cell; such text is cut and marked.
MAX_CELL_CHARS = 32_767
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
# Long free text wraps in a wide column; everything else gets a width fitted to its content.
_WRAPPED = {"article_title", "quote", "claim_text", "explanation", "notes", "evidence"}
_WRAPPED_WIDTH = 50
_MAX_WIDTH = 40
_MIN_WIDTH = 6

Cell = str | int | bool | dt.date | dt.datetime | None


def export_xlsx(report: ReportInput, path: Path, *, language: str | None = None) -> int:
    """Write the workbook to ``path`` atomically; return the number of claims written."""
    labels = report_labels(language)
    book = Workbook()
    claims_sheet = book.active
    assert claims_sheet is not None  # a new workbook always has one sheet
    claims_sheet.title = labels["sheet_claims"]
    rows = [
        claim_cells(claim, section.article, labels)
        for section in article_sections(report)
        for claim in section.claims
    ]
    _fill_claims(claims_sheet, rows, column_headers(labels.language))
    _fill_summary(book.create_sheet(labels["sheet_summary"]), report, labels)
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(Path(path), buffer.getvalue())
    return len(rows)


def claim_cells(
    claim: ClaimView, article: ArticleView | None, labels: ReportLabels | None = None
) -> list[Cell]:
    """The cells of one claim in ``COLUMNS`` order, as spreadsheet values."""
    labels = labels or report_labels(None)
    values: dict[str, Cell] = {
        "id": claim.id,
        "article_id": claim.article_id,
        "article_title": article.title if article else None,
        "outlet": article.outlet if article else None,
        "published": article.published if article else None,
        "language": article.language if article else None,
        "kind": labels.kind(claim.kind),
        "start": claim.start,
        "end": claim.end,
        "quote": claim.quote,
        "claimant": claim.claimant,
        "cue": claim.cue,
        "claim_text": claim.claim_text,
        "verdict": labels.verdict(claim.verdict) if claim.verdict else None,
        "rating_value": claim.verdict.rating_value if claim.verdict else None,
        "explanation": claim.explanation,
        "status": labels.status(claim.status),
        "notes": claim.notes,
        "tags": LIST_SEPARATOR.join(claim.tags),
        "dates": LIST_SEPARATOR.join(labels.date_mention(d) for d in claim.dates),
        "evidence": LIST_SEPARATOR.join(
            evidence_text(evidence_line(e, labels)) for e in claim.evidence
        ),
        "links": LIST_SEPARATOR.join(
            link_cell(link.type, link.target, labels) for link in claim.links
        ),
        "orphaned": claim.orphaned,
        "created": excel_datetime(claim.created),
        "updated": excel_datetime(claim.updated),
    }
    # An empty text is an empty cell, as a spreadsheet user expects.
    return [None if values[column] == "" else values[column] for column in COLUMNS]


def excel_datetime(when: dt.datetime) -> dt.datetime:
    """``when`` in UTC without a zone: spreadsheet dates cannot hold one."""
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when


def _fill_claims(sheet: Worksheet, rows: list[list[Cell]], headers: tuple[str, ...]) -> None:
    """Header, rows, formats, widths, frozen header and a filter on every column."""
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        _append(sheet, row)
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            if isinstance(cell.value, dt.datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(cell.value, dt.date):
                cell.number_format = DATE_FORMAT
            if column in _WRAPPED:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            else:
                cell.alignment = Alignment(vertical="top")
        sheet.column_dimensions[letter].width = _width(
            column, headers[index - 1], (row[index - 1] for row in rows)
        )
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"


def _fill_summary(sheet: Worksheet, report: ReportInput, labels: ReportLabels) -> None:
    """The report's title block and its counts by kind, verdict and claimant."""
    layout = layout_report(report, labels.language)
    counts = layout.counts
    bold = Font(bold=True)
    _append(sheet, [layout.title])
    sheet["A1"].font = Font(bold=True, size=14)
    _append(sheet, [layout.scope or (layout.sections[0].meta if layout.single else "")])
    _append(sheet, [labels["sheet_written"], labels.moment(report.generated)])
    _append(sheet, [labels["sheet_total"], counts.total])
    blocks: list[tuple[str, Iterable[tuple[str, int]]]] = [
        (labels["summary_kinds"], ((labels.kind(kind), n) for kind, n in counts.by_kind)),
        (labels["summary_verdicts"], layout.verdicts),
        (labels["summary_claimants"], layout.claimants),
    ]
    for heading, items in blocks:
        sheet.append([])
        _append(sheet, [heading, labels["count"]])
        for cell in sheet[sheet.max_row]:
            cell.font = bold
        for name, n in items:
            _append(sheet, [name, n])
    sheet["A3"].font = bold
    sheet["A4"].font = bold
    sheet.column_dimensions["A"].width = _MAX_WIDTH
    sheet.column_dimensions["B"].width = 28


def _append(sheet: Worksheet, values: list[Cell]) -> None:
    """Append a row, text kept as text: a quote or note starting with "=" must not become a
    formula, and characters XML cannot hold are replaced."""
    sheet.append([_text(v) if isinstance(v, str) else v for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def _text(value: str) -> str:
    """A cell's text, XML-safe and within Excel's length limit."""
    value = xml_safe(value)
    if len(value) > MAX_CELL_CHARS:
        value = value[: MAX_CELL_CHARS - 1] + "…"
    return value


def _width(column: str, header: str, values: Iterable[Cell]) -> float:
    """A column width (in characters) that shows the header and typical values."""
    if column in _WRAPPED:
        return _WRAPPED_WIDTH
    longest = len(header)
    for value in values:
        if isinstance(value, dt.datetime):
            longest = max(longest, 19)
        elif isinstance(value, dt.date):
            longest = max(longest, 10)
        elif value is not None:
            longest = max(longest, max(len(line) for line in str(value).split("\n")))
    return float(min(max(longest + 2, _MIN_WIDTH), _MAX_WIDTH))
