"""History as plain data, and restoring any older version of a claim or an article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from claimdesk.core.desk import Desk
from claimdesk.core.errors import InputRefused, NotFound
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ArticleChanges, ClaimChanges, ClaimKind, Status, Verdict
from claimdesk.core.model.history import VersionSide
from tests.conftest import SEED_DENIAL


@pytest.fixture
def hdesk(location: LibraryLocation) -> Iterator[Desk]:
    with Desk.open(location) as opened:
        yield opened


def _denial(desk: Desk, seed_path: Path) -> tuple[str, str]:
    article_id = desk.import_file(seed_path).id
    assert article_id
    start, end = desk.find_quote(article_id, SEED_DENIAL)
    claim = desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
    return article_id, claim.id


def test_history_lists_each_change_with_who_when_and_a_summary(
    hdesk: Desk, seed_path: Path
) -> None:
    _, claim_id = _denial(hdesk, seed_path)
    hdesk.update_claim(claim_id, ClaimChanges(verdict=Verdict.FALSE))
    hdesk.update_claim(claim_id, ClaimChanges(status=Status.REVIEWED, notes="OSCE"))
    items = hdesk.history.entries(claim_id[:6])
    assert [i.action for i in items] == ["update", "update", "create"]
    assert items[1].summary == "verdict: not rated → false"
    assert items[0].summary == "status: new → reviewed; notes: empty → OSCE"
    assert items[2].summary.startswith("created: Ha negato")
    assert all(i.entity == "claim" and i.entity_id == claim_id for i in items)
    assert items[0].at >= items[2].at and items[0].restorable
    with pytest.raises(NotFound):
        hdesk.history.entries("ffffffffff")


def test_any_older_claim_version_comes_back_and_is_itself_recorded(
    hdesk: Desk, seed_path: Path
) -> None:
    _, claim_id = _denial(hdesk, seed_path)
    hdesk.update_claim(claim_id, ClaimChanges(verdict=Verdict.FALSE, tags=("nato",)))
    hdesk.update_claim(claim_id, ClaimChanges(verdict=Verdict.TRUE, claimant="Mosca"))
    created = hdesk.history.entries(claim_id)[-1]
    done = hdesk.history.restore_version(created.id)
    assert done.changed and "verdict: true → not rated" in done.summary
    [claim] = hdesk.list_claims()
    assert (claim.verdict, claim.claimant, claim.tags) == (None, "Russia", ())
    assert hdesk.history.entries(claim_id)[0].action == "revert"
    # Undo the first edit's undo: the version before the revert is there to go back to.
    revert = hdesk.history.entries(claim_id)[0]
    hdesk.history.restore_version(revert.id, VersionSide.BEFORE)
    [claim] = hdesk.list_claims()
    assert (claim.verdict, claim.claimant) == (Verdict.TRUE, "Mosca")
    assert [h.id for h in hdesk.search("verdict:true").hits] == [claim_id]
    again = hdesk.history.restore_version(hdesk.history.entries(claim_id)[0].id)
    assert not again.changed


def test_a_deleted_claim_comes_back_from_its_delete_entry(hdesk: Desk, seed_path: Path) -> None:
    article_id, claim_id = _denial(hdesk, seed_path)
    hdesk.update_claim(claim_id, ClaimChanges(verdict=Verdict.MISLEADING, notes="vedi OSCE"))
    hdesk.delete_claim(claim_id)
    assert hdesk.list_claims() == []
    deleted = hdesk.history.entries(claim_id)[0]
    assert deleted.action == "delete" and deleted.summary.startswith("deleted: Ha negato")
    done = hdesk.history.restore_version(deleted.id)
    assert done.changed and done.article_id == article_id
    [claim] = hdesk.list_claims()
    assert claim.id == claim_id and claim.quote == SEED_DENIAL and not claim.orphaned
    assert claim.verdict == Verdict.MISLEADING
    assert (claim.notes, claim.claimant) == ("vedi OSCE", "Russia")
    article = hdesk.get_article(article_id)
    assert article.text[claim.start : claim.end] == SEED_DENIAL
    assert hdesk.check().ok
    assert [h.id for h in hdesk.search("kind:denial").hits] == [claim_id]
    assert not hdesk.history.restore_version(deleted.id).changed  # back already: nothing to do


def test_a_deleted_claim_does_not_take_a_span_marked_since(hdesk: Desk, seed_path: Path) -> None:
    article_id, claim_id = _denial(hdesk, seed_path)
    view = hdesk.delete_claim(claim_id)
    hdesk.mark_claim(article_id, view.start, view.end, ClaimKind.CLAIM)
    with pytest.raises(InputRefused, match="now marked by another claim"):
        hdesk.history.restore_version(hdesk.history.entries(claim_id)[0].id)
    assert len(hdesk.list_claims()) == 1


def test_article_metadata_and_text_versions_come_back(hdesk: Desk, seed_path: Path) -> None:
    article_id, claim_id = _denial(hdesk, seed_path)
    original = hdesk.get_article(article_id)
    hdesk.update_article(article_id, ArticleChanges(title="Titolo sbagliato", outlet="Reuters"))
    hdesk.replace_article_text(article_id, "Premessa.\n\n" + original.text)
    updates = [i for i in hdesk.history.entries(article_id) if i.action == "update"]
    assert "title:" in updates[0].summary and "outlet: none → Reuters" in updates[0].summary
    hdesk.history.restore_version(updates[0].id, VersionSide.BEFORE)
    assert hdesk.get_article(article_id).title == original.title
    text_edit = next(i for i in hdesk.history.entries(article_id) if i.action == "edit_text")
    assert text_edit.summary.startswith("text edited: text:")
    hdesk.history.restore_version(text_edit.id, VersionSide.BEFORE)
    restored = hdesk.get_article(article_id)
    assert restored.text == original.text
    [claim] = restored.claims
    assert claim.id == claim_id and restored.text[claim.start : claim.end] == SEED_DENIAL


def test_restore_refuses_what_it_cannot_do(hdesk: Desk) -> None:
    with pytest.raises(NotFound, match="No history entry 999"):
        hdesk.history.restore_version(999)
