"""The desk's change record: after each call that wrote, what it changed, read from the
history (the window's views refresh from it instead of reading the library again)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import ClaimChanges, ClaimKind, LibraryStats, LinkType, Status
from tests.conftest import SEED_DENIAL


def _seeded(desk: Desk, seed_path: Path) -> str:
    outcome = desk.import_file(seed_path)
    assert outcome.id is not None
    return outcome.id


def test_a_call_that_writes_nothing_records_nothing(desk: Desk, seed_path: Path) -> None:
    article_id = _seeded(desk, seed_path)
    assert desk.take_changes() is not None  # the import
    desk.get_article(article_id)
    desk.search("Stoltenberg")
    assert desk.take_changes() is None


def test_a_mark_records_its_article_row_claim_and_claimant(desk: Desk, seed_path: Path) -> None:
    article_id = _seeded(desk, seed_path)
    imported = desk.take_changes()
    assert imported is not None
    assert [a.id for a in imported.articles] == [article_id]
    before = LibraryStats(1, 0, 0, 0)
    rows = {a.id: a for a in imported.articles}

    start, end = desk.find_quote(article_id, SEED_DENIAL)
    claim = desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
    change = desk.take_changes()
    assert change is not None
    assert change.claims == {claim.id} and not change.removed_claims
    [row] = change.articles
    assert (row.id, row.denials, row.claims, row.to_check) == (article_id, 1, 0, 1)
    assert change.claimants == ("Russia",) and change.registry is None
    assert change.counts_after(before, rows) == LibraryStats(1, 0, 1, 1)

    desk.update_claim(claim.id, ClaimChanges(status=Status.REVIEWED))
    reviewed = desk.take_changes()
    assert reviewed is not None and reviewed.articles[0].to_check == 0

    desk.delete_claim(claim.id)
    deleted = desk.take_changes()
    assert deleted is not None and deleted.removed_claims == {claim.id}
    assert deleted.articles[0].denials == 0  # the article of a claim gone, from the history


def test_links_aliases_and_evidence_are_recorded(desk: Desk, seed_path: Path) -> None:
    article_id = _seeded(desk, seed_path)
    start, end = desk.find_quote(article_id, SEED_DENIAL)
    denial = desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
    other = desk.mark_claim(article_id, 0, 20, ClaimKind.CLAIM, claimant="NATO")
    desk.take_changes()

    desk.tracking.link_claims(denial.id, other.id, LinkType.DENIES)
    linked = desk.take_changes()
    assert linked is not None and linked.links and denial.id in linked.claims

    desk.tracking.add_alias("Russia", "Mosca")
    aliased = desk.take_changes()
    assert aliased is not None and aliased.registry is not None
    assert "Russia" in aliased.registry

    from claimdesk.core.services.evidence import EvidenceInput

    desk.evidence.add_evidence(other.id, EvidenceInput(url="https://example.org/report"))
    evidenced = desk.take_changes()
    assert evidenced is not None and evidenced.claims == {other.id}


def test_another_process_s_changes_come_through_a_look(
    location: LibraryLocation, seed_path: Path
) -> None:
    with Desk.open(location) as window, Desk.open(location) as command:
        article_id = _seeded(window, seed_path)
        window.take_changes()
        start, end = command.find_quote(article_id, SEED_DENIAL)
        claim = command.mark_claim(article_id, start, end, ClaimKind.DENIAL)
        assert window.take_changes() is None  # the window wrote nothing: it did not look
        window.look_for_changes()
        seen = window.take_changes()
        assert seen is not None and seen.claims == {claim.id}
        window.look_for_changes()
        assert window.take_changes() is None  # nothing new since


def test_a_view_carried_across_a_mark_is_the_article_read_again(
    desk: Desk, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimdesk.core.services import articles

    article_view = articles.article_view
    reads: list[str] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        reads.append("read")
        return article_view(*args, **kwargs)

    monkeypatch.setattr(articles, "article_view", counted)
    article_id = _seeded(desk, seed_path)
    shown = desk.get_article(article_id)
    assert reads == ["read"]
    suggestion = shown.suggestions[0]
    claim = desk.mark_claim(article_id, suggestion.start, suggestion.end, ClaimKind.DENIAL)
    desk.update_claim(claim.id, ClaimChanges(claimant="Russia", notes="checked"))
    carried = desk.get_article(article_id)
    assert reads == ["read"]  # carried forward, not read again
    with desk._store.sessions() as session:
        fresh = article_view(session, article_id)
    assert carried == fresh  # the same claims in order, the covered suggestion gone
    assert suggestion not in carried.suggestions and carried.claims[0].notes == "checked"


def test_deferred_index_updates_are_searchable_at_once(desk: Desk, seed_path: Path) -> None:
    article_id = _seeded(desk, seed_path)
    desk.defer_index_updates()
    start, end = desk.find_quote(article_id, SEED_DENIAL)
    claim = desk.mark_claim(article_id, start, end, ClaimKind.DENIAL)
    desk.update_claim(claim.id, ClaimChanges(notes="parolarara"))
    assert desk.index_pending
    hits = desk.search("parolarara", partial=True).hits  # as typed in the search box
    assert [h.id for h in hits] == [claim.id] and not desk.index_pending


def test_a_threshold_changed_in_the_settings_shows_the_open_article_again(
    desk: Desk, seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from claimdesk.core.settings import ENV_CONFIG_DIR, load_settings, save_settings

    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "config"))
    article_id = _seeded(desk, seed_path)
    save_settings(dataclasses.replace(load_settings(), suggestion_threshold=0.0))
    every = desk.get_article(article_id).suggestions
    save_settings(dataclasses.replace(load_settings(), suggestion_threshold=0.8))
    confident = desk.get_article(article_id).suggestions  # nothing else changed
    assert len(confident) < len(every)
    assert all(s.confidence >= 0.8 for s in confident)
