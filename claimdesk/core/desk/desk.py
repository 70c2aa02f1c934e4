"""The desk: one open library (database plus search index) and every action a user can take.

The CLI and the GUI both talk to a :class:`Desk`. Each method is one user action: it opens
one transaction, commits, brings the search index in step, and returns plain data from
:mod:`claimdesk.core.model`. Articles, claims, search, reports and the library's upkeep are
the desk's own methods; the rest lives in its parts (``desk.tracking``, ``desk.published``,
``desk.interchange``, ``desk.evidence``, ``desk.history``), which share one
:class:`~claimdesk.core.desk.store.DeskStore`. The desk is safe to call from one worker
thread at a time; index rebuilds included (see :meth:`prepare_rebuild`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from claimdesk.core import index_sync
from claimdesk.core.backup import ROLLING_EVERY, copy_database, rolling_backup, sqlite_path
from claimdesk.core.desk.article_views import ArticleViews
from claimdesk.core.desk.changes import ChangeRecorder
from claimdesk.core.desk.evidence import EvidencePart
from claimdesk.core.desk.files import FilesPart
from claimdesk.core.desk.history import HistoryPart
from claimdesk.core.desk.index_keeper import IndexKeeper
from claimdesk.core.desk.interchange import InterchangePart
from claimdesk.core.desk.published import PublishedPart
from claimdesk.core.desk.store import DeskStore
from claimdesk.core.desk.tracking import TrackingPart
from claimdesk.core.errors import ClaimDeskError, DatabaseUnreachable, InputRefused
from claimdesk.core.exporters import EXPORT_FORMATS
from claimdesk.core.index_rebuild import IndexRebuildJob
from claimdesk.core.index_sync import IndexLock, read_mark
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import (
    ArticleChanges,
    ArticleDraft,
    ArticleMeta,
    ArticleSummary,
    ArticleView,
    ClaimantView,
    ClaimChanges,
    ClaimFilter,
    ClaimKind,
    ClaimView,
    DateMention,
    ImportOutcome,
    LibraryChange,
    LibraryStats,
    SearchResults,
    Status,
    Suggestion,
    Verdict,
)
from claimdesk.core.model.results import CheckReport, ReportInput, TextReplaced
from claimdesk.core.nlp.analyze import warm_up as nlp_warm_up
from claimdesk.core.search import SearchIndex
from claimdesk.core.search.saved import SavedSearches
from claimdesk.core.services import article_text as article_text_service
from claimdesk.core.services import articles as article_service
from claimdesk.core.services import check as check_service
from claimdesk.core.services import claimants as claimant_service
from claimdesk.core.services import claims as claim_service
from claimdesk.core.services import evidence as evidence_service
from claimdesk.core.services.check_text import check_text
from claimdesk.core.services.lookup import by_id
from claimdesk.core.storage.engine import open_database
from claimdesk.core.storage.orm import Article, Claim

T = TypeVar("T")


class Desk:
    """An open library. Create with :meth:`open`; call :meth:`close` when done.

    Its parts hold the actions beyond articles and claims: :attr:`tracking`,
    :attr:`published`, :attr:`interchange`, :attr:`evidence`, :attr:`history` and
    :attr:`files`.
    """

    def __init__(
        self,
        location: LibraryLocation,
        sessions: sessionmaker[Session],
        index: SearchIndex,
        index_lock: IndexLock,
    ) -> None:
        self.location = location
        self._store = DeskStore(location, sessions, self._sync)
        self._keeper = IndexKeeper(self._store, index, index_lock)
        self._views = ArticleViews()
        self._changes = ChangeRecorder(self._store)
        self.tracking = TrackingPart(self._store)
        self.published = PublishedPart(self._store)
        self.evidence = EvidencePart(self._store)
        self.history = HistoryPart(self._store)
        self.files = FilesPart(self._store)
        self.interchange = InterchangePart(
            self._store,
            report=self.build_report,
            search=lambda query, limit: self.search(query, limit),
            published=self.published,
            reindex_records=self._keeper.reindex_records,
        )

    @classmethod
    def open(
        cls,
        location: LibraryLocation,
        *,
        rebuild_later: bool = False,
        backup_every: dt.timedelta = ROLLING_EVERY,
    ) -> Desk:
        """Open (creating and migrating if needed) the library at ``location``.

        A missing or broken index is rebuilt before returning, unless ``rebuild_later``: then
        :attr:`index_needs_rebuild` is True and the caller runs :meth:`reindex` when it
        suits it (the window does, on its worker, with a progress bar); meanwhile the
        library works and searches answer from what the index holds. A local library is
        copied to its ``backups/`` when its newest copy is older than ``backup_every`` (the
        settings' backup frequency; zero turns the copies off).
        """
        sessions = open_database(location.url)
        index_lock = IndexLock(location.index_dir)
        index_lock.try_acquire()
        index = SearchIndex.open(location.index_dir)
        desk = cls(location, sessions, index, index_lock)
        if index_lock.held:
            database = sqlite_path(location.url)
            if database is not None:
                rolling_backup(database, every=backup_every)
            if index.needs_rebuild or read_mark(location.index_dir) is None:
                if rebuild_later:
                    desk._keeper.rebuild_waiting = True
                else:
                    desk.reindex()
            else:
                desk.catch_up()
        desk._changes.start()
        return desk

    def close(self) -> None:
        """Release the database, the index and its lock."""
        self._keeper.index.close()
        self._keeper.lock.release()
        engine = self._store.sessions.kw.get("bind")
        if engine is not None:
            engine.dispose()

    @property
    def writes_index(self) -> bool:
        """True when this desk keeps the index; another process on the library may hold it."""
        return self._keeper.lock.held

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _transaction(self) -> AbstractContextManager[Session]:
        return self._store.transaction()

    def _read(self, action: Callable[[Session], T]) -> T:
        return self._store.read(action)

    def _sync(self) -> None:
        self._keeper.sync()

    # What changed
    def take_changes(self) -> LibraryChange | None:
        """What the calls since the last ``take_changes`` changed (the articles' library rows,
        claims, claimants, links), read from the history entries they wrote;
        None when none of them wrote. The window's worker asks after every call and tells
        every view once (see :mod:`claimdesk.core.desk.changes`)."""
        return self._changes.take()

    def look_for_changes(self) -> int:
        """Catch the index up with changes other processes made, and let the next
        :meth:`take_changes` report them; the number of records re-indexed."""
        self._changes.look()
        return self.catch_up()

    # Articles
    def import_file(self, path: Path, meta: ArticleMeta = ArticleMeta()) -> ImportOutcome:
        """Import one file; a refused file gives status "refused" and its one-line error.

        Interchange files (ClaimDesk JSON, ClaimReview, Web Annotations) are merged, and a
        saved fact-check page carrying ClaimReview markup is imported as published reviews,
        not as an article: both give status "merged".
        """
        if self._is_interchange(Path(path)) or self._is_fact_check_page(Path(path)):
            try:
                summary = self.interchange.import_interchange(Path(path))
            except ClaimDeskError as exc:
                return ImportOutcome(path=str(path), status="refused", error=exc.message)
            return ImportOutcome(path=str(path), status="merged", title=summary.line())
        try:
            from claimdesk.core import importers  # loaded on the first import

            draft = importers.read_file(Path(path), meta)
        except ClaimDeskError as exc:
            return ImportOutcome(path=str(path), status="refused", error=exc.message)
        return self._import_draft(draft, str(path))

    def import_address(
        self,
        url: str,
        meta: ArticleMeta = ArticleMeta(),
        *,
        should_stop: Callable[[], bool] | None = None,
    ) -> ImportOutcome:
        """Fetch a page by its address and import its article, keeping the page as it was
        received (a WARC file) as the article's snapshot (see :attr:`files`). A page that
        cannot be fetched or read gives status "refused" and its one-line error, and nothing
        is stored; ``should_stop`` is asked during the fetch (Cancel in the window)."""
        from claimdesk.core.importers.address import read_address
        from claimdesk.core.services import article_files

        try:
            page = read_address(url, meta, should_stop=should_stop)
        except ClaimDeskError as exc:
            return ImportOutcome(path=url.strip(), status="refused", error=exc.message)
        with self._transaction() as session:
            outcome = article_files.add_captured_article(session, page)
        self._sync()
        return outcome

    @staticmethod
    def _is_interchange(path: Path) -> bool:
        from claimdesk.core.interchange.formats import INTERCHANGE_SUFFIXES

        return path.suffix.lower() in INTERCHANGE_SUFFIXES

    @staticmethod
    def _is_fact_check_page(path: Path) -> bool:
        from claimdesk.core.interchange.claimreview_html import HTML_SUFFIXES

        if path.suffix.lower() not in HTML_SUFFIXES:
            return False
        from claimdesk.core.interchange.claimreview_import import page_file_holds_claimreview

        return page_file_holds_claimreview(path)

    def import_text(self, text: str, meta: ArticleMeta = ArticleMeta()) -> ImportOutcome:
        """Import pasted text."""
        try:
            from claimdesk.core import importers

            draft = importers.from_text(text, meta, source_format="paste")
        except ClaimDeskError as exc:
            return ImportOutcome(path=None, status="refused", error=exc.message)
        return self._import_draft(draft, None)

    def _import_draft(self, draft: ArticleDraft, path: str | None) -> ImportOutcome:
        with self._transaction() as session:
            existing = article_service.find_duplicate(session, draft.text)
            if existing is not None:
                return ImportOutcome(
                    path=path,
                    status="duplicate",
                    id=existing.id,
                    title=existing.title,
                    language=existing.language,
                    published=existing.published,
                )
            article = article_service.add_article(session, draft)
            outcome = ImportOutcome(
                path=path,
                status="imported",
                id=article.id,
                title=article.title,
                language=article.language,
                published=article.published,
            )
        self._sync()
        return outcome

    def list_articles(self) -> list[ArticleSummary]:
        """Every article, newest import first."""
        return self._read(article_service.list_articles)

    def get_article(self, article_id: str, *, dates: bool = True) -> ArticleView:
        """One article with its text, sentences and claims (id or unique prefix); without
        ``dates``, its date expressions are left for :meth:`article_dates` (the window shows
        a long article before they are found: 56 ms of a 46,000-character one). The last
        articles read are kept while the library does not change (see
        :mod:`claimdesk.core.desk.article_views`)."""
        return self._read(lambda s: self._views.get(s, article_id, dates=dates))

    def article_dates(self, article_id: str) -> tuple[DateMention, ...]:
        """The date expressions of an article, resolved against its publication date."""
        return self._read(lambda s: article_service.article_dates(s, article_id))

    def change_mark(self) -> int:
        """A number that grows with every change to the library, by any process (the newest
        history entry): equal twice means nothing changed in between."""
        return self._read(index_sync.latest_history_id)

    def warm_up(self) -> None:
        """Load what reading the first article needs, keeping nothing of it: the queries
        compiled (one article read without its language tools) and the language tools run on
        a sample (a 300-claim article read first took 280 ms, after this 116 ms)."""
        first = self._read(lambda s: s.scalar(select(Article.id).limit(1)))
        if first is not None:
            self._read(lambda s: article_service.article_view(s, first, language_tools=False))
        nlp_warm_up()

    def update_article(self, article_id: str, changes: ArticleChanges) -> ArticleView:
        """Edit an article's metadata: title, outlet, URL, language, date, authors, notes, tags."""
        with self._transaction() as session:
            view = article_service.update_article(session, article_id, changes)
        self._sync()
        return view

    def replace_article_text(self, article_id: str, text: str) -> TextReplaced:
        """Correct an article's text; its claims are re-anchored, unplaceable ones orphaned."""
        with self._transaction() as session:
            result = article_text_service.replace_article_text(session, article_id, text)
        self._sync()
        return result

    def attach_claim(self, claim_id: str, start: int, end: int) -> ClaimView:
        """Anchor a claim (typically an orphaned one) to a new span of its article."""
        with self._transaction() as session:
            view = article_text_service.attach_claim(session, claim_id, start, end)
        self._sync()
        return view

    def stats(self) -> LibraryStats:
        """Counts of articles, claims, denials and claims still to check."""
        return self._read(article_service.library_stats)

    # Claims
    def mark_claim(
        self,
        article_id: str,
        start: int,
        end: int,
        kind: ClaimKind,
        *,
        claimant: str | None = None,
        verdict: Verdict | None = None,
        status: Status = Status.NEW,
        notes: str = "",
        cue: str | None = None,
    ) -> ClaimView:
        """Mark ``[start, end)`` of an article as a claim or a denial."""
        with self._transaction() as session:
            before = article_service.library_marks(session)
            view = claim_service.mark_claim(
                session,
                article_id,
                start,
                end,
                kind,
                claimant=claimant,
                verdict=verdict,
                status=status,
                notes=notes,
                cue=cue,
            )
            after = article_service.library_marks(session)
        self._views.follow(before, after, view)
        self._sync()
        return view

    def accept_suggestion(self, article_id: str, suggestion: Suggestion) -> ClaimView:
        """Turn a suggestion into a claim with its kind, claimant and cue filled in."""
        return self.mark_claim(
            article_id,
            suggestion.start,
            suggestion.end,
            suggestion.kind,
            claimant=suggestion.claimant,
            cue=suggestion.cue,
        )

    def dismiss_suggestion(self, article_id: str, suggestion: Suggestion) -> None:
        """Never offer this suggestion again for this article."""
        with self._transaction() as session:
            article_service.dismiss_suggestion(
                session, article_id, suggestion.start, suggestion.end
            )

    def find_quote(self, article_id: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
        """Offsets of the n-th occurrence of ``quote`` in the article text."""
        text = self._read(lambda s: by_id(s, Article, article_id).text)
        return claim_service.find_quote(text, quote, occurrence)

    def update_claim(self, claim_id: str, changes: ClaimChanges) -> ClaimView:
        """Apply a partial edit to a claim.

        Raises :class:`~claimdesk.core.errors.EditConflict` (nothing saved) when the claim
        was saved by someone else after ``changes.expected_version``, or at the same moment.
        """
        self._store.wrote = True
        try:
            with self._store.sessions() as session, session.begin():
                before = article_service.library_marks(session)
                view = claim_service.update_claim(session, claim_id, changes)
                after = article_service.library_marks(session)
        except StaleDataError:
            with self._store.sessions() as session:
                raise claim_service.edit_conflict(session, claim_id, changes) from None
        self._views.follow(before, after, view)
        self._sync()
        return view

    def delete_claim(self, claim_id: str) -> ClaimView:
        """Remove a claim; returns it as it was, so it can be restored (undo)."""
        with self._transaction() as session:
            view = claim_service.delete_claim(session, claim_id)
        self._sync()
        return view

    def restore_claim(self, claim: ClaimView) -> ClaimView:
        """Put back a deleted claim with the same id and fields (undo of delete or redo of mark)."""
        with self._transaction() as session:
            view = claim_service.restore_claim(session, claim)
        self._sync()
        return view

    def get_claim(self, claim_id: str) -> ClaimView:
        """One claim (id or unique prefix) with its evidence and links."""
        return self._read(lambda session: evidence_service.read_claim(session, claim_id))

    def list_claims(self, claim_filter: ClaimFilter = ClaimFilter()) -> list[ClaimView]:
        """Claims matching the filter, by article then position."""
        return self._read(lambda s: claim_service.list_claims(s, claim_filter))

    def list_claimants(self) -> list[ClaimantView]:
        """The claimant registry with counts."""
        return self._read(claimant_service.list_claimants)

    def claimant_names(self) -> list[str]:
        """The claimants' names (for completion), without their counts."""
        return self._read(claimant_service.claimant_names)

    # Search and the index
    def search(
        self,
        query: str,
        limit: int = 50,
        *,
        offset: int = 0,
        order: str = "relevance",
        facets: bool = False,
        partial: bool = False,
    ) -> SearchResults:
        """Full-text and field search over articles and claims.

        ``offset`` skips that many best hits (the next page); ``order`` is "relevance" or
        "date"; ``facets`` adds counts per kind, verdict, status, claimant, outlet, language
        and year; ``partial`` reads the last word as still being typed (search as you type).
        """
        return self._keeper.search(
            query, limit, offset=offset, order=order, facets=facets, partial=partial
        )

    def reindex(self, progress: Callable[[int], None] | None = None) -> int:
        """Rebuild the search index from the database; returns the number of documents."""
        return self._keeper.reindex(progress)

    def prepare_rebuild(self) -> IndexRebuildJob | None:
        """A rebuild of the index for the worker to run (see
        :mod:`claimdesk.core.index_rebuild`), or None when another process keeps the index."""
        return self._keeper.prepare_rebuild()

    def finish_rebuild(self, job: IndexRebuildJob) -> None:
        """After ``job`` ran, or stopped: the index is whole again when it was built."""
        self._keeper.finish_rebuild(job)

    @property
    def index_needs_rebuild(self) -> bool:
        """True when this desk keeps the index and it must be rebuilt (see :meth:`open`)."""
        return self._keeper.needs_rebuild

    def defer_index_updates(self) -> None:
        """From now on a write leaves the search index to :meth:`catch_up` (which the caller
        runs when idle: the window's worker does, a moment after the answer); searches still
        catch up first. A mark in a large library took 35-100 ms more with the index
        written before the answer."""
        self._keeper.deferred = True

    @property
    def index_pending(self) -> bool:
        """True when writes wait for :meth:`catch_up` (see :meth:`defer_index_updates`)."""
        return self._keeper.pending

    def matched_spans(self, query: str, text: str, language: str) -> list[tuple[int, int]]:
        """Where the words of ``query`` are in ``text`` (code-point spans), for the reader
        to mark."""
        return self._keeper.index.matched_spans(query, text, language)

    def catch_up(self) -> int:
        """Bring the index in step with every change in the database, this process's or
        another's; returns how many records were re-indexed (0 when not the index keeper)."""
        return self._keeper.catch_up()

    @property
    def saved_searches(self) -> SavedSearches:
        """The library's saved searches (a small file beside the index)."""
        folder = self.location.folder or self.location.index_dir.parent
        return SavedSearches(folder / "saved-searches.json")

    def check(self) -> CheckReport:
        """Verify the database, every stored text, every anchor and the index; repair text
        that cannot be encoded, anchors and the index."""
        report = CheckReport()
        with self._transaction() as session:
            check_service.check_database(session, report)
            # Text first: a repaired article text can move the quotes the anchors check.
            text_repaired = check_text(session, report)
            check_service.check_anchors(session, report)
            expected = sum(
                session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Article, Claim)
            )
        self._sync()
        if not self._keeper.lock.held:
            report.problems.append(
                "search index: kept by another ClaimDesk window; check it from there"
            )
        elif text_repaired or self._keeper.index.doc_count() != expected:
            # Repaired text is not in the history the index follows: the index is rebuilt.
            self.reindex()
            report.repaired.append(f"search index: rebuilt ({expected} records)")
        return report

    def backup(self, dest: Path) -> Path:
        """A consistent copy of the database at ``dest`` (a file, or a folder to put it in)."""
        database = sqlite_path(self.location.url)
        if database is None:
            raise InputRefused(
                "A shared database is backed up by its server's tools (pg_dump), or copied "
                "into a library folder with `claimdesk-cli --db URL copy-to --library DIR`."
            )
        return copy_database(database, Path(dest))

    def ping(self) -> bool:
        """True when the database answers now; for a window showing whether it is online."""
        try:
            with self._store.sessions() as session:
                session.execute(select(1))
        except DatabaseUnreachable:
            return False
        return True

    def build_report(self, *, article_id: str | None = None, language: str = "en") -> ReportInput:
        """What a report holds: one article's claims (headed by the article), or every
        article that has claims (headed "All claims in the library" in ``language``)."""
        from claimdesk.core.exporters.labels import report_heading

        with self._store.sessions() as session:
            if article_id:
                views = [article_service.article_view(session, article_id, language_tools=False)]
                title, scope = views[0].title, ""
            else:
                ids = session.scalars(
                    select(Article.id)
                    .where(Article.id.in_(select(Claim.article_id)))
                    .order_by(Article.published, Article.imported)
                ).all()
                views = [
                    article_service.article_view(session, i, language_tools=False) for i in ids
                ]
                title, scope = report_heading(language, "library"), ""
        return ReportInput(
            title=title,
            scope=scope,
            generated=dt.datetime.now(dt.UTC),
            articles=views,
            claims=[c for v in views for c in v.claims],
            scans=self.files.report_scans(views),
        )

    def export(
        self, fmt: str, path: Path, *, article_id: str | None = None, language: str = "en"
    ) -> int:
        """Write a claim report in one of :data:`EXPORT_FORMATS`, its words in ``language``
        (``en``, ``it``); returns the claims written."""
        writer = EXPORT_FORMATS.get(fmt)
        if writer is None:
            choices = ", ".join(sorted(EXPORT_FORMATS))
            raise InputRefused(
                "Unknown export format {format!r}: use one of {choices}.",
                format=fmt,
                choices=choices,
            )
        report = self.build_report(article_id=article_id, language=language)
        return writer(report, Path(path), language=language)
