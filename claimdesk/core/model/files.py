"""What a window or a command is told about the files kept beside an article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class SnapshotView:
    """A page as it was received, kept as an article's snapshot (a WARC file): where it was
    served from, when it arrived (UTC), and which bytes the library keeps."""

    id: str
    article_id: str
    name: str
    url: str | None
    captured: dt.datetime | None
    media_type: str
    size: int
    sha256: str


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


class ReportScans(Mapping[str, tuple[ScanPage, ...]]):
    """The page images of a report's articles by article id, each article's read (by
    ``read``) only when asked for: ``article_ids`` are the articles that may have been read
    from images; one that turns out to keep no image maps to no pages."""

    def __init__(
        self, article_ids: Iterable[str], read: Callable[[str], tuple[ScanPage, ...]]
    ) -> None:
        self._ids = dict.fromkeys(article_ids)
        self._read = read

    def __getitem__(self, article_id: str) -> tuple[ScanPage, ...]:
        if article_id not in self._ids:
            raise KeyError(article_id)
        return self._read(article_id)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


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
