"""Desk actions for the page images of articles read by OCR, until the desk has them as
methods (``Desk.article_scans``): the window and the tests call this, and will call the
desk's method once it exists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimdesk.core.importers.kept import ScanPage

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk


def article_scans(desk: Desk, article_id: str) -> tuple[ScanPage, ...]:
    """The page images the article's text was read from, in page order (none for an article
    that was not read from images)."""
    from claimdesk.core.services import scans

    return desk._read(lambda session: scans.article_scans(session, article_id))
