"""The claimant registry: who makes claims, under which names, how often, and when.

Left: the claimants with their counts and the suggested merges. Right: the chosen claimant's
aliases (add, remove), its claims and denials month by month, its claims, and "Merge into…".
A merge cannot be undone, so it asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import ClaimantView
from claimdesk.core.model.tracking import ClaimantActivity, MergeSuggestion
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.list_table import list_table
from claimdesk.gui.common.wording import plural
from claimdesk.gui.tracking.charts import BarChart
from claimdesk.gui.tracking.claim_card import ClaimCardDelegate, title_label
from claimdesk.gui.tracking.tracking_models import (
    ALIASES,
    CLAIMANT_CLAIMS,
    CLAIMANT_DENIALS,
    NAME,
    ClaimantsTableModel,
    ClaimRefsModel,
    CountsModel,
    MergeSuggestionsModel,
)


def merge_question(keep: str, away: str) -> str:
    """What the confirmation asks before merging ``away`` into ``keep``."""
    return translate(
        "ClaimantsView",
        "Merge “{away}” into “{keep}”?\n\n"
        "Every claim of “{away}” will be attributed to “{keep}”, and “{away}” becomes "
        "one of its aliases. This cannot be undone with Ctrl+Z.",
    ).format(away=away, keep=keep)


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("paneHeading")
    return label


def _list_view(parent: QWidget, quote_lines: int) -> QListView:
    view = QListView(parent)
    view.setItemDelegate(ClaimCardDelegate(view, quote_lines=quote_lines))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    return view


class ClaimantsView(QWidget):
    """Claimants with counts; one claimant's aliases, activity and claims; merges."""

    claimant_selected = Signal(str)  # name
    alias_add_requested = Signal(str, str)  # claimant, alias
    alias_remove_requested = Signal(str, str)  # claimant, alias
    merge_requested = Signal(str, str)  # keep, merge away (already confirmed)
    claim_activated = Signal(str, str)  # article id, claim id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current: str | None = None
        self._names: list[str] = []

        # Left: the registry and the suggestions.
        self.model = ClaimantsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(
            translate("ClaimantsView", "Filter claimants by name or alias")
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = list_table(self, self.proxy, "claimantTable", CLAIMANT_CLAIMS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (CLAIMANT_CLAIMS, CLAIMANT_DENIALS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Aliases show on the right and in the name's tooltip; the column only filters.
        self.table.setColumnHidden(ALIASES, True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.suggestions = MergeSuggestionsModel(self)
        self.suggestion_list = _list_view(self, 0)
        self.suggestion_list.setObjectName("mergeSuggestions")
        self.suggestion_list.setModel(self.suggestions)
        self.suggestion_list.activated.connect(lambda _: self.merge_suggestion())
        self.merge_suggested = QPushButton(translate("ClaimantsView", "Merge"), self)
        self.merge_suggested.setToolTip(
            translate("ClaimantsView", "Merge the chosen suggestion (asks first)")
        )
        self.merge_suggested.clicked.connect(self.merge_suggestion)
        self.no_suggestions = QLabel(translate("ClaimantsView", "No suggested merges."), self)
        self.no_suggestions.setObjectName("mutedText")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(_heading(translate("ClaimantsView", "CLAIMANTS"), left))
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.table, 3)
        suggestions_row = QHBoxLayout()
        suggestions_row.addWidget(_heading(translate("ClaimantsView", "SUGGESTED MERGES"), left))
        suggestions_row.addStretch(1)
        suggestions_row.addWidget(self.merge_suggested)
        left_layout.addLayout(suggestions_row)
        left_layout.addWidget(self.no_suggestions)
        left_layout.addWidget(self.suggestion_list, 1)

        # Right: one claimant.
        self.name = title_label(translate("ClaimantsView", "Choose a claimant"), self)
        self.counts = QLabel(self)
        self.counts.setObjectName("mutedText")
        self.merge_button = QPushButton(translate("ClaimantsView", "Merge into…"), self)
        self.merge_button.setToolTip(
            translate("ClaimantsView", "Attribute every claim of this claimant to another one")
        )
        self.merge_button.clicked.connect(self.choose_merge_target)
        title_row = QHBoxLayout()
        title_row.addWidget(self.name, 1)
        title_row.addWidget(self.merge_button)

        self.aliases = QListWidget(self)
        self.aliases.setObjectName("aliasList")
        self.aliases.setMaximumHeight(self.fontMetrics().height() * 3 + 14)
        self.alias_edit = QLineEdit(self)
        self.alias_edit.setPlaceholderText(
            translate("ClaimantsView", "Another name for this claimant (e.g. Mosca)")
        )
        self.alias_edit.returnPressed.connect(self.add_alias)
        self.add_alias_button = QPushButton(translate("ClaimantsView", "Add alias"), self)
        self.add_alias_button.clicked.connect(self.add_alias)
        self.remove_alias_button = QPushButton(translate("ClaimantsView", "Remove"), self)
        self.remove_alias_button.setToolTip(translate("ClaimantsView", "Remove the chosen alias"))
        self.remove_alias_button.clicked.connect(self.remove_alias)
        alias_row = QHBoxLayout()
        alias_row.addWidget(self.alias_edit, 1)
        alias_row.addWidget(self.add_alias_button)
        alias_row.addWidget(self.remove_alias_button)

        self.months = CountsModel("month", self)
        self.month_chart = BarChart(self.months, "", self, upright=True, clickable=False)
        self.month_chart.setFixedHeight(120)
        self.claims = ClaimRefsModel(self)
        self.claim_list = _list_view(self, 2)
        self.claim_list.setObjectName("claimantClaims")
        self.claim_list.setModel(self.claims)
        self.claim_list.activated.connect(self._open_claim)
        self.claim_list.doubleClicked.connect(self._open_claim)

        self.detail = QWidget(self)
        right_layout = QVBoxLayout(self.detail)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addLayout(title_row)
        right_layout.addWidget(self.counts)
        right_layout.addSpacing(6)
        right_layout.addWidget(_heading(translate("ClaimantsView", "ALIASES"), self.detail))
        right_layout.addWidget(self.aliases)
        right_layout.addLayout(alias_row)
        right_layout.addSpacing(6)
        right_layout.addWidget(
            _heading(translate("ClaimantsView", "CLAIMS AND DENIALS BY MONTH"), self.detail)
        )
        right_layout.addWidget(self.month_chart)
        right_layout.addWidget(
            _heading(translate("ClaimantsView", "CLAIMS AND DENIALS"), self.detail)
        )
        right_layout.addWidget(self.claim_list, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([400, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(splitter)
        self._show_detail(None)

    # Public
    def current_name(self) -> str | None:
        """The claimant shown on the right."""
        return self._current

    def set_claimants(self, claimants: list[ClaimantView]) -> None:
        """Replace the registry, keeping the chosen claimant when it is still there."""
        keep = self._current
        self._names = sorted((c.name for c in claimants), key=str.casefold)
        blocked = self.table.selectionModel().blockSignals(True)
        self.model.set_claimants(claimants)
        self.table.selectionModel().blockSignals(blocked)
        if keep is not None and self.model.row_of(keep) is not None:
            self.select(keep, announce=False)
        elif claimants:
            self.table.selectRow(0)
        else:
            self._current = None
            self._show_detail(None)

    def set_suggestions(self, suggestions: list[MergeSuggestion]) -> None:
        """The suggested merges."""
        self.suggestions.set_items(suggestions)
        has = bool(suggestions)
        self.suggestion_list.setVisible(has)
        self.no_suggestions.setVisible(not has)
        self.merge_suggested.setEnabled(has)
        if has:
            self.suggestion_list.setCurrentIndex(self.suggestions.index(0, 0))

    def set_activity(self, activity: ClaimantActivity) -> None:
        """Show one claimant's aliases, months and claims."""
        if activity.name != self._current:
            return
        self._show_detail(activity)

    def select(self, name: str, *, announce: bool = True) -> None:
        """Choose the claimant called ``name`` in the table."""
        row = self.model.row_of(name)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, NAME))
        blocked = self.table.selectionModel().blockSignals(not announce)
        self.table.selectRow(index.row())
        self.table.selectionModel().blockSignals(blocked)
        self._current = name

    def add_alias(self) -> None:
        """Ask to add the typed alias to the chosen claimant."""
        alias = self.alias_edit.text().strip()
        if self._current and alias:
            self.alias_add_requested.emit(self._current, alias)
            self.alias_edit.clear()

    def remove_alias(self) -> None:
        """Ask to remove the chosen alias."""
        item = self.aliases.currentItem()
        if self._current and item is not None:
            self.alias_remove_requested.emit(self._current, item.text())

    def choose_merge_target(self) -> None:
        """Pick the claimant to merge the chosen one into, then confirm."""
        away = self._current
        if away is None:
            return
        others = [n for n in self._names if n != away]
        if not others:
            return
        keep, ok = QInputDialog.getItem(
            self,
            translate("ClaimantsView", "Merge into…"),
            translate("ClaimantsView", "Attribute every claim of “{name}” to:").format(name=away),
            others,
            0,
            False,
        )
        if ok and keep:
            self.confirm_merge(keep, away)

    def merge_suggestion(self) -> None:
        """Merge the chosen suggestion, after asking."""
        suggestion = self.suggestions.item(self.suggestion_list.currentIndex().row())
        if suggestion is not None:
            self.confirm_merge(suggestion.keep, suggestion.other)

    def confirm_merge(self, keep: str, away: str) -> None:
        """Ask before a merge (it cannot be undone); emit it when confirmed."""
        answer = QMessageBox.question(
            self,
            translate("ClaimantsView", "Merge claimants"),
            merge_question(keep, away),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.merge_requested.emit(keep, away)

    # Internal
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        claimant = self.model.claimant(self.proxy.mapToSource(current).row())
        if claimant is None or (claimant.name == self._current and self.claims.rowCount()):
            return
        self._current = claimant.name
        self.name.setText(claimant.name)
        self.counts.setText(translate("ClaimantsView", "loading…"))
        self.claimant_selected.emit(claimant.name)

    def _show_detail(self, activity: ClaimantActivity | None) -> None:
        enabled = activity is not None
        for widget in (
            self.merge_button,
            self.alias_edit,
            self.add_alias_button,
            self.remove_alias_button,
            self.aliases,
        ):
            widget.setEnabled(enabled)  # fmt: skip
        self.aliases.clear()
        if activity is None:
            self.name.setText(translate("ClaimantsView", "Choose a claimant"))
            self.counts.setText("")
            self.months.set_counts([])
            self.claims.set_items([])
            return
        self.name.setText(activity.name)
        claims = sum(c.claims for c in activity.by_month)
        denials = sum(c.denials for c in activity.by_month)
        parts = [
            plural(
                claims,
                translate("ClaimantsView", "claim"),
                translate("ClaimantsView", "claims"),
            ),
            plural(
                denials,
                translate("ClaimantsView", "denial"),
                translate("ClaimantsView", "denials"),
            ),
        ]
        if activity.aliases:
            parts.append(
                translate("ClaimantsView", "also called {names}").format(
                    names=", ".join(activity.aliases)
                )
            )
        self.counts.setText(" · ".join(parts))
        self.aliases.addItems(list(activity.aliases))
        if activity.aliases:
            self.aliases.setCurrentRow(0)
        self.remove_alias_button.setEnabled(bool(activity.aliases))
        self.months.set_counts(activity.by_month)
        self.claims.set_items(activity.claims)

    def _open_claim(self, index: QModelIndex) -> None:
        ref = self.claims.item(index.row())
        if ref is not None:
            self.claim_activated.emit(ref.article_id, ref.id)
