"""JSON round trips and bundle merges between real libraries; refused bundles change nothing."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from claimdesk.core.desk import Desk
from claimdesk.core.errors import InputRefused
from claimdesk.core.exporters.json_export import export_library_json
from claimdesk.core.interchange.bundle import export_bundle, import_bundle
from claimdesk.core.interchange.document import library_document
from claimdesk.core.interchange.json_import import import_json_file
from claimdesk.core.library import folder_location
from claimdesk.core.model import ClaimChanges, Status, Verdict
from claimdesk.core.model.results import MergeSummary
from claimdesk.core.storage.orm import HistoryEntry
from tests.unit.interchange.library_samples import fill, visible


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Desk]:
    """A second, empty library."""
    with Desk.open(folder_location(tmp_path / "other")) as opened:
        yield opened


def _import_json(desk: Desk, path: Path) -> MergeSummary:
    with desk._store.sessions() as session, session.begin():
        return import_json_file(session, path)


def _import_bundle(desk: Desk, path: Path, **limits: int) -> MergeSummary:
    with desk._store.sessions() as session, session.begin():
        summary = import_bundle(session, path, **limits)
    desk.reindex()
    return summary


def _bundle(desk: Desk, path: Path) -> Path:
    with desk._store.sessions() as session:
        export_bundle(session, path)
    return path


def test_json_export_then_import_into_an_empty_library_gives_the_same_library(
    desk: Desk, other: Desk, seed_path: Path, tmp_path: Path
) -> None:
    fill(desk, seed_path)
    out = tmp_path / "library.json"
    with desk._store.sessions() as session:
        export_library_json(library_document(session), out)
    summary = _import_json(other, out)
    assert summary.conflicts == 0 and summary.added > 0
    assert visible(other) == visible(desk)
    again = _import_json(other, out)  # a second import finds everything already there
    assert (again.added, again.updated, again.conflicts, again.history_added) == (0, 0, 0, 0)
    assert visible(other) == visible(desk)


def test_two_libraries_that_edited_one_bundle_merge_with_every_change(
    desk: Desk, other: Desk, seed_path: Path, tmp_path: Path
) -> None:
    sample = fill(desk, seed_path)
    _import_bundle(other, _bundle(desk, tmp_path / "start.claimdesk"))
    # Each side edits a different claim, and both edit the denial (the other side later).
    desk.update_claim(sample.claim, ClaimChanges(status=Status.PUBLISHED))
    desk.update_claim(sample.denial, ClaimChanges(notes="ours: Kremlin statement of 2014"))
    other.update_claim(sample.gas_claim, ClaimChanges(verdict=Verdict.HALF_TRUE))
    other.update_claim(sample.denial, ClaimChanges(verdict=Verdict.MISLEADING, notes="theirs"))

    theirs = _import_bundle(desk, _bundle(other, tmp_path / "theirs.claimdesk"))
    assert theirs.conflicts == 1 and theirs.updated >= 1
    assert sample.denial in theirs.claim_ids and sample.gas_claim in theirs.claim_ids
    mine = _import_bundle(other, _bundle(desk, tmp_path / "mine.claimdesk"))

    for library in (desk, other):
        claims = {c.id: c for c in library.list_claims()}
        assert claims[sample.claim].status == Status.PUBLISHED
        assert claims[sample.gas_claim].verdict == Verdict.HALF_TRUE
        assert claims[sample.denial].verdict == Verdict.MISLEADING  # the later edit
        assert claims[sample.denial].notes == "theirs"
        with library._store.sessions() as session:
            merges = session.scalars(
                select(HistoryEntry).where(
                    HistoryEntry.entity_id == sample.denial, HistoryEntry.action == "merge"
                )
            ).all()
        # The losing edit is kept in the history of both libraries.
        assert [m.before["notes"] for m in merges if m.before] == [
            "ours: Kremlin statement of 2014"
        ]
    assert mine.conflicts == 0
    assert visible(desk)["articles"] == visible(other)["articles"]
    hits = desk.search("verdict:misleading")
    assert any(h.id == sample.denial for h in hits.hits)


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _refused(desk: Desk, path: Path, **limits: int) -> str:
    before = visible(desk)
    with pytest.raises(InputRefused) as caught:
        _import_bundle(desk, path, **limits)
    assert visible(desk) == before
    message = caught.value.message
    assert "\n" not in message and path.name in message
    return message


def test_a_corrupt_bundle_is_refused_and_changes_nothing(
    desk: Desk, other: Desk, seed_path: Path, tmp_path: Path
) -> None:
    fill(desk, seed_path)
    good = _bundle(desk, tmp_path / "good.claimdesk").read_bytes()
    truncated = tmp_path / "truncated.claimdesk"
    truncated.write_bytes(good[: len(good) // 2])
    assert "not a readable ClaimDesk bundle" in _refused(other, truncated)
    flipped = bytearray(good)
    middle = good.index(b"data.json") + 200  # inside the compressed data
    flipped[middle] ^= 0xFF
    damaged = tmp_path / "damaged.claimdesk"
    damaged.write_bytes(bytes(flipped))
    _refused(other, damaged)
    text = tmp_path / "text.claimdesk"
    text.write_text("not a zip at all", encoding="utf-8")
    _refused(other, text)


def test_a_bundle_too_large_when_unpacked_is_refused(
    desk: Desk, other: Desk, seed_path: Path, tmp_path: Path
) -> None:
    fill(desk, seed_path)
    bundle = _bundle(desk, tmp_path / "big.claimdesk")
    assert "would unpack to more than" in _refused(other, bundle, max_unpacked=4096)
    bomb = tmp_path / "bomb.claimdesk"
    bomb.write_bytes(_zip({"manifest.json": b"{}", "data.json": b"0" * (8 * 1024 * 1024)}))
    assert bomb.stat().st_size < 64 * 1024
    assert "would unpack" in _refused(other, bomb, max_unpacked=1024 * 1024)


@pytest.mark.parametrize(
    "name", ["../evil.json", "/etc/passwd", "data/../../x.json", "C:/temp/x.json", "a\\..\\b"]
)
def test_a_bundle_with_a_path_outside_its_root_is_refused(
    desk: Desk, other: Desk, seed_path: Path, tmp_path: Path, name: str
) -> None:
    fill(desk, seed_path)
    good = _bundle(desk, tmp_path / "good.claimdesk")
    with zipfile.ZipFile(good) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members[name] = b"{}"
    evil = tmp_path / "evil.claimdesk"
    evil.write_bytes(_zip(members))
    assert "outside the bundle" in _refused(other, evil)


def test_bad_data_inside_a_good_zip_is_refused_and_changes_nothing(
    desk: Desk, other: Desk, seed_path: Path, tmp_path: Path
) -> None:
    sample = fill(desk, seed_path)
    with desk._store.sessions() as session:
        document = library_document(session)
    # A claim naming an article that is in neither library: found only while merging.
    document["articles"] = [a for a in document["articles"] if a["id"] != sample.gas]
    data = json.dumps(document).encode()
    manifest = {
        "format": "claimdesk-bundle",
        "version": 1,
        "data_sha256": hashlib.sha256(data).hexdigest(),
    }
    bad = tmp_path / "dangling.claimdesk"
    bad.write_bytes(_zip({"manifest.json": json.dumps(manifest).encode(), "data.json": data}))
    assert "neither in the file nor in this library" in _refused(other, bad)
    newer = tmp_path / "newer.claimdesk"
    newer.write_bytes(
        _zip({"manifest.json": json.dumps(dict(manifest, version=9)).encode(), "data.json": data})
    )
    assert "newer ClaimDesk" in _refused(other, newer)
