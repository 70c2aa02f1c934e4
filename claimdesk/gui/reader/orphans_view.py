"""Claims whose quote was lost when the article's text was corrected, listed under the reader.

Pick one, select its text in the article, press A (or "Attach to selection"): it is anchored
again. The panel hides itself when the article has no orphaned claim.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import ClaimView
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.palette import kind_label
from claimdesk.gui.reader.reader_tooltips import claim_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_QUOTE_CHARS = 90


class OrphanListModel(QAbstractListModel):
    """One row an orphaned claim: its kind, claimant and last known quote."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._claims: list[ClaimView] = []

    def set_claims(self, claims: list[ClaimView]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._claims = list(claims)
        self.endResetModel()

    def claim(self, row: int) -> ClaimView:
        """The claim of ``row``."""
        return self._claims[row]

    def row_of(self, claim_id: str) -> int | None:
        """The row of ``claim_id``, if listed."""
        return next((i for i, c in enumerate(self._claims) if c.id == claim_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Orphaned claims (a list has no children)."""
        return 0 if parent.isValid() else len(self._claims)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The row's text, tooltip and claim id."""
        if not index.isValid() or not 0 <= index.row() < len(self._claims):
            return None
        claim = self._claims[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            quote = " ".join(claim.quote.split())
            if len(quote) > _QUOTE_CHARS:
                quote = quote[: _QUOTE_CHARS - 1] + "…"
            who = f" · {claim.claimant}" if claim.claimant else ""
            return f"{kind_label(claim.kind)}{who}: “{quote}”"
        if role == Qt.ItemDataRole.ToolTipRole:
            return claim_tooltip(claim)
        if role == CLAIM_ID_ROLE:
            return claim.id
        return None


class OrphanedClaimsView(QFrame):
    """The orphaned claims of the open article, with the button that attaches one."""

    claim_selected = Signal(str)
    attach_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orphanedClaims")
        self.heading = QLabel(self)
        self.heading.setObjectName("paneHeading")
        hint = QLabel(
            translate(
                "OrphanedClaimsView",
                "Their quote is not in the corrected text. Pick one, select its new text in the "
                "article, then press A.",
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("mutedText")
        self.model = OrphanListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("orphanList")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.attach_button = QPushButton(
            translate("OrphanedClaimsView", "Attach to selection  A"), self
        )
        self.attach_button.setToolTip(
            translate(
                "OrphanedClaimsView", "Anchor the chosen claim to the text selected in the article"
            )
        )
        self.attach_button.clicked.connect(self.attach_requested)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        self.hide()

    def set_claims(self, claims: list[ClaimView]) -> None:
        """Show these orphaned claims (hidden when none), keeping the chosen one chosen."""
        kept = self.current_claim()
        blocked = self.list.selectionModel().blockSignals(True)
        try:
            self.model.set_claims(claims)
            row = self.model.row_of(kept.id) if kept else None
            if row is None and claims:
                row = 0
            if row is not None:
                self.list.setCurrentIndex(self.model.index(row))
        finally:
            self.list.selectionModel().blockSignals(blocked)
        count = len(claims)
        self.heading.setText(
            translate("OrphanedClaimsView", "ORPHANED CLAIMS ({count})").format(count=count)
        )
        if count == 1:
            tip = translate("OrphanedClaimsView", "{count} claim without a place in the text")
        else:
            tip = translate("OrphanedClaimsView", "{count} claims without a place in the text")
        self.heading.setToolTip(tip.format(count=count))
        if claims:
            rows = min(len(claims), 4)
            row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 4)
            self.list.setFixedHeight(row_height * rows + 2 * self.list.frameWidth() + 2)
        self.setVisible(bool(claims))

    def current_claim(self) -> ClaimView | None:
        """The orphaned claim chosen in the list."""
        index = self.list.currentIndex()
        return self.model.claim(index.row()) if index.isValid() else None

    def choose(self, claim_id: str) -> None:
        """Choose ``claim_id`` in the list (when it is listed)."""
        row = self.model.row_of(claim_id)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.claim_selected.emit(str(current.data(CLAIM_ID_ROLE)))
