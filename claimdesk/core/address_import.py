"""Desk actions for pages taken by their address, until the desk has them as methods.

Each function is the body of the desk method it stands for (``Desk.import_address``,
``Desk.article_file``, ``desk.evidence.add_snapshot_evidence``): the command line and the
window call these, and will call the desk's methods once they exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.model import ArticleMeta, ClaimView, ImportOutcome
from claimdesk.core.model.files import SnapshotView

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from claimdesk.core.desk import Desk


def import_address(
    desk: Desk,
    url: str,
    meta: ArticleMeta = ArticleMeta(),
    *,
    should_stop: Callable[[], bool] | None = None,
) -> ImportOutcome:
    """Fetch a page by its address and import its article, keeping the page as it was
    received (a WARC file) as the article's snapshot. A page that cannot be fetched or read
    gives status "refused" and its one-line error, and nothing is stored; ``should_stop`` is
    asked during the fetch (Cancel in the window)."""
    from claimdesk.core.importers.address import read_address
    from claimdesk.core.services import article_files

    try:
        page = read_address(url, meta, should_stop=should_stop)
    except ClaimDeskError as exc:
        return ImportOutcome(path=url.strip(), status="refused", error=exc.message)
    with desk._transaction() as session:
        outcome = article_files.add_captured_article(session, page)
    desk._sync()
    return outcome


def article_snapshots(desk: Desk, article_id: str) -> tuple[SnapshotView, ...]:
    """An article's snapshots (id or unique prefix), the latest first (none for an article
    that was not taken from an address)."""
    from claimdesk.core.services import article_files

    return desk._read(lambda session: article_files.article_snapshots(session, article_id))


def article_file(desk: Desk, file_id: str) -> tuple[str, str, bytes]:
    """A file kept beside an article (id or unique prefix): its name, media type and bytes."""
    from claimdesk.core.services import article_files

    def read(session: Session) -> tuple[str, str, bytes]:
        row, data = article_files.article_file(session, file_id)
        return row.name, row.media_type, data

    return desk._read(read)


def add_snapshot_evidence(
    desk: Desk,
    claim_id: str,
    file_id: str | None = None,
    *,
    title: str | None = None,
    note: str | None = None,
    consulted: dt.date | None = None,
) -> ClaimView:
    """Cite the snapshot of the claim's article (or the kept file ``file_id``) as evidence;
    title, note and day consulted say the page's unless given."""
    from claimdesk.core.services import article_files

    with desk._transaction() as session:
        return article_files.add_snapshot_evidence(
            session, claim_id, file_id, title=title, note=note, consulted=consulted
        )
