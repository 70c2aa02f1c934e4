"""The left pane: library categories with counts, saved searches, and below them either the
filterable article list or, while a search is active, the search results."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import ArticleSummary, LibraryStats
from claimdesk.core.model.results import SavedSearch
from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.common.list_table import list_table
from claimdesk.gui.library.article_table_model import (
    CLAIMS,
    DATE,
    ID_ROLE,
    OUTLET,
    TITLE,
    ArticleFilterProxy,
    ArticleTableModel,
)

CATEGORIES = (
    ("all", tr_noop("LibraryView", "All articles")),
    ("claims", tr_noop("LibraryView", "Claims")),
    ("denials", tr_noop("LibraryView", "Denials")),
    ("to_check", tr_noop("LibraryView", "To check")),
)
_CATEGORY_TIPS = {
    "all": tr_noop("LibraryView", "{count} articles in the library"),
    "claims": tr_noop("LibraryView", "{count} claims marked; shows the articles that have claims"),
    "denials": tr_noop(
        "LibraryView", "{count} denials marked; shows the articles that have denials"
    ),
    "to_check": tr_noop(
        "LibraryView", "{count} claims still new or being researched; shows their articles"
    ),
}
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1


class _CountDelegate(QStyledItemDelegate):
    """Draws a category with its count right-aligned, like a mail client's folder list."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The item as usual, then the count at the right edge."""
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if count is None:
            return
        painter.save()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.setPen(option.palette.color(role))
        rect = option.rect.adjusted(0, 0, -8, 0)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(count)
        )
        painter.restore()


def _column_width(header: QHeaderView, label: str, widest: str) -> int:
    """Room for ``widest`` in a cell and for ``label`` with the sort arrow in the header."""
    cells = header.fontMetrics().horizontalAdvance(widest) + 16
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    heading = header.fontMetrics().horizontalAdvance(label) + arrow + 24
    return max(cells, heading)


class LibraryView(QWidget):
    """Choose an article: by category, by typed filter, by sorting a column."""

    article_selected = Signal(str)
    saved_search_chosen = Signal(object)  # SavedSearch
    saved_search_deleted = Signal(str)
    browse_requested = Signal()  # a category was clicked: leave a search for the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self._articles: Collection[ArticleSummary] = []

        heading = QLabel(translate("LibraryView", "LIBRARY"), self)
        heading.setObjectName("paneHeading")
        self.categories = QListWidget(self)
        self.categories.setObjectName("categories")
        self.categories.setItemDelegate(_CountDelegate(self.categories))
        for key, _label in CATEGORIES:
            item = QListWidgetItem(self.categories)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.categories.setCurrentRow(0)
        self.categories.setFixedHeight(
            self.categories.sizeHintForRow(0) * len(CATEGORIES) + 2 * self.categories.frameWidth()
        )
        self.categories.currentRowChanged.connect(lambda _: self._apply_category())
        self.categories.itemClicked.connect(lambda _: self.browse_requested.emit())
        self.set_stats(LibraryStats(0, 0, 0, 0))

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("LibraryView", "Filter by title or outlet"))
        self.filter.setClearButtonEnabled(True)

        self.model = ArticleTableModel(self)
        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = list_table(self, self.proxy, "articleTable", DATE)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OUTLET, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OUTLET, self.fontMetrics().horizontalAdvance("Reuters   "))
        # Dates and counts have a known widest text: sized once, not measured against the
        # rows after every change (resizing to contents repainted the header on each mark,
        # 33 ms in a 100,000-article library).
        widest = {DATE: "0000-00-00", CLAIMS: "00000"}
        for column, text in widest.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, _column_width(header, label, text))
        header.setMinimumSectionSize(36)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        saved_heading = QLabel(translate("LibraryView", "SAVED SEARCHES"), self)
        saved_heading.setObjectName("paneHeading")
        self.saved = QListWidget(self)
        self.saved.setObjectName("savedSearches")
        self.saved.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.saved.customContextMenuRequested.connect(self._saved_menu)
        self.saved.itemClicked.connect(self._run_saved)
        self.saved.itemActivated.connect(self._run_saved)
        self.saved_hint = QLabel(
            translate("LibraryView", "Search, then Save… to keep a query here."), self
        )
        self.saved_hint.setObjectName("mutedText")
        self.saved_hint.setWordWrap(True)
        self.set_saved_searches([])

        browse = QWidget(self)
        browse_layout = QVBoxLayout(browse)
        browse_layout.setContentsMargins(0, 0, 0, 0)
        browse_layout.setSpacing(6)
        browse_layout.addWidget(self.filter)
        browse_layout.addWidget(self.table, 1)
        self.lower_stack = QStackedWidget(self)
        self.lower_stack.addWidget(browse)
        self._browse = browse

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 4, 8)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.categories)
        layout.addWidget(saved_heading)
        layout.addWidget(self.saved)
        layout.addWidget(self.saved_hint)
        layout.addWidget(self.lower_stack, 1)

    def set_stats(self, stats: LibraryStats) -> None:
        """Update the counts next to the categories."""
        counts = {
            "all": stats.articles,
            "claims": stats.claims,
            "denials": stats.denials,
            "to_check": stats.to_check,
        }
        for row, (key, label) in enumerate(CATEGORIES):
            item = self.categories.item(row)
            item.setText(translate("LibraryView", label))
            item.setData(COUNT_ROLE, counts[key])
            item.setToolTip(translate("LibraryView", _CATEGORY_TIPS[key]).format(count=counts[key]))

    def set_saved_searches(self, searches: list[SavedSearch]) -> None:
        """List the saved searches (click runs one; the context menu deletes it)."""
        self.saved.clear()
        for search in searches:
            item = QListWidgetItem(search.name, self.saved)
            item.setData(Qt.ItemDataRole.UserRole, search)
            if search.order == "date":
                tip = translate("LibraryView", "{query}  (newest first)")
            else:
                tip = translate("LibraryView", "{query}  (by relevance)")
            item.setToolTip(tip.format(query=search.query))
        rows = max(1, min(len(searches), 6))
        self.saved.setFixedHeight(
            self.categories.sizeHintForRow(0) * rows + 2 * self.saved.frameWidth()
        )
        self.saved.setVisible(bool(searches))
        self.saved_hint.setVisible(not searches)

    def saved_names(self) -> list[str]:
        """The saved searches' names, as listed."""
        return [self.saved.item(i).text() for i in range(self.saved.count())]

    def set_search_panel(self, panel: QWidget) -> None:
        """The results pane shown in place of the article list during a search."""
        self.lower_stack.addWidget(panel)

    def show_search(self, searching: bool) -> None:
        """Show the search results (True) or the article list (False)."""
        if searching and self.lower_stack.count() > 1:
            self.lower_stack.setCurrentIndex(1)
        else:
            self.lower_stack.setCurrentWidget(self._browse)

    def is_searching(self) -> bool:
        """True while the search results take the list's place."""
        return self.lower_stack.currentWidget() is not self._browse

    def _run_saved(self, item: QListWidgetItem) -> None:
        search = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(search, SavedSearch):
            self.saved_search_chosen.emit(search)

    def _saved_menu(self, pos: QPoint) -> None:
        item = self.saved.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self.saved)
        run = menu.addAction(translate("LibraryView", "Run search"))
        delete = menu.addAction(
            translate("LibraryView", "Delete “{name}”").format(name=item.text())
        )
        chosen = menu.exec(self.saved.viewport().mapToGlobal(pos))
        if chosen is run:
            self._run_saved(item)
        elif chosen is delete:
            self.saved_search_deleted.emit(item.text())

    def set_articles(self, articles: list[ArticleSummary]) -> None:
        """Replace the list, keeping the selected article selected."""
        current = self.current_article_id()
        self._articles = articles
        blocked = self.table.selectionModel().blockSignals(True)
        try:
            self.model.set_articles(articles)
            self._apply_category()
            if current is not None:
                self.select_article(current)
        finally:
            self.table.selectionModel().blockSignals(blocked)

    def update_articles(
        self,
        changed: Sequence[ArticleSummary],
        removed: Collection[str],
        rows: Mapping[str, ArticleSummary],
    ) -> None:
        """Take in the rows a change touched (``rows`` is every article now, for the
        categories), keeping the selected article selected."""
        if not changed and not removed:
            return
        current = self.current_article_id()
        self._articles = rows.values()
        blocked = self.table.selectionModel().blockSignals(True)
        try:
            self.model.update_articles(changed, removed)
            if self._category() != "all":  # "all" filters nothing: nothing to redo
                self._apply_category()
            if current is not None and current not in removed:
                self.select_article(current)
        finally:
            self.table.selectionModel().blockSignals(blocked)

    def current_article_id(self) -> str | None:
        """The id of the selected article."""
        index = self.table.currentIndex()
        return None if not index.isValid() else str(index.data(ID_ROLE))

    def select_article(self, article_id: str) -> None:
        """Select ``article_id`` in the list (clearing a filter that hides it)."""
        row = self.model.row_of(article_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        if not index.isValid():
            self.filter.clear()
            self.categories.setCurrentRow(0)
            index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _category(self) -> str:
        item = self.categories.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "all"

    def _apply_category(self) -> None:
        key = self._category()
        allowed: frozenset[str] | None = None
        if key == "claims":
            allowed = frozenset(a.id for a in self._articles if a.claims)
        elif key == "denials":
            allowed = frozenset(a.id for a in self._articles if a.denials)
        elif key == "to_check":
            allowed = frozenset(a.id for a in self._articles if a.to_check)
        self.proxy.set_allowed_ids(allowed)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.article_selected.emit(str(current.data(ID_ROLE)))
