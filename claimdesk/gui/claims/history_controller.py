"""Wires the history to the window: the inspector's History section follows the selected claim,
Article > History of this article (Ctrl+H, also in the reader's header; the shell ties the
action to :meth:`HistoryController.show_article_history`) shows the open article's, and
restoring a version runs on the worker, then refreshes the reader, the inspector and the
library as any other edit does.

A restore is not put on the undo stack: it is a change of its own in the history, undone
there ("Undo this change"). It is told to the window's version book as this desk's own save,
so that Ctrl+Z on an earlier edit builds on the restored claim instead of seeing a conflict.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSplitter, QWidget

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.model import ArticleView, ClaimFilter, ClaimView
from claimdesk.core.model.history import RestoredVersion, VersionSide
from claimdesk.gui.claims.inspector_view import InspectorView
from claimdesk.gui.common.form_scroll import FormScrollArea
from claimdesk.gui.common.history_panel import HistoryDialog, HistoryPanel
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.ops.edit_conflicts import VersionBook

if TYPE_CHECKING:
    from claimdesk.gui.ops.context import WindowContext


@dataclass(frozen=True, slots=True)
class Restored:
    """A restore and the claim before and after it (None for an article, or a claim that
    was not there)."""

    version: RestoredVersion
    before: ClaimView | None
    after: ClaimView | None


def _claim(desk: Desk, article_id: str | None, claim_id: str) -> ClaimView | None:
    if article_id is None:
        return None
    claims = desk.list_claims(ClaimFilter(article_id=article_id))
    return next((c for c in claims if c.id == claim_id), None)


def restore_and_read(
    desk: Desk,
    history_id: int,
    side: VersionSide,
    claim: tuple[str, str | None] | None,
    book: VersionBook,
) -> Restored:
    """Restore on the worker; for a claim (id, article id), read it around the restore and
    note the new version as this desk's own."""
    before = _claim(desk, claim[1], claim[0]) if claim else None
    version = desk.history.restore_version(history_id, side)
    after = _claim(desk, version.article_id, version.entity_id) if claim else None
    if after is not None and version.changed:
        if before is None:
            book.restarted(after)
        else:
            book.saved(before.version, after)
    return Restored(version, before, after)


def form_area(widget: QWidget) -> FormScrollArea | None:
    """The scroll area holding ``widget`` (the inspector's form)."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, FormScrollArea):
        area = area.parentWidget()
    return area


class HistoryController(QObject):
    """Reads histories and restores versions through the window's :class:`Ops`."""

    def __init__(
        self,
        context: WindowContext,
        inspector: InspectorView,
        column: QSplitter,
        book: VersionBook,
        on_changed: Callable[[str, str | None], None],
    ) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self._inspector = inspector
        self._column = column  # the inspector over the panel below it
        self._book = book  # the claim versions this desk saved (see ClaimActions.refused)
        self._on_changed = on_changed  # re-reads the article and the library after a restore
        self.panel: HistoryPanel = inspector.history
        self.dialog: HistoryDialog | None = None
        self._claim_key: tuple[str, int, object] | None = None
        self._dialog_article: ArticleView | None = None
        self._column_sizes: list[int] | None = None
        context.state.claim_shown.connect(self._on_claim_shown)
        self.panel.open_changed.connect(self._on_opened)
        area = form_area(self.panel)
        if area is not None:
            area.set_elastic(self.panel.body)
        self.panel.restore_requested.connect(
            lambda history_id, side: self.restore(self.panel, history_id, side)
        )

    def library_opened(self) -> None:
        """Another library opened: the article history shown was of the one before."""
        if self.dialog is not None:
            self.dialog.close()

    # The inspector's section
    def _on_claim_shown(self, claim: ClaimView | None) -> None:
        self.panel.set_subject(claim.id if claim else None)
        if claim is None:
            self._claim_key = None
        elif self.panel.is_open():
            key = (claim.id, claim.version, claim.updated)
            if key != self._claim_key:
                self._claim_key = key
                self.load(self.panel)
        article = self._c.state.current_article()
        dialog_open = self.dialog is not None and self.dialog.isVisible()
        if dialog_open and article is not None and article is not self._dialog_article:
            self._follow_article(article)

    def _on_opened(self, shown: bool) -> None:
        # Open, the section takes room from the panel under the inspector; closed, gives it back.
        column = self._column
        if not shown:
            if self._column_sizes is not None:
                column.setSizes(self._column_sizes)
            self._column_sizes = None
            return
        self._column_sizes = column.sizes()
        claim = self._inspector.claim()
        if claim is not None:
            self._claim_key = (claim.id, claim.version, claim.updated)
            self.load(self.panel)
        QTimer.singleShot(0, self._make_room)

    def _make_room(self) -> None:
        # As much of the column as the panel below can spare, then the section into view.
        column = self._column
        sizes = column.sizes()
        below = column.widget(1)
        if len(sizes) == 2 and below is not None:
            total = sum(sizes)
            spare = total - below.minimumSizeHint().height()
            wanted = max(min(self._inspector.sizeHint().height(), spare), sizes[0])
            column.setSizes([wanted, total - wanted])
        area = form_area(self.panel)
        if area is not None:
            area.ensureWidgetVisible(self.panel, 0, 0)

    def load(self, panel: HistoryPanel) -> None:
        """Read the history of the panel's record on the worker."""
        entity_id = panel.subject()
        if entity_id is None:
            return
        panel.show_loading()
        self._c.ops.run(
            lambda desk: desk.history.entries(entity_id),
            lambda items: panel.show_items(entity_id, items),
            on_error=lambda error: panel.show_error(error.message),
        )

    # The article's history
    def show_article_history(self) -> HistoryDialog | None:
        """Open (or raise) the open article's history."""
        article = self._c.state.current_article()
        if article is None:
            self._c.notices.show_info(
                translate("HistoryController", "Open an article first to see its history.")
            )
            return None
        if self.dialog is None:
            self.dialog = HistoryDialog(self._c.dialog_parent())
            panel = self.dialog.panel
            panel.restore_requested.connect(
                lambda history_id, side: self.restore(panel, history_id, side)
            )
        self._follow_article(article)
        if self.dialog.isVisible():
            self.dialog.raise_()
        self.dialog.show()
        self.dialog.activateWindow()
        return self.dialog

    def _follow_article(self, article: ArticleView) -> None:
        assert self.dialog is not None
        self._dialog_article = article
        self.dialog.follow(article.id, article.title)
        self.load(self.dialog.panel)

    # Restoring
    def restore(self, panel: HistoryPanel, history_id: int, side: VersionSide) -> None:
        """Go back to one side of an entry, then show the result everywhere."""
        self._inspector.flush()  # what is still being typed is saved first, and kept in history
        item = next((i for i in panel.items() if i.id == history_id), None)
        if item is None:
            return
        article = self._c.state.current_article()
        claim = (item.entity_id, article.id if article else None)
        book = self._book
        panel.set_busy(True)

        def done(result: Restored) -> None:
            panel.set_busy(False)
            self._restored(panel, result)

        def failed(error: ClaimDeskError) -> None:
            panel.set_busy(False)
            self._c.notices.show_error(error.message)

        self._c.ops.run(
            lambda desk: restore_and_read(
                desk, history_id, side, claim if item.entity == "claim" else None, book
            ),
            done,
            on_error=failed,
        )

    def _restored(self, panel: HistoryPanel, result: Restored) -> None:
        version = result.version
        claim = version.entity == "claim"
        if not version.changed:
            self._c.notices.show_info(
                translate("HistoryController", "The claim is already that version: nothing "
                          "changed.")
                if claim
                else translate("HistoryController", "The article is already that version: "
                               "nothing changed.")
            )  # fmt: skip
            return
        self._c.notices.show_info(
            translate("HistoryController", "Claim restored. The restore is the newest change in "
                      "its history, where it can be undone.")
            if claim
            else translate("HistoryController", "Article restored. The restore is the newest "
                           "change in its history, where it can be undone.")
        )  # fmt: skip
        if claim:
            self._on_changed(version.article_id, version.entity_id)
        else:
            self._c.state.open_article(version.article_id)
        if panel is not self.panel:
            self.load(panel)
