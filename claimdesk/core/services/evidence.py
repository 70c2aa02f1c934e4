"""The evidence of a claim: web addresses, files kept in the library, notes; in the order the
fact-checker chose, each with the day it was consulted.

A file is kept once by its content's SHA-256 (``evidence_files``), however many claims cite
it; removing the last evidence that names it removes its bytes too. Every change is a history
entry of its own (entity ``evidence``), so other windows and caches see it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claimdesk.core.errors import InputRefused
from claimdesk.core.model import ClaimView, Evidence
from claimdesk.core.services.history import record
from claimdesk.core.services.lookup import by_id
from claimdesk.core.services.views import claim_load_options, claim_view
from claimdesk.core.storage.orm import ArticleFile, Claim, EvidenceFile, EvidenceItem

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TITLE = 500


@dataclass(frozen=True, slots=True)
class EvidenceInput:
    """What the user gives for one piece of evidence: a URL, a file (name and bytes), or a
    note with where it comes from (``source``)."""

    url: str | None = None
    file_name: str | None = None
    file_data: bytes | None = None
    source: str | None = None
    title: str = ""
    note: str = ""
    consulted: dt.date | None = None


def add_evidence(session: Session, claim_id: str, given: EvidenceInput) -> ClaimView:
    """Add evidence at the end of the claim's list; the claim as it is now."""
    claim = by_id(session, Claim, claim_id, *claim_load_options())
    source, sha, size = _source(session, given)
    position = max((e.position for e in claim.evidence), default=-1) + 1
    item = EvidenceItem(
        claim_id=claim.id,
        source=source,
        title=_title(given.title),
        note=given.note.strip(),
        consulted=_consulted(given.consulted),
        position=position,
        file_sha256=sha,
        file_size=size,
    )
    claim.evidence.append(item)
    session.flush()
    record(session, "evidence", item.id, "create", None, _snapshot(item))
    return _fresh(session, claim.id)


def update_evidence(
    session: Session,
    evidence_id: str,
    *,
    title: str | None = None,
    note: str | None = None,
    source: str | None = None,
    consulted: dt.date | None = None,
    clear_consulted: bool = False,
) -> ClaimView:
    """Change a piece of evidence (``clear_consulted`` forgets the day it was consulted); a
    file's name may change, never its bytes."""
    item = by_id(session, EvidenceItem, evidence_id)
    before = _snapshot(item)
    if title is not None:
        item.title = _title(title)
    if note is not None:
        item.note = note.strip()
    if source is not None:
        if item.file_sha256 is None and item.source.lower().startswith(("http://", "https://")):
            item.source = _url(source)
        elif not source.strip():
            raise InputRefused(
                "The source is empty: give a web address, a file name or where it comes from."
            )
        else:
            item.source = source.strip()
    if clear_consulted:
        item.consulted = None
    elif consulted is not None:
        item.consulted = _consulted(consulted)
    session.flush()
    if _snapshot(item) != before:
        record(session, "evidence", item.id, "update", before, _snapshot(item))
    return _fresh(session, item.claim_id)


def remove_evidence(session: Session, evidence_id: str) -> tuple[ClaimView, Evidence]:
    """Remove a piece of evidence; the claim now, and what was removed (to put it back)."""
    item = by_id(session, EvidenceItem, evidence_id)
    claim_id = item.claim_id
    removed = Evidence(
        item.id, item.source, item.title, item.note, item.consulted, item.position,
        item.file_sha256, item.file_size,
    )  # fmt: skip
    record(session, "evidence", item.id, "delete", _snapshot(item), None)
    session.delete(item)
    session.flush()
    if removed.file_sha256 is not None:
        _drop_unused_file(session, removed.file_sha256)
    return _fresh(session, claim_id), removed


def restore_evidence(
    session: Session, claim_id: str, evidence: Evidence, data: bytes | None = None
) -> ClaimView:
    """Put removed evidence back with its id and place (a file's bytes given again)."""
    claim = by_id(session, Claim, claim_id, *claim_load_options())
    if evidence.file_sha256 is not None:
        if data is None or hashlib.sha256(data).hexdigest() != evidence.file_sha256:
            raise InputRefused("The file of this evidence is gone: add it again.")
        _keep_file(session, data)
    for other in claim.evidence:
        if other.position >= evidence.position:
            other.position += 1
    item = EvidenceItem(
        id=evidence.id, claim_id=claim.id, source=evidence.source, title=evidence.title,
        note=evidence.note, consulted=evidence.consulted, position=evidence.position,
        file_sha256=evidence.file_sha256, file_size=evidence.file_size,
    )  # fmt: skip
    claim.evidence.append(item)
    session.flush()
    record(session, "evidence", item.id, "restore", None, _snapshot(item))
    return _fresh(session, claim.id)


def move_evidence(session: Session, evidence_id: str, to: int) -> ClaimView:
    """Move a piece of evidence to place ``to`` (0 first) of its claim's list."""
    item = by_id(session, EvidenceItem, evidence_id)
    claim = by_id(session, Claim, item.claim_id, *claim_load_options())
    ordered = sorted(claim.evidence, key=lambda e: (e.position, e.created, e.id))
    moving = next(e for e in ordered if e.id == item.id)
    ordered.remove(moving)
    ordered.insert(max(0, min(to, len(ordered))), moving)
    before = _snapshot(moving)
    for place, other in enumerate(ordered):
        other.position = place
    session.flush()
    if _snapshot(moving) != before:
        record(session, "evidence", moving.id, "update", before, _snapshot(moving))
    return _fresh(session, claim.id)


def read_claim(session: Session, claim_id: str) -> ClaimView:
    """One claim (id or unique prefix) with its evidence."""
    return claim_view(by_id(session, Claim, claim_id, *claim_load_options()))


def read_evidence(session: Session, evidence_id: str) -> Evidence:
    """One piece of evidence (id or unique prefix)."""
    item = by_id(session, EvidenceItem, evidence_id)
    view = read_claim(session, item.claim_id)
    return next(e for e in view.evidence if e.id == item.id)


def evidence_file(session: Session, sha256: str) -> bytes:
    """The bytes of a file kept as evidence."""
    kept = session.get(EvidenceFile, sha256)
    if kept is None:
        raise InputRefused(
            "No file {sha256} is kept in this library: add it again.", sha256=sha256[:12]
        )
    return kept.data


def _source(session: Session, given: EvidenceInput) -> tuple[str, str | None, int | None]:
    chosen = [v is not None for v in (given.url, given.file_data, given.source)]
    if sum(chosen) != 1:
        raise InputRefused("Give one source: a web address, a file, or where a note comes from.")
    if given.url is not None:
        return _url(given.url), None, None
    if given.file_data is not None:
        name = (given.file_name or "").strip() or "file"
        return name, _keep_file(session, given.file_data), len(given.file_data)
    source = (given.source or "").strip()
    if not source:
        raise InputRefused("The source is empty: say where the note comes from.")
    return source, None, None


def _url(value: str) -> str:
    url = value.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in url:
        raise InputRefused(
            "{url!r} is not a web address: give one that starts with https:// or http://.", url=url
        )
    return url


def _title(value: str) -> str:
    title = " ".join(value.split())
    if len(title) > MAX_TITLE:
        raise InputRefused(
            "The title is longer than {limit} characters: shorten it.", limit=MAX_TITLE
        )
    return title


def _consulted(day: dt.date | None) -> dt.date | None:
    if day is not None and day > dt.date.today() + dt.timedelta(days=1):
        raise InputRefused(
            "{day} is in the future: give the day you consulted it.", day=day.isoformat()
        )
    return day


def _keep_file(session: Session, data: bytes) -> str:
    if not data:
        raise InputRefused("The file is empty: choose the file you consulted.")
    if len(data) > MAX_FILE_BYTES:
        raise InputRefused(
            "The file is larger than {limit} MB: keep a link to it instead, or an excerpt.",
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    sha = hashlib.sha256(data).hexdigest()
    if session.get(EvidenceFile, sha) is None:
        session.add(EvidenceFile(sha256=sha, size=len(data), data=data))
    return sha


def _drop_unused_file(session: Session, sha: str) -> None:
    used = session.scalar(
        select(func.count()).select_from(EvidenceItem).where(EvidenceItem.file_sha256 == sha)
    ) or session.scalar(
        select(func.count()).select_from(ArticleFile).where(ArticleFile.sha256 == sha)
    )
    if not used:
        kept = session.get(EvidenceFile, sha)
        if kept is not None:
            session.delete(kept)


def _snapshot(item: EvidenceItem) -> dict[str, object]:
    return {
        "claim_id": item.claim_id,
        "source": item.source,
        "title": item.title,
        "note": item.note,
        "consulted": item.consulted.isoformat() if item.consulted else None,
        "position": item.position,
        "file_sha256": item.file_sha256,
        "file_size": item.file_size,
    }


def _fresh(session: Session, claim_id: str) -> ClaimView:
    session.expire_all()
    return claim_view(by_id(session, Claim, claim_id, *claim_load_options()))
