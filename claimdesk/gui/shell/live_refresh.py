"""Keeps the window in step with changes other processes make to the library (the command
line, a second window, another desk on the team database): a cheap look every two seconds
while the window is active, and at once when it becomes active again; a refresh only when
something changed. While the team database is out of reach the look is a ping, and the first
answer refreshes everything."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.model import ArticleSummary, ArticleView, ClaimFilter, LibraryStats
from claimdesk.gui.shell.connection_watch import ConnectionWatch

if TYPE_CHECKING:
    from claimdesk.gui.shell.main_window import MainWindow

INTERVAL_MS = 2000


@dataclass(frozen=True, slots=True)
class LibraryPulse:
    """What a look at the library found; two equal pulses mean nothing changed."""

    reindexed: int
    mark: int  # the library's change mark when it was taken
    stats: LibraryStats
    articles: tuple[ArticleSummary, ...]
    article_id: str | None
    article_claims: tuple[tuple[str, dt.datetime], ...]

    def differs(self, other: LibraryPulse) -> bool:
        """True when the library (or the open article's claims) changed between the two."""
        same_article = self.article_id == other.article_id
        return (
            self.stats != other.stats
            or self.articles != other.articles
            or (same_article and self.article_claims != other.article_claims)
        )


def take_pulse(desk: Desk, article_id: str | None, known: int | None) -> LibraryPulse | None:
    """Catch the index up and, when the library changed since the mark ``known``, read the
    counts, the article list and the open article's claim stamps (runs on the worker).

    None when nothing changed: one small query instead of reading 10,000 articles and
    counting 100,000 claims every two seconds (250 ms of the worker each time).
    """
    reindexed = desk.catch_up()
    mark = desk.change_mark()
    if known is not None and mark == known and not reindexed:
        return None
    claims = desk.list_claims(ClaimFilter(article_id=article_id)) if article_id else []
    return LibraryPulse(
        reindexed=reindexed,
        mark=mark,
        stats=desk.stats(),
        articles=tuple(desk.list_articles()),
        article_id=article_id,
        article_claims=tuple((c.id, c.updated) for c in claims),
    )


class LiveRefresh(QObject):
    """Polls while the window is active; refreshes what changed, never under the user's typing."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._last: LibraryPulse | None = None
        self._library_pending = False
        self._article_pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self.connection = ConnectionWatch(window.connection_bar, lambda: window.ops)
        self.connection.reconnected.connect(self.refresh_all)

    def set_active(self, active: bool) -> None:
        """Poll while the window is active; look at once when it becomes active."""
        if active and not self.timer.isActive():
            self.timer.start()
            self.tick()
        elif not active:
            self.timer.stop()

    def reset(self) -> None:
        """Forget the last look (another library was opened)."""
        self._last = None
        self._library_pending = self._article_pending = False
        self.connection.reset()

    def refresh_all(self) -> None:
        """Re-read the library and the open article at the next look (the database is back:
        anything may have changed meanwhile)."""
        self._last = None
        self._library_pending = self._article_pending = True
        self.tick()

    def tick(self) -> None:
        """Look for changes, unless the worker is busy (the next tick will look)."""
        if not self._w.ops.is_idle() or self._w.ops.location is None:
            return
        if self.connection.offline:
            self.connection.check()
            return
        article = self._w.current_article()
        article_id = article.id if article else None
        # A look at another article than the last one reads it in full.
        last = self._last
        known = last.mark if last is not None and last.article_id == article_id else None
        self._w.ops.run(
            lambda desk: take_pulse(desk, article_id, known), self._compare, on_error=self._ignore
        )

    def _compare(self, pulse: LibraryPulse | None) -> None:
        if pulse is not None:
            last, self._last = self._last, pulse
            if pulse.reindexed > 0 or (last is not None and pulse.differs(last)):
                self._library_pending = self._article_pending = True
        if self._typing():
            return  # refreshing now could move the cursor in the field being typed in
        if self._library_pending:
            self._library_pending = False
            self._w.refresh_library()
        if self._article_pending:
            self._article_pending = False
            self._reload_article()

    def _reload_article(self) -> None:
        article = self._w.current_article()
        if article is not None:
            article_id = article.id
            self._w.ops.run(lambda desk: desk.get_article(article_id), self._show_if_changed)

    def _show_if_changed(self, fresh: ArticleView) -> None:
        w = self._w
        current = w.current_article()
        if current is None or current.id != fresh.id or current == fresh:
            return
        if self._typing():
            self._article_pending = True
            return
        bar = w.reader.text.verticalScrollBar()
        scrolled = bar.value()
        # Same article: the window keeps the selected claim and the reader its selection.
        w.show_article(fresh, None, None)
        bar.setValue(scrolled)

    def _typing(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self._w.inspector.isAncestorOf(focus)

    def _ignore(self, _error: ClaimDeskError) -> None:
        # A look that fails (the library busy with another writer) is simply tried again;
        # a database out of reach has reached the connection watch through Ops.
        pass
