"""What a feature's controller is handed instead of the main window.

A controller gets a :class:`WindowContext` (the worker, the undo stack, the notices, the
window's state) and the widgets it drives, passed in by the shell; it never sees the window
itself. :class:`WindowState` says what the user is looking at (the article shown, the claim
selected, the library's counts) and carries a controller's requests to change it (open an
article at a claim, show a fresh copy, select a claim, re-read the library) to the shell,
which owns the layout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from claimdesk.core.model import ArticleView, ClaimView
from claimdesk.gui.ops.ops import Ops

Action = tuple[str, Callable[[], None]]
Span = tuple[int, int]


class Notices(Protocol):
    """Messages to the user, in the bar above the reader."""

    def show_error(self, message: str, details: Sequence[str] = ()) -> None:
        """An error the user can act on; stays until dismissed."""

    def show_warning(self, message: str, details: Sequence[str] = ()) -> None:
        """Work that partly failed; stays until dismissed."""

    def show_info(
        self, message: str, action: Action | None = None, details: Sequence[str] = ()
    ) -> None:
        """A notice that hides itself after a few seconds."""

    def text(self) -> str:
        """The message shown now."""

    def isVisible(self) -> bool:
        """True while a message shows."""

    def dismiss(self) -> None:
        """Take the message shown off the bar."""


class WindowState(QObject):
    """What the user is looking at, and the requests that change it (answered by the shell).

    Signals are delivered at once (every object lives on the GUI thread), so a request has
    been carried out when its method returns.
    """

    article_shown = Signal(object)  # the ArticleView now in the reader, or None
    claim_shown = Signal(object)  # the ClaimView the inspector now shows, or None
    library_changed = Signal(object)  # a LibraryChange: what a desk call changed (Ops.changed)

    open_requested = Signal(str, object, object)  # article id, claim id, span
    show_requested = Signal(object, object, object)  # ArticleView, claim id, span
    select_requested = Signal(object)  # claim id or None
    refresh_requested = Signal()
    flush_requested = Signal()
    reading_requested = Signal()
    search_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._article: ArticleView | None = None
        self._claim: ClaimView | None = None

    def current_article(self) -> ArticleView | None:
        """The article in the reader."""
        return self._article

    def current_claim(self) -> ClaimView | None:
        """The claim the inspector shows (selected in the reader or a list)."""
        return self._claim

    def set_article(self, article: ArticleView | None) -> None:
        """Called by the shell once ``article`` shows in the reader (None: no article)."""
        self._article = article
        self.article_shown.emit(article)

    def set_claim(self, claim: ClaimView | None) -> None:
        """Called by the shell each time the inspector shows a claim (or none)."""
        self._claim = claim
        self.claim_shown.emit(claim)

    def open_article(
        self, article_id: str, claim_id: str | None = None, span: Span | None = None
    ) -> None:
        """Read an article on the worker and show it, with a claim or a span selected."""
        self.open_requested.emit(article_id, claim_id, span)

    def show_article(
        self, article: ArticleView, claim_id: str | None = None, span: Span | None = None
    ) -> None:
        """Show an article already read (a fresh copy after an edit keeps the selection)."""
        self.show_requested.emit(article, claim_id, span)

    def select_claim(self, claim_id: str | None) -> None:
        """Select a claim of the open article in the reader and the inspector."""
        self.select_requested.emit(claim_id)

    def refresh_library(self) -> None:
        """Re-read the library's counts, article list and claimant names in full (after
        edits this is never needed: each change record updates them, see Ops.changed)."""
        self.refresh_requested.emit()

    def show_reading(self) -> None:
        """The reading layout in the centre again (or the empty state with no article open)."""
        self.reading_requested.emit()

    def search(self, query: str) -> None:
        """Put ``query`` in the search box and run it."""
        self.search_requested.emit(query)

    def flush_edits(self) -> None:
        """Save what is being typed in the inspector now (before a change that moves it)."""
        self.flush_requested.emit()


class WindowContext(Protocol):
    """The narrow view of the window a controller works through."""

    @property
    def ops(self) -> Ops:
        """The worker: every desk call goes through it."""

    @property
    def undo_stack(self) -> QUndoStack:
        """Where undoable commands are pushed."""

    @property
    def notices(self) -> Notices:
        """Messages to the user."""

    @property
    def state(self) -> WindowState:
        """What the user is looking at."""

    def dialog_parent(self) -> QWidget:
        """The widget a controller's dialogs and objects belong to."""
