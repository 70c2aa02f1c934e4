"""The report dialog: which claims (this article or all) and which format."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import ArticleView
from claimdesk.gui.wording import plural

EXPORT_FORMATS = (
    ("pdf", "PDF (.pdf) — to print, send or file; the text stays searchable"),
    ("docx", "Word document (.docx) — to edit the report or paste it into a story"),
    ("html", "Web page (.html) — to open in a browser or publish"),
    ("md", "Markdown (.md) — plain text to read or paste anywhere"),
    ("xlsx", "Excel workbook (.xlsx) — one row a claim, with filters"),
    ("csv", "CSV table (.csv) — one row a claim, for any spreadsheet or script"),
)
_FILE_FILTERS = {
    "pdf": "PDF report (*.pdf)",
    "docx": "Word document (*.docx)",
    "html": "Web page (*.html)",
    "md": "Markdown report (*.md)",
    "xlsx": "Excel workbook (*.xlsx)",
    "csv": "CSV table (*.csv)",
}
DEFAULT_FORMAT = "md"


def file_filter(fmt: str) -> str:
    """The save dialog's filter for ``fmt``."""
    return _FILE_FILTERS[fmt]


def suggested_name(fmt: str, article: ArticleView | None) -> str:
    """A file name for the report: ``claims-<id>.md`` for one article, else ``claimdesk-report``."""
    stem = "claimdesk-report" if article is None else f"claims-{article.id[:8]}"
    return f"{stem}.{fmt}"


def with_suffix(path: Path, fmt: str) -> Path:
    """``path`` ending in the format's suffix (added when the user typed none or another)."""
    return path if path.suffix.lower() == f".{fmt}" else path.with_name(f"{path.name}.{fmt}")


def written_message(count: int, path: Path) -> str:
    """``Wrote 5 claims to report.md``."""
    return f"Wrote {plural(count, 'claim')} to {path.name}."


def open_folder(path: Path) -> None:
    """Show the folder holding ``path`` in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class ExportDialog(QDialog):
    """Scope and format of a claim report; the file name is asked next."""

    def __init__(
        self,
        article: ArticleView | None,
        *,
        whole_library: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export a report")
        self._article = article
        scope_box = QGroupBox("Claims", self)
        if article is not None:
            marked = plural(len(article.claims), "claim")
            label = f"This article: {article.title} ({marked})"
        else:
            label = "This article (no article is open)"
        self.this_article = QRadioButton(label, scope_box)
        self.this_article.setToolTip(article.title if article else "")
        self.this_article.setEnabled(article is not None)
        self.all_claims = QRadioButton("All claims in the library", scope_box)
        if article is None or whole_library:
            self.all_claims.setChecked(True)
        else:
            self.this_article.setChecked(True)
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self.this_article)
        scope_layout.addWidget(self.all_claims)

        format_box = QGroupBox("Format", self)
        format_layout = QVBoxLayout(format_box)
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for fmt, text in EXPORT_FORMATS:
            button = QRadioButton(text, format_box)
            self.format_group.addButton(button)
            self.format_buttons[fmt] = button
            format_layout.addWidget(button)
        self.format_buttons[DEFAULT_FORMAT].setChecked(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Choose file…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addWidget(format_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def fmt(self) -> str:
        """The chosen format: ``pdf``, ``docx``, ``html``, ``md``, ``xlsx`` or ``csv``."""
        return next(fmt for fmt, button in self.format_buttons.items() if button.isChecked())

    def article_id(self) -> str | None:
        """The article to report on, or None for every claim."""
        if self._article is not None and self.this_article.isChecked():
            return self._article.id
        return None
