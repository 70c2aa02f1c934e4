"""Tracking claims across articles and time, in the window: similar claims and links under the
inspector, and the Track menu's views (claimants, thread timeline, contested, overview) in the
centre, in place of the reader until Escape.

Every desk call runs through the window's :class:`Ops`; links go on the undo stack; a merge of
claimants cannot be undone, so the view asks before it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStackedWidget

from claimdesk.core.desk import Desk
from claimdesk.core.model import ClaimantView, ClaimView, LinkType, SearchResults
from claimdesk.core.model.tracking import MergeSuggestion
from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.common.labels import label
from claimdesk.gui.tracking.link_commands import LinkClaimsCommand, UnlinkClaimsCommand
from claimdesk.gui.tracking.link_picker import LinkPickerDialog
from claimdesk.gui.tracking.links_panel import LinksPanel, read_claim_links
from claimdesk.gui.tracking.tracking_models import LinkRow
from claimdesk.gui.tracking.tracking_pane import (
    CLAIMANTS,
    CONTESTED,
    OVERVIEW,
    TIMELINE,
    TrackingPane,
)

if TYPE_CHECKING:
    from claimdesk.gui.ops.context import WindowContext

MIN_WIDTH, MIN_HEIGHT = 160, 120
PICKER_HITS = 40  # claims listed by the link picker for one query


@dataclass(frozen=True, slots=True)
class TrackActions:
    """The Track menu."""

    timeline: QAction
    similar: QAction
    link_to: QAction
    claimants: QAction
    contested: QAction
    overview: QAction
    back: QAction

    def all(self) -> list[QAction]:
        """In menu order."""
        return [self.timeline, self.similar, self.link_to, self.claimants, self.contested,
                self.overview, self.back]  # fmt: skip


def _action(parent: QObject, text: str, keys: str | None, tip: str) -> QAction:
    action = QAction(text, parent)
    if keys:
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setStatusTip(tip)
    return action


_CONTEXT = "TrackingController"
# The Track menu: (text, shortcut, status tip) of each action.
_ACTIONS = {
    "timeline": (
        tr_noop("TrackingController", "Thread &timeline"),
        "Ctrl+T",
        tr_noop(
            "TrackingController",
            "The selected claim's thread: first appearance, repetitions, denials",
        ),
    ),
    "similar": (
        tr_noop("TrackingController", "Go to &similar claims"),
        "Ctrl+L",
        tr_noop(
            "TrackingController", "Earlier claims that say the same thing; Enter links as repeats"
        ),
    ),
    "link_to": (
        tr_noop("TrackingController", "&Link to a claim…"),
        "Ctrl+K",
        tr_noop(
            "TrackingController",
            "Tie the selected claim to any other: denies, contradicts, supports, repeats",
        ),
    ),
    "claimants": (
        tr_noop("TrackingController", "&Claimants"),
        "Ctrl+3",
        tr_noop("TrackingController", "Who makes claims: aliases, activity, merges"),
    ),
    "contested": (
        tr_noop("TrackingController", "C&ontested claims"),
        "Ctrl+4",
        tr_noop("TrackingController", "Claims next to the denials that answer them"),
    ),
    "overview": (
        tr_noop("TrackingController", "O&verview"),
        "Ctrl+5",
        tr_noop(
            "TrackingController", "Counts by claimant, kind, verdict and month; a click filters"
        ),
    ),
    "back": (
        tr_noop("TrackingController", "&Back to reader\tEsc"),
        None,
        tr_noop("TrackingController", "Return to the article"),
    ),
}


def build_track_actions(parent: QObject) -> TrackActions:
    """The actions of the Track menu, with their shortcuts, in the UI language."""
    return TrackActions(
        **{
            name: _action(parent, translate(_CONTEXT, text), keys, translate(_CONTEXT, tip))
            for name, (text, keys, tip) in _ACTIONS.items()
        }
    )


class TrackingController(QObject):
    """Wires the links panel and the tracking views to the desk and the window."""

    def __init__(self, context: WindowContext, centre: QStackedWidget) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self._centre = centre  # where the shell shows the reader or a tracking view
        parent = context.dialog_parent()
        self.panel = LinksPanel(parent)
        self.pane = TrackingPane(parent)
        # Neither may widen the window past a small screen: their contents scroll or squeeze.
        # The panel's height is its own: it keeps its proposals in view and scrolls the rest.
        self.pane.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.panel.setMinimumWidth(MIN_WIDTH)
        self.actions = build_track_actions(parent)
        self.picker: LinkPickerDialog | None = None  # the link picker on screen, for tests
        self._connect()

    def _connect(self) -> None:
        a, pane, panel = self.actions, self.pane, self.panel
        a.timeline.triggered.connect(self.open_timeline)
        a.similar.triggered.connect(self.focus_similar)
        a.link_to.triggered.connect(self.pick_link)
        a.claimants.triggered.connect(lambda: self.show_view(CLAIMANTS))
        a.contested.triggered.connect(lambda: self.show_view(CONTESTED))
        a.overview.triggered.connect(lambda: self.show_view(OVERVIEW))
        a.back.triggered.connect(self.back_to_reader)
        self._c.state.claim_shown.connect(self._on_claim_shown)
        panel.link_requested.connect(self.link)
        panel.unlink_requested.connect(self.unlink)
        panel.open_requested.connect(self.open_claim)
        panel.timeline_requested.connect(self.open_timeline)
        pane.back_requested.connect(self.back_to_reader)
        pane.tab_changed.connect(self._load_tab)
        pane.timeline.claim_activated.connect(self.open_claim)
        pane.contested.claim_activated.connect(self.open_claim)
        pane.overview.filter_requested.connect(self.search_for)
        views = pane.claimants
        views.claimant_selected.connect(self._load_activity)
        views.claim_activated.connect(self.open_claim)
        views.alias_add_requested.connect(self.add_alias)
        views.alias_remove_requested.connect(self.remove_alias)
        views.merge_requested.connect(self.merge_claimants)

    # Similar claims and links
    def _on_claim_shown(self, claim: ClaimView | None) -> None:
        if claim is None:
            self.panel.show_nothing()
        elif claim.id != self.panel.claim_id():
            # After the reader and the inspector have painted the claim: finding similar
            # claims among 1,000,000 takes the worker 0.3 s, and run meanwhile it slowed
            # the painting of a mark from 25 to 65 ms (the two threads share Python's lock).
            self.panel.show_loading(claim.id)
            QTimer.singleShot(0, self, lambda: self._load_if_shown(claim))

    def _load_if_shown(self, claim: ClaimView) -> None:
        shown = self._c.state.current_claim()
        if shown is not None and shown.id == claim.id:
            self.load_links(shown)

    def load_links(self, claim: ClaimView) -> None:
        """Read the claim's proposals and links on the worker (busy until they arrive)."""
        claim_id, article_id = claim.id, claim.article_id
        self.panel.show_loading(claim_id)
        self._c.ops.run(
            lambda desk: read_claim_links(desk, claim_id, article_id),
            self.panel.show_links,
            on_error=lambda error: self._links_failed(claim_id, error.message),
        )

    def _links_failed(self, claim_id: str, message: str) -> None:
        if claim_id == self.panel.claim_id():
            self.panel.show_nothing()
        self._c.notices.show_error(message)

    def _reload_links(self, _source: ClaimView | None = None) -> None:
        claim = self._c.state.current_claim()
        if claim is not None:
            self.load_links(claim)
        if self.is_showing():
            self._load_tab(self.pane.current_tab())

    def focus_similar(self) -> None:
        """Keyboard into the similar claims list."""
        if self._c.state.current_claim() is None:
            self._c.notices.show_info(
                translate(
                    "TrackingController",
                    "No claim is selected: click a highlighted claim first, then Ctrl+L.",
                )
            )
            return
        self.panel.focus_proposals()

    def link(self, target_id: str, kind: LinkType) -> None:
        """Link the selected claim to ``target_id`` ("selected denies target"), undoably."""
        claim = self._c.state.current_claim()
        if claim is None:
            return
        self._c.undo_stack.push(
            LinkClaimsCommand(self._c.ops, claim.id, target_id, kind, self._reload_links)
        )
        self._c.notices.show_info(
            translate(
                "TrackingController", "Linked: this claim {link} the chosen one (Ctrl+Z undoes)."
            ).format(link=label(kind))
        )

    def pick_link(self) -> LinkPickerDialog | None:
        """Search every claim for the one the selected claim answers, then link them."""
        claim = self._c.state.current_claim()
        if claim is None:
            self._c.notices.show_info(
                translate(
                    "TrackingController",
                    "No claim is selected: click a highlighted claim, then Ctrl+K to link it.",
                )
            )
            return None

        def search(query: str, answer: Callable[[SearchResults], None]) -> None:
            self._c.ops.run(lambda desk: desk.search(query, limit=PICKER_HITS), answer)

        dialog = LinkPickerDialog(claim, search, self._c.dialog_parent())
        dialog.accepted.connect(lambda: self._picked(dialog))
        dialog.finished.connect(lambda _: dialog.deleteLater())
        self.picker = dialog
        dialog.open()
        return dialog

    def _picked(self, dialog: LinkPickerDialog) -> None:
        choice = dialog.choice()
        if choice is not None:
            self.link(*choice)

    def unlink(self, row: LinkRow) -> None:
        """Remove a link of the selected claim, undoably."""
        claim = self._c.state.current_claim()
        if claim is None:
            return
        source, target = (claim.id, row.other.id) if row.outgoing else (row.other.id, claim.id)
        self._c.undo_stack.push(
            UnlinkClaimsCommand(self._c.ops, source, target, row.type, self._reload_links)
        )

    def open_claim(self, article_id: str, claim_id: str) -> None:
        """Open a claim in the reader (leaving the tracking views)."""
        self._c.state.open_article(article_id, claim_id=claim_id)

    # The views
    def show_view(self, tab: int) -> None:
        """Show a tracking view in the centre and load its data."""
        self._c.state.flush_edits()
        self._centre.setCurrentWidget(self.pane)
        if self.pane.current_tab() == tab:
            self._load_tab(tab)
        else:
            self.pane.show_tab(tab)  # loads through tab_changed
        focus = {
            CLAIMANTS: self.pane.claimants.table,
            TIMELINE: self.pane.timeline.list,
            CONTESTED: self.pane.contested.table,
            OVERVIEW: self.pane.overview.charts["claimant"],
        }[tab]
        focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def back_to_reader(self) -> None:
        """The reading layout again (or the empty state when no article is open)."""
        if self.is_showing():
            self._c.state.show_reading()

    def is_showing(self) -> bool:
        """True while a tracking view is in the centre."""
        return self._centre.currentWidget() is self.pane

    def open_timeline(self) -> None:
        """Show the selected claim's thread."""
        claim = self._c.state.current_claim()
        if claim is None and not self.pane.timeline.model.rowCount():
            self._c.notices.show_info(
                translate(
                    "TrackingController",
                    "No claim is selected: click a highlighted claim, then Ctrl+T for its thread.",
                )
            )
            return
        if claim is not None:
            self._timeline_root = claim.id
        self.show_view(TIMELINE)

    _timeline_root: str | None = None

    def _load_tab(self, tab: int) -> None:
        ops, pane = self._c.ops, self.pane
        if tab == CLAIMANTS:
            self.reload_claimants()
        elif tab == TIMELINE and self._timeline_root is not None:
            root = self._timeline_root
            ops.run(lambda desk: desk.tracking.timeline(root), pane.timeline.set_timeline)
        elif tab == CONTESTED:
            ops.run(lambda desk: desk.tracking.contested(), pane.contested.set_contested)
        elif tab == OVERVIEW:
            ops.run(lambda desk: desk.tracking.overview(), pane.overview.set_overview)

    def search_for(self, query: str) -> None:
        """Put a query in the search box and run it (an overview bar's filter)."""
        self._c.state.search(query)

    # Claimants
    def reload_claimants(self) -> None:
        """Re-read the registry and the suggested merges."""

        def work(desk: Desk) -> tuple[list[ClaimantView], list[MergeSuggestion]]:
            return desk.list_claimants(), desk.tracking.suggested_merges()

        def show(result: tuple[list[ClaimantView], list[MergeSuggestion]]) -> None:
            claimants, suggestions = result
            view = self.pane.claimants
            before = view.current_name()
            view.set_claimants(claimants)
            view.set_suggestions(suggestions)
            current = view.current_name()
            if current is not None and current == before:
                self._load_activity(current)

        self._c.ops.run(work, show)

    def _load_activity(self, name: str) -> None:
        self._c.ops.run(
            lambda desk: desk.tracking.claimant_activity(name), self.pane.claimants.set_activity
        )

    def add_alias(self, name: str, alias: str) -> None:
        """Let ``alias`` name the claimant ``name``."""
        self._claimant_change(
            lambda desk: desk.tracking.add_alias(name, alias),
            translate("TrackingController", "“{alias}” now names “{name}”.").format(
                alias=alias, name=name
            ),
        )

    def remove_alias(self, name: str, alias: str) -> None:
        """Stop ``alias`` naming the claimant ``name``."""
        self._claimant_change(
            lambda desk: desk.tracking.remove_alias(name, alias),
            translate("TrackingController", "“{alias}” no longer names “{name}”.").format(
                alias=alias, name=name
            ),
        )

    def merge_claimants(self, keep: str, away: str) -> None:
        """Merge ``away`` into ``keep`` (already confirmed): every claim follows."""

        def merged(view: ClaimantView) -> None:
            self.pane.claimants.select(view.name, announce=False)

        self._claimant_change(
            lambda desk: desk.tracking.merge_claimants(keep, away),
            translate(
                "TrackingController",
                "“{away}” merged into “{keep}”: its claims now belong to “{keep}”.",
            ).format(away=away, keep=keep),
            merged,
        )

    def _claimant_change(
        self,
        work: Callable[[Desk], ClaimantView],
        done_text: str,
        then: Callable[[ClaimantView], None] | None = None,
    ) -> None:
        def done(view: ClaimantView) -> None:
            if then is not None:
                then(view)
            self._c.notices.show_info(done_text)
            self.reload_claimants()
            article = self._c.state.current_article()
            if article is not None:
                self._c.state.open_article(article.id)

        self._c.ops.run(work, done)
