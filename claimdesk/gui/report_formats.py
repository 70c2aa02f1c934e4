"""The report formats the dialog offers, and the file names and messages around writing one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from claimdesk.gui.wording import plural

# (format, label, what it is for, save-dialog filter, suffix)
REPORT_FORMATS: tuple[tuple[str, str, str, str, str], ...] = (
    ("pdf", "PDF", "to print, send or file; the text stays searchable", "PDF report (*.pdf)",
     "pdf"),
    ("docx", "Word document", "to edit the report or paste it into a story",
     "Word document (*.docx)", "docx"),
    ("html", "Web page", "to open in a browser or publish", "Web page (*.html)", "html"),
    ("md", "Markdown", "plain text to read or paste anywhere", "Markdown report (*.md)", "md"),
    ("xlsx", "Excel workbook", "one row a claim, with filters", "Excel workbook (*.xlsx)",
     "xlsx"),
    ("csv", "CSV table", "one row a claim, for any spreadsheet or script", "CSV table (*.csv)",
     "csv"),
    ("claimreview", "ClaimReview (JSON-LD)", "rated claims in the schema.org format search "
     "engines read", "ClaimReview JSON-LD (*.json)", "json"),
    ("webannotation", "Web Annotation (JSON-LD)", "every claim as a W3C annotation of its "
     "article", "Web Annotation JSON-LD (*.jsonld)", "jsonld"),
)  # fmt: skip
FORMAT_NAMES = tuple(row[0] for row in REPORT_FORMATS)
DEFAULT_FORMAT = "md"
_BY_NAME = {row[0]: row for row in REPORT_FORMATS}


def format_label(fmt: str) -> str:
    """``Markdown (.md) — plain text to read or paste anywhere``."""
    _, label, use, _, suffix = _BY_NAME[fmt]
    return f"{label} (.{suffix}) — {use}"


def file_filter(fmt: str) -> str:
    """The save dialog's filter for ``fmt``."""
    return _BY_NAME[fmt][3]


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
    return f"Wrote {plural(count, 'claim')} to {path.name}."


def open_folder(path: Path) -> None:
    """Show the folder holding ``path`` in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
