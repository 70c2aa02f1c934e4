"""Under the inspector: claims that may say the same thing as the selected one, and its links.

Proposals are read on the worker after every selection or mark (the first read of a session
builds the matching index, so the panel shows that it is busy). Keys in the proposals list:
Enter or R links as ``repeats``, D ``denies``, C ``contradicts``, S ``supports``; in the
links list Enter opens the other claim and Delete removes the link.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.desk import Desk
from claimdesk.core.model import ClaimFilter, LinkType
from claimdesk.core.model.tracking import Proposal
from claimdesk.gui.common.form_scroll import FormScrollArea
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.labels import label
from claimdesk.gui.tracking.claim_card import ClaimCardDelegate, card_height
from claimdesk.gui.tracking.tracking_models import LinkRow, LinksModel, ProposalsModel

PROPOSAL_LIMIT = 5
CONTENT_MARGIN = 10  # left and right of the panel's contents
# The letter of each link type in the proposals list; Enter is "repeats" too.
LINK_KEYS: dict[LinkType, Qt.Key] = {
    LinkType.REPEATS: Qt.Key.Key_R,
    LinkType.DENIES: Qt.Key.Key_D,
    LinkType.CONTRADICTS: Qt.Key.Key_C,
    LinkType.SUPPORTS: Qt.Key.Key_S,
}


@dataclass(frozen=True, slots=True)
class ClaimLinks:
    """What the panel shows for one claim."""

    claim_id: str
    proposals: tuple[Proposal, ...]
    links: tuple[LinkRow, ...]


def read_claim_links(desk: Desk, claim_id: str, article_id: str) -> ClaimLinks:
    """Proposals and links of a claim, read in one go (runs on the worker)."""
    proposals = desk.tracking.similar_claims(claim_id, PROPOSAL_LIMIT)
    claims = desk.list_claims(ClaimFilter(article_id=article_id))
    claim = next((c for c in claims if c.id == claim_id), None)
    outgoing = {(link.type, link.target) for link in claim.links} if claim else set()
    thread = desk.tracking.timeline(claim_id)
    refs = {entry.claim.id: entry.claim for entry in thread.entries}
    root = next((e for e in thread.entries if e.claim.id == claim_id), None)
    rows: list[LinkRow] = []
    seen: set[tuple[LinkType, bool, str]] = set()
    for kind, other in root.links if root else ():
        out = (kind, other) in outgoing
        key = (kind, out, other)
        if other in refs and key not in seen:
            seen.add(key)
            rows.append(LinkRow(kind, out, refs[other]))
    return ClaimLinks(claim_id, tuple(proposals), tuple(rows))


class _KeyList(QListView):
    """A list that hands letter keys and Enter/Delete to its panel."""

    key_pressed = Signal(object)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        """Enter, Delete and plain letters go to the panel; the rest move as usual."""
        plain = e.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        keys = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete, *LINK_KEYS.values()}
        if plain and Qt.Key(e.key()) in keys and self.currentIndex().isValid():
            self.key_pressed.emit(Qt.Key(e.key()))
            e.accept()
            return
        super().keyPressEvent(e)

    def sizeHint(self) -> QSize:
        """No taller than its minimum: the panel's room, not the list's wish, sets its height
        (the list grows with the panel; in a short column it never pushes its buttons out)."""
        hint = super().sizeHint()
        return QSize(hint.width(), max(self.minimumHeight(), self.minimumSizeHint().height()))


class _FitButton(QPushButton):
    """A push button as narrow as its words allow (the style's own minimum is 80 px)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        # A push button never shrinks below its size hint: this one may, to its words.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self.sizePolicy().verticalPolicy())

    def minimumSizeHint(self) -> QSize:
        """The words and a little padding."""
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.text()) + 16, hint.height())


def _list(parent: QWidget) -> _KeyList:
    view = _KeyList(parent)
    view.setItemDelegate(ClaimCardDelegate(view, quote_lines=2))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    return view


class LinksPanel(QWidget):
    """Similar claims with one-key linking, and the selected claim's links."""

    link_requested = Signal(str, object)  # target claim id, LinkType
    unlink_requested = Signal(object)  # LinkRow
    open_requested = Signal(str, str)  # article id, claim id
    timeline_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linksPanel")
        self._claim_id: str | None = None

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(4)
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setObjectName("mutedText")
        self.status.setWordWrap(True)
        self.proposals = ProposalsModel(self)
        self.proposal_list = _list(self)
        self.proposal_list.setObjectName("proposalList")
        self.proposal_list.setModel(self.proposals)
        self.proposal_list.key_pressed.connect(self._on_proposal_key)
        self.proposal_list.doubleClicked.connect(lambda i: self._open_proposal(i))

        self._buttons = QGridLayout()
        self._buttons.setSpacing(4)
        self._button_rows = 0
        self.link_buttons: dict[LinkType, QPushButton] = {}
        for kind, key in LINK_KEYS.items():
            letter = chr(key.value)
            button = _FitButton(label(kind), self)
            if kind is LinkType.REPEATS:
                tip = translate(
                    "LinksPanel",
                    "Link the selected claim: it {link} the proposed one ({key} or Enter)",
                )
            else:
                tip = translate(
                    "LinksPanel", "Link the selected claim: it {link} the proposed one ({key})"
                )
            button.setToolTip(tip.format(link=label(kind), key=letter))
            button.clicked.connect(lambda _=False, kind=kind: self.link_current(kind))
            self.link_buttons[kind] = button
        self.link_buttons[LinkType.REPEATS].setDefault(True)

        links_heading = QLabel(translate("LinksPanel", "LINKS"), self)
        links_heading.setObjectName("paneHeading")
        self.timeline_button = QPushButton(translate("LinksPanel", "Thread timeline"), self)
        self.timeline_button.setToolTip(
            translate("LinksPanel", "Open this claim's thread as a timeline (Ctrl+T)")
        )
        self.timeline_button.setFlat(True)
        self.timeline_button.clicked.connect(self.timeline_requested)
        links_row = QHBoxLayout()
        links_row.addWidget(links_heading)
        links_row.addStretch(1)
        links_row.addWidget(self.timeline_button)
        self.links = LinksModel(self)
        self.link_list = _list(self)
        self.link_list.setObjectName("linkList")
        self.link_list.setModel(self.links)
        self.link_list.key_pressed.connect(self._on_link_key)
        self.link_list.doubleClicked.connect(self._open_link)
        self.links_empty = QLabel(translate("LinksPanel", "No links yet."), self)
        self.links_empty.setObjectName("mutedText")
        self.remove_button = QPushButton(translate("LinksPanel", "Remove link"), self)
        self.remove_button.setToolTip(
            translate("LinksPanel", "Remove the selected link (Delete); undo puts it back")
        )
        self.remove_button.clicked.connect(self.remove_current)

        # A short column (960 x 640) keeps the proposals and their buttons in view, a card
        # and a third of them (the next one peeks out), and scrolls to the links below: the
        # list never becomes a sliver. The links list, shown only with links, keeps a card.
        cards = QFontMetrics(self.proposal_list.font())
        frame = 2 * self.proposal_list.frameWidth()
        self.proposal_list.setMinimumHeight(card_height(cards, 2) * 4 // 3 + frame)
        self.link_list.setMinimumHeight(card_height(cards, 2) + frame)
        self._content = QWidget(self)
        layout = QVBoxLayout(self._content)
        layout.setContentsMargins(CONTENT_MARGIN, 6, CONTENT_MARGIN, 8)
        layout.setSpacing(4)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.proposal_list, 3)
        layout.addLayout(self._buttons)
        layout.addSpacing(6)
        layout.addLayout(links_row)
        layout.addWidget(self.links_empty)
        layout.addWidget(self.link_list, 2)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        self.scroll_area = FormScrollArea(self)
        self.scroll_area.setWidget(self._content)
        self.scroll_area.viewport().installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self._arrange_buttons(rows=1)
        self.show_nothing()

    # Public
    def claim_id(self) -> str | None:
        """The claim whose proposals and links are shown (or loading)."""
        return self._claim_id

    def show_nothing(self) -> None:
        """No claim selected."""
        self._claim_id = None
        self.busy.hide()
        self.proposals.set_items([])
        self.links.set_items([])
        self.status.setText(
            translate("LinksPanel", "Select a claim to see earlier claims that say the same thing.")
        )
        self._update_enabled()

    def show_loading(self, claim_id: str) -> None:
        """Proposals for ``claim_id`` are being read; the old ones are cleared at once."""
        if claim_id != self._claim_id:
            self.proposals.set_items([])
            self.links.set_items([])
        self._claim_id = claim_id
        self.busy.show()
        self.status.setText(
            translate(
                "LinksPanel", "Looking for similar claims… (the first search builds the index)"
            )
        )
        self._update_enabled()

    def show_links(self, data: ClaimLinks) -> None:
        """Show what was read for a claim; ignored when another claim was selected since."""
        if data.claim_id != self._claim_id:
            return
        self.busy.hide()
        current = self.proposal_list.currentIndex().row()
        self.proposals.set_items(data.proposals)
        self.links.set_items(data.links)
        if data.proposals:
            self.status.setText(translate("LinksPanel", "Link it: Enter (repeats), D, C or S."))
            row = min(max(current, 0), len(data.proposals) - 1)
            self.proposal_list.setCurrentIndex(self.proposals.index(row, 0))
        else:
            self.status.setText(translate("LinksPanel", "No similar claim found in the library."))
        if data.links:
            self.link_list.setCurrentIndex(self.links.index(0, 0))
        self._update_enabled()

    def focus_proposals(self) -> None:
        """Put the keyboard in the proposals list, on its first row if none is current."""
        self.proposal_list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.proposal_list.currentIndex().isValid() and self.proposals.rowCount():
            self.proposal_list.setCurrentIndex(self.proposals.index(0, 0))

    def current_proposal(self) -> Proposal | None:
        """The proposal under the cursor."""
        return self.proposals.item(self.proposal_list.currentIndex().row())

    def link_current(self, kind: LinkType) -> None:
        """Ask to link the selected claim to the proposal under the cursor."""
        proposal = self.current_proposal()
        if proposal is not None and self._claim_id is not None:
            self.link_requested.emit(proposal.id, kind)

    def remove_current(self) -> None:
        """Ask to remove the link under the cursor."""
        row = self.links.item(self.link_list.currentIndex().row())
        if row is not None:
            self.unlink_requested.emit(row)

    # Layout
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A new width of the panel: the link buttons in one row if they fit, else two."""
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            needed = sum(b.minimumSizeHint().width() for b in self.link_buttons.values())
            needed += 3 * self._buttons.spacing() + 2 * CONTENT_MARGIN
            self._arrange_buttons(rows=1 if needed <= self.scroll_area.viewport().width() else 2)
        return super().eventFilter(watched, event)

    def button_rows(self) -> int:
        """How many rows the link buttons take now (1, or 2 in a narrow column)."""
        return self._button_rows

    def _arrange_buttons(self, rows: int) -> None:
        if rows == self._button_rows:
            return
        self._button_rows = rows
        for number, button in enumerate(self.link_buttons.values()):
            self._buttons.removeWidget(button)
            row, column = (0, number) if rows == 1 else divmod(number, 2)
            self._buttons.addWidget(button, row, column)
        # What must stay in view: a line of status, the list, its buttons.
        height = self.link_buttons[LinkType.REPEATS].sizeHint().height()
        kept = self.status.fontMetrics().lineSpacing() + self.proposal_list.minimumHeight()
        kept += rows * height + (rows + 1) * 4 + 6 + 8  # the spacing and the margins
        self.scroll_area.set_max_min_height(kept)

    # Keys and clicks
    def _on_proposal_key(self, key: Qt.Key) -> None:
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.link_current(LinkType.REPEATS)
            return
        kind = next((k for k, v in LINK_KEYS.items() if v == key), None)
        if kind is not None:
            self.link_current(kind)

    def _on_link_key(self, key: Qt.Key) -> None:
        if key == Qt.Key.Key_Delete:
            self.remove_current()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_link(self.link_list.currentIndex())

    def _open_proposal(self, index: QModelIndex) -> None:
        proposal = self.proposals.item(index.row())
        if proposal is not None:
            self.open_requested.emit(proposal.article_id, proposal.id)

    def _open_link(self, index: QModelIndex) -> None:
        row = self.links.item(index.row())
        if row is not None:
            self.open_requested.emit(row.other.article_id, row.other.id)

    def _update_enabled(self) -> None:
        has_proposals = self.proposals.rowCount() > 0
        for button in self.link_buttons.values():
            button.setEnabled(has_proposals)
        has_links = self.links.rowCount() > 0
        self.link_list.setVisible(has_links)
        self.links_empty.setVisible(not has_links and self._claim_id is not None)
        self.remove_button.setEnabled(has_links)
        self.remove_button.setVisible(has_links)  # no room kept for a button with nothing to do
        self.timeline_button.setEnabled(self._claim_id is not None)
