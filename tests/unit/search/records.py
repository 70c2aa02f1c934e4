"""Builders for the records the search index is fed, and a small query helper."""

from __future__ import annotations

import datetime as dt
from typing import Any

from claimdesk.core.search import SearchIndex
from claimdesk.core.search.documents import ArticleDoc, ClaimDoc


def article(id: str = "a-it", **changes: Any) -> ArticleDoc:
    """An article with sensible defaults; ``changes`` override any field."""
    values: dict[str, Any] = {
        "id": id,
        "title": "Titolo",
        "text": "Testo di prova.",
        "language": "it",
        "outlet": "Reuters",
        "published": dt.date(2023, 2, 22),
        "tags": (),
    }
    values.update(changes)
    return ArticleDoc(**values)


def claim(id: str = "c-it", **changes: Any) -> ClaimDoc:
    """A claim with sensible defaults; ``changes`` override any field."""
    values: dict[str, Any] = {
        "id": id,
        "article_id": "a-it",
        "article_title": "Titolo",
        "language": "it",
        "kind": "claim",
        "quote": "Una frase qualsiasi.",
        "claim_text": "",
        "claimant": None,
        "claimant_aliases": (),
        "verdict": None,
        "status": "new",
        "notes": "",
        "tags": (),
        "outlet": "Reuters",
        "published": dt.date(2023, 2, 22),
        "start": 0,
        "end": 20,
        "dates": (),
    }
    values.update(changes)
    return ClaimDoc(**values)


def ids(index: SearchIndex, query: str) -> set[str]:
    """The ids of every hit for ``query``."""
    return {hit.id for hit in index.search(query, limit=1000).hits}
