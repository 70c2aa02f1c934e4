"""Articles' kept files (snapshots of pages, scans) merged from a library document by id.

A bundle carries each file's bytes as ``files/<sha256>``; the rows that say which article a
file belongs to, and what it is, are in the document's articles (``files``). A row is added
when its bytes are in the library (just unpacked from the bundle, or kept before), to the
article of the same id, or to the article here holding the same text. A row already here is
left as it is: a kept file never changes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from claimdesk.core.services.articles import find_duplicate
from claimdesk.core.storage.orm import Article, ArticleFile, EvidenceFile


def merge_article_files(session: Session, document: dict[str, Any]) -> tuple[int, int]:
    """Add the document's article files whose bytes the library holds; (added, skipped)."""
    added = skipped = 0
    for article in document.get("articles", ()):
        files = article.get("files") or ()
        if not files:
            continue
        local = session.get(Article, article["id"]) or find_duplicate(session, article["text"])
        if local is None:
            skipped += len(files)
            continue
        for data in files:
            if session.get(ArticleFile, data["id"]) is not None:
                continue
            if session.get(EvidenceFile, data["sha256"]) is None:
                skipped += 1  # a JSON export lists the file; only a bundle carries it
                continue
            row = ArticleFile(
                id=data["id"],
                article_id=local.id,
                role=data["role"],
                position=int(data.get("position") or 0),
                sha256=data["sha256"],
                size=int(data["size"]),
                media_type=data["media_type"],
                name=data.get("name") or "",
                url=data.get("url"),
                captured=_when(data.get("captured")),
                layout=data.get("layout"),
            )
            created = _when(data.get("created"))
            if created is not None:
                row.created = created
            session.add(row)
            added += 1
    session.flush()
    return added, skipped


def _when(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    return dt.datetime.fromisoformat(value).astimezone(dt.UTC)
