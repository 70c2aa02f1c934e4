"""One article written out in every importable format, from the same words and metadata.

The tests and ``bench/import_formats.py`` both use these writers, so every format is checked
against the same expected text. The words stay inside Latin-1 so the PDF's core font can
draw them.
"""

from __future__ import annotations

import datetime as dt
import textwrap
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path


@dataclass(frozen=True)
class Sample:
    """An article's words and metadata."""

    title: str
    paragraphs: tuple[str, ...]
    author: str
    outlet: str
    url: str
    published: dt.date
    language: str

    @property
    def text(self) -> str:
        """What every importer should make of it: headline and paragraphs, blank-line apart."""
        return "\n\n".join((self.title, *self.paragraphs))


ARTICLE = Sample(
    title="Stoltenberg: la Russia si prepara a una nuova offensiva",
    paragraphs=(
        "BRUXELLES, 22 febbraio 2023 - Il segretario generale della NATO, Jens Stoltenberg, "
        "ha detto che la Russia si sta preparando a nuove offensive in Ucraina e che non c'è "
        "alcun segno che Mosca voglia la pace.",
        '"L\'invasione fa parte di un modello di aggressione che dura da anni", ha detto '
        "Stoltenberg in un'intervista, ricordando la guerra in Georgia del 2008 e "
        "l'annessione della Crimea nel 2014.",
        "Il Cremlino ha negato di aver sostenuto i separatisti nell'est dell'Ucraina prima "
        "del 2022 e ha accusato l'Alleanza di alimentare il conflitto con l'invio di armi.",
        "Secondo i dati dell'Alleanza, più di centomila soldati russi sono schierati lungo "
        "il confine settentrionale, una cifra che Mosca considera esagerata.",
    ),
    author="Maria Rossi",
    outlet="Il Notiziario",
    url="https://notiziario.example/esteri/stoltenberg-offensiva",
    published=dt.date(2023, 2, 22),
    language="it",
)


def variant(sample: Sample, number: int) -> Sample:
    """The same article with a numbered last paragraph: a different text, not a duplicate."""
    extra = f"Aggiornamento numero {number}: la notizia è stata ripresa da altre testate."
    return replace(sample, paragraphs=(*sample.paragraphs, extra))


def write_txt(sample: Sample, path: Path) -> Path:
    """A UTF-8 text file: headline, blank line, paragraphs."""
    path.write_text(sample.text + "\n", encoding="utf-8")
    return path


def write_md(sample: Sample, path: Path) -> Path:
    """Markdown with front matter for every metadata field and a level-one heading."""
    body = "\n\n".join(sample.paragraphs)
    path.write_text(
        "---\n"
        f"title: {sample.title}\n"
        f"author: {sample.author}\n"
        f"outlet: {sample.outlet}\n"
        f"url: {sample.url}\n"
        f"language: {sample.language}\n"
        f"published: {sample.published.isoformat()}\n"
        "---\n\n"
        f"# {sample.title}\n\n{body}\n",
        encoding="utf-8",
    )
    return path


def html_page(sample: Sample) -> str:
    """A saved news page: menus, an ad, scripts and reader comments around the article."""
    paragraphs = "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in sample.paragraphs)
    comments = "".join(
        f'<div class="comment"><p>Commento {n}: che vergogna, è tutto falso!</p></div>'
        for n in range(1, 4)
    )
    return f"""<!DOCTYPE html>
<html lang="{sample.language}"><head><meta charset="utf-8">
<title>{escape(sample.title)} | {escape(sample.outlet)}</title>
<meta property="og:title" content="{escape(sample.title)}">
<meta property="og:site_name" content="{escape(sample.outlet)}">
<meta name="author" content="{escape(sample.author)}">
<meta property="article:published_time" content="{sample.published.isoformat()}T09:30:00+01:00">
<link rel="canonical" href="{escape(sample.url)}">
<script>document.title = "hijacked"; fetch("https://tracker.example/p");</script>
<style>body {{ font-family: serif; }}</style>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/esteri">Esteri</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/meteo">Meteo</a></li></ul></nav></header>
<div class="advert">Offerta speciale: materassi a metà prezzo, solo oggi!</div>
<main><article>
<h1>{escape(sample.title)}</h1>
{paragraphs}
<script>window.steal && window.steal(document.cookie);</script>
</article></main>
<aside><h3>Più letti</h3><ul><li><a href="/a">Il meteo di domani</a></li></ul></aside>
<section id="comments" class="comments"><h3>Commenti</h3>{comments}</section>
<footer>© 2023 {escape(sample.outlet)} - Privacy - Cookie</footer>
</body></html>
"""


def write_html(sample: Sample, path: Path) -> Path:
    """A saved web page (UTF-8)."""
    path.write_text(html_page(sample), encoding="utf-8")
    return path


def write_docx(sample: Sample, path: Path) -> Path:
    """A Word file with a Title paragraph, body paragraphs and core properties."""
    import docx

    document = docx.Document()
    document.add_heading(sample.title, level=0)
    for paragraph in sample.paragraphs:
        document.add_paragraph(paragraph)
    props = document.core_properties
    props.title = sample.title
    props.author = sample.author
    props.created = dt.datetime.combine(sample.published, dt.time(9, 30))
    document.save(str(path))
    return path


_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)


def odt_parts(sample: Sample) -> dict[str, str]:
    """The members of a minimal OpenDocument text, by name."""
    paragraphs = "".join(
        # Double spaces are written the ODF way, as <text:s/>, like LibreOffice does.
        f"<text:p>{escape(p, quote=False)}</text:p>"
        for p in sample.paragraphs
    )
    return {
        "META-INF/manifest.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
            'manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
            'vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
            '"text/xml"/><manifest:file-entry manifest:full-path="meta.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>'
        ),
        "content.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NS}>'
            "<office:body><office:text>"
            f'<text:h text:outline-level="1">{escape(sample.title, quote=False)}</text:h>'
            f"{paragraphs}</office:text></office:body></office:document-content>"
        ),
        "meta.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_ODT_NS}>'
            f"<office:meta><dc:title>{escape(sample.title, quote=False)}</dc:title>"
            f"<meta:initial-creator>{escape(sample.author)}</meta:initial-creator>"
            f"<meta:creation-date>{sample.published.isoformat()}T09:30:00</meta:creation-date>"
            "</office:meta></office:document-meta>"
        ),
    }


def write_odt(sample: Sample, path: Path) -> Path:
    """An OpenDocument text, the mimetype stored first and uncompressed as the format asks."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED
        )
        for member, content in odt_parts(sample).items():
            archive.writestr(member, content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def pdf_lines(paragraph: str, width: int = 72) -> list[str]:
    """A paragraph wrapped like a typeset page, long words hyphenated across line ends."""
    lines = textwrap.wrap(paragraph, width)
    for index in range(len(lines) - 1):
        first, _, rest = lines[index + 1].partition(" ")
        if len(first) >= 8 and first.isalpha() and first.islower():
            cut = len(first) // 2
            lines[index] += " " + first[:cut] + "-"
            lines[index + 1] = first[cut:] + (" " + rest if rest else "")
    return lines


def write_pdf(sample: Sample, path: Path) -> Path:
    """A PDF with a text layer: bold headline, wrapped and hyphenated paragraphs, metadata."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(sample.title)
    pdf.set_author(sample.author)
    pdf.set_creation_date(dt.datetime.combine(sample.published, dt.time(9, 30), tzinfo=dt.UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=15)
    pdf.cell(0, 8, sample.title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", size=11)
    for paragraph in sample.paragraphs:
        for line in pdf_lines(paragraph):
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
    pdf.output(str(path))
    return path


def write_eml(sample: Sample, path: Path, *, html_body: bool = False) -> Path:
    """A saved mail: subject, sender and date, the article as a plain (or HTML) body."""
    message = EmailMessage()
    message["Subject"] = sample.title
    message["From"] = f"{sample.author} <redazione@notiziario.example>"
    message["To"] = "desk@factcheck.example"
    message["Date"] = format_datetime(
        dt.datetime.combine(sample.published, dt.time(9, 30), tzinfo=dt.UTC)
    )
    if html_body:
        message.set_content(html_page(sample), subtype="html")
    else:
        message.set_content(sample.text + "\n")
    path.write_bytes(bytes(message))
    return path


WRITERS: dict[str, Callable[[Sample, Path], Path]] = {
    ".txt": write_txt,
    ".md": write_md,
    ".html": write_html,
    ".docx": write_docx,
    ".odt": write_odt,
    ".pdf": write_pdf,
    ".eml": write_eml,
}
