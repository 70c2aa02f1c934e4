"""File > Restore from backup…: the copies in the library's backups folder, newest first, and
putting one back after the user confirms (the library as it is now is kept first).

The dialog only chooses: ``restore_requested(path)`` asks the backup actions to close the
library, restore and reopen it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.backup_restore import BackupInfo, BackupKind, backup_info
from claimdesk.gui.common.history_text import when
from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.common.wording import plural

KIND_NAMES = {
    BackupKind.DAILY: tr_noop("BackupDialog", "daily"),
    BackupKind.BEFORE_MIGRATION: tr_noop("BackupDialog", "before an update"),
    BackupKind.BEFORE_RESTORE: tr_noop("BackupDialog", "before a restore"),
    BackupKind.COPY: tr_noop("BackupDialog", "copy"),
}
TAKEN, KIND, ARTICLES, CLAIMS, SIZE = range(5)


def kind_name(kind: BackupKind) -> str:
    """Why the copy was made, as shown."""
    return translate("BackupDialog", KIND_NAMES[kind])


def taken_text(backup: BackupInfo) -> str:
    """When the copy was taken, in local time and the UI language."""
    return when(backup.taken)


def holds_text(backup: BackupInfo) -> str:
    """ "12 articles and 48 claims" in the UI language."""
    articles = plural(
        backup.articles or 0,
        translate("BackupDialog", "article"),
        translate("BackupDialog", "articles"),
    )
    claims = plural(
        backup.claims or 0, translate("BackupDialog", "claim"), translate("BackupDialog", "claims")
    )
    return translate("BackupDialog", "{articles} and {claims}").format(
        articles=articles, claims=claims
    )


def _cell(text: str, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class BackupDialog(QDialog):
    """Lists backups; Restore… asks for confirmation, then emits ``restore_requested``."""

    restore_requested = Signal(object)  # the Path of the backup to put back

    def __init__(self, backups: list[BackupInfo], folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(translate("BackupDialog", "Restore from backup"))
        self._backups = backups
        self._folder = folder
        self.confirmation: QMessageBox | None = None

        intro = QLabel(
            translate(
                "BackupDialog",
                "ClaimDesk keeps a copy of this library every day it is opened, and before "
                "an update or a restore changes it. Restoring a copy replaces the library; "
                "the library as it is now is kept as a copy first, so nothing is lost.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(backups), 5, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [translate("BackupDialog", "Taken"), translate("BackupDialog", "Kind"),
             translate("BackupDialog", "Articles"), translate("BackupDialog", "Claims"),
             translate("BackupDialog", "Size")]
        )  # fmt: skip
        self.table.setAccessibleName(translate("BackupDialog", "Backups, newest first"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Stretch)
        self._fill()
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.table.doubleClicked.connect(lambda _: self.confirm_restore())
        self.where = QLabel(self)
        self.where.setObjectName("mutedText")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(translate("BackupDialog", "&Restore…"), self)
        self.restore_button.setDefault(True)
        self.other_button = QPushButton(translate("BackupDialog", "Other &file…"), self)
        self.other_button.setToolTip(
            translate("BackupDialog", "Restore a copy kept elsewhere (Back up now…)")
        )
        self.folder_button = QPushButton(translate("BackupDialog", "&Open folder"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.confirm_restore)
        self.other_button.clicked.connect(self._choose_other)
        self.folder_button.clicked.connect(self._open_folder)
        self.folder_button.setEnabled(folder.is_dir())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.resize(620, 420)
        readable = [row for row, b in enumerate(backups) if b.readable]
        if readable:
            self.table.selectRow(readable[0])
        self._on_selected()

    def _fill(self) -> None:
        for row, backup in enumerate(self._backups):
            readable = backup.readable
            cells = [
                _cell(taken_text(backup)),
                _cell(kind_name(backup.kind)),
                _cell(str(backup.articles) if readable else "—", number=True),
                _cell(str(backup.claims) if readable else "—", number=True),
                _cell(QLocale().formattedDataSize(backup.size), number=True),
            ]
            tip = str(backup.path) if readable else backup.problem or ""
            for column, cell in enumerate(cells):
                cell.setToolTip(tip)
                if not readable:
                    cell.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, cell)

    def selected(self) -> BackupInfo | None:
        """The backup chosen in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def select_backup(self, path: Path) -> None:
        """Choose the backup at ``path`` in the list."""
        for row, backup in enumerate(self._backups):
            if backup.path == path:
                self.table.selectRow(row)

    def _on_selected(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(backup is not None and backup.readable)
        if not self._backups:
            self.where.setText(
                translate("BackupDialog", "No backups yet in {folder}.").format(folder=self._folder)
            )
        elif backup is None:
            self.where.setText("")
        elif backup.readable:
            self.where.setText(
                translate("BackupDialog", "{file}: {holds}.").format(
                    file=backup.path.name, holds=holds_text(backup)
                )
            )
        else:
            self.where.setText(backup.problem or "")

    def confirm_restore(self, backup: BackupInfo | None = None) -> QMessageBox | None:
        """Ask before restoring (window-modal, not blocking); yes emits ``restore_requested``."""
        backup = backup or self.selected()
        if backup is None or not backup.readable:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), "", parent=self)
        box.setObjectName("confirmRestore")
        box.setText(
            translate("BackupDialog", "Restore the library as it was on {taken}?").format(
                taken=taken_text(backup)
            )
        )
        box.setInformativeText(
            translate(
                "BackupDialog",
                "The library will hold {holds}. Changes made since then leave the library, "
                "but are not lost: the library as it is now is kept in the backups folder, "
                "where you can restore it the same way.",
            ).format(holds=holds_text(backup))
        )
        yes = box.addButton(translate("BackupDialog", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.finished.connect(lambda _: self._confirmed(box, yes, backup))
        self.confirmation = box
        box.open()
        return box

    def _confirmed(self, box: QMessageBox, yes: QPushButton, backup: BackupInfo) -> None:
        self.confirmation = None
        box.deleteLater()
        if box.clickedButton() is yes:
            self.accept()
            self.restore_requested.emit(backup.path)

    def _choose_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("BackupDialog", "Restore from a copy"),
            str(self._folder if self._folder.is_dir() else Path.home()),
            translate("BackupDialog", "ClaimDesk libraries (*.sqlite);;All files (*)"),
        )
        if path:
            self.confirm_restore_file(Path(path))

    def confirm_restore_file(self, path: Path) -> QMessageBox | None:
        """Ask before restoring a copy kept outside the backups folder."""
        backup = backup_info(path)
        if not backup.readable:
            QMessageBox.warning(self, self.windowTitle(), backup.problem or "")
            return None
        return self.confirm_restore(backup)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))
