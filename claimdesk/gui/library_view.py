"""The left pane: library categories with counts, a filter box and the sortable article list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import ArticleSummary, LibraryStats
from claimdesk.gui.article_table_model import (
    CLAIMS,
    DATE,
    ID_ROLE,
    OUTLET,
    TITLE,
    ArticleFilterProxy,
    ArticleTableModel,
)

CATEGORIES = (
    ("all", "All articles"),
    ("claims", "Claims"),
    ("denials", "Denials"),
    ("to_check", "To check"),
)
_CATEGORY_TIPS = {
    "all": "{} articles in the library",
    "claims": "{} claims marked; shows the articles that have claims",
    "denials": "{} denials marked; shows the articles that have denials",
    "to_check": "{} claims still new or being researched; shows their articles",
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


class LibraryView(QWidget):
    """Choose an article: by category, by typed filter, by sorting a column."""

    article_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library")
        self._articles: list[ArticleSummary] = []
        self._to_check: frozenset[str] = frozenset()

        heading = QLabel("LIBRARY", self)
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
        self.set_stats(LibraryStats(0, 0, 0, 0))

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter by title or outlet")
        self.filter.setClearButtonEnabled(True)

        self.model = ArticleTableModel(self)
        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setObjectName("articleTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OUTLET, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OUTLET, self.fontMetrics().horizontalAdvance("Reuters   "))
        for column in (DATE, CLAIMS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(36)
        header.setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 4, 8)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.categories)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)

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
            item.setText(label)
            item.setData(COUNT_ROLE, counts[key])
            item.setToolTip(_CATEGORY_TIPS[key].format(counts[key]))

    def set_articles(self, articles: list[ArticleSummary], to_check: frozenset[str]) -> None:
        """Replace the list, keeping the selected article selected."""
        current = self.current_article_id()
        self._articles = articles
        self._to_check = to_check
        blocked = self.table.selectionModel().blockSignals(True)
        try:
            self.model.set_articles(articles)
            self._apply_category()
            if current is not None:
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

    def _apply_category(self) -> None:
        item = self.categories.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item else "all"
        allowed: frozenset[str] | None = None
        if key == "claims":
            allowed = frozenset(a.id for a in self._articles if a.claims)
        elif key == "denials":
            allowed = frozenset(a.id for a in self._articles if a.denials)
        elif key == "to_check":
            allowed = self._to_check
        self.proxy.set_allowed_ids(allowed)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.article_selected.emit(str(current.data(ID_ROLE)))
