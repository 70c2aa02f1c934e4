"""Evidence: web addresses, files kept in the library by their SHA-256, notes; in the order the
fact-checker chose; recorded in history; carried by exports and bundles; refused in one line."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from claimdesk.core.desk import Desk
from claimdesk.core.errors import InputRefused
from claimdesk.core.model import ClaimKind, EvidenceKind
from claimdesk.core.services.evidence import EvidenceInput
from claimdesk.core.storage.orm import EvidenceFile, HistoryEntry
from tests.conftest import SEED_DENIAL

PDF = b"%PDF-1.4\n% a consulted report\n" + bytes(range(256))


def _denial(desk: Desk, seed_path: Path) -> str:
    article = desk.import_file(seed_path).id
    assert article is not None
    start, end = desk.find_quote(article, SEED_DENIAL)
    return desk.mark_claim(article, start, end, ClaimKind.DENIAL, claimant="Russia").id


def test_links_files_and_notes_in_the_order_chosen(
    desk: Desk, seed_path: Path, tmp_path: Path
) -> None:
    claim = _denial(desk, seed_path)
    day = dt.date(2023, 2, 23)
    desk.evidence.add_evidence(
        claim, EvidenceInput(url="https://www.osce.org/", title="OSCE", consulted=day)
    )
    report = tmp_path / "referendum.pdf"
    report.write_bytes(PDF)
    desk.evidence.add_evidence_file(claim[:8], report, title="Referendum", note="p. 4")
    view = desk.evidence.add_evidence(
        claim, EvidenceInput(source="Call with the ministry", note="confirmed")
    )
    assert [(e.kind, e.source) for e in view.evidence] == [
        (EvidenceKind.URL, "https://www.osce.org/"),
        (EvidenceKind.FILE, "referendum.pdf"),
        (EvidenceKind.NOTE, "Call with the ministry"),
    ]
    kept = view.evidence[1]
    assert kept.file_sha256 == hashlib.sha256(PDF).hexdigest() and kept.file_size == len(PDF)
    assert desk.evidence.evidence_file(kept.file_sha256) == PDF
    assert view.evidence[0].consulted == day

    moved = desk.evidence.move_evidence(view.evidence[2].id, 0)
    assert moved.evidence[0].source == "Call with the ministry"
    assert [e.position for e in moved.evidence] == [0, 1, 2]
    # Every claim listing shows the same order.
    listed = next(c for c in desk.list_claims() if c.id == claim)
    assert [e.id for e in listed.evidence] == [e.id for e in moved.evidence]

    changed = desk.evidence.update_evidence(
        kept.id[:8], title="Referendum text", clear_consulted=True
    )
    again = next(e for e in changed.evidence if e.id == kept.id)
    assert again.title == "Referendum text" and again.consulted is None
    actions = desk._read(
        lambda s: [
            (h.entity, h.action)
            for h in s.scalars(select(HistoryEntry).where(HistoryEntry.entity == "evidence"))
        ]
    )
    assert actions == [("evidence", a) for a in ("create", "create", "create", "update", "update")]


def test_a_file_is_kept_once_and_goes_with_its_last_evidence(
    desk: Desk, seed_path: Path, tmp_path: Path
) -> None:
    claim = _denial(desk, seed_path)
    path = tmp_path / "a.pdf"
    path.write_bytes(PDF)
    first = desk.evidence.add_evidence_file(claim, path).evidence[-1]
    second = desk.evidence.add_evidence_file(claim, path, title="again").evidence[-1]

    def files() -> int:
        return desk._read(lambda s: s.scalar(select(func.count()).select_from(EvidenceFile)))

    assert files() == 1
    desk.evidence.remove_evidence(first.id)
    assert files() == 1
    view, removed = desk.evidence.remove_evidence(second.id)
    assert files() == 0 and view.evidence == ()
    # Undo of the removal puts it back in its place, with its bytes.
    back = desk.evidence.restore_evidence(claim, removed, PDF)
    assert [e.id for e in back.evidence] == [second.id] and desk.evidence.evidence_file(
        removed.file_sha256 or ""
    ) == PDF


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (EvidenceInput(url="osce.org"), "is not a web address"),
        (EvidenceInput(url="javascript:alert(1)"), "is not a web address"),
        (EvidenceInput(source="  "), "The source is empty"),
        (EvidenceInput(), "Give one source"),
        (EvidenceInput(url="https://a.org", source="b"), "Give one source"),
        (EvidenceInput(file_name="x", file_data=b""), "The file is empty"),
        (
            EvidenceInput(url="https://a.org", consulted=dt.date.today() + dt.timedelta(days=9)),
            "is in the future",
        ),
        (EvidenceInput(url="https://a.org", title="t" * 501), "The title is longer"),
    ],
)
def test_bad_evidence_is_refused_in_one_line_and_nothing_is_written(
    desk: Desk, seed_path: Path, given: EvidenceInput, message: str
) -> None:
    claim = _denial(desk, seed_path)
    with pytest.raises(InputRefused) as refused:
        desk.evidence.add_evidence(claim, given)
    assert message in refused.value.message and "\n" not in refused.value.message
    assert next(c for c in desk.list_claims() if c.id == claim).evidence == ()


def test_a_missing_file_or_a_folder_is_refused(desk: Desk, seed_path: Path, tmp_path: Path) -> None:
    claim = _denial(desk, seed_path)
    for path, message in ((tmp_path / "gone.pdf", "no such file"), (tmp_path, "is a folder")):
        with pytest.raises(InputRefused, match=message):
            desk.evidence.add_evidence_file(claim, path)


def test_a_bundle_carries_the_evidence_files(desk: Desk, seed_path: Path, tmp_path: Path) -> None:
    claim = _denial(desk, seed_path)
    path = tmp_path / "report.pdf"
    path.write_bytes(PDF)
    desk.evidence.add_evidence_file(claim, path, title="Report")
    desk.evidence.add_evidence(claim, EvidenceInput(url="https://www.osce.org/"))
    desk.evidence.move_evidence(desk.get_claim(claim).evidence[1].id, 0)
    bundle = tmp_path / "work.claimdesk"
    desk.interchange.export_bundle(bundle)

    from claimdesk.core.library import folder_location

    with Desk.open(folder_location(tmp_path / "other")) as other:
        other.interchange.import_bundle(bundle)
        got = other.get_claim(claim)
        assert [e.kind for e in got.evidence] == [EvidenceKind.URL, EvidenceKind.FILE]
        assert other.evidence.evidence_file(got.evidence[1].file_sha256 or "") == PDF
