"""Files an import keeps beside the article's text (the images or scanned pages it was read
from), and the draft that carries them to the library.

:class:`DraftWithFiles` is an :class:`ArticleDraft` with its files: whatever takes a draft
takes it, and storing the article (``services.articles.add_article``) keeps its files as
``article_files`` rows in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimdesk.core.model import ArticleDraft

SCAN = "scan"
SNAPSHOT = "snapshot"  # a page as it was received, taken by its address


@dataclass(frozen=True, slots=True)
class KeptFile:
    """One file to keep with the article: ``role`` (``scan``), ``position`` (page order),
    its name, media type and bytes, and its ``layout`` (see ``importers/ocr``)."""

    role: str
    position: int
    name: str
    media_type: str
    data: bytes
    layout: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class DraftWithFiles(ArticleDraft):
    """A draft whose article keeps files beside its text."""

    files: tuple[KeptFile, ...] = ()


def draft_files(draft: ArticleDraft) -> tuple[KeptFile, ...]:
    """The files a draft carries (none for a plain draft)."""
    return draft.files if isinstance(draft, DraftWithFiles) else ()
