"""The desk's interchange part: what a library exchanges with the world (JSON, ClaimReview,
Web Annotations and bundles)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING

from claimdesk.core.desk.published import PublishedPart
from claimdesk.core.desk.store import DeskStore
from claimdesk.core.errors import InputRefused
from claimdesk.core.interchange.formats import INTERCHANGE_FORMATS
from claimdesk.core.model import SearchResults
from claimdesk.core.services import claimants as claimant_service

if TYPE_CHECKING:
    from claimdesk.core.model.results import BundleWritten, MergeSummary, ReportInput

ALL_MATCHES = 100_000
ReportBuilder = Callable[..., "ReportInput"]
Searcher = Callable[[str, int], SearchResults]
# Re-index these articles and claims (ids), then catch up with the history.
Reindexer = Callable[[Collection[str], Collection[str]], None]


class InterchangePart:
    """``desk.interchange``: export and import of interchange files and bundles."""

    def __init__(
        self,
        store: DeskStore,
        *,
        report: ReportBuilder,
        search: Searcher,
        published: PublishedPart,
        reindex_records: Reindexer,
    ) -> None:
        self._store = store
        self._report = report
        self._search = search
        self._published = published
        self._reindex_records = reindex_records

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

            return export_published_reviews(self._published.list_published_reviews(), Path(path))
        if fmt == "json":
            ids = (
                None if article_id is None else [self._report(article_id=article_id).articles[0].id]
            )
            document = self._store.read(lambda s: library_document(s, ids))
            return export_library_json(document, Path(path))
        report = self._report(article_id=article_id)
        if fmt == "claimreview":
            kinds = {c.name: c.kind for c in self._store.read(claimant_service.list_claimants)}
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
            "Unknown interchange format {format!r}: use one of {choices}.",
            format=fmt,
            choices=", ".join(INTERCHANGE_FORMATS),
        )

    def import_interchange(self, path: Path) -> MergeSummary:
        """Import our own JSON, ClaimReview JSON-LD or W3C annotations (detected), or the
        ClaimReview markup of a saved fact-check page (``.html``)."""
        from claimdesk.core.interchange.claimreview_html import HTML_SUFFIXES
        from claimdesk.core.interchange.claimreview_import import import_page_file
        from claimdesk.core.interchange.json_import import import_json_file

        with self._store.transaction() as session:
            if Path(path).suffix.lower() in HTML_SUFFIXES:
                summary = import_page_file(session, Path(path))
            else:
                summary = import_json_file(session, Path(path))
        if summary.noun:  # published fact-checks, which the history does not follow
            self._store.note("published")
        self._reindex_records(summary.article_ids, summary.claim_ids)
        return summary

    def export_bundle(self, path: Path, *, query: str | None = None) -> BundleWritten:
        """One file with the chosen articles (all, or those a search finds) and everything
        that hangs on them, for another desk."""
        from claimdesk.core.interchange.bundle import export_bundle

        ids: set[str] | None = None
        if query:
            hits = self._search(query, ALL_MATCHES).hits
            ids = {h.id if h.type == "article" else h.article_id for h in hits}
            if not ids:
                raise InputRefused(
                    "The search {query!r} finds nothing: there is nothing to bundle.",
                    query=query,
                )
        with self._store.transaction() as session:
            return export_bundle(session, Path(path), ids)

    def import_bundle(self, path: Path) -> MergeSummary:
        """Merge a bundle by id: new things added, edits on both sides kept (the later wins,
        the other goes to the history); a bad bundle changes nothing."""
        from claimdesk.core.interchange.bundle import import_bundle

        with self._store.transaction() as session:
            summary = import_bundle(session, Path(path))
        self._reindex_records(summary.article_ids, summary.claim_ids)
        return summary
