"""What a desk exchanges with the world: JSON, ClaimReview, Web Annotations and bundles.

A mixin of :class:`claimdesk.core.desk.Desk`: it uses the desk's transactions and index.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.orm import Session

from claimdesk.core.errors import InputRefused
from claimdesk.core.interchange.formats import INTERCHANGE_FORMATS
from claimdesk.core.model import ClaimantView, SearchResults
from claimdesk.core.services.search_docs import docs_for

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from claimdesk.core.exporters import ReportInput
    from claimdesk.core.interchange.bundle import BundleWritten
    from claimdesk.core.interchange.summary import MergeSummary
    from claimdesk.core.published_model import PublishedReviewView
    from claimdesk.core.search import SearchIndex

T = TypeVar("T")

ALL_MATCHES = 100_000


class InterchangeActions:
    """Export and import of interchange files and bundles."""

    if TYPE_CHECKING:
        _index: SearchIndex

        def _transaction(self) -> AbstractContextManager[Session]: ...
        def _read(self, action: Callable[[Session], T]) -> T: ...
        def build_report(self, *, article_id: str | None = None) -> ReportInput: ...
        def list_claimants(self) -> list[ClaimantView]: ...
        def list_published_reviews(self) -> list[PublishedReviewView]: ...
        def search(self, query: str, limit: int = 50) -> SearchResults: ...
        def catch_up(self) -> int: ...
        @property
        def writes_index(self) -> bool: ...

    def export_interchange(
        self,
        fmt: str,
        path: Path,
        *,
        article_id: str | None = None,
        reviewer: str | None = None,
        published: bool = False,
    ) -> int:
        """Write ``json`` (every field), ``claimreview`` or ``webannotation``; the count written.

        ``published`` with ``claimreview`` writes the fact-checks imported from other outlets
        instead of the library's own verdicts, with their reviewer, date, URL and rating.
        """
        # Imported when used: the exporters and the bundle reader (with jsonschema) would
        # otherwise add 0.1 s to every start of the app.
        from claimdesk.core.exporters.claimreview import export_claimreview
        from claimdesk.core.exporters.json_export import export_library_json
        from claimdesk.core.exporters.webannotation import export_webannotation
        from claimdesk.core.interchange.document import library_document
        from claimdesk.core.storage.text_guard import clean_value

        # Typed by the user and written as is: repaired like everything the library stores.
        reviewer = clean_value(reviewer) if reviewer else reviewer
        if published:
            if fmt != "claimreview":
                raise InputRefused(
                    "Published fact-checks are written as ClaimReview only: use "
                    "--format claimreview with --published."
                )
            from claimdesk.core.exporters.claimreview import export_published_reviews

            return export_published_reviews(self.list_published_reviews(), Path(path))
        if fmt == "json":
            ids = (
                None
                if article_id is None
                else [self.build_report(article_id=article_id).articles[0].id]
            )
            document = self._read(lambda s: library_document(s, ids))
            return export_library_json(document, Path(path))
        report = self.build_report(article_id=article_id)
        if fmt == "claimreview":
            kinds = {c.name: c.kind for c in self.list_claimants()}
            if reviewer:
                return export_claimreview(
                    report, Path(path), reviewer=reviewer, claimant_kinds=kinds
                )
            return export_claimreview(report, Path(path), claimant_kinds=kinds)
        if fmt == "webannotation":
            if reviewer:
                return export_webannotation(report, Path(path), creator=reviewer)
            return export_webannotation(report, Path(path))
        raise InputRefused(
            f"Unknown interchange format {fmt!r}: use one of {', '.join(INTERCHANGE_FORMATS)}."
        )

    def import_interchange(self, path: Path) -> MergeSummary:
        """Import our own JSON, ClaimReview JSON-LD or W3C annotations (detected), or the
        ClaimReview markup of a saved fact-check page (``.html``)."""
        from claimdesk.core.interchange.claimreview_html import HTML_SUFFIXES
        from claimdesk.core.interchange.claimreview_import import import_page_file
        from claimdesk.core.interchange.json_import import import_json_file

        with self._transaction() as session:
            if Path(path).suffix.lower() in HTML_SUFFIXES:
                summary = import_page_file(session, Path(path))
            else:
                summary = import_json_file(session, Path(path))
        self._index_summary(summary)
        return summary

    def export_bundle(self, path: Path, *, query: str | None = None) -> BundleWritten:
        """One file with the chosen articles (all, or those a search finds) and everything
        that hangs on them, for another desk."""
        from claimdesk.core.interchange.bundle import export_bundle

        ids: set[str] | None = None
        if query:
            hits = self.search(query, limit=ALL_MATCHES).hits
            ids = {h.id if h.type == "article" else h.article_id for h in hits}
            if not ids:
                raise InputRefused(
                    f"The search {query!r} finds nothing: there is nothing to bundle."
                )
        with self._transaction() as session:
            return export_bundle(session, Path(path), ids)

    def import_bundle(self, path: Path) -> MergeSummary:
        """Merge a bundle by id: new things added, edits on both sides kept (the later wins,
        the other goes to the history); a bad bundle changes nothing."""
        from claimdesk.core.interchange.bundle import import_bundle

        with self._transaction() as session:
            summary = import_bundle(session, Path(path))
        self._index_summary(summary)
        return summary

    def _index_summary(self, summary: MergeSummary) -> None:
        # Imported history entries may be older than the index's mark: index by the ids.
        if self.writes_index and (summary.article_ids or summary.claim_ids):
            articles, claims = self._read(
                lambda s: docs_for(s, summary.article_ids, summary.claim_ids)
            )
            self._index.update(articles, claims)
        self.catch_up()
