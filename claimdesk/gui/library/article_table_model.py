"""The library's article list as a Qt table model over plain :class:`ArticleSummary` rows."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from claimdesk.core.model import ArticleSummary
from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.common.wording import plural

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    tr_noop("ArticleTableModel", "Title"),
    tr_noop("ArticleTableModel", "Outlet"),
    tr_noop("ArticleTableModel", "Date"),
    tr_noop("ArticleTableModel", "Claims"),
)
TITLE, OUTLET, DATE, CLAIMS = range(len(COLUMNS))


class ArticleTableModel(QAbstractTableModel):
    """Rows of articles: title, outlet, publication date, number of claims and denials."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._order = (DATE, Qt.SortOrder.DescendingOrder)
        self._row_index: dict[str, int] | None = None

    def set_articles(self, articles: list[ArticleSummary]) -> None:
        """Replace every row (kept in the current sort order)."""
        self.beginResetModel()
        self._rows = _sorted(articles, *self._order)
        self._row_index = None
        self.endResetModel()

    def update_articles(self, changed: Sequence[ArticleSummary], removed: Collection[str]) -> None:
        """Take in the rows of a change: a changed row is updated where it is (moved when
        its place in the order changed), a new one inserted in order, a removed one dropped;
        the other rows are not touched. Only the cells whose text changed are announced: a
        whole row's ``dataChanged`` repainted the table and its header and laid out the
        window again (46 ms a mark in a 10,000-article library)."""
        where = self._where()
        column, order = self._order
        moving: list[ArticleSummary] = []
        fresh: list[ArticleSummary] = []
        drop = sorted({where[i] for i in removed if i in where})
        for new in changed:
            if new.id in removed:
                continue
            row = where.get(new.id)
            if row is None:
                fresh.append(new)
                continue
            old = self._rows[row]
            if _sort_key(new, column) != _sort_key(old, column):
                drop.append(row)
                moving.append(new)
                continue
            self._rows[row] = new
            self._announce(row, old, new)
        if drop or moving or fresh:
            self._row_index = None
        for row in sorted(set(drop), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        descending = order == Qt.SortOrder.DescendingOrder
        for article in [*moving, *fresh]:
            key = _sort_key(article, column)
            row = _insertion_row(self._rows, key, column, descending)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, article)
            self.endInsertRows()

    def _announce(self, row: int, old: ArticleSummary, new: ArticleSummary) -> None:
        """``dataChanged`` for each cell of ``row`` that reads differently (its tooltip,
        the whole row's, goes with the first one)."""
        cells = [c for c in range(len(COLUMNS)) if _display(old, c) != _display(new, c)]
        if not cells and _tooltip(old) != _tooltip(new):
            cells = [TITLE]
        for cell in cells:
            index = self.index(row, cell)
            self.dataChanged.emit(index, index)

    def _where(self) -> dict[str, int]:
        """Each listed article's row (kept until rows are added, removed or sorted)."""
        if self._row_index is None:
            self._row_index = {a.id: row for row, a in enumerate(self._rows)}
        return self._row_index

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python, once: 10,000 rows sorted by a Qt proxy asked for each
        sort key through ``data`` 260,000 times (1.7 s at start-up); this takes 20 ms."""
        if not 0 <= column < len(COLUMNS):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = _sorted(before, column, order)
        self._row_index = None
        where = {id(article): row for row, article in enumerate(self._rows)}
        for index in self.persistentIndexList():
            row = where[id(before[index.row()])]
            self.changePersistentIndex(index, self.index(row, index.column()))
        self.layoutChanged.emit()

    def article(self, row: int) -> ArticleSummary:
        """The article of ``row``."""
        return self._rows[row]

    def row_of(self, article_id: str) -> int | None:
        """The row of ``article_id``, if listed."""
        return self._where().get(article_id)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Articles (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Title, outlet, date, claims."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | int | None:
        """Column names."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("ArticleTableModel", COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section == CLAIMS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Display text, tooltips, sort keys and the article id."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        article = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(article, column)
        if role == SORT_ROLE:
            return _sort_key(article, column)
        if role == ID_ROLE:
            return article.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(article)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DATE, CLAIMS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _display(article: ArticleSummary, column: int) -> str | None:
    if column == TITLE:
        return article.title
    if column == OUTLET:
        return article.outlet or ""
    if column == DATE:
        return article.published.isoformat() if article.published else ""
    if column == CLAIMS:
        return str(article.claims + article.denials)
    return None


def _sort_key(article: ArticleSummary, column: int) -> str | int:
    if column == TITLE:
        return article.title.casefold()
    if column == OUTLET:
        return (article.outlet or "").casefold()
    if column == DATE:
        # Undated articles sort as the oldest (last when newest come first), then by import time.
        day = article.published.isoformat() if article.published else "0000-00-00"
        return day + "|" + article.imported.isoformat()
    if column == CLAIMS:
        return article.claims + article.denials
    return ""


def _sorted(
    articles: list[ArticleSummary], column: int, order: Qt.SortOrder
) -> list[ArticleSummary]:
    descending = order == Qt.SortOrder.DescendingOrder
    return sorted(articles, key=lambda a: _sort_key(a, column), reverse=descending)


def _insertion_row(
    rows: list[ArticleSummary], key: str | int, column: int, descending: bool
) -> int:
    """Where a row with sort key ``key`` goes among ``rows`` (sorted by ``column``)."""
    low, high = 0, len(rows)
    while low < high:
        middle = (low + high) // 2
        other = _sort_key(rows[middle], column)
        before = other > key if descending else other < key  # type: ignore[operator]
        if before:
            low = middle + 1
        else:
            high = middle
    return low


def _tooltip(article: ArticleSummary) -> str:
    parts = [article.title]
    if article.outlet:
        parts.append(article.outlet)
    claims = plural(
        article.claims,
        translate("ArticleTableModel", "claim"),
        translate("ArticleTableModel", "claims"),
    )
    denials = plural(
        article.denials,
        translate("ArticleTableModel", "denial"),
        translate("ArticleTableModel", "denials"),
    )
    parts.append(f"{claims} · {denials} · {article.language}")
    return "\n".join(parts)


class ArticleFilterProxy(QSortFilterProxyModel):
    """Filters by typed text and by the sidebar's category; sorting is the model's own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._allowed: frozenset[str] | None = None

    def set_allowed_ids(self, ids: frozenset[str] | None) -> None:
        """Show only these article ids (None: all)."""
        self.beginFilterChange()
        self._allowed = ids
        self.endFilterChange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort itself; the proxy keeps its order."""
        source = self.sourceModel()
        if isinstance(source, ArticleTableModel):
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Accept rows in the category whose title or outlet contains the filter text."""
        model = self.sourceModel()
        if self._allowed is not None:
            article_id = model.data(model.index(source_row, TITLE, source_parent), ID_ROLE)
            if article_id not in self._allowed:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
