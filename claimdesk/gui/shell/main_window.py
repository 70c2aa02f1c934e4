"""The main window: library | reader | inspector, wired to the desk through :class:`Ops`.

The window builds and lays out the panes and owns the library-wide state (the open article,
the status bar); what it does is in small controllers: claim actions, article editing,
import, search, export and the live refresh from other processes.
"""

from __future__ import annotations

import gc
import shutil
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
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
    ClaimKind,
    ClaimView,
    LibraryChange,
    LibraryStats,
    SearchHit,
)
from claimdesk.gui.articles.article_editing import ArticleEditing
from claimdesk.gui.claims.claim_actions import ClaimActions
from claimdesk.gui.claims.evidence_actions import EvidenceActions
from claimdesk.gui.claims.history_controller import HistoryController
from claimdesk.gui.claims.inspector_view import InspectorView
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.wording import article_status, library_status
from claimdesk.gui.imports.drop_import import FileDropFilter
from claimdesk.gui.imports.import_actions import ImportActions
from claimdesk.gui.imports.import_controller import ImportController
from claimdesk.gui.imports.import_panel import ImportPanel
from claimdesk.gui.library.library_view import LibraryView
from claimdesk.gui.ops.context import WindowState
from claimdesk.gui.ops.library_snapshot import LibrarySnapshot, take_snapshot
from claimdesk.gui.ops.ops import Ops
from claimdesk.gui.reader.orphans_view import OrphanedClaimsView
from claimdesk.gui.reader.reader_view import ReaderView
from claimdesk.gui.recovery.recovery_actions import RecoveryActions
from claimdesk.gui.reports.export_actions import ExportActions
from claimdesk.gui.search.search_actions import SearchActions
from claimdesk.gui.search.search_view import SearchBox, SearchPanel
from claimdesk.gui.settings.preferences_actions import PreferencesActions
from claimdesk.gui.shell.accessibility import name_controls
from claimdesk.gui.shell.empty_state import EmptyStateView
from claimdesk.gui.shell.live_refresh import LiveRefresh
from claimdesk.gui.shell.message_bar import MessageBar
from claimdesk.gui.shell.shortcut_sheet import ShortcutSheetDialog, menu_sections
from claimdesk.gui.shell.window_actions import build_actions, build_menus
from claimdesk.gui.shell.window_geometry import fit_to_screen
from claimdesk.gui.shell.window_state import last_article, restore_window, save_window
from claimdesk.gui.tracking.checked_panel import CheckedController, SideTabs
from claimdesk.gui.tracking.tracking_controller import TrackActions, TrackingController

APP_TITLE = "ClaimDesk"
SPLITTER_SHARES = (24, 52, 24)
# The inspector over the similar claims and links (and, in a second tab, the fact-checks
# already published on the claim).
INSPECTOR_SHARE, PANEL_SHARE = 50, 50
DEMO_TITLE = "Stoltenberg"
WARM_UP_MS = 500
DATES_AFTER_MS = 300


class MainWindow(QMainWindow):
    """The one window a fact-checker works in."""

    ops: Ops  # the worker; made once the controllers that answer its signals exist

    def __init__(self, opener: Callable[[], Desk], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_TITLE)
        self.undo_stack = QUndoStack(self)
        self.state = WindowState(self)
        self._article: ArticleView | None = None
        self._snapshot: LibrarySnapshot | None = None
        self._temp_folders: list[Path] = []
        self._reopen: str | None = None  # the article last open in this library, to show again
        self._busy = False
        self._build_widgets()
        self.actions_ = build_actions(self, self.reader, self.undo_stack)
        build_menus(self.menuBar(), self.actions_)
        self._build_toolbar()
        self.reader.add_header_action(self.actions_.article_properties)
        self.reader.add_header_action(self.actions_.edit_text)
        self.reader.add_header_action(self.actions_.article_history)
        self._set_article_actions(enabled=False)
        self.claim_actions = ClaimActions(self, self.reader.text, self.inspector, self.orphans)
        self.evidence = EvidenceActions(
            self, self.inspector.evidence, self.inspector.claim,
            lambda view: self.claim_actions.on_changed(view.article_id, view.id),
        )  # fmt: skip
        self.editing = ArticleEditing(self)
        self.imports = ImportActions(self, self.importer, self.import_panel)
        self.reader.attach_scans(self)
        self.searching = SearchActions(
            self, self.search_box, self.search_results, self.library, self.reader.text,
        )  # fmt: skip
        self.exports = ExportActions(self, lambda: self.searching.current_query())
        self.live = LiveRefresh(self)
        self.tracking = TrackingController(self, self.centre_stack)
        self.centre_stack.addWidget(self.tracking.pane)
        self.checked = CheckedController(self)
        self.side_tabs = SideTabs(self.tracking.panel, self.checked.panel, self)
        self.inspector_column = self._build_inspector_column(self.side_tabs)
        # Ctrl+L goes to the similar claims even when the Checked before tab is in front.
        similar = self.tracking.actions.similar
        similar.triggered.disconnect(self.tracking.focus_similar)
        similar.triggered.connect(self._focus_similar)
        self.addActions(self.tracking.actions.all())
        self.track_menu = self._build_track_menu(self.tracking.actions)
        self.preferences = PreferencesActions(self)
        self.recovery = RecoveryActions(self, self.statusBar(), self.switch_library)
        self.history = HistoryController(
            self, self.inspector, self.inspector_column, self.claim_actions.refused.book,
            self.claim_actions.on_changed,
        )  # fmt: skip
        self._connect()
        self._connect_state()
        name_controls(self)
        self.ops = self._make_ops(opener)
        self._fit_column = "inspector" not in restore_window(self, self._panes())

    # Construction
    def _build_widgets(self) -> None:
        self.library = LibraryView(self)
        self.reader = ReaderView(self)
        self.inspector = InspectorView(self)
        self.message_bar = MessageBar(self)
        self.connection_bar = MessageBar(self)  # the team database's state, kept apart
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
        centre_layout.addWidget(self.connection_bar)
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
        self.search_results = SearchPanel(self)
        self.library.set_search_panel(self.search_results)

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

    def _build_inspector_column(self, panel: QWidget) -> QSplitter:
        # The inspector's place in the splitter becomes a column: inspector over the panel.
        index = self.splitter.indexOf(self.inspector)
        sizes = self.splitter.sizes()
        column = QSplitter(Qt.Orientation.Vertical, self)
        column.setObjectName("inspectorColumn")
        column.setChildrenCollapsible(False)
        column.setHandleWidth(1)
        self.splitter.replaceWidget(index, column)
        column.addWidget(self.inspector)
        column.addWidget(panel)
        column.setStretchFactor(0, INSPECTOR_SHARE)
        column.setStretchFactor(1, PANEL_SHARE)
        self.inspector.show()
        self.splitter.setSizes(sizes)
        return column

    def _focus_similar(self) -> None:
        self.side_tabs.setCurrentWidget(self.tracking.panel)
        self.tracking.focus_similar()

    def _build_track_menu(self, actions: TrackActions) -> QMenu:
        bar = self.menuBar()
        menu = QMenu(translate("TrackingController", "&Track"), bar)
        for action in actions.all():
            if action is actions.claimants or action is actions.back:
                menu.addSeparator()
            menu.addAction(action)
        # Before Help, which stays last.
        last = bar.actions()[-1] if bar.actions() else None
        bar.insertMenu(last, menu) if last is not None else bar.addMenu(menu)
        return menu

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(translate("MainWindow", "Main"), self)
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
        a, claims, editing, imports = self.actions_, self.claim_actions, self.editing, self.imports
        text = self.reader.text
        a.import_files.triggered.connect(imports.import_files)
        a.import_folder.triggered.connect(imports.import_folder)
        a.paste_article.triggered.connect(imports.paste_article)
        a.import_address.triggered.connect(imports.address.import_address)
        a.article_properties.triggered.connect(editing.edit_properties)
        a.edit_text.triggered.connect(editing.edit_text)
        a.attach_claim.triggered.connect(claims.attach_orphan)
        a.export_report.triggered.connect(lambda: self.exports.export_report(whole_library=False))
        a.export_library.triggered.connect(lambda: self.exports.export_report(whole_library=True))
        a.open_demo.triggered.connect(self.open_demo)
        a.quit.triggered.connect(self.close)
        a.mark_claim.triggered.connect(lambda: claims.mark(ClaimKind.CLAIM))
        a.mark_denial.triggered.connect(lambda: claims.mark(ClaimKind.DENIAL))
        a.delete_claim.triggered.connect(claims.delete_selected_claim)
        a.accept_suggestion.triggered.connect(claims.accept_suggestion)
        a.dismiss_suggestion.triggered.connect(claims.dismiss_suggestion)
        a.find.triggered.connect(self.searching.focus)
        a.next_sentence.triggered.connect(text.next_sentence)
        a.previous_sentence.triggered.connect(text.previous_sentence)
        a.next_claim.triggered.connect(text.next_claim)
        a.previous_claim.triggered.connect(text.previous_claim)
        a.next_suggestion.triggered.connect(text.next_suggestion)
        a.previous_suggestion.triggered.connect(text.previous_suggestion)
        a.focus_library.triggered.connect(lambda: self.library.table.setFocus())
        a.focus_reader.triggered.connect(lambda: text.setFocus())
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.focus_reader.triggered.connect(self.tracking.back_to_reader)
        track = self.tracking.actions
        # Right-click on a claim: what the claim's commands do, on that claim.
        self.reader.text.claim_menu_actions = [
            track.link_to, track.timeline, track.similar, a.delete_claim,
        ]  # fmt: skip
        a.settings.triggered.connect(self.preferences.show_settings)
        a.user_guide.triggered.connect(self.preferences.show_user_guide)
        self.library.article_selected.connect(lambda article_id: self.open_article(article_id))
        self.library.saved_search_chosen.connect(self.searching.run_saved)
        self.library.saved_search_deleted.connect(self.searching.delete_saved)
        self.library.browse_requested.connect(self.searching.leave)
        recovery, backups = self.recovery, self.recovery.backups
        a.back_up.triggered.connect(backups.back_up_now)
        a.restore_backup.triggered.connect(backups.show_backups)
        a.rebuild_index.triggered.connect(recovery.index_rebuild.start)
        a.article_history.triggered.connect(self.history.show_article_history)
        text.claim_clicked.connect(self.select_claim)
        self.inspector.edit_requested.connect(claims.edit)
        self.empty_state.import_requested.connect(imports.import_files)
        self.empty_state.paste_requested.connect(imports.paste_article)
        self.empty_state.demo_requested.connect(self.open_demo)
        self.importer.progress.connect(self.import_panel.show_progress)
        self.importer.finished.connect(imports.after_import)
        self.import_panel.cancel_requested.connect(self.importer.cancel)
        self.drops.dropped.connect(imports.import_paths)
        self.orphans.claim_selected.connect(self.select_claim)
        self.orphans.attach_requested.connect(claims.attach_orphan)

    def _connect_state(self) -> None:
        # What the features ask of the window, through the state they share.
        state = self.state
        state.open_requested.connect(self.open_article)
        state.show_requested.connect(self.show_article)
        state.select_requested.connect(self.select_claim)
        state.refresh_requested.connect(self.refresh_library)
        state.flush_requested.connect(self.inspector.flush)
        state.reading_requested.connect(self._show_reading)
        state.search_requested.connect(self._search_for)
        self.inspector.claim_shown.connect(state.set_claim)

    def _show_reading(self) -> None:
        if self._article is not None:
            self.centre_stack.setCurrentWidget(self.reader)
            self.reader.text.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.centre_stack.setCurrentWidget(self.empty_state)

    def _search_for(self, query: str) -> None:
        box = self.search_box
        box.setText(query)
        box.run_now()
        box.setFocus(Qt.FocusReason.OtherFocusReason)

    # The context every feature controller is handed (claimdesk.gui.ops.context)
    @property
    def notices(self) -> MessageBar:
        """The bar above the reader where errors and notices show."""
        return self.message_bar

    def dialog_parent(self) -> QWidget:
        """The window itself: the parent of the controllers' dialogs."""
        return self

    def _make_ops(self, opener: Callable[[], Desk]) -> Ops:
        ops = Ops(opener, self)
        ops.failed.connect(self.message_bar.show_error)
        ops.unreachable.connect(self.live.connection.lost)
        ops.busy_changed.connect(self._on_busy)
        ops.opened.connect(self._library_opened)
        ops.changed.connect(self._apply_change)
        ops.changed.connect(self.live.on_changed)
        ops.opened.connect(lambda _: self.refresh_library())
        ops.opened.connect(lambda _: self.searching.load_saved())
        ops.opened.connect(lambda _: self.recovery.library_opened())
        ops.opened.connect(lambda _: self.history.library_opened())
        # Once the window shows the library, load what opening the first article needs.
        ops.opened.connect(lambda _: QTimer.singleShot(WARM_UP_MS, self, self._warm_up))
        return ops

    def _warm_up(self) -> None:
        # Then the objects of a whole library (its list, its index's tables) leave the
        # collector's oldest generation: its full passes paused the window 55-106 ms.
        self.ops.run(lambda desk: desk.warm_up(), lambda _: gc.freeze(), on_error=lambda _e: None)

    # Library-wide state
    def wait_until_open(self) -> str | None:
        """Block (processing events) until the library is open; its error message if it failed."""
        self.ops.wait_idle(120_000)
        return self.ops.open_error

    def refresh_library(self) -> None:
        """Reload counts, the article list and the claimant names."""
        self.ops.run(take_snapshot, self._show_snapshot)

    def showEvent(self, e: QShowEvent) -> None:
        """On a first start, the inspector's form gets the height it asks for, if the column
        has it to spare beside the panel below (the form scrolls rather than raise the
        window's minimum, so the splitter's shares alone would leave it short)."""
        super().showEvent(e)
        if self._fit_column:
            self._fit_column = False
            column, wanted = self.inspector_column, self.inspector.sizeHint().height()
            total = sum(column.sizes())
            below = max(self.side_tabs.minimumSizeHint().height(), total // 4)
            form = min(wanted, total - below)
            column.setSizes([form, total - form])

    def _panes(self) -> dict[str, QSplitter]:
        return {"main": self.splitter, "inspector": self.inspector_column}

    def _library_opened(self, location: LibraryLocation) -> None:
        self._reopen = None if self._is_temporary(location) else last_article(location.url)

    def _is_temporary(self, location: LibraryLocation) -> bool:
        folder = location.folder
        return folder is not None and any(folder.is_relative_to(t) for t in self._temp_folders)

    def _show_snapshot(self, snapshot: LibrarySnapshot) -> None:
        self._snapshot = snapshot
        reopen, self._reopen = self._reopen, None
        known = reopen is not None and any(a.id == reopen for a in snapshot.articles)
        if reopen is not None and known and self._article is None:
            self.open_article(reopen)  # where the user left this library
        self.library.set_stats(snapshot.stats)
        self.library.set_articles(snapshot.articles)
        self.inspector.set_claimants(snapshot.claimants)
        self._show_empty_state(snapshot.stats)
        self._update_status()

    def _show_empty_state(self, stats: LibraryStats) -> None:
        if self._article is None and not self.tracking.is_showing():
            if stats.articles == 0:
                self.empty_state.show_empty_library()
            else:
                self.empty_state.show_no_selection(stats.articles)
            self.centre_stack.setCurrentWidget(self.empty_state)

    def _apply_change(self, change: LibraryChange) -> None:
        """One change record, from the worker: the list, the counts and the claimant names
        take in what changed; the state tells every feature (see WindowState.library_changed)."""
        snapshot = self._snapshot
        if snapshot is not None:
            claimants_changed = snapshot.apply(change)
            self.library.set_stats(snapshot.stats)
            self.library.update_articles(change.articles, change.removed_articles, snapshot.rows)
            if claimants_changed:
                self.inspector.set_claimants(snapshot.claimants)
            if change.article_ids:
                self._show_empty_state(snapshot.stats)
            self._update_status()
        self.state.library_changed.emit(change)

    def _on_busy(self, busy: bool) -> None:
        self._busy = busy
        # Only show "saving" when work lasts long enough to notice.
        QTimer.singleShot(150 if busy else 0, self._update_status)

    def _update_status(self) -> None:
        location: LibraryLocation | None = self.ops.location
        place = location.display if location else None
        stats = self._snapshot.stats if self._snapshot is not None else None
        self.status_library.setText(library_status(place, stats, self._busy))
        article = self._article
        self.status_article.setText("" if article is None else article_status(article))

    # Articles
    def open_article(
        self,
        article_id: str,
        claim_id: str | None = None,
        span: tuple[int, int] | None = None,
    ) -> None:
        """Show an article, optionally with a claim selected or a span selected; its dates
        (for the reader's tooltips) are found once it shows."""
        self.ops.run(
            lambda desk: desk.get_article(article_id, dates=False),
            lambda article: self._show_then_date(article, claim_id, span),
        )

    def _show_then_date(
        self, article: ArticleView, claim_id: str | None, span: tuple[int, int] | None
    ) -> None:
        self.show_article(article, claim_id, span)
        found = self.reader.text.set_dates
        work = partial(Desk.article_dates, article_id=article.id)
        # After the article is painted: found meanwhile, they would slow its painting.
        QTimer.singleShot(
            DATES_AFTER_MS, self, lambda: self.ops.run(work, partial(found, article.id))
        )

    def show_article(
        self, article: ArticleView, claim_id: str | None, span: tuple[int, int] | None
    ) -> None:
        """Show ``article`` (read on the worker); the same article again keeps the selection."""
        same = self._article is not None and self._article.id == article.id
        self._article = article
        self.state.set_article(article)
        # A refresh of the article in the reader leaves a tracking view open in front of it.
        keep_tracking = same and claim_id is None and span is None and self.tracking.is_showing()
        asked = claim_id is not None  # a claim asked for is brought into view (if out of it)
        if claim_id is None and same and span is None:
            kept = self.inspector.claim()
            claim_id = kept.id if kept else None
        claim = self._claim(claim_id)
        self.reader.show_article(article, claim.id if claim else None)
        self.inspector.show_claim(claim)
        self.orphans.set_claims([c for c in article.claims if c.orphaned])
        if claim is not None and claim.orphaned:
            self.orphans.choose(claim.id)
        if not keep_tracking:
            self.centre_stack.setCurrentWidget(self.reader)
        self._set_article_actions(enabled=True)
        self.setWindowTitle(f"{article.title} — {APP_TITLE}")
        if self.library.current_article_id() != article.id:
            blocked = self.library.blockSignals(True)
            self.library.select_article(article.id)
            self.library.blockSignals(blocked)
        if claim is not None:
            self.reader.text.select_claim(claim.id, force_scroll=asked)
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

    # Entry points kept on the window (menus, tests and the app call them)
    def import_paths(self, paths: list[Path]) -> None:
        """Import files and folders on the worker, with progress and Cancel."""
        self.imports.import_paths(paths)

    def export_to(self, path: Path, fmt: str, article_id: str | None = None) -> None:
        """Write a report in ``fmt`` to ``path`` on the worker."""
        self.exports.export_to(path, fmt, article_id)

    def open_hit(self, hit: SearchHit) -> None:
        """Open a search hit: its article, scrolled to the claim (or the matched span)."""
        self.searching.open_hit(hit)

    def edit_article_properties(self) -> None:
        """Edit the open article's properties (undoable)."""
        self.editing.edit_properties()

    def edit_article_text(self) -> None:
        """Correct the open article's text (undoable)."""
        self.editing.edit_text()

    def _set_article_actions(self, *, enabled: bool) -> None:
        a = self.actions_
        for action in (a.article_properties, a.edit_text, a.article_history):
            action.setEnabled(enabled)

    # Other windows
    def show_shortcuts(self) -> None:
        """The keyboard map."""
        ShortcutSheetDialog(menu_sections(self.menuBar()), self).show()

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
        self.state.set_article(None)
        self._snapshot = None
        self.inspector.show_claim(None)
        self.orphans.set_claims([])
        self.reader.text.clear_article()
        self._set_article_actions(enabled=False)
        self.live.reset()
        self.ops = self._make_ops(opener)

    def adopt_temp_folder(self, folder: Path) -> None:
        """Remove ``folder`` when the window closes (the --demo library)."""
        self._temp_folders.append(folder)

    # Qt events
    def changeEvent(self, e: QEvent) -> None:
        """Look for changes by other processes while active, and at once on activation."""
        super().changeEvent(e)
        if e.type() == QEvent.Type.ActivationChange:
            self.live.set_active(self.isActiveWindow())

    def closeEvent(self, e: QCloseEvent) -> None:
        """Save what is still being typed, finish queued work, close the library; keep the
        window's frame, its panes and the open article for the next start."""
        self.inspector.flush()
        location = self.ops.location
        keep = location is not None and not self._is_temporary(location)
        article = self._article.id if self._article is not None else None
        save_window(self, self._panes(), location.url if keep and location else None, article)
        self.live.set_active(False)
        self.importer.cancel()
        self.ops.shutdown()
        for folder in self._temp_folders:
            shutil.rmtree(folder, ignore_errors=True)
        super().closeEvent(e)
