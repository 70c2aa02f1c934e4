"""The main window: library | reader | inspector, wired to the desk through :class:`Ops`."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
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
from claimdesk.core.importers import supported_suffixes
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import (
    ArticleChanges,
    ArticleSummary,
    ArticleView,
    ClaimKind,
    ClaimView,
    SearchHit,
    SearchResults,
)
from claimdesk.core.services.article_text import TextReplaced
from claimdesk.gui.article_commands import (
    AttachClaimCommand,
    EditArticleCommand,
    ReplaceTextCommand,
)
from claimdesk.gui.article_properties_dialog import ArticlePropertiesDialog
from claimdesk.gui.drop_import import FileDropFilter
from claimdesk.gui.empty_state import EmptyStateView
from claimdesk.gui.export_dialog import (
    ExportDialog,
    file_filter,
    open_folder,
    suggested_name,
    with_suffix,
    written_message,
)
from claimdesk.gui.import_controller import ImportController, ImportSummary
from claimdesk.gui.import_panel import ImportPanel
from claimdesk.gui.inspector_view import InspectorView
from claimdesk.gui.library_snapshot import LibrarySnapshot, take_snapshot
from claimdesk.gui.library_view import LibraryView
from claimdesk.gui.message_bar import MessageBar
from claimdesk.gui.ops import Ops
from claimdesk.gui.orphans_view import OrphanedClaimsView
from claimdesk.gui.paste_dialog import PasteDialog
from claimdesk.gui.reader_view import ReaderView
from claimdesk.gui.search_view import SearchBox, SearchResultsView
from claimdesk.gui.shortcut_sheet import ShortcutSheetDialog
from claimdesk.gui.text_edit_dialog import TextEditDialog
from claimdesk.gui.undo_commands import (
    DeleteClaimCommand,
    EditClaimCommand,
    FieldEdit,
    MarkClaimCommand,
)
from claimdesk.gui.window_actions import build_actions, build_menus
from claimdesk.gui.window_geometry import fit_to_screen
from claimdesk.gui.wording import plural

APP_TITLE = "ClaimDesk"
SPLITTER_SHARES = (24, 52, 24)
DEMO_TITLE = "Stoltenberg"


def import_filter() -> str:
    """The open dialog's filter: every format the importers read."""
    patterns = " ".join(f"*{suffix}" for suffix in supported_suffixes())
    return f"Articles ({patterns});;All files (*)"


class MainWindow(QMainWindow):
    """The one window a fact-checker works in."""

    def __init__(self, opener: Callable[[], Desk], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_TITLE)
        self.undo_stack = QUndoStack(self)
        self._article: ArticleView | None = None
        self._snapshot: LibrarySnapshot | None = None
        self._focus_claimant_next = False
        self._temp_folders: list[Path] = []
        self._busy = False
        self._export_folder = Path.home()
        self._build_widgets()
        self.actions_ = build_actions(self, self.reader, self.undo_stack)
        build_menus(self.menuBar(), self.actions_)
        self._build_toolbar()
        self.reader.add_header_action(self.actions_.article_properties)
        self.reader.add_header_action(self.actions_.edit_text)
        self._set_article_actions(enabled=False)
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
        self.orphans = OrphanedClaimsView(self)
        self.centre_stack = QStackedWidget(self)
        self.centre_stack.addWidget(self.empty_state)
        self.centre_stack.addWidget(self.reader)
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.message_bar)
        centre_layout.addWidget(self.centre_stack, 1)
        centre_layout.addWidget(self.orphans)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setHandleWidth(1)
        self.splitter.setChildrenCollapsible(False)
        for pane in (self.library, centre, self.inspector):
            self.splitter.addWidget(pane)
        for index, share in enumerate(SPLITTER_SHARES):
            self.splitter.setStretchFactor(index, share)
        width = fit_to_screen(self).width()
        self.splitter.setSizes([width * share // 100 for share in SPLITTER_SHARES])
        self.setCentralWidget(self.splitter)

        self.search_box = SearchBox(self)
        self.search_results = SearchResultsView(self)

        self.status_library = QLabel(self)
        self.status_article = QLabel(self)
        self.import_panel = ImportPanel(self)
        self.statusBar().addWidget(self.status_library, 1)
        self.statusBar().addPermanentWidget(self.import_panel)
        self.statusBar().addPermanentWidget(self.status_article)
        self.statusBar().setSizeGripEnabled(True)

        self.importer = ImportController(self)
        self.drops = FileDropFilter(self)
        for target in (self.library, self.reader.text.viewport(), self.empty_state):
            self.drops.watch(target)

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
        # Wide on a big screen, yet never pushed into the toolbar's overflow on a small one.
        self.search_box.setMinimumWidth(200)
        self.search_box.setMaximumWidth(460)
        self.search_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        a = self.actions_
        a.import_files.triggered.connect(self.import_files)
        a.import_folder.triggered.connect(self.import_folder)
        a.article_properties.triggered.connect(self.edit_article_properties)
        a.edit_text.triggered.connect(self.edit_article_text)
        a.attach_claim.triggered.connect(self.attach_orphan)
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
        self.importer.progress.connect(self.import_panel.show_progress)
        self.importer.finished.connect(self._after_import)
        self.import_panel.cancel_requested.connect(self.importer.cancel)
        self.drops.dropped.connect(self.import_paths)
        self.orphans.claim_selected.connect(self.select_claim)
        self.orphans.attach_requested.connect(self.attach_orphan)

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
            parts.append(plural(stats.articles, "article"))
            parts.append(f"{plural(stats.claims, 'claim')} · {plural(stats.denials, 'denial')}")
            parts.append(f"{stats.to_check} to check")
        parts.append("saving…" if self._busy else "all changes saved")
        self.status_library.setText(" · ".join(parts))
        article = self._article
        if article is None:
            self.status_article.setText("")
        else:
            marks = len(article.claims)
            sentences = plural(len(article.sentences), "sentence")
            self.status_article.setText(f"{article.language} · {sentences} · {marks} marked")

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
        self.orphans.set_claims([c for c in article.claims if c.orphaned])
        if claim is not None and claim.orphaned:
            self.orphans.choose(claim.id)
        self.centre_stack.setCurrentWidget(self.reader)
        self._set_article_actions(enabled=True)
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

    # Import and paste
    def import_files(self) -> None:
        """Choose files and import them."""
        names, _ = QFileDialog.getOpenFileNames(self, "Import articles", "", import_filter())
        if names:
            self.import_paths([Path(n) for n in names])

    def import_folder(self) -> None:
        """Choose a folder and import every article file in it and its subfolders."""
        name = QFileDialog.getExistingDirectory(self, "Import a folder of articles")
        if name:
            self.import_paths([Path(name)])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files and folders on the worker, one file a job, with progress and Cancel."""
        self.importer.start(self.ops, paths)

    def paste_article(self) -> None:
        """Ask for an article's text and metadata, then import it."""
        dialog = PasteDialog(self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text, meta = dialog.article_text(), dialog.meta()
        dialog.deleteLater()
        if not accepted:
            return
        self.ops.run(
            lambda desk: desk.import_text(text, meta),
            lambda outcome: self._after_import(ImportSummary((outcome,), 1)),
        )

    def _after_import(self, summary: ImportSummary) -> None:
        self.import_panel.finish()
        message, refusals = summary.message(), summary.refusals()
        if refusals and len(summary.outcomes) == 1:
            self.message_bar.show_error(message)
        elif refusals:
            self.message_bar.show_warning(message, refusals)
        else:
            self.message_bar.show_info(message)
        self.refresh_library()
        article_id = summary.article_to_open()
        if article_id is not None:
            self.open_article(article_id)

    # Article metadata and text
    def edit_article_properties(self) -> None:
        """Edit the open article's title, outlet, date, language… (undoable)."""
        article = self._article
        if article is None:
            self.message_bar.show_info("Open an article first: pick one in the library.")
            return
        dialog = ArticlePropertiesDialog(article, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_article_changes(article.id, *dialog.changes())
        dialog.deleteLater()

    def apply_article_changes(
        self, article_id: str, old: ArticleChanges, new: ArticleChanges
    ) -> None:
        """Save ``new`` through the undo stack; undo writes ``old`` back."""
        if new != ArticleChanges():
            self.undo_stack.push(
                EditArticleCommand(self.ops, article_id, old, new, self._on_article_edited)
            )

    def _on_article_edited(self, article: ArticleView) -> None:
        if self._article is not None and self._article.id == article.id:
            self._show_article(article, None, None)
        self.refresh_library()

    def edit_article_text(self) -> None:
        """Correct the open article's text in an editor; claims are placed again (undoable)."""
        article = self._article
        if article is None:
            self.message_bar.show_info("Open an article first: pick one in the library.")
            return
        dialog = TextEditDialog(article, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changed():
            self.replace_text(article.id, article.text, dialog.text())
        dialog.deleteLater()

    def replace_text(self, article_id: str, old_text: str, new_text: str) -> None:
        """Replace an article's text through the undo stack; undo puts ``old_text`` back."""
        self.inspector.flush()
        self.undo_stack.push(
            ReplaceTextCommand(self.ops, article_id, old_text, new_text, self._on_text_replaced)
        )

    def _on_text_replaced(self, result: TextReplaced, forward: bool) -> None:
        if self._article is not None and self._article.id == result.article.id:
            self._show_article(result.article, None, None)
        self.refresh_library()
        lost = len(result.orphaned)
        if not forward:
            self.message_bar.show_info("The article's text is back as it was.")
        elif lost:
            they, one = ("they are", "one") if lost > 1 else ("it is", "it")
            self.message_bar.show_warning(
                f"{plural(lost, 'claim')} could not be placed in the corrected text: {they} "
                f"listed under Orphaned claims; select new text and press A to attach {one}."
            )
        else:
            placed = len(result.article.claims)
            self.message_bar.show_info(
                f"Text corrected; {plural(placed, 'claim')} placed in the new text."
                if placed
                else "Text corrected."
            )

    def attach_orphan(self) -> None:
        """Anchor the chosen orphaned claim to the reader's selection (undoable)."""
        inspected = self.inspector.claim()
        claim = inspected if inspected and inspected.orphaned else self.orphans.current_claim()
        if claim is None:
            self.message_bar.show_info(
                "No orphaned claim to attach: A re-attaches a claim listed under Orphaned claims."
            )
            return
        span = self.reader.text.selected_span()
        if span is None:
            self.message_bar.show_info(
                "Select the claim's new text in the article first, then press A."
            )
            return
        self.reader.text.clear_selection()
        self.undo_stack.push(AttachClaimCommand(self.ops, claim, *span, self._on_changed))

    def _set_article_actions(self, *, enabled: bool) -> None:
        for action in (self.actions_.article_properties, self.actions_.edit_text):
            action.setEnabled(enabled)

    # Export
    def export_report(self, *, whole_library: bool) -> None:
        """Ask what to report (this article or all claims) and how, then where to save it."""
        dialog = ExportDialog(self._article, whole_library=whole_library, parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        fmt, article_id = dialog.fmt(), dialog.article_id()
        dialog.deleteLater()
        if not accepted:
            return
        suggested = suggested_name(fmt, self._article if article_id else None)
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the report", str(self._export_folder / suggested), file_filter(fmt)
        )
        if name:
            self.export_to(with_suffix(Path(name), fmt), fmt, article_id)

    def export_to(self, path: Path, fmt: str, article_id: str | None = None) -> None:
        """Write the report on the worker; the message bar says how many claims, with a link."""
        self._export_folder = path.parent

        def written(count: int) -> None:
            self.message_bar.show_info(
                written_message(count, path), ("Open folder", lambda: open_folder(path))
            )

        self.ops.run(lambda desk: desk.export(fmt, path, article_id=article_id), written)

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
        self.open_article_titled(DEMO_TITLE)

    def open_article_titled(self, prefix: str) -> None:
        """Open the first article whose title starts with ``prefix`` (else the newest one)."""

        def pick(articles: list[ArticleSummary]) -> None:
            chosen = next((a for a in articles if a.title.startswith(prefix)), None)
            chosen = chosen or (articles[0] if articles else None)
            if chosen is not None:
                self.open_article(chosen.id)

        self.ops.run(lambda desk: desk.list_articles(), pick)

    def switch_library(self, opener: Callable[[], Desk]) -> None:
        """Close this library and open another."""
        self.inspector.flush()
        self.importer.cancel()
        self.ops.shutdown()
        self.undo_stack.clear()
        self._article = None
        self._snapshot = None
        self.inspector.show_claim(None)
        self.orphans.set_claims([])
        self.reader.text.clear_article()
        self._set_article_actions(enabled=False)
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
        self.importer.cancel()
        self.ops.shutdown()
        for folder in self._temp_folders:
            shutil.rmtree(folder, ignore_errors=True)
        super().closeEvent(e)
