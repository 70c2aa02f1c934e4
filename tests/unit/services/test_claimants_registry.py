"""The claimant registry: aliases, merges and suggested merges."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from claimdesk.core.desk import Desk
from claimdesk.core.errors import InputRefused, NotFound
from claimdesk.core.model import ClaimFilter, ClaimKind
from claimdesk.core.storage.orm import HistoryEntry
from tests.conftest import SEED_DENIAL


def mark(desk: Desk, article: str, quote: str, claimant: str, kind: ClaimKind) -> str:
    start, end = desk.find_quote(article, quote)
    return desk.mark_claim(article, start, end, kind, claimant=claimant).id


@pytest.fixture
def article(desk: Desk, seed_path: Path) -> str:
    found = desk.import_file(seed_path).id
    assert found is not None
    return found


def test_alias_add_find_and_remove(desk: Desk, article: str) -> None:
    mark(desk, article, SEED_DENIAL, "Russia", ClaimKind.DENIAL)
    view = desk.tracking.add_alias("russia", "Mosca")
    assert view.aliases == ("Mosca",)
    assert [c.claimant for c in desk.list_claims(ClaimFilter(claimant="mosca"))] == ["Russia"]
    with pytest.raises(InputRefused, match="already names 'Russia'"):
        desk.tracking.add_alias("Russia", "MOSCA")
    assert desk.tracking.remove_alias("Russia", "mosca").aliases == ()
    with pytest.raises(InputRefused, match="not an alias"):
        desk.tracking.remove_alias("Russia", "Mosca")
    with pytest.raises(NotFound, match="No claimant named 'Atlantide'"):
        desk.tracking.add_alias("Atlantide", "Atlantis")


def test_an_alias_that_names_another_claimant_points_to_merge(desk: Desk, article: str) -> None:
    mark(desk, article, SEED_DENIAL, "Russia", ClaimKind.DENIAL)
    mark(desk, article, "Georgia nel 2008", "Mosca", ClaimKind.CLAIM)
    with pytest.raises(InputRefused, match="claimant merge"):
        desk.tracking.add_alias("Russia", "Mosca")


def test_merge_moves_claims_and_names(desk: Desk, article: str) -> None:
    mark(desk, article, SEED_DENIAL, "Russia", ClaimKind.DENIAL)
    moved = mark(desk, article, "Georgia nel 2008", "il Cremlino", ClaimKind.CLAIM)
    desk.tracking.add_alias("il Cremlino", "Kremlin")
    view = desk.tracking.merge_claimants("Russia", "il Cremlino")
    assert view.name == "Russia"
    assert view.aliases == ("Kremlin", "il Cremlino")
    assert (view.claims, view.denials) == (1, 1)
    assert [c.name for c in desk.list_claimants()] == ["Russia"]
    claims = {c.id: c for c in desk.list_claims()}
    assert claims[moved].claimant == "Russia"
    assert len(desk.list_claims(ClaimFilter(claimant="kremlin"))) == 2
    entries = desk._read(
        lambda s: [
            (h.entity, h.action) for h in s.scalars(select(HistoryEntry).order_by(HistoryEntry.id))
        ]
    )
    assert ("claimant", "merge") in entries
    with pytest.raises(InputRefused, match="already name the same claimant"):
        desk.tracking.merge_claimants("Russia", "Kremlin")


def test_suggested_merges(desk: Desk, article: str) -> None:
    mark(desk, article, SEED_DENIAL, "Russia", ClaimKind.DENIAL)
    mark(desk, article, "Georgia nel 2008", "la Russia", ClaimKind.CLAIM)
    mark(desk, article, "Donbas e Crimea", "the Kremlin", ClaimKind.CLAIM)
    mark(desk, article, "Ucraina nel 2014", "Jens Stoltenberg", ClaimKind.CLAIM)
    mark(desk, article, "Stoltenberg", "Stoltenberg", ClaimKind.CLAIM)
    mark(desk, article, "NATO", "Nato", ClaimKind.CLAIM)
    desk.tracking.add_alias("Russia", "Mosca")
    suggestions = desk.tracking.suggested_merges()
    pairs = {(s.keep, s.other) for s in suggestions}
    assert ("Russia", "la Russia") in pairs
    assert ("Russia", "the Kremlin") in pairs
    assert ("Jens Stoltenberg", "Stoltenberg") in pairs
    assert not any("Nato" in (s.keep, s.other) for s in suggestions)
    reason = next(s.reason for s in suggestions if s.other == "the Kremlin")
    assert "'Mosca'" in reason and "already grouped" in reason
