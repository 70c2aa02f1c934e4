"""The dialog for an article's metadata: title, outlet, URL, language, date, tags, notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import ArticleChanges, ArticleView
from claimdesk.gui.common.date_field import DateField
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.language_box import LanguageBox
from claimdesk.gui.common.tags import parse_tags


def parse_authors(text: str) -> tuple[str, ...]:
    """Authors separated by commas or semicolons, trimmed, in order."""
    return tuple(a.strip() for a in text.replace(";", ",").split(",") if a.strip())


def _values(article: ArticleView) -> dict[str, Any]:
    """An article's editable fields in the form :class:`ArticleChanges` takes them."""
    return {
        "title": article.title,
        "outlet": article.outlet or "",
        "url": article.url or "",
        "language": article.language,
        "published": article.published or "",
        "authors": article.authors,
        "notes": article.notes,
        "tags": article.tags,
    }


class ArticlePropertiesDialog(QDialog):
    """Edits a copy of the article's metadata; :meth:`changes` says what to save."""

    def __init__(self, article: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ArticlePropertiesDialog", "Article properties"))
        self.resize(620, 560)
        self._article = article
        self.title = QLineEdit(article.title, self)
        self.outlet = QLineEdit(article.outlet or "", self)
        self.url = QLineEdit(article.url or "", self)
        self.url.setPlaceholderText("https://…")  # i18n: not prose
        self.language = LanguageBox(self)
        self.language.set_language(article.language)
        # Typed as text: a date spin box would keep its year when "2023-11-09" is typed over it.
        self.published = DateField(self)
        self.no_date = QCheckBox(translate("ArticlePropertiesDialog", "no date"), self)
        self.no_date.toggled.connect(lambda checked: self.published.setEnabled(not checked))
        self.set_published(article.published)
        self.authors = QLineEdit(", ".join(article.authors), self)
        self.authors.setPlaceholderText(
            translate("ArticlePropertiesDialog", "Name Surname, Name Surname")
        )
        self.tags = QLineEdit(", ".join(article.tags), self)
        self.tags.setPlaceholderText(translate("ArticlePropertiesDialog", "comma, separated"))
        self.notes = QPlainTextEdit(article.notes, self)
        self.notes.setTabChangesFocus(True)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.hide()

        date_row = QHBoxLayout()
        date_row.addWidget(self.published, 1)
        date_row.addWidget(self.no_date)
        form = QFormLayout()
        form.addRow(translate("ArticlePropertiesDialog", "&Title"), self.title)
        form.addRow(translate("ArticlePropertiesDialog", "&Outlet"), self.outlet)
        form.addRow(translate("ArticlePropertiesDialog", "&URL"), self.url)
        form.addRow(translate("ArticlePropertiesDialog", "&Language"), self.language)
        published_label = QLabel(translate("ArticlePropertiesDialog", "&Published"), self)
        published_label.setBuddy(self.published)  # a row holding a layout gets no buddy itself
        form.addRow(published_label, date_row)
        form.addRow(translate("ArticlePropertiesDialog", "&Authors"), self.authors)
        form.addRow(translate("ArticlePropertiesDialog", "Ta&gs"), self.tags)
        form.addRow(translate("ArticlePropertiesDialog", "&Notes"), self.notes)
        source = article.source_name or translate("ArticlePropertiesDialog", "pasted text")
        day = article.imported
        imported = QLocale().toString(QDate(day.year, day.month, day.day), "dd MMM yyyy")
        origin = QLabel(
            translate(
                "ArticlePropertiesDialog", "From {source} ({format}), imported {date}"
            ).format(source=source, format=article.source_format, date=imported),
            self,
        )
        origin.setObjectName("mutedText")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(origin)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    # Reading and writing the fields
    def set_language(self, code: str) -> None:
        """Select ``code`` in the list, or type it in when it is not a common one."""
        self.language.set_language(code)

    def language_code(self) -> str:
        """The chosen language as a code: a listed entry's code, else what was typed."""
        return self.language.language_code()

    def set_published(self, day: dt.date | None) -> None:
        """Show ``day``, or tick "no date"."""
        self.no_date.setChecked(day is None)
        self.published.setEnabled(day is not None)
        self.published.set_day(day or self._article.imported.date())

    def published_date(self) -> dt.date | None:
        """The date typed, or None when "no date" is ticked (or the field is emptied)."""
        if self.no_date.isChecked():
            return None
        return self.published.day()

    # The outcome
    def accept(self) -> None:
        """Close only when the title and the language can be saved."""
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    def problem(self) -> str | None:
        """What stops saving, in one line, or None."""
        if not self.title.text().strip():
            return translate(
                "ArticlePropertiesDialog", "The title is empty: give the article a title."
            )
        if not self.no_date.isChecked() and (wrong := self.published.problem()) is not None:
            return wrong
        return self.language.problem()

    def changes(self) -> tuple[ArticleChanges, ArticleChanges]:
        """``(old, new)`` holding only the fields that changed: new to save, old for undo."""
        before = _values(self._article)
        after: dict[str, Any] = {
            "title": self.title.text().strip(),
            "outlet": self.outlet.text().strip(),
            "url": self.url.text().strip(),
            "language": self.language_code(),
            "published": self.published_date() or "",
            "authors": parse_authors(self.authors.text()),
            "notes": self.notes.toPlainText(),
            "tags": parse_tags(self.tags.text()),
        }
        names = [f.name for f in fields(ArticleChanges) if before[f.name] != after[f.name]]
        old = ArticleChanges(**{name: before[name] for name in names})
        new = ArticleChanges(**{name: after[name] for name in names})
        return old, new
