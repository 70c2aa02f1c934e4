"""Beside the inspector: the fact-checks other outlets already published on the selected claim.

For the claim shown, the desk's ``checked_before`` (imported ClaimReview, matched by the
matcher's index) is read on the worker; each row gives the outlet, the rating as the outlet
wrote it, the date and the link. Enter or a double click opens the link in the browser. The
panel shares the place under the inspector with the similar claims, as a second tab whose
title counts what was found ("Checked before (2)").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import ClaimView, LibraryChange
from claimdesk.core.model.published import CheckedBefore
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.ops.context import WindowContext

CHECKED_LIMIT = 8
MIN_WIDTH, MIN_HEIGHT = 160, 40
URL_ROLE = Qt.ItemDataRole.UserRole


def row_text(found: CheckedBefore) -> str:
    """Two lines for one published fact-check: outlet, rating and date; the claim it checked."""
    review = found.review
    day = review.published.isoformat() if review.published else translate("CheckedPanel", "undated")
    rating = review.rating_as_written or translate("CheckedPanel", "no rating")
    return f"{review.reviewer.name} · “{rating}” · {day}\n{review.claim_reviewed}"


class CheckedPanel(QWidget):
    """The list of published fact-checks matching the selected claim."""

    counted = Signal(int)  # how many are listed (0 while none or loading)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkedPanel")
        # Small and squeezable: it must not make the window taller than a small screen.
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self._claim_id: str | None = None
        self.status = QLabel(self)
        self.status.setObjectName("mutedText")
        self.status.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("checkedList")
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        self.show_nothing()

    def claim_id(self) -> str | None:
        """The claim whose fact-checks are shown (or being read)."""
        return self._claim_id

    def show_nothing(self) -> None:
        """No claim selected."""
        self._claim_id = None
        self.list.clear()
        self.counted.emit(0)
        self.status.setText(
            translate("CheckedPanel", "Select a claim to see the fact-checks already published.")
        )

    def show_loading(self, claim_id: str) -> None:
        """The fact-checks of ``claim_id`` are being read."""
        if claim_id != self._claim_id:
            self.list.clear()
            self.counted.emit(0)
        self._claim_id = claim_id
        self.status.setText(translate("CheckedPanel", "Looking for published fact-checks…"))

    def show_found(self, claim_id: str, found: Sequence[CheckedBefore]) -> None:
        """Show what was found; ignored when another claim was selected since."""
        if claim_id != self._claim_id:
            return
        self.list.clear()
        for match in found:
            item = QListWidgetItem(row_text(match))
            url = match.review.url
            item.setData(URL_ROLE, url)
            item.setToolTip(url or translate("CheckedPanel", "The review gives no link."))
            self.list.addItem(item)
        self.counted.emit(len(found))
        if found:
            self.status.setText(
                translate("CheckedPanel", "{count} published: Enter opens the fact-check.").format(
                    count=len(found)
                )
            )
            self.list.setCurrentRow(0)
        else:
            self.status.setText(
                translate(
                    "CheckedPanel",
                    "No published fact-check matches this claim (import an archive of "
                    "ClaimReview files or saved fact-check pages to look further).",
                )
            )

    def _open(self, item: QListWidgetItem) -> None:
        url = item.data(URL_ROLE)
        if isinstance(url, str) and url:
            QDesktopServices.openUrl(QUrl(url))


class SideTabs(QTabWidget):
    """Under the inspector: the similar claims and links, and the fact-checks published."""

    def __init__(self, similar: QWidget, checked: CheckedPanel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sideTabs")
        self.setDocumentMode(True)
        # The column is narrow: titles are cut rather than scrolled out of sight.
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.similar, self.checked = similar, checked
        self.addTab(similar, translate("CheckedPanel", "Similar"))
        self.setTabToolTip(0, translate("CheckedPanel", "Similar claims and links (Ctrl+L)"))
        self.addTab(checked, translate("CheckedPanel", "Checked before"))
        self.setTabToolTip(
            1, translate("CheckedPanel", "Fact-checks other outlets published on this claim")
        )
        checked.counted.connect(self._show_count)

    def _show_count(self, count: int) -> None:
        if count:
            text = translate("CheckedPanel", "Checked before ({count})").format(count=count)
        else:
            text = translate("CheckedPanel", "Checked before")
        self.setTabText(self.indexOf(self.checked), text)


class CheckedController(QObject):
    """Reads the selected claim's published fact-checks on the worker into the panel."""

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self.panel = CheckedPanel(parent or context.dialog_parent())
        context.state.claim_shown.connect(self._on_claim_shown)
        # An archive of fact-checks imported, or the claim shown edited: look again.
        context.state.library_changed.connect(self._on_library_changed)

    def _on_claim_shown(self, claim: ClaimView | None) -> None:
        if claim is None:
            self.panel.show_nothing()
        elif claim.id != self.panel.claim_id():
            # After the claim is painted, as the similar claims are (see TrackingController).
            self.panel.show_loading(claim.id)
            QTimer.singleShot(0, self, lambda: self._load_if_shown(claim.id))

    def _load_if_shown(self, claim_id: str) -> None:
        shown = self._c.state.current_claim()
        if shown is not None and shown.id == claim_id:
            self.load(claim_id)

    def _on_library_changed(self, change: LibraryChange) -> None:
        claim_id = self.panel.claim_id()
        if claim_id is not None and (change.published or claim_id in change.claims):
            self.load(claim_id)

    def load(self, claim_id: str) -> None:
        """Read the published fact-checks of a claim (the panel says it is looking)."""
        self.panel.show_loading(claim_id)
        self._c.ops.run(
            lambda desk: desk.published.checked_before(claim_id, CHECKED_LIMIT),
            lambda found: self.panel.show_found(claim_id, found),
            on_error=lambda error: self._failed(claim_id, error.message),
        )

    def _failed(self, claim_id: str, message: str) -> None:
        if claim_id == self.panel.claim_id():
            self.panel.show_nothing()
        self._c.notices.show_error(message)
