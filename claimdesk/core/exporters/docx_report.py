"""The DOCX claim report, for newsrooms that edit in Word: real headings (so Word's navigation
pane and table of contents work), each quote in its sentence with the quote in bold, a table
of fields per claim, and "Page n of m" in the footer."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from claimdesk.core.exporters.atomic import write_atomically
from claimdesk.core.exporters.report_layout import (
    ReportEntry,
    ReportLayout,
    SectionLayout,
    kind_label,
    layout_report,
)
from claimdesk.core.exporters.xml_text import xml_safe
from claimdesk.core.model import ClaimKind, Evidence
from claimdesk.core.model.results import ReportInput

# Okabe-Ito, as in the HTML report; the label text says the kind without the colour.
KIND_COLOURS = {ClaimKind.CLAIM: "E69F00", ClaimKind.DENIAL: "CC79A7"}
_MUTED = RGBColor(0x44, 0x44, 0x44)


def export_docx(report: ReportInput, path: Path) -> int:
    """Write the report as a Word document to ``path`` atomically; return the claims written."""
    write_atomically(Path(path), render_docx(report))
    return len(report.claims)


def render_docx(report: ReportInput) -> bytes:
    """The report as DOCX bytes."""
    layout = layout_report(report)
    document = Document()
    document.core_properties.title = xml_safe(report.title)
    document.core_properties.subject = xml_safe(report.scope)
    document.core_properties.author = "ClaimDesk"
    _title_block(document, layout)
    if layout.counts.total:
        _summary(document, layout)
    for section in layout.sections:
        # One article a page when there are several, as in the HTML report printed.
        _article(document, section, new_page=len(layout.sections) > 1)
    _footer(document, report.title)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _title_block(document: DocumentObject, layout: ReportLayout) -> None:
    """Title, scope, date and the totals."""
    counts = layout.counts
    document.add_heading(xml_safe(layout.report.title), level=0)
    scope = document.add_paragraph()
    scope.add_run(xml_safe(layout.report.scope)).font.size = Pt(13)
    kinds = ", ".join(
        f"{n} {kind_label(k).lower()}{'s' if n != 1 else ''}" for k, n in counts.by_kind
    )
    articles = len(layout.sections)
    meta = document.add_paragraph(
        f"Generated {layout.generated} · {counts.total} marked "
        f"span{'s' if counts.total != 1 else ''} ({kinds}) · "
        f"{articles} article{'s' if articles != 1 else ''}"
    )
    meta.runs[0].font.color.rgb = _MUTED


def _summary(document: DocumentObject, layout: ReportLayout) -> None:
    """Counts by kind, verdict and claimant, one small table each."""
    counts = layout.counts
    document.add_heading("Summary", level=1)
    blocks = (
        ("Kind", [(kind_label(k), n) for k, n in counts.by_kind]),
        ("Verdict", list(counts.by_verdict)),
        ("Claimant", list(counts.by_claimant)),
    )
    for heading, rows in blocks:
        table = document.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        _bold_cell(table, 0, 0, heading)
        _bold_cell(table, 0, 1, "Count")
        for name, n in rows:
            cells = table.add_row().cells
            cells[0].text = xml_safe(name)
            cells[1].text = str(n)
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        document.add_paragraph()


def _article(document: DocumentObject, section: SectionLayout, *, new_page: bool) -> None:
    """One article: heading, metadata, then its claims."""
    article = section.section.article
    if article is None:
        heading = document.add_heading(
            xml_safe(f"Article {section.section.article_id} (not included in this report)"), 1
        )
    else:
        heading = document.add_heading(xml_safe(article.title), level=1)
        published = article.published.isoformat() if article.published else "unknown"
        meta = document.add_paragraph(
            xml_safe(
                f"{article.outlet or 'Unknown outlet'} · published {published} · "
                f"language {article.language}"
            )
        )
        if article.url:
            meta.add_run().add_break()
            meta.add_run(xml_safe(article.url))
    heading.paragraph_format.page_break_before = new_page
    if not section.entries:
        document.add_paragraph().add_run("No claims or denials marked.").italic = True
    for entry in section.entries:
        _entry(document, entry)


def _entry(document: DocumentObject, entry: ReportEntry) -> None:
    """One claim: a heading with the coloured kind label, the quote in context, its fields."""
    claim = entry.claim
    heading = document.add_heading(level=2)
    _shaded(heading.add_run(f"{entry.label.upper()} {entry.number}"), claim.kind)
    heading.add_run(f" {xml_safe(claim.claimant or 'Unknown claimant')}")
    if claim.cue:
        heading.add_run(f" (“{xml_safe(claim.cue)}”)").italic = True
    heading.paragraph_format.keep_with_next = True

    context = entry.context
    quote = document.add_paragraph(style="Quote")
    quote.add_run(("… " if context.clipped_before else "") + xml_safe(context.before))
    quote.add_run(xml_safe(context.quote)).bold = True
    quote.add_run(xml_safe(context.after) + (" …" if context.clipped_after else ""))

    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for name, value in _fields(entry):
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(name).bold = True
        cells[1].paragraphs[0].add_run(xml_safe(value))
    if entry.denials:
        answers = document.add_paragraph()
        answers.add_run("Denied by: ").bold = True
        for i, denial in enumerate(entry.denials):
            if i:
                answers.add_run().add_break()
            _shaded(answers.add_run(f"DENIAL {denial.number}"), ClaimKind.DENIAL)
            answers.add_run(
                xml_safe(
                    f" {denial.claim.claimant or 'Unknown claimant'}: “{denial.claim.quote}”"
                    f" · verdict {denial.verdict}"
                )
            )
    document.add_paragraph()


def _fields(entry: ReportEntry) -> list[tuple[str, str]]:
    """The rows of a claim's table; line breaks in values become line breaks in Word."""
    claim = entry.claim
    kind = "rejects a claim" if claim.kind is ClaimKind.DENIAL else "asserts something checkable"
    rows = [("Kind", f"{entry.label} ({kind})")]
    if claim.claim_text and claim.claim_text.strip() != claim.quote.strip():
        rows.append(("Claim text", claim.claim_text))
    rows.append(("Verdict", entry.verdict))
    if claim.explanation:
        rows.append(("Explanation", claim.explanation))
    rows.append(("Status", claim.status.value))
    if claim.dates:
        rows.append(
            (
                "Dates",
                "; ".join(
                    f"{d.value}{' ' + d.mod if d.mod else ''} (“{d.text}”)" for d in claim.dates
                ),
            )
        )
    if claim.tags:
        rows.append(("Tags", ", ".join(claim.tags)))
    if claim.notes:
        rows.append(("Notes", claim.notes))
    if claim.evidence:
        rows.append(("Evidence", "\n".join(_evidence_line(e) for e in claim.evidence)))
    if entry.links:
        rows.append(("Links", "; ".join(f"{x.phrase} {x.reference}" for x in entry.links)))
    if entry.incoming:
        rows.append(("Linked from", "; ".join(f"{x.phrase} {x.reference}" for x in entry.incoming)))
    if claim.orphaned:
        rows.append(
            (
                "Orphaned",
                "The quote could not be found in the current article text; it is shown alone.",
            )
        )
    return rows


def _evidence_line(evidence: Evidence) -> str:
    """One source: title, address or citation, when consulted, and the note."""
    text = " — ".join(part for part in (evidence.title, evidence.source) if part)
    if evidence.consulted:
        text += f", consulted {evidence.consulted.isoformat()}"
    if evidence.note:
        text += f": {evidence.note}"
    return text


def _shaded(run: Run, kind: ClaimKind) -> None:
    """Give a run the kind's background colour (Word's character shading)."""
    run.bold = True
    run.font.color.rgb = RGBColor(0, 0, 0)
    properties = run._r.get_or_add_rPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), KIND_COLOURS[kind])
    properties.append(shading)


def _bold_cell(table: Table, row: int, column: int, text: str) -> None:
    """Write bold text into a table cell."""
    table.cell(row, column).paragraphs[0].add_run(text).bold = True


def _footer(document: DocumentObject, title: str) -> None:
    """The report title and "Page n of m" (Word fields, updated as the document is edited)."""
    for section in document.sections:
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run(f"{xml_safe(title)} · Page ")
        _field(paragraph, "PAGE", "1")
        paragraph.add_run(" of ")
        _field(paragraph, "NUMPAGES", "1")
        for run in paragraph.runs:
            run.font.size = Pt(8)
            run.font.color.rgb = _MUTED


def _field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A Word field (begin, instruction, separate, cached result, end); Word and LibreOffice
    compute the real value when they lay the document out."""

    def fld_char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    fld_char("begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    fld_char("separate")
    paragraph.add_run(placeholder)
    fld_char("end")
