"""Links between claims: made, refused, removed, recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from claimdesk.core.desk import Desk
from claimdesk.core.errors import InputRefused
from claimdesk.core.model import ClaimKind, Link, LinkType
from claimdesk.core.storage.orm import HistoryEntry
from tests.conftest import SEED_DENIAL


def two_claims(desk: Desk, seed_path: Path) -> tuple[str, str]:
    article = desk.import_file(seed_path).id
    assert article is not None
    denial = desk.mark_claim(article, *desk.find_quote(article, SEED_DENIAL), ClaimKind.DENIAL)
    start, end = desk.find_quote(article, "Georgia nel 2008")
    claim = desk.mark_claim(article, start, end, ClaimKind.CLAIM, claimant="Stoltenberg")
    return denial.id, claim.id


def test_link_shows_on_the_claim_and_in_history(desk: Desk, seed_path: Path) -> None:
    denial, claim = two_claims(desk, seed_path)
    view = desk.tracking.link_claims(denial[:8], claim, "denies")
    assert view.links == (Link(LinkType.DENIES, claim),)
    listed = {c.id: c for c in desk.list_claims()}
    assert listed[denial].links == (Link(LinkType.DENIES, claim),)
    assert listed[claim].links == ()
    actions = desk._read(
        lambda s: [h.action for h in s.scalars(select(HistoryEntry).order_by(HistoryEntry.id))]
    )
    assert actions[-1] == "link"


def test_refusals_change_nothing(desk: Desk, seed_path: Path) -> None:
    denial, claim = two_claims(desk, seed_path)
    desk.tracking.link_claims(denial, claim, LinkType.DENIES)
    with pytest.raises(InputRefused, match="already denies"):
        desk.tracking.link_claims(denial, claim, LinkType.DENIES)
    with pytest.raises(InputRefused, match="itself"):
        desk.tracking.link_claims(claim, claim, LinkType.REPEATS)
    with pytest.raises(InputRefused, match="Unknown link type 'refutes'"):
        desk.tracking.link_claims(denial, claim, "refutes")
    with pytest.raises(InputRefused, match="No claim"):
        desk.tracking.link_claims(denial, "ffffffff", LinkType.SUPPORTS)
    listed = {c.id: c for c in desk.list_claims()}
    assert listed[denial].links == (Link(LinkType.DENIES, claim),)


def test_another_type_between_the_same_claims_is_allowed_and_unlink_removes_one(
    desk: Desk, seed_path: Path
) -> None:
    denial, claim = two_claims(desk, seed_path)
    desk.tracking.link_claims(denial, claim, LinkType.DENIES)
    view = desk.tracking.link_claims(denial, claim, LinkType.CONTRADICTS)
    assert {k.type for k in view.links} == {LinkType.DENIES, LinkType.CONTRADICTS}
    view = desk.tracking.unlink_claims(denial, claim, LinkType.DENIES)
    assert view.links == (Link(LinkType.CONTRADICTS, claim),)
    with pytest.raises(InputRefused, match="has no denies link"):
        desk.tracking.unlink_claims(denial, claim, LinkType.DENIES)
    assert desk.tracking.unlink_claims(denial, claim).links == ()


def test_deleting_a_claim_drops_its_links(desk: Desk, seed_path: Path) -> None:
    denial, claim = two_claims(desk, seed_path)
    desk.tracking.link_claims(denial, claim, LinkType.DENIES)
    desk.delete_claim(claim)
    [left] = desk.list_claims()
    assert left.id == denial
    assert left.links == ()
