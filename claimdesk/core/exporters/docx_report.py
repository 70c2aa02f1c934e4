"""The DOCX claim report, for newsrooms that edit in Word: real headings (so Word's navigation
pane and table of contents work), each quote in its sentence with the quote in bold, a table
of fields per claim, and "Page n of m" in the footer."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from claimdesk.core.exporters.atomic import write_atomically
from claimdesk.core.exporters.labels import ReportLabels
from claimdesk.core.exporters.report_layout import (
    EvidenceLine,
    ReportEntry,
    ReportLayout,
    SectionLayout,
    evidence_text,
    layout_report,
)
from claimdesk.core.exporters.scan_crop import CropFigure, entry_figures
from claimdesk.core.exporters.xml_text import xml_safe
from claimdesk.core.model import ClaimKind
from claimdesk.core.model.results import ReportInput

_Figures = Callable[[ReportEntry], CropFigure | None]
# Okabe-Ito, as in the HTML report; the label text says the kind without the colour.
KIND_COLOURS = {ClaimKind.CLAIM: "E69F00", ClaimKind.DENIAL: "CC79A7"}
_MUTED = RGBColor(0x44, 0x44, 0x44)
# Word's deepest heading; answers to answers go one level deeper each, up to here.
_DEEPEST = 6
_ANSWER_INDENT_CM = 0.8
# English Metric Units a CSS pixel (1/96 inch), the unit a crop's drawn size is given in.
_EMU_PX = 9525


def export_docx(report: ReportInput, path: Path, *, language: str | None = None) -> int:
    """Write the report as a Word document to ``path`` atomically; return the claims written."""
    write_atomically(Path(path), render_docx(report, language))
    return len(report.claims)


def render_docx(report: ReportInput, language: str | None = None) -> bytes:
    """The report as DOCX bytes, every label in ``language`` (``it``, ``en``)."""
    layout = layout_report(report, language)
    document = Document()
    document.core_properties.title = xml_safe(layout.title)
    document.core_properties.subject = xml_safe(layout.scope or layout.title)
    document.core_properties.author = "ClaimDesk"
    document.core_properties.language = layout.language
    _title_block(document, layout)
    page = document.sections[0]
    text_width = (page.page_width or 0) - (page.left_margin or 0) - (page.right_margin or 0)
    figures = entry_figures(
        report,
        layout.labels,
        column_px=text_width // _EMU_PX,
        indent_px=Cm(_ANSWER_INDENT_CM) // _EMU_PX,
    )
    for section in layout.sections:
        # One article a page when there are several, as in the HTML report printed.
        _article(document, section, layout, figures, new_page=len(layout.sections) > 1)
    _footer(document, layout.title, layout.labels)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _title_block(document: DocumentObject, layout: ReportLayout) -> None:
    """Title, scope or the article's metadata, when it was written, and the totals."""
    t = layout.labels
    document.add_heading(xml_safe(layout.title), level=0)
    if layout.scope:
        scope = document.add_paragraph()
        scope.add_run(xml_safe(layout.scope)).font.size = Pt(13)
    if layout.single:
        _meta(document, layout.sections[0])
    meta = document.add_paragraph(f"{layout.written} · {layout.totals}")
    meta.runs[0].font.color.rgb = _MUTED
    if layout.counts.total:
        verdicts = " · ".join(f"{name} ({n})" for name, n in layout.verdicts)
        claimants = " · ".join(f"{name} ({n})" for name, n in layout.claimants)
        for label, text in ((t["summary_verdicts"], verdicts), (t["summary_claimants"], claimants)):
            line = document.add_paragraph()
            line.add_run(f"{label}: ").bold = True
            line.add_run(xml_safe(text))


def _meta(document: DocumentObject, section: SectionLayout) -> None:
    """``Reuters · 22 febbraio 2023`` and the article's address."""
    meta = document.add_paragraph(xml_safe(section.meta))
    if section.url:
        meta.add_run().add_break()
        meta.add_run(xml_safe(section.url))


def _article(
    document: DocumentObject,
    section: SectionLayout,
    layout: ReportLayout,
    figures: _Figures,
    *,
    new_page: bool,
) -> None:
    """One article: heading and metadata (unless the report is this article's), its claims."""
    t = layout.labels
    first: Paragraph | None = None
    if not layout.single:
        first = document.add_heading(xml_safe(section.title), level=1)
        if section.meta or section.url:
            _meta(document, section)
    if not section.entries and not section.moved:
        note = document.add_paragraph()
        note.add_run(t["no_claims"]).italic = True
        first = first or note
    if section.moved:
        refs = ", ".join(line.reference for line in section.moved)
        note = document.add_paragraph()
        note.add_run(xml_safe(f"{t['shown_under']} {refs}.")).italic = True
        first = first or note
    for entry in section.entries:
        heading = _entry(document, entry, t, figures)
        first = first or heading
    if first is not None:
        first.paragraph_format.page_break_before = new_page


def _entry(
    document: DocumentObject, entry: ReportEntry, t: ReportLabels, figures: _Figures
) -> Paragraph:
    """One claim: a heading with the coloured kind label, the quote in context (and the crop
    of the page image it was read from), its fields, then its answers one heading level
    down."""
    claim = entry.claim
    heading: Paragraph = document.add_heading(level=min(2 + entry.depth, _DEEPEST))
    _shaded(heading.add_run(entry.heading.upper()), claim.kind)
    heading.add_run(f" {xml_safe(entry.claimant)}")
    if claim.cue:
        heading.add_run(f" (“{xml_safe(claim.cue)}”)").italic = True
    heading.paragraph_format.keep_with_next = True
    # An answer stands indented under the claim it answers, one step a level.
    indent = Cm(_ANSWER_INDENT_CM * entry.depth)
    heading.paragraph_format.left_indent = indent
    for line in (entry.answering.text if entry.answering else None, entry.elsewhere):
        if line:
            said = document.add_paragraph()
            said.add_run(xml_safe(line)).italic = True
            said.paragraph_format.left_indent = indent

    context = entry.context
    quote = document.add_paragraph(style="Quote")
    quote.add_run(("… " if context.clipped_before else "") + xml_safe(context.before))
    quote.add_run(xml_safe(context.quote)).bold = True
    quote.add_run(xml_safe(context.after) + (" …" if context.clipped_after else ""))
    if entry.depth:
        quote.paragraph_format.left_indent = indent
    figure = figures(entry)
    if figure is not None:
        _figure(document, figure, indent)

    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    if entry.depth:
        _indent_table(table, indent)
    for name, value in _fields(entry, t):
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(name).bold = True
        if name == t["evidence"]:
            _evidence_cell(cells[1].paragraphs[0], entry.evidence)
        else:
            cells[1].paragraphs[0].add_run(xml_safe(value))
    document.add_paragraph()
    for answer in entry.answers:
        _entry(document, answer, t, figures)
    return heading


def _figure(document: DocumentObject, figure: CropFigure, indent: Length) -> None:
    """The crop, its alt text said to screen readers, kept on the page of its caption."""
    image = document.add_paragraph()
    image.paragraph_format.left_indent = indent
    image.paragraph_format.keep_with_next = True
    shape = image.add_run().add_picture(
        io.BytesIO(figure.crop.png),
        width=Length(figure.width * _EMU_PX),
        height=Length(figure.height * _EMU_PX),
    )
    shape._inline.docPr.set("descr", xml_safe(figure.alt))
    caption = document.add_paragraph()
    caption.paragraph_format.left_indent = indent
    run = caption.add_run(xml_safe(figure.caption))
    run.font.size = Pt(8.5)
    run.font.color.rgb = _MUTED


def _fields(entry: ReportEntry, t: ReportLabels) -> list[tuple[str, str]]:
    """The rows of a claim's table; line breaks in values become line breaks in Word."""
    claim = entry.claim
    rows = [(t["kind"], entry.label)]
    if claim.claim_text and claim.claim_text.strip() != claim.quote.strip():
        rows.append((t["claim_text"], claim.claim_text))
    rows.append((t["verdict"], entry.verdict))
    if claim.explanation:
        rows.append((t["explanation"], claim.explanation))
    if entry.evidence:
        rows.append((t["evidence"], "\n".join(evidence_text(e) for e in entry.evidence)))
    if entry.dates:
        rows.append((t["dates"], "; ".join(entry.dates)))
    if entry.links:
        rows.append((t["links"], "; ".join(x.text for x in entry.links)))
    if entry.incoming:
        rows.append((t["linked_from"], "; ".join(x.text for x in entry.incoming)))
    rows.append((t["status"], entry.status))
    if claim.tags:
        rows.append((t["tags"], ", ".join(claim.tags)))
    if claim.notes:
        rows.append((t["notes"], claim.notes))
    if claim.orphaned:
        rows.append((t["orphaned"], t["orphaned_text"]))
    return rows


def _indent_table(table: Table, indent: Length) -> None:
    """Move a table in from the margin (Word's tblInd; python-docx has no call for it)."""
    properties = table._tbl.tblPr
    element = OxmlElement("w:tblInd")
    element.set(qn("w:w"), str(int(indent.twips)))
    element.set(qn("w:type"), "dxa")
    properties.append(element)


def _evidence_cell(paragraph: Paragraph, sources: tuple[EvidenceLine, ...]) -> None:
    """One source a line, a web address as a real link Word and LibreOffice open."""
    for i, source in enumerate(sources):
        if i:
            paragraph.add_run().add_break()
        if source.url:
            _hyperlink(paragraph, source.url, source.name)
        else:
            paragraph.add_run(xml_safe(source.name))
        rest = "".join(f", {x}" for x in (source.where, source.consulted) if x)
        if source.note:
            rest += f": {source.note}"
        if rest:
            paragraph.add_run(xml_safe(rest))


def _hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    """A clickable external link (python-docx has no call for one: the XML is written here)."""
    relation = paragraph.part.relate_to(xml_safe(url), RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0050A0")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    properties.extend([style, colour, underline])
    run.append(properties)
    body = OxmlElement("w:t")
    body.text = xml_safe(text)
    body.set(qn("xml:space"), "preserve")
    run.append(body)
    link.append(run)
    paragraph._p.append(link)


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


def _footer(document: DocumentObject, title: str, t: ReportLabels) -> None:
    """The report title and "Page n of m" (Word fields, updated as the document is edited)."""
    before, _, rest = t["page"].partition("{page}")
    middle, _, after = rest.partition("{pages}")
    for section in document.sections:
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run(f"{xml_safe(title)} · {before}")
        _field(paragraph, "PAGE", "1")
        paragraph.add_run(middle)
        _field(paragraph, "NUMPAGES", "1")
        if after:
            paragraph.add_run(after)
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
