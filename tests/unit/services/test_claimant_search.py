"""``claimant:`` finds a claimant's claims by any of its names: its aliases, and the names
of the claimants merged into it, as soon as the alias is added or the merge is made."""

from __future__ import annotations

from pathlib import Path

from claimdesk.core.desk import Desk
from claimdesk.core.model import ClaimKind
from tests.conftest import SEED_DENIAL

OTHER_QUOTE = "Stoltenberg"


def _mark(desk: Desk, article: str, quote: str, claimant: str, kind: ClaimKind) -> str:
    start, end = desk.find_quote(article, quote)
    return desk.mark_claim(article, start, end, kind, claimant=claimant).id


def _found(desk: Desk, query: str) -> set[str]:
    return {hit.id for hit in desk.search(query).hits if hit.type == "claim"}


def test_an_alias_added_later_finds_the_claims_already_marked(desk: Desk, seed_path: Path) -> None:
    article = desk.import_file(seed_path).id
    assert article is not None
    denial = _mark(desk, article, SEED_DENIAL, "Russia", ClaimKind.DENIAL)
    assert _found(desk, "claimant:mosca") == set()
    desk.tracking.add_alias("Russia", "Mosca")
    desk.tracking.add_alias("Russia", "il Cremlino")
    assert _found(desk, "claimant:mosca") == {denial}
    assert _found(desk, "claimant:cremlino") == {denial}
    assert _found(desk, 'claimant:"il cremlino"') == {denial}
    desk.tracking.remove_alias("Russia", "Mosca")
    assert _found(desk, "claimant:mosca") == set()


def test_a_merged_name_finds_the_claims_of_both(desk: Desk, seed_path: Path) -> None:
    article = desk.import_file(seed_path).id
    assert article is not None
    denial = _mark(desk, article, SEED_DENIAL, "Russia", ClaimKind.DENIAL)
    other = _mark(desk, article, OTHER_QUOTE, "Mosca", ClaimKind.CLAIM)
    assert _found(desk, "claimant:russia") == {denial}
    desk.tracking.merge_claimants("Russia", "Mosca")
    assert _found(desk, "claimant:mosca") == {denial, other}
    assert _found(desk, "claimant:russia") == {denial, other}
