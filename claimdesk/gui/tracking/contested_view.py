"""Contested claims: each claim (left) next to the denials and contradictions answering it.

A claim answered several times spans the rows of its answers. Enter or a double-click on
either side opens that claim.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import LinkType
from claimdesk.core.model.tracking import ContestedClaim
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.wording import plural
from claimdesk.gui.tracking.claim_card import ClaimCardDelegate, title_label
from claimdesk.gui.tracking.tracking_models import (
    CONTESTED_ANSWER,
    CONTESTED_CLAIM,
    CONTESTED_HOW,
    ITEM_ROLE,
    ContestedModel,
    passive_phrase,
)


class ContestedView(QWidget):
    """Claims side by side with their answers."""

    claim_activated = Signal(str, str)  # article id, claim id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContestedModel(self)
        self.title = title_label(translate("ContestedView", "Contested claims"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("mutedText")
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("contestedTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ClaimCardDelegate(self.table, quote_lines=4))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setWordWrap(True)
        self.table.setShowGrid(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CONTESTED_CLAIM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CONTESTED_ANSWER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CONTESTED_HOW, QHeaderView.ResizeMode.Fixed)
        widest = max(self.fontMetrics().horizontalAdvance(passive_phrase(t)) for t in LinkType)
        header.resizeSection(CONTESTED_HOW, widest + 28)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.activated.connect(self._activate)
        self.table.doubleClicked.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.table, 1)

    def set_contested(self, rows: list[ContestedClaim]) -> None:
        """Show the claims the desk found answered."""
        self.table.clearSpans()
        self.model.set_contested(rows)
        for row, pair in enumerate(self.model.pairs()):
            if pair.first and pair.group_size > 1:
                self.table.setSpan(row, CONTESTED_CLAIM, pair.group_size, 1)
        answers = sum(len(r.answers) for r in rows)
        if rows:
            claims = plural(
                len(rows),
                translate("ContestedView", "claim"),
                translate("ContestedView", "claims"),
            )
            answered_by = plural(
                answers,
                translate("ContestedView", "denial or contradiction"),
                translate("ContestedView", "denials or contradictions"),
            )
            self.summary.setText(
                translate(
                    "ContestedView",
                    "{claims} answered by {answers}. Double-click either side to open it.",
                ).format(claims=claims, answers=answered_by)
            )
        else:
            self.summary.setText(
                translate(
                    "ContestedView",
                    "No claim is answered yet: link a denial to the claim it answers (select the "
                    "denial, then D on a similar claim, or “denies” under the inspector).",
                )
            )
        self.table.resizeRowsToContents()
        if rows:
            self.table.setCurrentIndex(self.model.index(0, CONTESTED_CLAIM))

    def focus_table(self) -> None:
        """Keyboard into the table."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid() or index.column() == CONTESTED_HOW:
            return
        ref = index.data(ITEM_ROLE)
        if ref is not None:
            self.claim_activated.emit(ref.article_id, ref.id)
