"""Optimistic locking: a save over a version someone else has replaced is refused with the
other change, and every change is signed with the settings' user name."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from claimdesk.core.desk import Desk
from claimdesk.core.errors import EditConflict, InputRefused
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimChanges, ClaimKind, ClaimView, Verdict
from claimdesk.core.services import claims as claim_service
from claimdesk.core.storage.orm import Claim, HistoryEntry
from tests.conftest import SEED_DENIAL


def _marked(desk: Desk, seed_path: Path) -> ClaimView:
    article_id = desk.import_file(seed_path).id
    assert article_id
    start, end = desk.find_quote(article_id, SEED_DENIAL)
    return desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")


def _actors(desk: Desk) -> list[tuple[str, str]]:
    with desk._store.sessions() as session:
        rows = session.execute(
            select(HistoryEntry.action, HistoryEntry.actor).order_by(HistoryEntry.id)
        ).all()
    return [(r[0], r[1]) for r in rows]


def test_a_save_over_an_older_version_is_refused_with_the_other_change(
    desk: Desk, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMDESK_USER", "alice")
    seen = _marked(desk, seed_path)
    assert seen.version == 1
    monkeypatch.setenv("CLAIMDESK_USER", "bob")
    theirs = desk.update_claim(
        seen.id, ClaimChanges(verdict=Verdict.FALSE, expected_version=seen.version)
    )
    assert theirs.version == 2
    monkeypatch.setenv("CLAIMDESK_USER", "alice")
    mine = ClaimChanges(notes="fonte OSCE", expected_version=seen.version)
    with pytest.raises(EditConflict, match=r"changed by bob at .*nothing of yours was saved") as c:
        desk.update_claim(seen.id, mine)
    conflict = c.value
    assert conflict.changed_by == "bob"
    assert conflict.changed_at == theirs.updated
    assert conflict.current == theirs
    assert conflict.attempted == mine
    assert desk.list_claims() == [theirs]  # nothing of the refused save
    # "Keep both": the same edit given again over the version now current.
    both = desk.update_claim(
        seen.id, ClaimChanges(notes="fonte OSCE", expected_version=conflict.current.version)
    )
    assert (both.verdict, both.notes, both.version) == (Verdict.FALSE, "fonte OSCE", 3)
    assert _actors(desk)[-3:] == [("create", "alice"), ("update", "bob"), ("update", "alice")]


def test_an_edit_without_a_version_is_applied_and_a_no_change_keeps_the_version(
    desk: Desk, seed_path: Path
) -> None:
    seen = _marked(desk, seed_path)
    same = desk.update_claim(seen.id, ClaimChanges(notes=""))
    assert same.version == seen.version
    changed = desk.update_claim(seen.id, ClaimChanges(notes="x"))
    assert changed.version == seen.version + 1


def test_a_save_racing_another_is_caught_by_the_version_column(
    location: LibraryLocation, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Desk.open(location) as first, Desk.open(location) as second:
        claim = _marked(first, seed_path)
        with first._store.sessions() as session:
            read = session.get(Claim, claim.id)
            assert read is not None and read.version == 1
            monkeypatch.setenv("CLAIMDESK_USER", "carla")
            second.update_claim(claim.id, ClaimChanges(notes="prima"))  # saved meanwhile
            monkeypatch.setenv("CLAIMDESK_USER", "dario")
            with pytest.raises(StaleDataError):
                claim_service.update_claim(session, claim.id, ClaimChanges(notes="dopo"))
                session.flush()
            session.rollback()
            conflict = claim_service.edit_conflict(session, claim.id, ClaimChanges(notes="dopo"))
        assert conflict.changed_by == "carla" and conflict.current.notes == "prima"
        [kept] = first.list_claims()
        assert (kept.notes, kept.version) == ("prima", 2)


def test_removing_a_claim_someone_just_changed_is_refused(
    location: LibraryLocation, seed_path: Path
) -> None:
    with Desk.open(location) as first, Desk.open(location) as second:
        claim = _marked(first, seed_path)
        with first._transaction() as session:
            row = session.get(Claim, claim.id)
            second.update_claim(claim.id, ClaimChanges(notes="appena cambiato"))
            with pytest.raises(StaleDataError):
                session.delete(row)
                session.flush()
            session.rollback()
        refused = pytest.raises(InputRefused, match="Someone else changed this claim")
        with refused, first._transaction() as session:
            row = session.get(Claim, claim.id)
            assert row is not None
            second.update_claim(claim.id, ClaimChanges(notes="ancora"))
            session.delete(row)
        assert [c.notes for c in first.list_claims()] == ["ancora"]
