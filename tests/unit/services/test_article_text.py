"""Replacing an article's text re-anchors its claims, keeps the lost ones, records it all."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from claimdesk.core.desk import Desk
from claimdesk.core.errors import InputRefused
from claimdesk.core.model import ClaimKind
from claimdesk.core.services.article_text import attach_claim, replace_article_text
from claimdesk.core.storage.orm import Article, Claim, HistoryEntry
from tests.conftest import SEED_DENIAL

CLAIM = "l'invasione fa parte di un modello"


def setup_article(desk: Desk, seed_path: Path) -> tuple[str, str, str, str]:
    outcome = desk.import_file(seed_path)
    assert outcome.id is not None
    text = desk.get_article(outcome.id).text
    denial = desk.mark_claim(
        outcome.id,
        text.index(SEED_DENIAL),
        text.index(SEED_DENIAL) + len(SEED_DENIAL),
        ClaimKind.DENIAL,
        claimant="Russia",
    )
    claim = desk.mark_claim(
        outcome.id, text.index(CLAIM), text.index(CLAIM) + len(CLAIM), ClaimKind.CLAIM
    )
    return outcome.id, text, denial.id, claim.id


def test_inserted_text_moves_claims_and_updates_the_hash(desk: Desk, seed_path: Path) -> None:
    article_id, text, denial_id, claim_id = setup_article(desk, seed_path)
    new_text = "Nota della redazione: testo corretto.\n\n" + text
    with desk._store.sessions() as session, session.begin():
        result = replace_article_text(session, article_id, new_text)
    assert result.orphaned == ()
    assert set(result.moved) == {denial_id, claim_id}
    assert result.article.text == new_text
    by_id = {c.id: c for c in result.article.claims}
    assert new_text[by_id[denial_id].start : by_id[denial_id].end] == SEED_DENIAL
    assert by_id[denial_id].claimant == "Russia"
    with desk._store.sessions() as session:
        article = session.get_one(Article, article_id)
        assert article.text == new_text
        from claimdesk.core.importers import content_hash

        assert article.content_hash == content_hash(new_text)
        claim = session.get_one(Claim, denial_id)
        assert claim.prefix == new_text[claim.start - 32 : claim.start]
        assert not claim.orphaned


def test_rewritten_claim_is_orphaned_kept_and_listed(desk: Desk, seed_path: Path) -> None:
    article_id, text, denial_id, claim_id = setup_article(desk, seed_path)
    new_text = text.replace(SEED_DENIAL, "Mosca respinge da sempre ogni accusa di ingerenza armata")
    with desk._store.sessions() as session, session.begin():
        result = replace_article_text(session, article_id, new_text)
    assert result.orphaned == (denial_id,)
    listed = {c.id: c for c in desk.list_claims()}
    assert set(listed) == {denial_id, claim_id}, "nothing is dropped"
    orphan = listed[denial_id]
    assert orphan.orphaned and orphan.quote == SEED_DENIAL
    assert orphan.claimant == "Russia"
    assert not listed[claim_id].orphaned


def test_orphan_is_attached_to_a_new_selection(desk: Desk, seed_path: Path) -> None:
    article_id, text, denial_id, _ = setup_article(desk, seed_path)
    replacement = "Mosca respinge da sempre ogni accusa di ingerenza armata"
    new_text = text.replace(SEED_DENIAL, replacement)
    with desk._store.sessions() as session, session.begin():
        replace_article_text(session, article_id, new_text)
    start = new_text.index(replacement)
    with desk._store.sessions() as session, session.begin():
        view = attach_claim(session, denial_id[:8], start - 1, start + len(replacement))
    assert not view.orphaned
    assert (view.start, view.end, view.quote) == (start, start + len(replacement), replacement)
    assert view.claim_text == replacement, "an unedited claim text follows the quote"
    with desk._store.sessions() as session:
        actions = session.scalars(
            select(HistoryEntry.action).where(HistoryEntry.entity_id == denial_id)
        ).all()
    assert actions == ["create", "reanchor", "attach"]


def test_history_keeps_the_old_text(desk: Desk, seed_path: Path) -> None:
    article_id, text, _, _ = setup_article(desk, seed_path)
    with desk._store.sessions() as session, session.begin():
        replace_article_text(session, article_id, text + "\n\nAggiornamento.")
    with desk._store.sessions() as session:
        entry = session.scalars(
            select(HistoryEntry).where(
                HistoryEntry.entity_id == article_id, HistoryEntry.action == "edit_text"
            )
        ).one()
    assert entry.before is not None and entry.before["text"] == text
    assert entry.after is not None and entry.after["text"].endswith("Aggiornamento.")


def test_new_text_is_normalised(desk: Desk, seed_path: Path) -> None:
    article_id, text, _, _ = setup_article(desk, seed_path)
    with desk._store.sessions() as session, session.begin():
        result = replace_article_text(session, article_id, text.replace("\n", "\r\n") + "  \n")
    assert result.article.text == text
    assert result.moved == ()


@pytest.mark.parametrize("blank", ["", "  \n\t "])
def test_empty_text_is_refused_and_changes_nothing(desk: Desk, seed_path: Path, blank: str) -> None:
    article_id, text, _, _ = setup_article(desk, seed_path)
    with (
        pytest.raises(InputRefused, match="The new text is empty"),
        desk._store.sessions() as session,
        session.begin(),
    ):
        replace_article_text(session, article_id, blank)
    assert desk.get_article(article_id).text == text


def test_text_of_another_article_is_refused(desk: Desk, seed_path: Path, tmp_path: Path) -> None:
    article_id, text, _, _ = setup_article(desk, seed_path)
    other = tmp_path / "other.txt"
    other.write_text("Un altro articolo, del tutto diverso.", encoding="utf-8")
    assert desk.import_file(other).status == "imported"
    with (
        pytest.raises(InputRefused, match="already holds exactly this text"),
        desk._store.sessions() as session,
        session.begin(),
    ):
        replace_article_text(session, article_id, "Un altro articolo, del tutto diverso.")
    assert desk.get_article(article_id).text == text


def test_attach_refuses_a_span_outside_the_text_or_already_marked(
    desk: Desk, seed_path: Path
) -> None:
    _, text, denial_id, claim_id = setup_article(desk, seed_path)
    with desk._store.sessions() as session, session.begin():
        with pytest.raises(InputRefused, match="outside the article"):
            attach_claim(session, denial_id, 0, len(text) + 5)
        start = text.index(CLAIM)
        with pytest.raises(InputRefused, match="already marked"):
            attach_claim(session, denial_id, start, start + len(CLAIM))
        with pytest.raises(InputRefused, match="only white space"):
            attach_claim(session, claim_id, text.index("\n"), text.index("\n") + 1)
