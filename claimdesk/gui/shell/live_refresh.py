"""Keeps the window in step with changes other processes make to the library (the command
line, a second window, another desk on the team database): a cheap look every two seconds
while the window is active, and at once when it becomes active again.

A look (:meth:`Desk.look_for_changes`) catches the index up and lets the worker's change
record read the history entries others wrote; what they changed reaches every view through
the same broadcast as the window's own edits (``Ops.changed``), and the open article is read
again when they touched it. While the team database is out of reach the look is a ping, and
the first answer refreshes everything."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.model import ArticleView, LibraryChange
from claimdesk.gui.shell.connection_watch import ConnectionWatch

if TYPE_CHECKING:
    from claimdesk.gui.shell.main_window import MainWindow

INTERVAL_MS = 2000


class LiveRefresh(QObject):
    """Polls while the window is active; refreshes what changed, never under the user's typing."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._looking = False  # the broadcast now due comes from a look, not from our edits
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
        self._library_pending = self._article_pending = False
        self.connection.reset()

    def refresh_all(self) -> None:
        """Re-read the library and the open article at the next look (the database is back:
        anything may have changed meanwhile)."""
        self._library_pending = self._article_pending = True
        self.tick()

    def tick(self) -> None:
        """Look for changes, unless the worker is busy (the next tick will look)."""
        if not self._w.ops.is_idle() or self._w.ops.location is None:
            return
        if self.connection.offline:
            self.connection.check()
            return
        self._w.ops.run(lambda desk: desk.look_for_changes(), self._looked, on_error=self._ignore)

    def _looked(self, _reindexed: int) -> None:
        # Called just before the worker broadcasts what the look found (if anything).
        self._looking = True
        QTimer.singleShot(0, self._after_look)

    def on_changed(self, change: LibraryChange) -> None:
        """Every change record the worker broadcasts (the shell connects it)."""
        if not self._looking:
            return  # the window's own edit: the controller that made it shows it
        article = self._w.current_article()
        if article is not None and article.id in change.article_ids:
            self._article_pending = True

    def _after_look(self) -> None:
        self._looking = False
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
