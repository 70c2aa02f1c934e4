"""The report formats the dialog offers, and the file names and messages around writing one.

Labels, uses and save-dialog filters are marked for translation here and translated where they
are shown (:func:`format_name`, :func:`format_use`, :func:`file_filter`); format names that are
proper names ("PDF", "Markdown") stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.common.wording import plural
from claimdesk.render.fonts import MissingScript, sample

# (format, label, what it is for, save-dialog filter, suffix)
_C = "ReportFormats"
REPORT_FORMATS: tuple[tuple[str, str, str, str, str], ...] = (
    ("pdf",
     "PDF",  # i18n: not prose
     tr_noop("ReportFormats", "to print, send or file; the text stays searchable"),
     tr_noop("ReportFormats", "PDF report (*.pdf)"),
     "pdf"),
    ("docx",
     tr_noop("ReportFormats", "Word document"),
     tr_noop("ReportFormats", "to edit the report or paste it into a story"),
     tr_noop("ReportFormats", "Word document (*.docx)"),
     "docx"),
    ("html",
     tr_noop("ReportFormats", "Web page"),
     tr_noop("ReportFormats", "to open in a browser or publish"),
     tr_noop("ReportFormats", "Web page (*.html)"),
     "html"),
    ("md",
     "Markdown",  # i18n: not prose
     tr_noop("ReportFormats", "plain text to read or paste anywhere"),
     tr_noop("ReportFormats", "Markdown report (*.md)"),
     "md"),
    ("xlsx",
     tr_noop("ReportFormats", "Excel workbook"),
     tr_noop("ReportFormats", "one row a claim, with filters"),
     tr_noop("ReportFormats", "Excel workbook (*.xlsx)"),
     "xlsx"),
    ("csv",
     tr_noop("ReportFormats", "CSV table"),
     tr_noop("ReportFormats", "one row a claim, for any spreadsheet or script"),
     tr_noop("ReportFormats", "CSV table (*.csv)"),
     "csv"),
    ("claimreview",
     "ClaimReview (JSON-LD)",  # i18n: not prose
     tr_noop("ReportFormats", "rated claims in the schema.org format search engines read"),
     "ClaimReview JSON-LD (*.json)",  # i18n: not prose
     "json"),
    ("webannotation",
     "Web Annotation (JSON-LD)",  # i18n: not prose
     tr_noop("ReportFormats", "every claim as a W3C annotation of its article"),
     "Web Annotation JSON-LD (*.jsonld)",  # i18n: not prose
     "jsonld"),
)  # fmt: skip
FORMAT_NAMES = tuple(row[0] for row in REPORT_FORMATS)
DEFAULT_FORMAT = "md"
_BY_NAME = {row[0]: row for row in REPORT_FORMATS}


def format_name(fmt: str) -> str:
    """``Markdown``, ``Word document``: the format's name in the UI language."""
    return translate(_C, _BY_NAME[fmt][1])


def format_use(fmt: str) -> str:
    """What ``fmt`` is for (``plain text to read or paste anywhere``) in the UI language."""
    return translate(_C, _BY_NAME[fmt][2])


def format_label(fmt: str) -> str:
    """``Markdown (.md) — plain text to read or paste anywhere``."""
    return f"{format_name(fmt)} (.{suffix_of(fmt)}) — {format_use(fmt)}"


def file_filter(fmt: str) -> str:
    """The save dialog's filter for ``fmt``."""
    return translate(_C, _BY_NAME[fmt][3])


def suffix_of(fmt: str) -> str:
    """The file suffix of ``fmt``, without the dot."""
    return _BY_NAME[fmt][4]


def suggested_name(fmt: str, stem: str) -> str:
    """``stem`` made safe for a file name, with the format's suffix."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in stem.strip().lower())
    safe = "-".join(part for part in safe.split("-") if part)[:60] or "claimdesk-report"
    return f"{safe}.{suffix_of(fmt)}"


def with_suffix(path: Path, fmt: str) -> Path:
    """``path`` ending in the format's suffix (added when the user typed none or another)."""
    suffix = suffix_of(fmt)
    return path if path.suffix.lower() == f".{suffix}" else path.with_name(f"{path.name}.{suffix}")


def written_message(count: int, path: Path) -> str:
    """``Wrote 5 claims to report.md``."""
    claims = plural(
        count, translate("ReportFormats", "claim"), translate("ReportFormats", "claims")
    )
    return translate("ReportFormats", "Wrote {claims} to {file}.").format(
        claims=claims, file=path.name
    )


# The script names claimdesk.render.fonts reports, marked here for translation.
SCRIPT_NAMES = (
    tr_noop("ReportFormats", "Latin"),
    tr_noop("ReportFormats", "Greek"),
    tr_noop("ReportFormats", "Cyrillic"),
    tr_noop("ReportFormats", "Arabic"),
    tr_noop("ReportFormats", "Hebrew"),
    tr_noop("ReportFormats", "Devanagari"),
    tr_noop("ReportFormats", "Bengali"),
    tr_noop("ReportFormats", "Tamil"),
    tr_noop("ReportFormats", "Thai"),
    tr_noop("ReportFormats", "Armenian"),
    tr_noop("ReportFormats", "Georgian"),
    tr_noop("ReportFormats", "Ethiopic"),
    tr_noop("ReportFormats", "Chinese, Japanese and Korean"),
    tr_noop("ReportFormats", "Japanese"),
    tr_noop("ReportFormats", "Korean"),
    tr_noop("ReportFormats", "emoji"),
    tr_noop("ReportFormats", "other scripts"),
)


def fonts_message(missing: Sequence[MissingScript]) -> str | None:
    """One line: which scripts of a PDF report no installed font draws, and what to install."""
    if not missing:
        return None
    scripts = "; ".join(f"{translate(_C, m.script)}: {sample(m.characters)}" for m in missing)
    count = sum(len(m.characters) for m in missing)
    return translate(
        "ReportFormats",
        "No installed font draws {characters} of the report ({scripts}): the PDF shows empty "
        "boxes there; install {packages} and write the report again.",
    ).format(
        characters=plural(
            count, translate("ReportFormats", "character"), translate("ReportFormats", "characters")
        ),
        scripts=scripts,
        packages=" ".join(dict.fromkeys(m.package for m in missing)),
    )
