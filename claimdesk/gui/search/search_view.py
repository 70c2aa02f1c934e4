"""Search: the box in the toolbar and the results pane that takes the library list's place.

The box searches as you type: a quick pass once typing pauses briefly (the last word read as
unfinished, no facet counts) and a full pass when it pauses longer (facets, "did you mean").
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.messages import localized
from claimdesk.core.model import SearchHit, SearchResults
from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.search.search_delegate import HitDelegate
from claimdesk.gui.search.search_facets import FacetTree
from claimdesk.gui.search.search_model import (
    HIT_ROLE,
    SearchResultsModel,
    snippet_html,
    snippet_text,
)

__all__ = ["SearchBox", "SearchPanel", "SearchResultsModel", "snippet_html", "snippet_text"]

ModelIndex = QModelIndex | QPersistentModelIndex
TYPING_DELAY_MS = 150
SETTLE_DELAY_MS = 600
EMPTY_HINT = tr_noop(
    "SearchPanel",
    "Nothing matches “{query}”.\n\nTry fewer words, word* for a beginning, word~ for a near "
    "spelling, or a field:\nkind:  claimant:  verdict:  status:  tag:  lang:  outlet:  "
    "published:  date:",
)


class SearchBox(QLineEdit):
    """The search field: a quick query as typing pauses, a full one when it settles."""

    typing_paused = Signal(str)
    settled = Signal(str)
    move_down = Signal()
    accepted = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setPlaceholderText(
            translate("SearchBox", "Search   e.g.  claimant:russia negato   (Ctrl+F)")
        )
        self.setClearButtonEnabled(True)
        self._quick = QTimer(self)
        self._quick.setSingleShot(True)
        self._quick.setInterval(TYPING_DELAY_MS)
        self._quick.timeout.connect(lambda: self.typing_paused.emit(self.text().strip()))
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_DELAY_MS)
        self._settle.timeout.connect(lambda: self.settled.emit(self.text().strip()))
        self.textEdited.connect(self._on_edited)

    def _on_edited(self, text: str) -> None:
        if not text.strip():
            self.stop_timers()
            self.dismissed.emit()
            return
        self._quick.start()
        self._settle.start()

    def stop_timers(self) -> None:
        """Forget a pending search (the text was replaced or cleared)."""
        self._quick.stop()
        self._settle.stop()

    def is_pending(self) -> bool:
        """True while a search waits for typing to pause."""
        return self._quick.isActive() or self._settle.isActive()

    def run_now(self) -> None:
        """Run the full search at once instead of after the pause."""
        self.stop_timers()
        self.settled.emit(self.text().strip())

    def event(self, e: QEvent) -> bool:
        """Let the window's Ctrl+E (report) win over the line edit's "end of line" binding."""
        if (
            e.type() == QEvent.Type.ShortcutOverride
            and isinstance(e, QKeyEvent)
            and e.key() == Qt.Key.Key_E
            and e.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            e.ignore()
            return False
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        """Down to the results, Enter to open the current hit, Escape to leave the search."""
        if e.key() == Qt.Key.Key_Down:
            self.move_down.emit()
        elif e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.is_pending():
                self.run_now()
            self.accepted.emit()
        elif e.key() == Qt.Key.Key_Escape:
            self.stop_timers()
            self.dismissed.emit()
        else:
            super().keyPressEvent(e)


def _tool_button(text: str, tip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button


class SearchPanel(QFrame):
    """Results of the current search: summary, order, facets and the hits. Enter opens one."""

    hit_activated = Signal(object)
    order_changed = Signal(str)
    term_toggled = Signal(str, bool)
    suggestion_chosen = Signal(str)
    save_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        # The count may be cut in a narrow pane; it must never widen the window.
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.relevance = _tool_button(
            translate("SearchPanel", "Relevance"),
            translate("SearchPanel", "Best matches first"),
            self,
        )
        self.newest = _tool_button(
            translate("SearchPanel", "Newest"),
            translate("SearchPanel", "Newest articles first"),
            self,
        )
        self.order_group = QButtonGroup(self)
        for button in (self.relevance, self.newest):
            button.setCheckable(True)
            button.setObjectName("orderButton")
            self.order_group.addButton(button)
        self.relevance.setChecked(True)
        self.order_group.buttonToggled.connect(self._on_order)
        self.save_button = _tool_button(
            translate("SearchPanel", "Save…"),
            translate("SearchPanel", "Keep this search in the sidebar"),
            self,
        )
        self.close_button = _tool_button(
            "✕",  # i18n: not prose
            translate("SearchPanel", "Leave the search (Esc)"),
            self,
        )
        self.close_button.clicked.connect(self.closed)
        self.save_button.clicked.connect(self.save_requested)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(2)
        top.addWidget(self.summary, 1)
        top.addWidget(self.relevance)
        top.addWidget(self.newest)
        top.addSpacing(6)
        top.addWidget(self.save_button)
        top.addWidget(self.close_button)

        self.notice = QLabel(self)
        self.notice.setObjectName("mutedText")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.did_you_mean = QLabel(self)
        self.did_you_mean.setObjectName("didYouMean")
        self.did_you_mean.setTextFormat(Qt.TextFormat.RichText)
        self.did_you_mean.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self._dym = ""
        self.did_you_mean.linkActivated.connect(lambda _: self.suggestion_chosen.emit(self._dym))
        self.did_you_mean.hide()

        self.facets = FacetTree(self)
        self.facets.term_toggled.connect(self.term_toggled)
        self.model = SearchResultsModel(self)
        self.list = QListView(self)
        self.list.setObjectName("searchHits")
        self.list.setModel(self.model)
        self.delegate = HitDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        # With uniform sizes the view never measures rows one by one: 100,000 hits stay smooth.
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAlternatingRowColors(True)
        self.list.activated.connect(self._activate)
        self.list.clicked.connect(self._activate)
        self.list.installEventFilter(self)

        self.empty = QLabel(self)
        self.empty.setObjectName("mutedText")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(12, 24, 12, 12)
        self.results_stack = QStackedWidget(self)
        self.results_stack.addWidget(self.list)
        self.results_stack.addWidget(self.empty)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.addWidget(self.facets)
        self.splitter.addWidget(self.results_stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 600])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.did_you_mean)
        layout.addWidget(self.splitter, 1)

    # Showing results
    def set_results(
        self,
        results: SearchResults,
        generation: int,
        *,
        settled: bool,
    ) -> None:
        """Show ``results``; facets and the suggestion only come with a settled query."""
        self.model.set_results(results, generation)
        self.show_summary()
        self.empty.setText(translate("SearchPanel", EMPTY_HINT).format(query=results.query))
        self.results_stack.setCurrentWidget(self.list if results.total else self.empty)
        self.notice.setText(localized(results.notice) if results.notice else "")
        self.notice.setVisible(bool(results.notice))
        if settled:
            self.facets.set_facets(results.facets, results.query)
            self.facets.setEnabled(True)
            self.facets.setVisible(self.facets.topLevelItemCount() > 0)
            self._dym = results.did_you_mean or ""
            if self._dym:
                link = html.escape(self._dym)
                self.did_you_mean.setText(
                    translate(
                        "SearchPanel", 'Did you mean <a href="dym"><b>{word}</b></a>?'
                    ).format(word=link)
                )
            self.did_you_mean.setVisible(bool(self._dym))
        else:
            # Counts of the previous query would mislead while the words are still changing.
            self.facets.setEnabled(False)
            self.did_you_mean.hide()
        if results.hits:
            self.list.setCurrentIndex(self.model.index(0, 0))
            self.list.scrollToTop()

    def show_summary(self) -> None:
        """``1,234 results`` or ``No results``."""
        total = self.model.total
        if not total:
            text = translate("SearchPanel", "No results")
        elif total == 1:
            text = translate("SearchPanel", "{count} result")
        else:
            text = translate("SearchPanel", "{count} results")
        self.summary.setText(text.format(count=f"{total:,}"))

    def clear(self) -> None:
        """Empty the pane (leaving a search)."""
        self.model.set_hits([])
        self.facets.clear()
        self.notice.hide()
        self.did_you_mean.hide()

    def order(self) -> str:
        """``relevance`` or ``date``."""
        return "date" if self.newest.isChecked() else "relevance"

    def set_order(self, order: str) -> None:
        """Choose the order without running a search."""
        blocked = self.order_group.blockSignals(True)
        (self.newest if order == "date" else self.relevance).setChecked(True)
        self.order_group.blockSignals(blocked)

    # Keyboard
    def activate_current(self) -> None:
        """Open the current hit (the first one if none was chosen)."""
        index = self.list.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._activate(index)

    def focus_list(self) -> None:
        """Move keyboard focus into the hits."""
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in the list leaves the search."""
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.closed.emit()
            return True
        return super().eventFilter(watched, event)

    def _activate(self, index: ModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.hit_activated.emit(hit)

    def _on_order(self, _button: QToolButton, checked: bool) -> None:
        if checked:
            self.order_changed.emit(self.order())
