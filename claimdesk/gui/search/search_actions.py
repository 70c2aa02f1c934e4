"""The search's behaviour: queries on the worker, results in the pane, saved searches.

Every query gets a sequence number and only the answer to the newest one is shown, so a slow
answer to an older query can never replace a newer one (the worker runs calls in order, but a
quick pass and a full pass of the same typing are both queued).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.model import ArticleView, SearchHit, SearchResults
from claimdesk.core.model.results import SavedSearch
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.search.search_facets import add_term, remove_term
from claimdesk.gui.search.search_model import PAGE_SIZE
from claimdesk.gui.search.search_view import SearchBox, SearchPanel

if TYPE_CHECKING:
    from claimdesk.gui.ops.context import WindowContext


class Sidebar(Protocol):
    """The left pane, where the results take the article list's place and the saved searches
    are listed (claimdesk.gui.library.library_view; the shell ties its signals to
    :meth:`SearchActions.run_saved`, :meth:`SearchActions.delete_saved` and
    :meth:`SearchActions.leave`)."""

    def set_saved_searches(self, searches: list[SavedSearch]) -> None:
        """List the saved searches."""

    def show_search(self, searching: bool) -> None:
        """Show the results pane (True) or the article list (False)."""

    def is_searching(self) -> bool:
        """True while the results pane is shown."""


class HitReader(Protocol):
    """The reader's text, where an opened hit's matched words are marked
    (claimdesk.gui.reader.reader_text)."""

    def mark_matches(
        self, spans: list[tuple[int, int]], focus: tuple[int, int] | None = None
    ) -> None:
        """Mark ``spans`` and bring ``focus`` (else the first) into view."""

    def clear_matches(self) -> None:
        """Take the marks off."""

    def setFocus(self, reason: Qt.FocusReason) -> None:
        """Take the keyboard."""


# How far apart (in characters) the words of one passage may be.
PASSAGE = 300


def focus_in(spans: Sequence[tuple[int, int]], hit: SearchHit, text: str) -> tuple[int, int] | None:
    """The span to bring into view for ``hit``: its claim's first matched word (the claim
    itself when the words matched only its notes); in an article, the first word of the
    passage where most of the different words matched stand together."""
    if hit.start is not None and hit.end is not None:
        inside = [span for span in spans if hit.start <= span[0] and span[1] <= hit.end]
        return inside[0] if inside else (hit.start, hit.end)
    best, most = None, 0
    for i, (start, _end) in enumerate(spans):
        words = set()
        for s, e in spans[i:]:
            if s >= start + PASSAGE:
                break
            words.add(text[s:e].casefold())
        if len(words) > most:
            best, most = spans[i], len(words)
    return best


class SearchActions(QObject):
    """Connects the search box, the results pane and the saved searches to the desk."""

    def __init__(
        self,
        context: WindowContext,
        box: SearchBox,
        panel: SearchPanel,
        sidebar: Sidebar,
        reader: HitReader,
    ) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self._box, self._panel, self._sidebar = box, panel, sidebar
        self._reader = reader  # takes the keyboard once a hit is open
        self._seq = 0
        # (query, order, partial) of the results shown: later pages ask the same question.
        self._shown: tuple[str, str, bool] | None = None
        # The hit being opened and its query, until its article shows (then marked).
        self._opening: tuple[SearchHit, str, str | None] | None = None
        context.state.article_shown.connect(self._article_shown)
        box.typing_paused.connect(lambda query: self.search(query, settled=False))
        box.settled.connect(lambda query: self.search(query, settled=True))
        box.move_down.connect(self._down)
        box.accepted.connect(self._accept)
        box.dismissed.connect(self.leave)
        panel.hit_activated.connect(self.open_hit)
        panel.order_changed.connect(lambda _: self.run_query(box.text()))
        panel.term_toggled.connect(self._toggle_term)
        panel.suggestion_chosen.connect(self.run_query)
        panel.save_requested.connect(self.ask_save)
        panel.closed.connect(self.leave)
        panel.model.more_wanted.connect(self._fetch_more)

    # Queries
    def focus(self) -> None:
        """Put the cursor in the search box."""
        self._box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._box.selectAll()

    def is_active(self) -> bool:
        """True while the results pane is shown."""
        return self._sidebar.is_searching()

    def current_query(self) -> str | None:
        """The query whose results are shown, or None outside a search."""
        return self._shown[0] if self._shown is not None and self.is_active() else None

    def run_query(self, query: str) -> None:
        """Put ``query`` in the box and run the full search at once."""
        box = self._box
        box.stop_timers()
        box.setText(query)
        self.search(query, settled=True)

    def search(self, query: str, *, settled: bool) -> None:
        """Run a query on the worker: ``settled`` adds facets and the spelling suggestion."""
        query = query.strip()
        if not query:
            self.leave()
            return
        self._seq += 1
        seq = self._seq
        order = self._panel.order()
        partial = not settled

        def work(desk: Desk) -> SearchResults:
            return desk.search(query, PAGE_SIZE, order=order, facets=settled, partial=partial)

        self._c.ops.run(
            work,
            lambda found: self._show(seq, found, (query, order, partial), settled=settled),
            on_error=lambda error: self._failed(seq, error),
        )

    def _show(
        self,
        seq: int,
        results: SearchResults,
        asked: tuple[str, str, bool],
        *,
        settled: bool,
    ) -> None:
        if seq != self._seq:
            return  # an older query answered after a newer one was asked
        self._shown = asked
        self._panel.set_results(results, seq, settled=settled)
        self._sidebar.show_search(True)

    def _failed(self, seq: int, error: ClaimDeskError) -> None:
        if seq == self._seq:
            self._c.notices.show_error(error.message)

    def _fetch_more(self, generation: int, offset: int) -> None:
        if self._shown is None:
            return
        query, order, partial = self._shown
        model = self._panel.model

        def work(desk: Desk) -> SearchResults:
            return desk.search(query, PAGE_SIZE, offset=offset, order=order, partial=partial)

        self._c.ops.run(
            work,
            lambda found: model.add_page(generation, found.hits),
            on_error=lambda error: self._page_failed(generation, error),
        )

    def _page_failed(self, generation: int, error: ClaimDeskError) -> None:
        self._panel.model.page_failed(generation)
        self._failed(generation, error)

    def _toggle_term(self, term: str, on: bool) -> None:
        query = self._box.text()
        self.run_query(add_term(query, term) if on else remove_term(query, term))

    def leave(self) -> None:
        """Close the results and show the library list again (Esc)."""
        self._seq += 1  # answers still on their way are dropped
        self._shown = None
        box = self._box
        box.stop_timers()
        if box.text():
            box.clear()
        self._panel.clear()
        self._sidebar.show_search(False)
        self._opening = None
        self._reader.clear_matches()

    # Opening hits
    def _down(self) -> None:
        if self.is_active():
            self._panel.focus_list()
        elif self._box.text().strip():
            self._box.run_now()

    def _accept(self) -> None:
        # A query typed and Enter pressed at once: open its first hit when it arrives.
        if self._c.ops.is_idle():
            self._panel.activate_current()
        else:
            self._c.ops.run(lambda _desk: None, lambda _: self._panel.activate_current())

    def open_hit(self, hit: SearchHit) -> None:
        """Open a hit: its article, scrolled to the claim (selected) or the matched span."""
        span = (hit.start, hit.end) if hit.start is not None and hit.end is not None else None
        claim_id = hit.id if hit.type == "claim" else None
        query = self._shown[0] if self._shown is not None else self._box.text().strip()
        before = self._c.state.current_article()
        self._opening = (hit, query, before.id if before is not None else None)
        self._c.state.open_article(hit.article_id, claim_id, None if claim_id else span)
        self._reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def _article_shown(self, article: ArticleView | None) -> None:
        """Mark the matched words in the article of the hit just opened, and scroll there."""
        opening = self._opening
        if opening is None:
            return
        hit, query, before = opening
        if article is None or article.id != hit.article_id:
            if article is None or article.id != before:  # the user went elsewhere
                self._opening = None
            return
        self._opening = None
        text, language, article_id = article.text, article.language, article.id

        def mark(spans: list[tuple[int, int]]) -> None:
            shown = self._c.state.current_article()
            if shown is not None and shown.id == article_id and shown.text == text:
                self._reader.mark_matches(spans, focus_in(spans, hit, text))

        self._c.ops.run(
            lambda desk: desk.matched_spans(query, text, language),
            mark,
            on_error=lambda _error: None,  # no marks: the article is open all the same
        )

    # Saved searches
    def load_saved(self) -> None:
        """Read the library's saved searches into the sidebar."""
        self._c.ops.run(lambda desk: desk.saved_searches.list(), self._sidebar.set_saved_searches)

    def ask_save(self) -> None:
        """Ask a name for the current search and keep it in the sidebar."""
        query = self._box.text().strip()
        if not query:
            return
        name, ok = QInputDialog.getText(
            self._c.dialog_parent(),
            translate("SearchActions", "Save search"),
            translate("SearchActions", "Name in the sidebar:"),
            QLineEdit.EchoMode.Normal,
            query,
        )
        if ok and name.strip():
            self.save_current(name)

    def save_current(self, name: str) -> None:
        """Save the query in the box, with the current order, as ``name``."""
        query, order = self._box.text().strip(), self._panel.order()

        def work(desk: Desk) -> list[SavedSearch]:
            desk.saved_searches.save(name, query, order)
            return desk.saved_searches.list()

        self._c.ops.run(work, self._sidebar.set_saved_searches)

    def delete_saved(self, name: str) -> None:
        """Forget the saved search ``name``."""

        def work(desk: Desk) -> list[SavedSearch]:
            desk.saved_searches.delete(name)
            return desk.saved_searches.list()

        self._c.ops.run(work, self._sidebar.set_saved_searches)

    def run_saved(self, saved: SavedSearch) -> None:
        """Run a saved search in its saved order."""
        self._panel.set_order(saved.order)
        self.run_query(saved.query)
