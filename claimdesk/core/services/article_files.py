"""Files kept beside an article's text: the page as it was received (role ``snapshot``), and
the images or scanned pages its text was read from (role ``scan``).

A file's bytes are kept once by their SHA-256 in ``evidence_files``, the table evidence files
use, so a snapshot cited as a claim's evidence is not stored twice, and removing one use
leaves the bytes for the other.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimdesk.core.errors import InputRefused, NotFound
from claimdesk.core.importers.address import ROLE as SNAPSHOT
from claimdesk.core.importers.address import CapturedPage, Snapshot
from claimdesk.core.model import ClaimView, ImportOutcome
from claimdesk.core.model.files import SnapshotView
from claimdesk.core.services.articles import add_article, find_duplicate
from claimdesk.core.services.evidence import MAX_TITLE, EvidenceInput, add_evidence
from claimdesk.core.services.lookup import by_id
from claimdesk.core.storage.orm import Article, ArticleFile, Claim, EvidenceFile

__all__ = [
    "SNAPSHOT",
    "add_captured_article",
    "add_snapshot_evidence",
    "article_file",
    "article_file_rows",
    "article_snapshots",
    "keep_article_file",
    "keep_snapshot",
]


def keep_article_file(
    session: Session,
    article_id: str,
    *,
    role: str,
    data: bytes,
    media_type: str,
    name: str,
    url: str | None = None,
    captured: dt.datetime | None = None,
    position: int = 0,
    layout: dict[str, Any] | None = None,
) -> ArticleFile:
    """Keep ``data`` beside the article (its bytes once by hash) and return the new row."""
    if not data:
        raise InputRefused("A file kept with an article is empty: import the article again.")
    sha = hashlib.sha256(data).hexdigest()
    if session.get(EvidenceFile, sha) is None:
        session.add(EvidenceFile(sha256=sha, size=len(data), data=data))
    row = ArticleFile(
        article_id=article_id,
        role=role,
        position=position,
        sha256=sha,
        size=len(data),
        media_type=media_type,
        name=name,
        url=url,
        captured=captured.astimezone(dt.UTC) if captured is not None else None,
        layout=layout,
    )
    session.add(row)
    session.flush()
    return row


def keep_snapshot(session: Session, article_id: str, snapshot: Snapshot) -> ArticleFile:
    """Keep a page as it was received as the article's snapshot."""
    return keep_article_file(
        session,
        article_id,
        role=SNAPSHOT,
        data=snapshot.data,
        media_type=snapshot.media_type,
        name=snapshot.name,
        url=snapshot.url,
        captured=snapshot.captured,
    )


def add_captured_article(session: Session, page: CapturedPage) -> ImportOutcome:
    """Store a page taken by its address: the article and its snapshot. When the library
    already holds the same text (status ``duplicate``), the page was captured again: this
    capture is kept as that article's latest snapshot (it shows the page still said the
    same then), and nothing else is stored."""
    existing = find_duplicate(session, page.draft.text)
    if existing is not None:
        keep_snapshot(session, existing.id, page.snapshot)
        return ImportOutcome(
            path=page.requested,
            status="duplicate",
            id=existing.id,
            title=existing.title,
            language=existing.language,
            published=existing.published,
        )
    article = add_article(session, page.draft)
    keep_snapshot(session, article.id, page.snapshot)
    return ImportOutcome(
        path=page.requested,
        status="imported",
        id=article.id,
        title=article.title,
        language=article.language,
        published=article.published,
    )


def article_file_rows(session: Session, article_id: str) -> list[ArticleFile]:
    """The files kept beside an article: snapshots first, then scans in page order."""
    rows = session.scalars(select(ArticleFile).where(ArticleFile.article_id == article_id)).all()
    return sorted(rows, key=lambda r: (r.role != SNAPSHOT, r.role, r.position, r.created, r.id))


def article_snapshots(session: Session, article_id: str) -> tuple[SnapshotView, ...]:
    """An article's snapshots (id or unique prefix), the latest first."""
    article = by_id(session, Article, article_id)
    rows = [r for r in article_file_rows(session, article.id) if r.role == SNAPSHOT]
    rows.sort(key=lambda r: (r.captured or r.created, r.id), reverse=True)
    return tuple(snapshot_view(r) for r in rows)


def snapshot_view(row: ArticleFile) -> SnapshotView:
    """A snapshot row as the window and the command line see it."""
    return SnapshotView(
        id=row.id,
        article_id=row.article_id,
        name=row.name,
        url=row.url,
        captured=row.captured,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
    )


def article_file(session: Session, file_id: str) -> tuple[ArticleFile, bytes]:
    """One kept file (id or unique prefix) and its bytes."""
    row = _file_by_id(session, file_id)
    kept = session.get(EvidenceFile, row.sha256)
    if kept is None:
        raise InputRefused(
            "The bytes of {name} are missing from the library: run `claimdesk-cli check`, or "
            "import the article again.",
            name=row.name or row.id[:8],
        )
    return row, kept.data


def add_snapshot_evidence(
    session: Session,
    claim_id: str,
    file_id: str | None = None,
    *,
    title: str | None = None,
    note: str | None = None,
    consulted: dt.date | None = None,
) -> ClaimView:
    """Cite a snapshot as evidence of a claim: by default the snapshot of the claim's own
    article (the latest when there are several), else the kept file ``file_id``. The title
    is the article's, the note says where and when the page was captured and the day
    consulted is the day of the capture, unless given."""
    claim = by_id(session, Claim, claim_id)
    if file_id is None:
        snapshots = [r for r in article_file_rows(session, claim.article_id) if r.role == SNAPSHOT]
        if not snapshots:
            raise InputRefused(
                "The claim's article was not taken from an address, so it has no snapshot: "
                "import the page with `claimdesk-cli import https://…`, or add a file."
            )
        row = max(snapshots, key=lambda r: (r.captured or r.created, r.id))
    else:
        row = _file_by_id(session, file_id)
        if row.role != SNAPSHOT:
            raise InputRefused(
                "{name} is not the snapshot of a page: give a snapshot's id "
                "(`claimdesk-cli snapshot ARTICLE` lists them).",
                name=row.name or row.id[:8],
            )
    _row, data = article_file(session, row.id)
    article = session.get(Article, row.article_id)
    when = (row.captured or row.created).astimezone(dt.UTC)
    heading = article.title if article is not None else (row.url or row.name)
    return add_evidence(
        session,
        claim.id,
        EvidenceInput(
            file_name=row.name,
            file_data=data,
            title=heading[:MAX_TITLE] if title is None else title,
            note=(
                f"The page as received from {row.url} on {when:%Y-%m-%d %H:%M} UTC (WARC file)."
                if note is None
                else note
            ),
            consulted=consulted or when.date(),
        ),
    )


def _file_by_id(session: Session, file_id: str) -> ArticleFile:
    ident = file_id.strip().lower()
    rows: list[ArticleFile] = []
    if ident and all(c in "0123456789abcdef" for c in ident):
        rows = list(
            session.scalars(
                select(ArticleFile)
                .where(ArticleFile.id.startswith(ident, autoescape=True))
                .limit(2)
            )
        )
    if not rows:
        raise NotFound(
            "No kept file with id {ident!r}: an article's snapshots are listed by "
            "`claimdesk-cli snapshot ARTICLE`.",
            ident=file_id,
        )
    if len(rows) > 1:
        raise InputRefused(
            "The id {ident!r} fits more than one kept file: give more characters.", ident=file_id
        )
    return rows[0]
