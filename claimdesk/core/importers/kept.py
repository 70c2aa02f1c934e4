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


@dataclass(frozen=True, slots=True)
class ScanPage:
    """A page image kept beside an article's text, as the reader and reports use it: the
    kept file's id, name, media type, bytes, its place among the pages and its layout."""

    id: str
    name: str
    media_type: str
    data: bytes
    position: int
    layout: dict[str, Any]

    @property
    def size(self) -> tuple[int, int]:
        """The image's width and height in pixels, as the layout records them."""
        return int(self.layout.get("width", 0)), int(self.layout.get("height", 0))

    def boxes(self, start: int, end: int) -> list[tuple[int, int, int, int]]:
        """The boxes (left, top, width, height) of the words of the text span
        ``start``-``end`` on this page, one box per line of them (words on one line are
        joined into one box)."""
        return span_boxes(self.layout, start, end)


def span_boxes(layout: dict[str, Any], start: int, end: int) -> list[tuple[int, int, int, int]]:
    """The boxes of the words of ``layout`` that the span ``start``-``end`` touches, the
    words of one line (boxes overlapping in height, side by side) joined into one box."""
    hit = [
        (int(x), int(y), int(w), int(h))
        for s, e, x, y, w, h in layout.get("words", ())
        if s < end and e > start
    ]
    joined: list[list[int]] = []
    for x, y, w, h in hit:
        if joined:
            last = joined[-1]
            overlap = min(last[1] + last[3], y + h) - max(last[1], y)
            if overlap > min(last[3], h) / 2 and x >= last[0]:
                right, bottom = max(last[0] + last[2], x + w), max(last[1] + last[3], y + h)
                last[1] = min(last[1], y)
                last[2], last[3] = right - last[0], bottom - last[1]
                continue
        joined.append([x, y, w, h])
    return [(b[0], b[1], b[2], b[3]) for b in joined]


def bounding(boxes: list[tuple[int, int, int, int]]) -> tuple[int, int, int, int] | None:
    """The box holding every one of ``boxes`` (``None`` for none)."""
    if not boxes:
        return None
    left = min(b[0] for b in boxes)
    top = min(b[1] for b in boxes)
    right = max(b[0] + b[2] for b in boxes)
    bottom = max(b[1] + b[3] for b in boxes)
    return left, top, right - left, bottom - top
