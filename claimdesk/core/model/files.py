"""What a window or a command is told about the files kept beside an article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


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
