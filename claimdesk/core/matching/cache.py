"""The matching index kept on disk between processes, so that a command does not rebuild it.

A process that built or updated the index may write it beside the search index; the next one
reads it back, checks that it was taken from this database (the newest history entry it had
taken in is still there, with the same time) and brings it up to date from the history like
the index of a running window. Anything amiss (another format, another database, a claim
count that disagrees, an unreadable file) and the index is built from the database instead.
The file is JSON and the claims' vectors are in NumPy's own format beside it, never pickle:
a library folder may come from someone else.
"""

from __future__ import annotations

import json
import logging
import os
import re
import uuid
from pathlib import Path

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claimdesk.core.matching import semantic
from claimdesk.core.matching.index import MatchingIndex
from claimdesk.core.matching.loading import LiveIndex
from claimdesk.core.storage.orm import Article, Claim, HistoryEntry

log = logging.getLogger(__name__)
# Bumped whenever what the index holds for a claim changes (features, normalisation).
FORMAT = 7
# Each write names its vectors file anew, so that the index read never meets the vectors of
# another write.
_VECTORS = re.compile(r"[\w.-]+-[0-9a-f]{16}\.npy")


def cache_path(index_dir: Path) -> Path:
    """Where the matching index of the library whose search index is ``index_dir`` is kept
    (its claims' vectors beside it, in :func:`vectors_path`)."""
    return index_dir.with_name(index_dir.name + "-matching.json")


def vectors_path(path: Path, name: str) -> Path | None:
    """The vectors file ``name`` that the index kept at ``path`` refers to (NumPy's format, no
    pickle); None for a name that is not one of ours."""
    if not _VECTORS.fullmatch(name) or not name.startswith(path.stem + "-"):
        return None
    return path.with_name(name)


def _stamp(session: Session, mark: int) -> str:
    if not mark:
        return ""
    at = session.scalar(select(HistoryEntry.at).where(HistoryEntry.id == mark))
    return "" if at is None else at.isoformat()


def _claims(session: Session) -> int:
    query = select(func.count()).select_from(Claim).join(Article, Article.id == Claim.article_id)
    return session.scalar(query) or 0


def load(session: Session, path: Path) -> tuple[LiveIndex, int] | None:
    """The index kept at ``path``, brought up to date, and how many claims that touched;
    None when it cannot be trusted."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        log.warning("matching index %s unreadable, rebuilt: %s", path, error)
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    mark = data.get("mark")
    if not isinstance(mark, int) or _stamp(session, mark) != data.get("stamp"):
        return None  # another database, or one restored from a copy
    vectors = None
    name = data.get("vectors")
    if name and semantic.available():
        found = vectors_path(path, name) if isinstance(name, str) else None
        if found is None:
            return None
        try:
            vectors = np.load(found, allow_pickle=False)
        except (OSError, ValueError) as error:
            log.warning("matching vectors of %s unreadable, rebuilt: %s", path, error)
            return None
    try:
        live = LiveIndex(MatchingIndex.from_plain(data["index"], vectors), mark)
    except (KeyError, ValueError) as error:
        log.warning("matching index %s damaged, rebuilt: %s", path, error)
        return None
    touched = live.catch_up(session)
    if len(live.index) != _claims(session):
        return None  # claims written without history: the kept index missed them
    return live, touched


def save(session: Session, live: LiveIndex, path: Path) -> bool:
    """Write the index to ``path`` (whole or not at all); False when it could not be."""
    plain = live.index.to_plain()
    vectors = live.index.vectors()
    name = f"{path.stem}-{uuid.uuid4().hex[:16]}.npy" if vectors is not None else ""
    data = {
        "format": FORMAT,
        "mark": live.mark,
        "stamp": _stamp(session, live.mark),
        "vectors": name,
        "index": plain,
    }
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    written = path.with_name(name) if name else None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if written is not None and vectors is not None:
            with written.open("wb") as handle:
                np.save(handle, vectors, allow_pickle=False)
        partial.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        os.replace(partial, path)
    except OSError as error:
        log.warning("matching index not kept at %s: %s", path, error)
        partial.unlink(missing_ok=True)
        if written is not None:
            written.unlink(missing_ok=True)
        return False
    for old in path.parent.glob(f"{path.stem}-*.npy"):  # the vectors of earlier writes
        if old != written and _VECTORS.fullmatch(old.name):
            old.unlink(missing_ok=True)
    return True
