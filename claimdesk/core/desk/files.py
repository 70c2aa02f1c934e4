"""The desk's files part: what an article keeps beside its text (the page images its text
was read from, and the web page as it was received)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from claimdesk.core.desk.store import DeskStore
from claimdesk.core.model import ArticleView
from claimdesk.core.model.files import ReportScans, ScanPage, SnapshotView
from claimdesk.core.services import article_files, scans

# The source formats of articles whose text may have been read from images (by OCR).
SCANNED_FORMATS = frozenset({"image", "pdf"})


class FilesPart:
    """``desk.files``: reading an article's kept files back."""

    def __init__(self, store: DeskStore) -> None:
        self._store = store

    def scans(self, article_id: str) -> tuple[ScanPage, ...]:
        """The page images the article's text was read from, in page order (none for an
        article that was not read from images)."""
        return self._store.read(lambda session: scans.article_scans(session, article_id))

    def report_scans(self, articles: Iterable[ArticleView]) -> ReportScans:
        """The page images of a report's ``articles``, read only when a writer asks for an
        article's (a report of text articles reads nothing)."""
        return ReportScans(
            (a.id for a in articles if a.source_format in SCANNED_FORMATS), self.scans
        )

    def snapshots(self, article_id: str) -> tuple[SnapshotView, ...]:
        """An article's snapshots (id or unique prefix), the latest first (none for an
        article that was not taken from an address)."""
        return self._store.read(
            lambda session: article_files.article_snapshots(session, article_id)
        )

    def read(self, file_id: str) -> tuple[str, str, bytes]:
        """A file kept beside an article (id or unique prefix): its name, media type and
        bytes."""

        def read(session: Session) -> tuple[str, str, bytes]:
            row, data = article_files.article_file(session, file_id)
            return row.name, row.media_type, data

        return self._store.read(read)
