"""The search box's behaviour: query on the worker, results dropped under the box, open a hit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt

from claimdesk.core.model import SearchHit, SearchResults

if TYPE_CHECKING:
    from claimdesk.gui.main_window import MainWindow


class SearchActions(QObject):
    """Connects the search box and its results list to the desk and the reader."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        box, results = window.search_box, window.search_results
        box.query_changed.connect(self.search)
        box.move_down.connect(self._down)
        box.accepted.connect(results.activate_current)
        box.dismissed.connect(results.hide)
        results.hit_activated.connect(self.open_hit)

    def focus(self) -> None:
        """Put the cursor in the search box."""
        self._w.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._w.search_box.selectAll()

    def search(self, query: str) -> None:
        """Run a query on the worker and drop the results down under the box."""
        if not query:
            self._w.search_results.hide()
            return
        self._w.ops.run(lambda desk: desk.search(query), self._show)

    def _show(self, results: SearchResults) -> None:
        w = self._w
        if results.query.strip() != w.search_box.text().strip():
            return  # an older query answered after a newer one was typed
        w.search_results.set_results(results)
        self.place()
        w.search_results.show()
        w.search_results.raise_()

    def place(self) -> None:
        """Put the results under the box, right-aligned with it, as tall as they need."""
        w = self._w
        box = w.search_box
        top_right = box.mapTo(w, QPoint(box.width(), box.height() + 2))
        width = max(box.width() + 120, 560)
        room = w.height() - top_right.y() - 40
        height = min(460, room, w.search_results.content_height())
        w.search_results.setGeometry(top_right.x() - width, top_right.y(), width, height)

    def _down(self) -> None:
        if self._w.search_results.isVisible():
            self._w.search_results.focus_list()
        elif self._w.search_box.text().strip():
            self._w.search_box.run_now()

    def open_hit(self, hit: SearchHit) -> None:
        """Open a search hit: its article, scrolled to the claim (or the matched span)."""
        w = self._w
        w.search_results.hide()
        span = (hit.start, hit.end) if hit.start is not None and hit.end is not None else None
        claim_id = hit.id if hit.type == "claim" else None
        w.open_article(hit.article_id, claim_id=claim_id, span=None if claim_id else span)
        w.reader.text.setFocus(Qt.FocusReason.OtherFocusReason)
