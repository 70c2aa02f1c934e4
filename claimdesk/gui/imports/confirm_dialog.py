"""The step after an import: what was found about the article (title, outlet, date, language,
address, and the dateline's place), to correct before the work starts. Enter keeps it all (with
any correction), Skip leaves the article as it was imported, Skip the rest does so for every
article still waiting in a batch.

The dialog shows and edits; :class:`~claimdesk.gui.imports.confirm_step.ConfirmStep` reads the
article and saves the changes (through the article's undoable edit, as its properties are).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.importers.dateline import Dateline, find_dateline
from claimdesk.core.model import ArticleChanges, ArticleView
from claimdesk.gui.common.date_field import DateField
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.language_box import LanguageBox


@dataclass(frozen=True, slots=True)
class FoundMetadata:
    """An article as it was imported, with the dateline its text opens with (if any)."""

    article: ArticleView
    dateline: Dateline | None


def read_found(article: ArticleView) -> FoundMetadata:
    """What the step shows of ``article`` (run on the worker: the dateline is read again)."""
    return FoundMetadata(article, find_dateline(article.text, article.imported.date()))


def place_line(place: str) -> str:
    """The line the dateline's place is kept as in the article's notes."""
    return translate("ConfirmMetadataDialog", "Place: {place}").format(place=place)


class ConfirmMetadataDialog(QDialog):
    """Title, outlet, date, language, URL and place, as found and editable; Save, Skip,
    Skip the rest. Emits :attr:`decided` once, with ``"save"``, ``"skip"`` or ``"skip_rest"``.
    """

    decided = Signal(str)

    def __init__(
        self, found: FoundMetadata, position: int, count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmMetadata")
        self.setWindowTitle(translate("ConfirmMetadataDialog", "Check the article's details"))
        self._found = found
        self._decided = False
        article = found.article
        source = (
            Path(article.source_name).name
            if article.source_name
            else translate("ConfirmMetadataDialog", "pasted text")
        )
        if count > 1:
            head = translate("ConfirmMetadataDialog", "Article {position} of {count}: {source}")
        else:
            head = translate("ConfirmMetadataDialog", "Imported from {source}")
        self.heading = QLabel(head.format(position=position, count=count, source=source), self)
        self.heading.setObjectName("mutedText")
        self.heading.setWordWrap(True)
        intro = QLabel(
            translate(
                "ConfirmMetadataDialog",
                "Found in the article and its file. Correct what is wrong: relative dates in "
                "the text (“last year”) count from the date. Enter saves.",
            ),
            self,
        )
        intro.setWordWrap(True)

        self.title = QLineEdit(article.title, self)
        self.outlet = QLineEdit(article.outlet or "", self)
        self.outlet.setPlaceholderText(translate("ConfirmMetadataDialog", "not found"))
        self.published = DateField(self)
        self.published.set_day(article.published)
        self.published.setToolTip(
            translate("ConfirmMetadataDialog", "Empty: the article has no date")
        )
        self.language = LanguageBox(self)
        self.language.set_language(article.language)
        self.url = QLineEdit(article.url or "", self)
        self.url.setPlaceholderText(translate("ConfirmMetadataDialog", "not found"))
        dateline = found.dateline
        self.place = QLineEdit(dateline.place if dateline else "", self)
        self.place.setPlaceholderText(translate("ConfirmMetadataDialog", "not found"))
        self.place.setToolTip(
            translate("ConfirmMetadataDialog", "Kept in the article's notes as “Place: …”")
        )
        self.dateline = QLabel(self)
        self.dateline.setObjectName("mutedText")
        self.dateline.setWordWrap(True)
        self.dateline.setText(
            translate("ConfirmMetadataDialog", "Dateline: {dateline}").format(
                dateline=dateline.text
            )
            if dateline is not None and dateline.text
            else translate("ConfirmMetadataDialog", "No dateline at the start of the text.")
        )
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(translate("ConfirmMetadataDialog", "&Title"), self.title)
        form.addRow(translate("ConfirmMetadataDialog", "&Outlet"), self.outlet)
        form.addRow(translate("ConfirmMetadataDialog", "&Date"), self.published)
        form.addRow(translate("ConfirmMetadataDialog", "&Language"), self.language)
        form.addRow(translate("ConfirmMetadataDialog", "&URL"), self.url)
        form.addRow(translate("ConfirmMetadataDialog", "&Place"), self.place)
        form.addRow("", self.dateline)

        self.save_button = QPushButton(translate("ConfirmMetadataDialog", "Save"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(
            translate("ConfirmMetadataDialog", "Keep these details (Enter)")
        )
        self.skip_button = QPushButton(translate("ConfirmMetadataDialog", "Skip"), self)
        self.skip_button.setAutoDefault(False)
        self.skip_button.setToolTip(
            translate("ConfirmMetadataDialog", "Leave the article as it was imported (Esc)")
        )
        self.skip_rest_button = QPushButton(
            translate("ConfirmMetadataDialog", "Skip the rest"), self
        )
        self.skip_rest_button.setAutoDefault(False)
        self.skip_rest_button.setToolTip(
            translate(
                "ConfirmMetadataDialog", "Leave this and every article still to check as imported"
            )
        )
        self.skip_rest_button.setVisible(position < count)
        self.save_button.clicked.connect(self._save)
        self.skip_button.clicked.connect(lambda: self._decide("skip"))
        self.skip_rest_button.clicked.connect(lambda: self._decide("skip_rest"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_rest_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()

    def article_id(self) -> str:
        """The article whose details are shown."""
        return self._found.article.id

    # The outcome
    def problem(self) -> str | None:
        """What stops saving, in one line, or None."""
        if not self.title.text().strip():
            return translate(
                "ConfirmMetadataDialog", "The title is empty: give the article a title."
            )
        wrong = self.published.problem()
        if wrong is not None:
            return wrong
        return self.language.problem()

    def changes(self) -> tuple[ArticleChanges, ArticleChanges]:
        """``(old, new)`` holding only the fields that changed: new to save, old for undo.
        A place is added to the notes, once."""
        article = self._found.article
        published: dt.date | str = self.published.day() or ""
        notes = article.notes
        place = " ".join(self.place.text().split())
        if place and place_line(place) not in notes.splitlines():
            notes = f"{notes.rstrip()}\n{place_line(place)}" if notes.strip() else place_line(place)
        before: dict[str, Any] = {
            "title": article.title,
            "outlet": article.outlet or "",
            "url": article.url or "",
            "language": article.language,
            "published": article.published or "",
            "notes": article.notes,
        }
        after: dict[str, Any] = {
            "title": " ".join(self.title.text().split()),
            "outlet": self.outlet.text().strip(),
            "url": self.url.text().strip(),
            "language": self.language.language_code(),
            "published": published,
            "notes": notes,
        }
        names = [name for name in before if before[name] != after[name]]
        old = ArticleChanges(**{name: before[name] for name in names})
        new = ArticleChanges(**{name: after[name] for name in names})
        return old, new

    def _save(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self._decide("save")

    def _decide(self, choice: str) -> None:
        if self._decided:
            return
        self._decided = True
        self.done(QDialog.DialogCode.Accepted if choice == "save" else QDialog.DialogCode.Rejected)
        self.decided.emit(choice)

    # Closing without a choice is a skip
    def reject(self) -> None:
        """Esc (or the title bar's close): skip this article."""
        if not self._decided:
            self._decide("skip")
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed from the window manager: skip this article."""
        if not self._decided:
            self._decided = True
            self.decided.emit("skip")
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves from any field (the language list's line too)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._save()
            event.accept()
            return
        super().keyPressEvent(event)
