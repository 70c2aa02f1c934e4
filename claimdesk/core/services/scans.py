"""The page images an article's text was read from by OCR (``article_files`` rows of role
``scan``): kept when the article is stored, read back for the reader and reports.

Their bytes are kept once by SHA-256 through :func:`services.article_files.keep_article_file`,
beside evidence files and snapshots.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimdesk.core.importers.kept import SCAN, KeptFile
from claimdesk.core.model.files import ScanPage
from claimdesk.core.storage.orm import ArticleFile, EvidenceFile


def keep_scans(session: Session, article_id: str, files: tuple[KeptFile, ...]) -> None:
    """Keep the files a draft carried beside the newly stored article ``article_id``."""
    from claimdesk.core.services.article_files import keep_article_file

    for kept in files:
        keep_article_file(
            session,
            article_id,
            role=kept.role,
            data=kept.data,
            media_type=kept.media_type,
            name=kept.name,
            position=kept.position,
            layout=kept.layout,
        )


def article_scans(session: Session, article_id: str) -> tuple[ScanPage, ...]:
    """The article's page images in page order, with their bytes and layout (none for an
    article not read from images; a page whose bytes are missing is left out)."""
    rows = session.execute(
        select(ArticleFile, EvidenceFile.data)
        .join(EvidenceFile, EvidenceFile.sha256 == ArticleFile.sha256)
        .where(ArticleFile.article_id == article_id, ArticleFile.role == SCAN)
        .order_by(ArticleFile.position, ArticleFile.created)
    ).all()
    return tuple(
        ScanPage(row.id, row.name, row.media_type, bytes(data), row.position, row.layout or {})
        for row, data in rows
    )


def articles_with_scans(
    session: Session, article_ids: list[str]
) -> dict[str, tuple[ScanPage, ...]]:
    """:func:`article_scans` of each of ``article_ids`` that has page images."""
    found: dict[str, tuple[ScanPage, ...]] = {}
    for article_id in dict.fromkeys(article_ids):
        pages = article_scans(session, article_id)
        if pages:
            found[article_id] = pages
    return found
