"""The inspector's evidence: the sources of the selected claim in their order, with buttons to
add a link, a file or a note, to edit, reorder and remove them, and the dialog that asks for
one. A link opens in the browser, a file in the program the system chooses."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from PySide6.QtCore import QDate, QLocale, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import Evidence, EvidenceKind
from claimdesk.gui.common.date_field import DateField
from claimdesk.gui.common.i18n import translate

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1


def _day(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def evidence_line(e: Evidence) -> str:
    """``OSCE report — osce.org · 23 Feb 2023``: what a row of the list says."""
    if e.kind is EvidenceKind.URL:
        where = urlsplit(e.source).netloc.removeprefix("www.")
        text = f"{e.title} — {where}" if e.title else e.source
    else:  # a file's name, or where a note comes from
        text = f"{e.title} — {e.source}" if e.title else e.source
    if e.consulted is not None:
        text += " · " + _day(e.consulted)
    return text


def _kind_name(kind: EvidenceKind) -> str:
    return {
        EvidenceKind.URL: translate("EvidencePanel", "link"),
        EvidenceKind.FILE: translate("EvidencePanel", "file"),
        EvidenceKind.NOTE: translate("EvidencePanel", "note"),
    }[kind]


class EvidencePanel(QWidget):
    """The list of a claim's evidence and its buttons; the controller does the work."""

    add_requested = Signal(str)  # "url", "file" or "note"
    edit_requested = Signal(object)  # Evidence
    remove_requested = Signal(object)  # Evidence
    move_requested = Signal(object, int)  # Evidence, its new place (0 first)
    open_requested = Signal(object)  # Evidence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._evidence: tuple[Evidence, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setObjectName("evidenceList")
        self.list.setAccessibleName(translate("EvidencePanel", "Evidence of the claim"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(120)
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(self._of(item)))
        self.list.currentRowChanged.connect(lambda _: self._update_buttons())
        self.empty = QLabel(translate("EvidencePanel", "none yet"), self)
        self.empty.setObjectName("mutedText")
        self.empty.setToolTip(
            translate("EvidencePanel", "No evidence yet: add the sources the verdict rests on.")
        )
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        # One "Add" button with its menu: three buttons would widen the inspector.
        self.add = self._button(translate("EvidencePanel", "+ Add"), buttons)
        self.add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add)
        self.add_link = menu.addAction(translate("EvidencePanel", "A &link…"))
        self.add_file = menu.addAction(translate("EvidencePanel", "A &file…"))
        self.add_note = menu.addAction(translate("EvidencePanel", "A &note…"))
        self.add.setMenu(menu)
        buttons.addStretch(1)
        self.edit = self._button(translate("EvidencePanel", "Edit…"), buttons)
        self.up = self._button("↑", buttons, translate("EvidencePanel", "Move up"))
        self.down = self._button("↓", buttons, translate("EvidencePanel", "Move down"))
        self.remove = self._button("✕", buttons, translate("EvidencePanel", "Remove"))
        layout.addLayout(buttons)
        self.add_link.triggered.connect(lambda: self.add_requested.emit(EvidenceKind.URL.value))
        self.add_file.triggered.connect(lambda: self.add_requested.emit(EvidenceKind.FILE.value))
        self.add_note.triggered.connect(lambda: self.add_requested.emit(EvidenceKind.NOTE.value))
        self.edit.clicked.connect(lambda: self._emit_current(self.edit_requested))
        self.remove.clicked.connect(lambda: self._emit_current(self.remove_requested))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.show_evidence(())

    def _button(self, text: str, row: QHBoxLayout, tip: str = "") -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        if tip:
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        row.addWidget(button)
        return button

    def show_evidence(self, evidence: tuple[Evidence, ...]) -> None:
        """List ``evidence`` (a claim's, in its order), keeping the row chosen."""
        chosen = self.current()
        self._evidence = evidence
        self.list.clear()
        for place, e in enumerate(evidence, start=1):
            item = QListWidgetItem(f"{place}. {evidence_line(e)}", self.list)
            item.setData(EVIDENCE_ROLE, e.id)
            tip = f"{_kind_name(e.kind)}: {e.source}"
            item.setToolTip(f"{tip}\n{e.note}" if e.note else tip)
        self.list.setVisible(bool(evidence))
        self.empty.setVisible(not evidence)
        ids = [e.id for e in evidence]
        if chosen is not None and chosen.id in ids:
            self.list.setCurrentRow(ids.index(chosen.id))
        self._update_buttons()

    def current(self) -> Evidence | None:
        """The evidence chosen in the list."""
        item = self.list.currentItem()
        return self._of(item) if item is not None else None

    def evidence(self) -> tuple[Evidence, ...]:
        """The evidence listed."""
        return self._evidence

    def _of(self, item: QListWidgetItem) -> Evidence:
        wanted = item.data(EVIDENCE_ROLE)
        return next(e for e in self._evidence if e.id == wanted)

    def _emit_current(self, signal: SignalInstance) -> None:
        chosen = self.current()
        if chosen is not None:
            signal.emit(chosen)

    def _move(self, step: int) -> None:
        chosen, row = self.current(), self.list.currentRow()
        if chosen is not None and 0 <= row + step < len(self._evidence):
            self.move_requested.emit(chosen, row + step)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        chosen = 0 <= row < len(self._evidence)
        for button in (self.edit, self.remove):
            button.setEnabled(chosen)
        self.up.setEnabled(chosen and row > 0)
        self.down.setEnabled(chosen and row < len(self._evidence) - 1)


class EvidenceDialog(QDialog):
    """Asks for one piece of evidence: its source, a title, a note and the day consulted."""

    def __init__(
        self,
        kind: EvidenceKind,
        parent: QWidget | None = None,
        *,
        existing: Evidence | None = None,
        file_name: str = "",
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self.setWindowTitle(
            {
                EvidenceKind.URL: translate("EvidenceDialog", "Evidence: a web page"),
                EvidenceKind.FILE: translate("EvidenceDialog", "Evidence: a file"),
                EvidenceKind.NOTE: translate("EvidenceDialog", "Evidence: a note"),
            }[kind]
        )
        form = QFormLayout(self)
        self.source = QLineEdit(self)
        self.source.setMinimumWidth(360)
        if kind is EvidenceKind.URL:
            self.source.setPlaceholderText("https://…")  # i18n: not prose
            label = translate("EvidenceDialog", "Address")
        elif kind is EvidenceKind.FILE:
            label = translate("EvidenceDialog", "File")
        else:
            self.source.setPlaceholderText(
                translate("EvidenceDialog", "where it comes from: a call, a book, an e-mail")
            )
            label = translate("EvidenceDialog", "Source")
        form.addRow(label, self.source)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(translate("EvidenceDialog", "what it is, for the report"))
        form.addRow(translate("EvidenceDialog", "Title"), self.title)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(translate("EvidenceDialog", "Note"), self.note)
        self.consulted = DateField(self)
        form.addRow(translate("EvidenceDialog", "Consulted"), self.consulted)
        self.error = QLabel("", self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        if existing is not None:
            self.source.setText(existing.source)
            self.title.setText(existing.title)
            self.note.setPlainText(existing.note)
            self.consulted.setText(existing.consulted.isoformat() if existing.consulted else "")
        else:
            self.source.setText(file_name)
            self.consulted.setText(dt.date.today().isoformat())
        if kind is EvidenceKind.FILE:
            self.source.setReadOnly(existing is None)  # a new file is named by the file itself

    def values(self) -> tuple[str, str, str, dt.date | None]:
        """Source, title, note and the day consulted (None when left empty)."""
        return (
            self.source.text().strip(),
            self.title.text().strip(),
            self.note.toPlainText().strip(),
            self._consulted(),
        )

    def _consulted(self) -> dt.date | None:
        return self.consulted.day()

    def problem(self) -> str | None:
        """What keeps the answer from being saved, in one line; None when it can be."""
        source = self.source.text().strip()
        if not source:
            return translate("EvidenceDialog", "Give the source first.")
        if self._kind is EvidenceKind.URL and urlsplit(source).scheme not in ("http", "https"):
            return translate(
                "EvidenceDialog", "That is not a web address: it starts with https:// or http://."
            )
        if (wrong := self.consulted.problem()) is not None:
            return wrong
        day = self._consulted()
        if day is not None and day > dt.date.today():
            return translate("EvidenceDialog", "The day consulted is in the future.")
        return None

    def _accept_if_valid(self) -> None:
        problem = self.problem()
        if problem is None:
            self.accept()
            return
        self.error.setText(problem)
        self.error.show()
