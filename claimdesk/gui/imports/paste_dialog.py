"""The dialog for pasting an article's text with what is known about it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import ArticleMeta
from claimdesk.gui.common.i18n import tr_noop, translate

LANGUAGES = (
    ("", tr_noop("PasteDialog", "detect")),
    ("it", tr_noop("PasteDialog", "it — Italian")),
    ("en", tr_noop("PasteDialog", "en — English")),
)


class PasteDialog(QDialog):
    """Title, outlet, URL, language, date and the text; the clipboard is pasted in at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PasteDialog", "Paste an article"))
        self.resize(720, 620)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(translate("PasteDialog", "first line of the text if empty"))
        self.outlet = QLineEdit(self)
        self.url = QLineEdit(self)
        self.language = QComboBox(self)
        self.language.setEditable(True)
        for code, label in LANGUAGES:
            self.language.addItem(translate("PasteDialog", label), code)
        self.published = QLineEdit(self)
        self.published.setPlaceholderText(
            translate("PasteDialog", "YYYY-MM-DD (relative dates in the text count from it)")
        )
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(translate("PasteDialog", "The article text"))
        clipboard = QGuiApplication.clipboard().text() if QGuiApplication.clipboard() else ""
        self.text.setPlainText(clipboard)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("PasteDialog", "Title"), self.title)
        form.addRow(translate("PasteDialog", "Outlet"), self.outlet)
        form.addRow(translate("PasteDialog", "URL"), self.url)
        form.addRow(translate("PasteDialog", "Language"), self.language)
        form.addRow(translate("PasteDialog", "Published"), self.published)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("PasteDialog", "Import")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Close only when the text and the date can be used."""
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    def problem(self) -> str | None:
        """What stops the import, in one line, or None."""
        if not self.text.toPlainText().strip():
            return translate("PasteDialog", "The text is empty: paste the article's text.")
        try:
            self._published()
        except ValueError:
            return translate("PasteDialog", "The date must look like 2023-02-22, or be left empty.")
        return None

    def article_text(self) -> str:
        """The pasted text."""
        return self.text.toPlainText()

    def meta(self) -> ArticleMeta:
        """What the user said about the article."""
        language = self.language.currentData()
        if language is None or self.language.currentText() != self.language.itemText(
            self.language.currentIndex()
        ):
            language = self.language.currentText().strip()[:2].lower()
        return ArticleMeta(
            title=self.title.text().strip() or None,
            outlet=self.outlet.text().strip() or None,
            url=self.url.text().strip() or None,
            language=language or None,
            published=self._published(),
        )

    def _published(self) -> dt.date | None:
        text = self.published.text().strip()
        return dt.date.fromisoformat(text) if text else None
