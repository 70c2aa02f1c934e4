"""Facet filters: the counts of a search by kind, verdict, status, claimant, outlet, language
and year, as checkable rows. Checking one adds its ``field:value`` term to the query;
unchecking removes it. The query text stays the single source of truth: the ticks are read
back from it whenever new counts arrive.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from claimdesk.core.model import ClaimKind, Status, Verdict
from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.common.labels import label

# (facet, heading, query field); "type" is left out: the badge on every hit already says it.
FACETS = (
    ("kind", tr_noop("FacetTree", "Kind"), "kind"),
    ("verdict", tr_noop("FacetTree", "Verdict"), "verdict"),
    ("status", tr_noop("FacetTree", "Status"), "status"),
    ("claimant", tr_noop("FacetTree", "Claimant"), "claimant"),
    ("outlet", tr_noop("FacetTree", "Outlet"), "outlet"),
    ("lang", tr_noop("FacetTree", "Language"), "lang"),
    ("year", tr_noop("FacetTree", "Year"), "published"),
)
# Facets whose values are the domain's values, shown by their translated names.
_NAMED = {"kind": ClaimKind, "verdict": Verdict, "status": Status}
# Facets past this many values show the most frequent ones (the query still narrows them all).
MAX_VALUES = 12
TERM_ROLE = Qt.ItemDataRole.UserRole + 1
_PLAIN_VALUE = re.compile(r"[\w.-]+")


def facet_term(field: str, value: str) -> str:
    """``kind:denial``, ``claimant:"Jens Stoltenberg"``: quoted unless it is one plain word."""
    if _PLAIN_VALUE.fullmatch(value):
        return f"{field}:{value}"
    return f'{field}:"{value.replace(chr(34), "")}"'


def has_term(query: str, term: str) -> bool:
    """True when ``term`` stands in ``query`` as a whole token (case-insensitive)."""
    return _term_pattern(term).search(query) is not None


def add_term(query: str, term: str) -> str:
    """``query`` with ``term`` appended (once)."""
    if has_term(query, term):
        return query
    return f"{query.strip()} {term}".strip()


def remove_term(query: str, term: str) -> str:
    """``query`` without ``term``, spaces tidied."""
    return " ".join(_term_pattern(term).sub(" ", query).split())


def shown_value(facet: str, value: str) -> str:
    """A facet value as shown: kinds, verdicts and statuses in the UI language."""
    enum = _NAMED.get(facet)
    if enum is None:
        return value
    try:
        return label(enum(value))
    except ValueError:
        return value


def _term_pattern(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\S){re.escape(term)}(?!\S)", re.IGNORECASE)


class FacetTree(QTreeWidget):
    """One group a facet, one checkable row a value with its count."""

    term_toggled = Signal(str, bool)  # the field:value term, checked or not

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetTree")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setIndentation(12)
        self.setAlternatingRowColors(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._collapsed: set[str] = {"outlet", "lang", "year"}
        self._filling = False
        self.itemChanged.connect(self._on_changed)
        self.itemExpanded.connect(lambda item: self._remember(item, expanded=True))
        self.itemCollapsed.connect(lambda item: self._remember(item, expanded=False))

    def set_facets(self, facets: dict[str, dict[str, int]], query: str) -> None:
        """Show ``facets``; the values whose term is in ``query`` are ticked (and always shown)."""
        self._filling = True
        try:
            self.clear()
            for facet, heading, field in FACETS:
                counts = facets.get(facet) or {}
                ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
                if facet == "year":
                    ranked = sorted(counts.items(), reverse=True)
                ticked = [(v, n) for v, n in ranked if has_term(query, facet_term(field, v))]
                shown = ranked[:MAX_VALUES] + [t for t in ticked if t not in ranked[:MAX_VALUES]]
                if not shown:
                    continue
                group = QTreeWidgetItem(self, [translate("FacetTree", heading), ""])
                group.setData(0, Qt.ItemDataRole.UserRole, facet)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                for value, count in shown:
                    term = facet_term(field, value)
                    item = QTreeWidgetItem(group, [shown_value(facet, value), f"{count:,}"])
                    item.setData(0, TERM_ROLE, term)
                    item.setToolTip(
                        0, translate("FacetTree", "Narrow the search with {term}").format(term=term)
                    )
                    item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    ticks = has_term(query, term)
                    item.setCheckState(
                        0, Qt.CheckState.Checked if ticks else Qt.CheckState.Unchecked
                    )
                group.setExpanded(facet not in self._collapsed or bool(ticked))
        finally:
            self._filling = False

    def terms(self) -> list[tuple[str, bool]]:
        """Every value's term and whether it is ticked (for tests and the status line)."""
        return [
            (str(item.data(0, TERM_ROLE)), item.checkState(0) == Qt.CheckState.Checked)
            for item in self._value_items()
        ]

    def item_for(self, term: str) -> QTreeWidgetItem | None:
        """The row of ``term``."""
        wanted = term.casefold()
        return next(
            (i for i in self._value_items() if str(i.data(0, TERM_ROLE)).casefold() == wanted),
            None,
        )

    def _value_items(self) -> list[QTreeWidgetItem]:
        found = []
        for g in range(self.topLevelItemCount()):
            group = self.topLevelItem(g)
            if group is None:
                continue
            for i in range(group.childCount()):
                item = group.child(i)
                if item is not None:
                    found.append(item)
        return found

    def _on_changed(self, item: QTreeWidgetItem, column: int) -> None:
        term = item.data(0, TERM_ROLE)
        if self._filling or column != 0 or not term:
            return
        self.term_toggled.emit(str(term), item.checkState(0) == Qt.CheckState.Checked)

    def _remember(self, item: QTreeWidgetItem, *, expanded: bool) -> None:
        facet = item.data(0, Qt.ItemDataRole.UserRole)
        if self._filling or not facet:
            return
        if expanded:
            self._collapsed.discard(str(facet))
        else:
            self._collapsed.add(str(facet))
