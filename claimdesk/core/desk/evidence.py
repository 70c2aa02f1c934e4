"""The desk's evidence part: web addresses, files kept in the library and notes behind a
claim, in the order the fact-checker chose (see :mod:`claimdesk.core.services.evidence`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from claimdesk.core.desk.store import DeskStore
from claimdesk.core.errors import InputRefused
from claimdesk.core.model import ClaimView, Evidence
from claimdesk.core.services import evidence as evidence_service
from claimdesk.core.services.evidence import MAX_FILE_BYTES, EvidenceInput


class EvidencePart:
    """``desk.evidence``: adding, changing, ordering and removing evidence; reading a kept
    file back."""

    def __init__(self, store: DeskStore) -> None:
        self._store = store

    def add_evidence(self, claim_id: str, given: EvidenceInput) -> ClaimView:
        """Add a URL, a file or a note at the end of the claim's evidence."""
        with self._store.transaction() as session:
            return evidence_service.add_evidence(session, claim_id, given)

    def add_evidence_file(
        self,
        claim_id: str,
        path: Path,
        *,
        title: str = "",
        note: str = "",
        consulted: dt.date | None = None,
    ) -> ClaimView:
        """Keep the file at ``path`` in the library as the claim's evidence."""
        data = read_evidence_file(Path(path))
        given = EvidenceInput(
            file_name=Path(path).name, file_data=data, title=title, note=note, consulted=consulted
        )
        return self.add_evidence(claim_id, given)

    def update_evidence(
        self,
        evidence_id: str,
        *,
        title: str | None = None,
        note: str | None = None,
        source: str | None = None,
        consulted: dt.date | None = None,
        clear_consulted: bool = False,
    ) -> ClaimView:
        """Change a piece of evidence (``clear_consulted`` forgets the day it was consulted)."""
        with self._store.transaction() as session:
            return evidence_service.update_evidence(
                session,
                evidence_id,
                title=title,
                note=note,
                source=source,
                consulted=consulted,
                clear_consulted=clear_consulted,
            )

    def remove_evidence(self, evidence_id: str) -> tuple[ClaimView, Evidence]:
        """Remove a piece of evidence; the claim now, and what was removed."""
        with self._store.transaction() as session:
            return evidence_service.remove_evidence(session, evidence_id)

    def restore_evidence(
        self, claim_id: str, evidence: Evidence, data: bytes | None = None
    ) -> ClaimView:
        """Put removed evidence back in its place (undo of a removal)."""
        with self._store.transaction() as session:
            return evidence_service.restore_evidence(session, claim_id, evidence, data)

    def move_evidence(self, evidence_id: str, to: int) -> ClaimView:
        """Move a piece of evidence to place ``to`` (0 first) in its claim's list."""
        with self._store.transaction() as session:
            return evidence_service.move_evidence(session, evidence_id, to)

    def add_snapshot_evidence(
        self,
        claim_id: str,
        file_id: str | None = None,
        *,
        title: str | None = None,
        note: str | None = None,
        consulted: dt.date | None = None,
    ) -> ClaimView:
        """Cite the snapshot of the claim's article (or the kept file ``file_id``) as
        evidence; title, note and day consulted are the page's unless given."""
        from claimdesk.core.services import article_files

        with self._store.transaction() as session:
            return article_files.add_snapshot_evidence(
                session, claim_id, file_id, title=title, note=note, consulted=consulted
            )

    def get_evidence(self, evidence_id: str) -> Evidence:
        """One piece of evidence (id or unique prefix)."""
        return self._store.read(
            lambda session: evidence_service.read_evidence(session, evidence_id)
        )

    def evidence_file(self, sha256: str) -> bytes:
        """The bytes of a file kept as evidence."""
        return self._store.read(lambda session: evidence_service.evidence_file(session, sha256))


def read_evidence_file(path: Path) -> bytes:
    """A file's bytes for evidence, or a one-line refusal (missing, a folder, too large)."""
    try:
        if path.is_dir():
            raise InputRefused("{path} is a folder: choose one file.", path=path)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputRefused(
                "{name} is larger than {megabytes} MB: keep a link to it instead, or an excerpt.",
                name=path.name,
                megabytes=MAX_FILE_BYTES // (1024 * 1024),
            )
        return path.read_bytes()
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
        raise InputRefused(
            "Cannot read {path}: {reason}; check the path.", path=path, reason=reason
        ) from None
