"""The history of a claim or an article: every change, newest first, with who and when; the
selected change's fields before and after; and going back to either side of it.

The panel shows what it is given and asks for restores by signal; the history controller
reads and restores through the window's worker. In the inspector it is a section that
opens and closes ("History ▸"); the article's history shows the same panel in a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model.history import HistoryItem, VersionSide
from claimdesk.gui.common import history_text
from claimdesk.gui.common.i18n import translate

LIST_ROWS = 5  # entries visible at once in the inspector (two lines each)
DETAIL_LINES = 7


class HistoryPanel(QWidget):
    """Entries of one record's history; ``restore_requested(history_id, side)`` asks to go
    back to the version an entry left (``after``) or the one it replaced (``before``)."""

    restore_requested = Signal(int, object)
    open_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, collapsible: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self._subject: str | None = None
        self._items: list[HistoryItem] = []
        self._collapsible = collapsible

        self.toggle = QToolButton(self)
        self.toggle.setObjectName("historyToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        # Looks like the pane's other headings (SIMILAR CLAIMS, LINKS), with its arrow.
        self.toggle.setStyleSheet(
            "QToolButton { border: none; background: transparent; margin: 0; padding: 2px 0;"
            " font-size: 8pt; font-weight: 600; letter-spacing: 1px;"
            " color: palette(placeholder-text); }"
            " QToolButton:hover { color: palette(text); }"
        )
        self.toggle.setToolTip(
            translate("HistoryPanel", "Every change to this claim: who, when, before and after")
        )
        self._set_arrow(False)
        self.toggle.toggled.connect(self._on_toggled)
        self.toggle.setVisible(collapsible)

        self.status = QLabel(self)
        self.status.setObjectName("mutedText")
        self.status.setWordWrap(True)
        self.entries = QListWidget(self)
        self.entries.setObjectName("historyEntries")
        self.entries.setWordWrap(True)
        self.entries.setAlternatingRowColors(True)
        self.entries.setSpacing(1)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.entries.setAccessibleName(translate("HistoryPanel", "Changes, newest first"))
        self.entries.currentRowChanged.connect(self._show_current)
        self.details = QTextBrowser(self)
        self.details.setObjectName("historyDetails")
        self.details.setOpenLinks(False)
        self.details.setAccessibleName(translate("HistoryPanel", "The change, before and after"))
        self.restore_button = QPushButton(translate("HistoryPanel", "&Restore this version"), self)
        self.restore_button.setToolTip(
            translate("HistoryPanel", "Go back to the state this change left; nothing is lost: "
                      "the restore is itself a change you can undo here")
        )  # fmt: skip
        self.undo_button = QPushButton(translate("HistoryPanel", "&Undo this change"), self)
        self.undo_button.setToolTip(
            translate("HistoryPanel", "Go back to the state before this change")
        )
        self.restore_button.clicked.connect(lambda: self._request(VersionSide.AFTER))
        self.undo_button.clicked.connect(lambda: self._request(VersionSide.BEFORE))

        line = self.fontMetrics().lineSpacing()
        if collapsible:
            self.entries.setFixedHeight(line * 2 * LIST_ROWS + 16)
            self.details.setFixedHeight(line * DETAIL_LINES + 12)
        else:
            self.entries.setMinimumHeight(line * 2 * LIST_ROWS + 16)
            self.details.setMinimumHeight(line * DETAIL_LINES + 12)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.status)
        body.addWidget(self.entries, 1)
        body.addWidget(self.details, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body, 1)
        self.body.setVisible(not collapsible)
        self._show_current(-1)

    # Public
    def is_open(self) -> bool:
        """True when the entries are shown (always, outside the inspector)."""
        return not self._collapsible or self.toggle.isChecked()

    def set_open(self, shown: bool) -> None:
        """Open or close the section."""
        self.toggle.setChecked(shown)

    def subject(self) -> str | None:
        """The id of the claim or article whose history is shown."""
        return self._subject

    def set_subject(self, entity_id: str | None) -> None:
        """Follow another record: its entries are asked for (``show_loading``) when open."""
        if entity_id == self._subject:
            return
        self._subject = entity_id
        self._items = []
        self.entries.clear()
        self.status.clear()
        self._show_current(-1)

    def show_loading(self) -> None:
        """Entries are being read."""
        if not self._items:
            self.status.setText(translate("HistoryPanel", "Reading the history…"))

    def show_items(self, entity_id: str, items: list[HistoryItem]) -> None:
        """The entries of ``entity_id``, newest first. The selected entry stays selected,
        unless newer ones came (a restore just made, another desk's edit): then the newest."""
        if entity_id != self._subject:
            return
        newest = self._items[0].id if self._items else None
        kept = self.current_item() if items and items[0].id == newest else None
        self._items = list(items)
        blocked = self.entries.blockSignals(True)
        self.entries.clear()
        for item in self._items:
            entry = QListWidgetItem(
                f"{history_text.when(item.at)} · {history_text.who(item)}\n"
                f"{history_text.summary(item)}"
            )
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setToolTip(history_text.summary(item))
            self.entries.addItem(entry)
        self.entries.blockSignals(blocked)
        if not self._items:
            self.status.setText(translate("HistoryPanel", "No change recorded yet."))
        else:
            count = len(self._items)
            self.status.setText(
                translate("HistoryPanel", "1 change, newest first.")
                if count == 1
                else translate("HistoryPanel", "{count} changes, newest first.").format(count=count)
            )
        ids = [item.id for item in self._items]
        row = ids.index(kept.id) if kept is not None and kept.id in ids else 0
        self.entries.setCurrentRow(row if self._items else -1)
        self._show_current(self.entries.currentRow())

    def show_error(self, message: str) -> None:
        """The history could not be read (the one-line reason)."""
        self.status.setText(message)

    def items(self) -> list[HistoryItem]:
        """The entries shown, newest first."""
        return list(self._items)

    def current_item(self) -> HistoryItem | None:
        """The selected entry."""
        row = self.entries.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def select_entry(self, history_id: int) -> None:
        """Select the entry with this id."""
        ids = [item.id for item in self._items]
        if history_id in ids:
            self.entries.setCurrentRow(ids.index(history_id))

    def set_busy(self, busy: bool) -> None:
        """While a restore runs, its buttons wait."""
        self.setProperty("busy", busy)
        self._show_current(self.entries.currentRow())

    # Inside
    def _set_arrow(self, shown: bool) -> None:
        heading = translate("HistoryPanel", "HISTORY")
        self.toggle.setText(f"{heading} {'▾' if shown else '▸'}")
        self.toggle.setAccessibleName(translate("HistoryPanel", "History"))

    def _on_toggled(self, shown: bool) -> None:
        self._set_arrow(shown)
        self.body.setVisible(shown)
        self.open_changed.emit(shown)

    def _show_current(self, row: int) -> None:
        item = self._items[row] if 0 <= row < len(self._items) else None
        busy = bool(self.property("busy"))
        self.details.setHtml(history_text.details_html(item) if item else "")
        # The newest entry's version is the record as it is now: nothing to go back to.
        self.restore_button.setEnabled(
            item is not None and not busy and row > 0 and history_text.can_restore(item)
        )
        self.undo_button.setEnabled(item is not None and not busy and history_text.can_undo(item))

    def _request(self, side: VersionSide) -> None:
        item = self.current_item()
        if item is not None:
            self.restore_requested.emit(item.id, side)


class HistoryDialog(QDialog):
    """The open article's history in its own window (Article > History of this article)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleHistory")
        self.setWindowTitle(translate("HistoryPanel", "Article history"))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.panel = HistoryPanel(self, collapsible=False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(560, 560)

    def follow(self, article_id: str, title: str) -> None:
        """Show ``article_id``'s history (its title above it)."""
        self.heading.setText(title)
        self.panel.set_subject(article_id)
