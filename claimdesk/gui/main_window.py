"""The main window: library | reader | inspector, wired to the desk through :class:`Ops`."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import (
    ArticleSummary,
    ArticleView,
    ClaimFilter,
    ClaimKind,
    ClaimView,
    ImportOutcome,
    LibraryStats,
    SearchHit,
    SearchResults,
    Status,
)
from claimdesk.gui.empty_state import EmptyStateView
from claimdesk.gui.inspector_view import InspectorView
from claimdesk.gui.library_view import LibraryView
from claimdesk.gui.message_bar import MessageBar
from claimdesk.gui.ops import Ops
from claimdesk.gui.paste_dialog import PasteDialog
from claimdesk.gui.reader_view import ReaderView
from claimdesk.gui.search_view import SearchBox, SearchResultsView
from claimdesk.gui.shortcut_sheet import ShortcutSheetDialog
from claimdesk.gui.undo_commands import (
    DeleteClaimCommand,
    EditClaimCommand,
    FieldEdit,
    MarkClaimCommand,
)
from claimdesk.gui.window_actions import build_actions, build_menus

APP_TITLE = "ClaimDesk"
DEFAULT_SIZE = (1400, 860)
SPLITTER_SHARES = (24, 52, 24)
IMPORT_FILTER = "Articles (*.txt *.md *.html *.htm *.pdf *.docx *.eml *.json);;All files (*)"


@dataclass(frozen=True, slots=True)
class LibrarySnapshot:
    """What the library pane, the status bar and the claimant field show."""

    stats: LibraryStats
    articles: list[ArticleSummary]
    to_check: frozenset[str]
    claimants: list[str]


def take_snapshot(desk: Desk) -> LibrarySnapshot:
    """Read the library-wide state in one go (runs on the worker)."""
    to_check = frozenset(
        claim.article_id
        for status in (Status.NEW, Status.RESEARCHING)
        for claim in desk.list_claims(ClaimFilter(status=status))
    )
    return LibrarySnapshot(
        stats=desk.stats(),
        articles=desk.list_articles(),
        to_check=to_check,
        claimants=sorted((c.name for c in desk.list_claimants()), key=str.casefold),
    )


class MainWindow(QMainWindow):
    """The one window a fact-checker works in."""

    def __init__(self, opener: Callable[[], Desk], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_TITLE)
        self.resize(*DEFAULT_SIZE)
        self.undo_stack = QUndoStack(self)
        self._article: ArticleView | None = None
        self._snapshot: LibrarySnapshot | None = None
        self._focus_claimant_next = False
        self._temp_folders: list[Path] = []
        self._busy = False
        self._build_widgets()
        self.actions_ = build_actions(self, self.reader, self.undo_stack)
        build_menus(self.menuBar(), self.actions_)
        self._build_toolbar()
        self._connect()
        self.ops = self._make_ops(opener)

    # Construction
    def _build_widgets(self) -> None:
        self.library = LibraryView(self)
        self.reader = ReaderView(self)
        self.inspector = InspectorView(self)
        self.message_bar = MessageBar(self)
        self.empty_state = EmptyStateView(self)
        self.empty_state.show_no_selection(0)
        self.centre_stack = QStackedWidget(self)
        self.centre_stack.addWidget(self.empty_state)
        self.centre_stack.addWidget(self.reader)
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.message_bar)
        centre_layout.addWidget(self.centre_stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setHandleWidth(1)
        self.splitter.setChildrenCollapsible(False)
        for pane in (self.library, centre, self.inspector):
            self.splitter.addWidget(pane)
        for index, share in enumerate(SPLITTER_SHARES):
            self.splitter.setStretchFactor(index, share)
        width = DEFAULT_SIZE[0]
        self.splitter.setSizes([width * share // 100 for share in SPLITTER_SHARES])
        self.setCentralWidget(self.splitter)

        self.search_box = SearchBox(self)
        self.search_results = SearchResultsView(self)

        self.status_library = QLabel(self)
        self.status_article = QLabel(self)
        self.statusBar().addWidget(self.status_library, 1)
        self.statusBar().addPermanentWidget(self.status_article)
        self.statusBar().setSizeGripEnabled(True)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        a = self.actions_
        toolbar.addAction(a.import_files)
        toolbar.addAction(a.paste_article)
        toolbar.addSeparator()
        toolbar.addAction(a.mark_claim)
        toolbar.addAction(a.mark_denial)
        toolbar.addSeparator()
        toolbar.addAction(a.export_report)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search_box.setMinimumWidth(380)
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        a = self.actions_
        a.import_files.triggered.connect(self.import_files)
        a.paste_article.triggered.connect(self.paste_article)
        a.export_report.triggered.connect(lambda: self.export_report(whole_library=False))
        a.export_library.triggered.connect(lambda: self.export_report(whole_library=True))
        a.open_demo.triggered.connect(self.open_demo)
        a.quit.triggered.connect(self.close)
        a.mark_claim.triggered.connect(lambda: self.mark(ClaimKind.CLAIM))
        a.mark_denial.triggered.connect(lambda: self.mark(ClaimKind.DENIAL))
        a.delete_claim.triggered.connect(self.delete_selected_claim)
        a.find.triggered.connect(self.focus_search)
        a.next_sentence.triggered.connect(self.reader.text.next_sentence)
        a.previous_sentence.triggered.connect(self.reader.text.previous_sentence)
        a.next_claim.triggered.connect(self.reader.text.next_claim)
        a.previous_claim.triggered.connect(self.reader.text.previous_claim)
        a.focus_library.triggered.connect(lambda: self.library.table.setFocus())
        a.focus_reader.triggered.connect(lambda: self.reader.text.setFocus())
        a.shortcuts.triggered.connect(self.show_shortcuts)
        self.library.article_selected.connect(lambda article_id: self.open_article(article_id))
        self.reader.text.claim_clicked.connect(self.select_claim)
        self.inspector.edit_requested.connect(self._on_edit_requested)
        self.empty_state.import_requested.connect(self.import_files)
        self.empty_state.paste_requested.connect(self.paste_article)
        self.empty_state.demo_requested.connect(self.open_demo)
        self.search_box.query_changed.connect(self.search)
        self.search_box.move_down.connect(self._search_down)
        self.search_box.accepted.connect(self.search_results.activate_current)
        self.search_box.dismissed.connect(self.search_results.hide)
        self.search_results.hit_activated.connect(self.open_hit)

    def _make_ops(self, opener: Callable[[], Desk]) -> Ops:
        ops = Ops(opener, self)
        ops.failed.connect(self.message_bar.show_error)
        ops.busy_changed.connect(self._on_busy)
        ops.opened.connect(lambda _: self.refresh_library())
        return ops

    # Library-wide state
    def wait_until_open(self) -> str | None:
        """Block (processing events) until the library is open; its error message if it failed."""
        self.ops.wait_idle(120_000)
        return self.ops.open_error

    def refresh_library(self) -> None:
        """Reload counts, the article list and the claimant names."""
        self.ops.run(take_snapshot, self._show_snapshot)

    def _show_snapshot(self, snapshot: LibrarySnapshot) -> None:
        self._snapshot = snapshot
        self.library.set_stats(snapshot.stats)
        self.library.set_articles(snapshot.articles, snapshot.to_check)
        self.inspector.set_claimants(snapshot.claimants)
        if self._article is None:
            if snapshot.stats.articles == 0:
                self.empty_state.show_empty_library()
            else:
                self.empty_state.show_no_selection(snapshot.stats.articles)
            self.centre_stack.setCurrentWidget(self.empty_state)
        self._update_status()

    def _on_busy(self, busy: bool) -> None:
        self._busy = busy
        # Only show "saving" when work lasts long enough to notice.
        QTimer.singleShot(150 if busy else 0, self._update_status)

    def _update_status(self) -> None:
        location: LibraryLocation | None = self.ops.location
        parts = [f"library: {location.display}" if location else "library: opening…"]
        if self._snapshot is not None:
            stats = self._snapshot.stats
            parts.append(f"{stats.articles} articles")
            parts.append(f"{stats.claims} claims · {stats.denials} denials")
            parts.append(f"{stats.to_check} to check")
        parts.append("saving…" if self._busy else "all changes saved")
        self.status_library.setText(" · ".join(parts))
        article = self._article
        if article is None:
            self.status_article.setText("")
        else:
            marks = len(article.claims)
            self.status_article.setText(
                f"{article.language} · {len(article.sentences)} sentences · {marks} marked"
            )

    # Articles
    def open_article(
        self,
        article_id: str,
        claim_id: str | None = None,
        span: tuple[int, int] | None = None,
    ) -> None:
        """Show an article, optionally with a claim selected or a span selected."""
        self.ops.run(
            lambda desk: desk.get_article(article_id),
            lambda article: self._show_article(article, claim_id, span),
        )

    def _show_article(
        self, article: ArticleView, claim_id: str | None, span: tuple[int, int] | None
    ) -> None:
        same = self._article is not None and self._article.id == article.id
        self._article = article
        if claim_id is None and same and span is None:
            kept = self.inspector.claim()
            claim_id = kept.id if kept else None
        claim = self._claim(claim_id)
        self.reader.show_article(article, claim.id if claim else None)
        self.inspector.show_claim(claim)
        self.centre_stack.setCurrentWidget(self.reader)
        self.setWindowTitle(f"{article.title} — {APP_TITLE}")
        if self.library.current_article_id() != article.id:
            blocked = self.library.blockSignals(True)
            self.library.select_article(article.id)
            self.library.blockSignals(blocked)
        if claim is not None:
            self.reader.text.select_claim(claim.id, force_scroll=claim_id is not None and not same)
        elif span is not None:
            self.reader.text.select_span(*span)
        self._update_status()

    def current_article(self) -> ArticleView | None:
        """The article in the reader."""
        return self._article

    # Claims
    def select_claim(self, claim_id: str | None) -> None:
        """Select a claim of the open article in the reader and the inspector."""
        claim = self._claim(claim_id)
        self.reader.text.select_claim(claim.id if claim else None)
        self.inspector.show_claim(claim)

    def _claim(self, claim_id: str | None) -> ClaimView | None:
        if self._article is None or claim_id is None:
            return None
        return next((c for c in self._article.claims if c.id == claim_id), None)

    def mark(self, kind: ClaimKind) -> None:
        """Mark the reader's selection as a claim or a denial (undoable)."""
        article = self.reader.text.article()
        span = self.reader.text.selected_span()
        if article is None or span is None:
            self.message_bar.show_info(
                "Select text first: click a sentence, press J / K, or drag over any span."
            )
            return
        self._focus_claimant_next = True
        self.reader.text.clear_selection()
        self.undo_stack.push(
            MarkClaimCommand(self.ops, article.id, span[0], span[1], kind, self._on_changed)
        )

    def delete_selected_claim(self) -> None:
        """Remove the selected claim (undoable)."""
        claim = self.inspector.claim()
        if claim is None:
            self.message_bar.show_info("No claim is selected: click a highlighted claim first.")
            return
        self.undo_stack.push(DeleteClaimCommand(self.ops, claim, self._on_changed))

    def _on_edit_requested(self, edit: FieldEdit) -> None:
        self.undo_stack.push(EditClaimCommand(self.ops, edit, self._on_changed))

    def _on_changed(self, article_id: str, claim_id: str | None) -> None:
        """After any claim edit: re-read the article touched and the library state."""
        focus_claimant, self._focus_claimant_next = self._focus_claimant_next, False

        def shown(article: ArticleView) -> None:
            self._show_article(article, claim_id, None)
            if claim_id is None:
                self.select_claim(None)
            if focus_claimant and claim_id is not None:
                self.inspector.focus_claimant()

        self.ops.run(lambda desk: desk.get_article(article_id), shown)
        self.refresh_library()

    # Import, paste, export
    def import_files(self) -> None:
        """Choose files and import them."""
        names, _ = QFileDialog.getOpenFileNames(self, "Import articles", "", IMPORT_FILTER)
        if names:
            self.import_paths([Path(n) for n in names])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files on the worker and report what happened in one line."""
        self.ops.run(lambda desk: [desk.import_file(p) for p in paths], self._after_import)

    def paste_article(self) -> None:
        """Ask for an article's text and metadata, then import it."""
        dialog = PasteDialog(self)
        if dialog.exec() != PasteDialog.DialogCode.Accepted:
            return
        text, meta = dialog.article_text(), dialog.meta()
        self.ops.run(lambda desk: [desk.import_text(text, meta)], self._after_import)

    def _after_import(self, outcomes: list[ImportOutcome]) -> None:
        imported = [o for o in outcomes if o.status == "imported"]
        duplicates = [o for o in outcomes if o.status == "duplicate"]
        refused = [o for o in outcomes if o.status == "refused"]
        parts = []
        if imported:
            parts.append(f"Imported {len(imported)} article{'s' if len(imported) != 1 else ''}")
        if duplicates:
            parts.append(f"{len(duplicates)} already in the library")
        for outcome in refused:
            name = Path(outcome.path).name if outcome.path else "the text"
            parts.append(f"{name}: {outcome.error}")
        message = "; ".join(parts) + "."
        if refused:
            self.message_bar.show_error(message)
        else:
            self.message_bar.show_info(message)
        self.refresh_library()
        first = next((o.id for o in imported + duplicates if o.id), None)
        if first is not None:
            self.open_article(first)

    def export_report(self, *, whole_library: bool) -> None:
        """Save a Markdown or CSV report of this article's claims (or of every claim)."""
        article = None if whole_library else self._article
        stem = "claimdesk-report" if article is None else f"claims-{article.id[:8]}"
        name, chosen = QFileDialog.getSaveFileName(
            self,
            "Export report" if article is None else f"Export report: {article.title}",
            f"{stem}.md",
            "Markdown report (*.md);;CSV table (*.csv)",
        )
        if not name:
            return
        path = Path(name)
        fmt = "csv" if path.suffix.lower() == ".csv" or "CSV" in chosen else "md"
        if path.suffix.lower() not in (".md", ".csv"):
            path = path.with_suffix(f".{fmt}")
        article_id = article.id if article else None
        self.ops.run(
            lambda desk: desk.export(fmt, path, article_id=article_id),
            lambda count: self.message_bar.show_info(f"Wrote {count} claims to {path}."),
        )

    # Search
    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def search(self, query: str) -> None:
        """Run a query on the worker and drop the results down under the box."""
        if not query:
            self.search_results.hide()
            return
        self.ops.run(lambda desk: desk.search(query), self._show_results)

    def _show_results(self, results: SearchResults) -> None:
        if results.query.strip() != self.search_box.text().strip():
            return  # an older query answered after a newer one was typed
        self.search_results.set_results(results)
        self._place_results()
        self.search_results.show()
        self.search_results.raise_()

    def _place_results(self) -> None:
        box = self.search_box
        top_right = box.mapTo(self, QPoint(box.width(), box.height() + 2))
        width = max(box.width() + 120, 560)
        room = self.height() - top_right.y() - 40
        height = min(460, room, self.search_results.content_height())
        self.search_results.setGeometry(top_right.x() - width, top_right.y(), width, height)

    def _search_down(self) -> None:
        if self.search_results.isVisible():
            self.search_results.focus_list()
        elif self.search_box.text().strip():
            self.search_box.run_now()

    def open_hit(self, hit: SearchHit) -> None:
        """Open a search hit: its article, scrolled to the claim (or the matched span)."""
        self.search_results.hide()
        span = (hit.start, hit.end) if hit.start is not None and hit.end is not None else None
        claim_id = hit.id if hit.type == "claim" else None
        self.open_article(hit.article_id, claim_id=claim_id, span=None if claim_id else span)
        self.reader.text.setFocus(Qt.FocusReason.OtherFocusReason)

    # Other windows
    def show_shortcuts(self) -> None:
        """The keyboard map."""
        ShortcutSheetDialog(self.actions_.sections(), self).show()

    def open_demo(self) -> None:
        """Switch to a fresh temporary library filled with the demo articles."""
        from claimdesk.core.demo import create_demo_library

        folder = Path(tempfile.mkdtemp(prefix="claimdesk-demo-"))
        self._temp_folders.append(folder)
        self.switch_library(lambda: Desk.open(create_demo_library(folder)))

    def switch_library(self, opener: Callable[[], Desk]) -> None:
        """Close this library and open another."""
        self.inspector.flush()
        self.ops.shutdown()
        self.undo_stack.clear()
        self._article = None
        self._snapshot = None
        self.inspector.show_claim(None)
        self.reader.text.clear_article()
        self.ops = self._make_ops(opener)

    def adopt_temp_folder(self, folder: Path) -> None:
        """Remove ``folder`` when the window closes (the --demo library)."""
        self._temp_folders.append(folder)

    # Qt events
    def resizeEvent(self, e: QResizeEvent) -> None:
        """Keep the search results under the box."""
        super().resizeEvent(e)
        if self.search_results.isVisible():
            self._place_results()

    def closeEvent(self, e: QCloseEvent) -> None:
        """Save what is still being typed, finish queued work, close the library."""
        self.inspector.flush()
        self.ops.shutdown()
        for folder in self._temp_folders:
            shutil.rmtree(folder, ignore_errors=True)
        super().closeEvent(e)
