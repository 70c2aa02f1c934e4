"""Search hits as a list model that pages: the first hits at once, more as the list scrolls.

The desk answers a query with its best ``limit`` hits and the total. The model shows the
first page and, when the view asks (:meth:`canFetchMore` / :meth:`fetchMore`), emits
:attr:`more_wanted` with the offset of the next page; the controller runs that on the worker
(the desk keeps the query's ranking, so a page costs the same at row 100,000 as at row 200)
and hands the new hits back with :meth:`add_page`. A generation number ties each page to the
query it was asked for, so a page of an older query is never appended to a newer one.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from claimdesk.core.model import ClaimKind, SearchHit, SearchResults
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.labels import label

ModelIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
RUNS_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4  # "claim", "denial" or "article"
HEADING_ROLE = Qt.ItemDataRole.UserRole + 5  # (lead, rest) of the row's first line
_BOLD = re.compile(r"&lt;(/?)b&gt;")
_MARK = re.compile(r"(</?b>)")


def snippet_html(snippet: str) -> str:
    """The snippet with only its ``<b>`` highlights kept as markup, everything else escaped."""
    return _BOLD.sub(r"<\1b>", html.escape(snippet, quote=False)).replace("\n", " ")


def snippet_text(snippet: str) -> str:
    """The snippet as plain text."""
    return re.sub(r"</?b>", "", snippet).replace("\n", " ")


def kind_name(kind: str) -> str:
    """``claim``, ``denial`` or ``article`` as shown, in the UI language."""
    if kind in (ClaimKind.CLAIM.value, ClaimKind.DENIAL.value):
        return label(ClaimKind(kind))
    return translate("SearchResultsModel", "article")


def untitled() -> str:
    """What a hit without a title shows."""
    return translate("SearchResultsModel", "(untitled)")


def no_claimant() -> str:
    """What a claim hit without a claimant shows where the claimant goes."""
    return translate("SearchResultsModel", "claimant not given")


def hit_heading(hit: SearchHit) -> tuple[str, str]:
    """The first line of a hit after its kind: (who says it, the article it is in) for a
    claim, (the title, "") for an article."""
    if hit.type == "claim":
        return hit.claimant or no_claimant(), hit.title or untitled()
    return hit.title or untitled(), ""


def hit_line(hit: SearchHit) -> str:
    """The whole hit as one line of text: kind, claimant, quote and article (for screen
    readers, copying and tests)."""
    lead, rest = hit_heading(hit)
    kind = kind_name(str(hit.kind or "claim") if hit.type == "claim" else hit.type)
    if hit.type == "claim":
        return translate("SearchResultsModel", "{kind}: {claimant}: “{quote}” — {title}").format(
            kind=kind, claimant=lead, quote=snippet_text(hit.snippet), title=rest
        )
    return f"{kind}: {lead} — {snippet_text(hit.snippet)}"


def snippet_runs(snippet: str) -> tuple[tuple[str, bool], ...]:
    """The snippet as (text, highlighted) runs, for a delegate that paints them itself."""
    runs: list[tuple[str, bool]] = []
    bold = False
    for part in _MARK.split(snippet.replace("\n", " ")):
        if part == "<b>":
            bold = True
        elif part == "</b>":
            bold = False
        elif part:
            runs.append((part, bold))
    return tuple(runs)


class SearchResultsModel(QAbstractListModel):
    """The hits of the current query, a page at a time."""

    more_wanted = Signal(int, int)  # generation, the offset of the next page

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._runs: dict[int, tuple[tuple[str, bool], ...]] = {}
        self._ids: set[str] = set()
        self._total = 0
        self._generation = 0
        self._fetching = False

    # Filling
    def set_results(self, results: SearchResults, generation: int) -> None:
        """Show the first page of ``results``; further pages are asked for with
        ``generation``."""
        self.beginResetModel()
        self._hits = list(results.hits)
        self._runs = {}
        self._ids = {hit.id for hit in self._hits}
        self._total = max(results.total, len(results.hits))
        self._generation = generation
        self._fetching = False
        self.endResetModel()

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show exactly ``hits`` (no further pages)."""
        self.set_results(SearchResults("", len(hits), list(hits)), self._generation + 1)

    def add_page(self, generation: int, hits: list[SearchHit]) -> None:
        """Append the next page of ``generation`` (a hit already shown is not shown twice:
        an edit between two pages can move hits across the page boundary)."""
        if generation != self._generation:
            return
        self._fetching = False
        new = [hit for hit in hits if hit.id not in self._ids]
        if not new:
            # The library changed under the query: stop asking rather than loop.
            self._total = len(self._hits)
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._hits.extend(new)
        self._ids.update(hit.id for hit in new)
        self.endInsertRows()

    def page_failed(self, generation: int) -> None:
        """Stop paging after a failed page (the error is shown elsewhere)."""
        if generation == self._generation:
            self._fetching = False
            self._total = len(self._hits)

    @property
    def total(self) -> int:
        """How many hits the query has in all."""
        return self._total

    @property
    def generation(self) -> int:
        """The generation of the hits shown."""
        return self._generation

    def hit(self, row: int) -> SearchHit | None:
        """The hit in ``row``."""
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_of(self, hit_id: str) -> int | None:
        """The row of the hit with ``hit_id`` (among those loaded)."""
        return next((i for i, h in enumerate(self._hits) if h.id == hit_id), None)

    # Qt model
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Hits loaded so far."""
        return 0 if parent.isValid() else len(self._hits)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        """More hits exist than are loaded, and none are on their way."""
        return not parent.isValid() and not self._fetching and len(self._hits) < self._total

    def fetchMore(self, parent: ModelIndex) -> None:
        """Ask for the next page (answered through :meth:`add_page`)."""
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self.more_wanted.emit(self._generation, len(self._hits))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Plain text, snippet runs, rich text and the hit itself."""
        if not index.isValid() or index.parent().isValid():
            return None
        hit = self.hit(index.row())
        if hit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit_line(hit)
        if role == HEADING_ROLE:
            return hit_heading(hit)
        if role == RUNS_ROLE:
            runs = self._runs.get(index.row())
            if runs is None:
                runs = self._runs[index.row()] = snippet_runs(hit.snippet)
            return runs
        if role == HIT_ROLE:
            return hit
        if role == KIND_ROLE:
            if hit.type != "claim":
                return hit.type
            return str(hit.kind or "claim")
        if role == HTML_ROLE:
            lead, rest = (html.escape(part) for part in hit_heading(hit))
            heading = f"<b>{lead}</b> · {rest}" if rest else f"<b>{lead}</b>"
            return f"{heading}<br>{snippet_html(hit.snippet)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit_line(hit)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Hits are selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
