"""Link the selected claim to any other: a dialog that searches every claim as you type,
chooses what the link says (denies, contradicts, supports, repeats) and shows both sides."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import ClaimView, LinkType, SearchHit, SearchResults
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.labels import label
from claimdesk.gui.common.wording import plural

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
TYPING_PAUSE_MS = 200
# Searches for claims only: a claim hit is what can be linked.
Search = Callable[[str, Callable[[SearchResults], None]], None]


def _plain(snippet: str) -> str:
    return QTextDocumentFragment.fromHtml(snippet).toPlainText()


class LinkPickerDialog(QDialog):
    """Choose the other claim and the link's type; :meth:`choice` gives both once accepted."""

    def __init__(self, source: ClaimView, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LinkPicker", "Link this claim to another"))
        self._source = source
        self._search = search
        self._seq = 0
        layout = QVBoxLayout(self)
        this = QLabel(translate("LinkPicker", "This claim"), self)
        this.setObjectName("paneHeading")
        layout.addWidget(this)
        self.source_text = QLabel(f"“{source.quote}” — {source.claimant or '?'}", self)
        self.source_text.setWordWrap(True)
        layout.addWidget(self.source_text)
        row = QHBoxLayout()
        self.type = QComboBox(self)
        for kind in LinkType:
            self.type.addItem(label(kind), kind.value)
        self.type.setAccessibleName(translate("LinkPicker", "What the link says"))
        row.addWidget(self.type)
        row.addWidget(QLabel(translate("LinkPicker", "the claim chosen below"), self), 1)
        layout.addLayout(row)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(
            translate("LinkPicker", "search every claim: words, claimant:…, kind:denial")
        )
        self.query.setClearButtonEnabled(True)
        layout.addWidget(self.query)
        self.hits = QListWidget(self)
        self.hits.setAccessibleName(translate("LinkPicker", "Claims found"))
        self.hits.setWordWrap(True)
        layout.addWidget(self.hits, 1)
        self.status = QLabel("", self)
        self.status.setObjectName("mutedText")
        layout.addWidget(self.status)
        self.target_text = QLabel("", self)
        self.target_text.setWordWrap(True)
        self.target_text.setObjectName("mutedText")
        layout.addWidget(self.target_text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("LinkPicker", "Link")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_query)
        self.query.textEdited.connect(lambda _: self._timer.start())
        self.query.returnPressed.connect(self.run_query)
        self.hits.currentItemChanged.connect(lambda *_: self._show_choice())
        self.hits.itemActivated.connect(lambda _: self.accept())
        self.type.currentIndexChanged.connect(lambda _: self._show_choice())
        self.resize(560, 460)
        self._show_choice()
        self.query.setFocus(Qt.FocusReason.OtherFocusReason)  # type at once to search

    def run_query(self) -> None:
        """Search now; an answer to an older query is dropped."""
        self._timer.stop()
        text = self.query.text().strip()
        self._seq += 1
        seq = self._seq
        if not text:
            self.hits.clear()
            self.status.setText("")
            self._show_choice()
            return
        self.status.setText(translate("LinkPicker", "Searching…"))
        self._search(text, lambda results: self._show(seq, results))

    def _show(self, seq: int, results: SearchResults) -> None:
        if seq != self._seq:
            return
        self.hits.clear()
        found = [h for h in results.hits if h.type == "claim" and h.id != self._source.id]
        for hit in found:
            kind = label(hit.kind) if hit.kind else ""
            item = QListWidgetItem(f"{kind} · {_plain(hit.snippet)}\n{hit.title}", self.hits)
            item.setData(HIT_ROLE, hit)
        self.status.setText(
            translate("LinkPicker", "{claims} found").format(
                claims=plural(
                    len(found), translate("LinkPicker", "claim"), translate("LinkPicker", "claims")
                )
            )
            if found
            else translate("LinkPicker", "No claim found: try other words.")
        )
        if found:
            self.hits.setCurrentRow(0)
        self._show_choice()

    def chosen(self) -> SearchHit | None:
        """The claim chosen in the list."""
        item = self.hits.currentItem()
        hit = item.data(HIT_ROLE) if item is not None else None
        return hit if isinstance(hit, SearchHit) else None

    def choice(self) -> tuple[str, LinkType] | None:
        """The other claim's id and the link's type, once one is chosen."""
        hit = self.chosen()
        return (hit.id, LinkType(self.type.currentData())) if hit is not None else None

    def _show_choice(self) -> None:
        hit = self.chosen()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(hit is not None)
        if hit is None:
            self.target_text.setText(translate("LinkPicker", "Choose the other claim in the list."))
            return
        self.target_text.setText(
            translate("LinkPicker", "This claim {link} “{other}”.").format(
                link=label(LinkType(self.type.currentData())), other=_plain(hit.snippet)
            )
        )
