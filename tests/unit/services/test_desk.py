"""The desk on a real library: import, mark, edit, remove, restore, list, history, search."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from claimdesk.core.desk import Desk
from claimdesk.core.errors import InputRefused, NotFound
from claimdesk.core.library import LibraryLocation
from claimdesk.core.model import (
    ArticleMeta,
    ClaimChanges,
    ClaimFilter,
    ClaimKind,
    Status,
    Suggestion,
    Verdict,
)
from claimdesk.core.storage.orm import HistoryEntry
from tests.conftest import SEED_DENIAL


def _history(desk: Desk) -> list[tuple[str, str]]:
    with desk._store.sessions() as session:
        rows = session.execute(select(HistoryEntry.entity, HistoryEntry.action)).all()
    return [(r[0], r[1]) for r in rows]


def _seeded(desk: Desk, seed_path: Path) -> str:
    outcome = desk.import_file(seed_path)
    assert outcome.status == "imported", outcome.error
    assert outcome.id is not None
    return outcome.id


def test_import_then_duplicate(desk: Desk, seed_path: Path) -> None:
    first = desk.import_file(seed_path)
    again = desk.import_file(seed_path)
    assert first.status == "imported"
    assert first.language == "it"
    assert again.status == "duplicate"
    assert again.id == first.id
    assert len(desk.list_articles()) == 1


def test_offsets_of_a_clean_utf8_file_are_kept(desk: Desk, seed_path: Path) -> None:
    article_id = _seeded(desk, seed_path)
    assert desk.get_article(article_id).text == seed_path.read_text(encoding="utf-8").rstrip()


def test_mark_a_denial_by_quote(desk: Desk, seed_path: Path) -> None:
    article_id = _seeded(desk, seed_path)
    start, end = desk.find_quote(article_id, SEED_DENIAL)
    view = desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
    article = desk.get_article(article_id)
    assert article.text[view.start : view.end] == SEED_DENIAL == view.quote
    assert view.kind is ClaimKind.DENIAL
    assert view.claimant == "Russia"
    assert view.anchor.prefix == article.text[max(0, start - 32) : start]
    assert view.anchor.suffix == article.text[end : end + 32]
    assert [c.id for c in article.claims] == [view.id]
    assert desk.stats().denials == 1


def test_selection_whitespace_is_trimmed(desk: Desk) -> None:
    text = "Il ministro ha detto che piove.  Poi ha smentito.\n\nFine."
    outcome = desk.import_text(text, ArticleMeta())
    assert outcome.id
    view = desk.mark_claim(outcome.id, 31, 51, ClaimKind.DENIAL)
    assert view.quote == "Poi ha smentito."


def test_bad_spans_and_quotes_are_refused_and_change_nothing(desk: Desk, seed_path: Path) -> None:
    article_id = _seeded(desk, seed_path)
    before = _history(desk)
    with pytest.raises(InputRefused, match="not in the article"):
        desk.find_quote(article_id, "Mosca ha ammesso tutto")
    with pytest.raises(InputRefused, match="outside the article"):
        desk.mark_claim(article_id, 10, 10**6, ClaimKind.CLAIM)
    gap = desk.get_article(article_id).text.index("\n\n")
    with pytest.raises(InputRefused, match="only white space"):
        desk.mark_claim(article_id, gap, gap + 2, ClaimKind.CLAIM)
    with pytest.raises(NotFound, match="No article"):
        desk.mark_claim("ffffffff", 0, 5, ClaimKind.CLAIM)
    with pytest.raises(InputRefused, match="empty"):
        desk.mark_claim(article_id, 0, 5, ClaimKind.CLAIM, claimant="   \t")
    assert desk.list_claims() == []
    assert desk.list_claimants() == []
    assert _history(desk) == before


def test_marking_the_same_span_twice_is_refused(desk: Desk, seed_path: Path) -> None:
    article_id = _seeded(desk, seed_path)
    start, end = desk.find_quote(article_id, SEED_DENIAL)
    desk.mark_claim(article_id, start, end, ClaimKind.DENIAL)
    with pytest.raises(InputRefused, match="already marked"):
        desk.mark_claim(article_id, start, end, ClaimKind.CLAIM)
    assert len(desk.list_claims()) == 1


def test_edit_records_history_and_claimant_registry(desk: Desk, seed_path: Path) -> None:
    article_id = _seeded(desk, seed_path)
    start, end = desk.find_quote(article_id, SEED_DENIAL)
    view = desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
    edited = desk.update_claim(
        view.id[:8],
        ClaimChanges(
            claimant="russia",  # folded onto the existing claimant
            verdict=Verdict.FALSE,
            status=Status.RESEARCHING,
            notes="Vedi rapporti OSCE.",
            tags=("Donbas", "donbas", "2014"),
        ),
    )
    assert edited.claimant == "Russia"
    assert edited.verdict is Verdict.FALSE
    assert edited.status is Status.RESEARCHING
    assert edited.tags == ("2014", "donbas")
    assert edited.updated >= view.updated
    assert [(c.name, c.denials) for c in desk.list_claimants()] == [("Russia", 1)]
    cleared = desk.update_claim(view.id, ClaimChanges(verdict="", claimant=""))
    assert cleared.verdict is None and cleared.claimant is None
    assert _history(desk) == [
        ("article", "create"),
        ("claim", "create"),
        ("claim", "update"),
        ("claim", "update"),
    ]


def test_unknown_verdict_is_refused(desk: Desk, seed_path: Path) -> None:
    article_id = _seeded(desk, seed_path)
    view = desk.mark_claim(article_id, 0, 20, ClaimKind.CLAIM)
    with pytest.raises(InputRefused, match="Unknown verdict 'fake'"):
        desk.update_claim(view.id, ClaimChanges(verdict="fake"))
    assert desk.list_claims()[0].verdict is None


def test_delete_then_restore_gives_back_the_same_claim(desk: Desk, seed_path: Path) -> None:
    article_id = _seeded(desk, seed_path)
    start, end = desk.find_quote(article_id, SEED_DENIAL)
    view = desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
    view = desk.update_claim(view.id, ClaimChanges(tags=("donbas",), notes="n"))
    removed = desk.delete_claim(view.id)
    assert desk.list_claims() == []
    assert desk.search("negato").total == 1  # the article still matches, the claim does not
    restored = desk.restore_claim(removed)
    assert restored.id == view.id
    assert (restored.quote, restored.claimant, restored.tags, restored.notes) == (
        view.quote,
        view.claimant,
        view.tags,
        view.notes,
    )
    with pytest.raises(InputRefused, match="already in the library"):
        desk.restore_claim(removed)
    assert any(h.type == "claim" for h in desk.search("negato").hits)


def test_list_claims_filters(desk: Desk, seed_path: Path) -> None:
    article_id = _seeded(desk, seed_path)
    start, end = desk.find_quote(article_id, SEED_DENIAL)
    desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
    s2, e2 = desk.find_quote(article_id, "l'invasione fa parte di un modello")
    desk.mark_claim(article_id, s2, e2, ClaimKind.CLAIM, claimant="Jens Stoltenberg")
    assert len(desk.list_claims()) == 2
    assert [c.quote for c in desk.list_claims(ClaimFilter(kind=ClaimKind.DENIAL))] == [SEED_DENIAL]
    assert len(desk.list_claims(ClaimFilter(claimant="jens stoltenberg"))) == 1
    assert desk.list_claims(ClaimFilter(claimant="Nobody")) == []
    assert len(desk.list_claims(ClaimFilter(article_id=article_id[:6]))) == 2
    assert desk.list_claims(ClaimFilter(status=Status.PUBLISHED)) == []


def test_search_finds_claims_by_stem_in_italian(desk: Desk, seed_path: Path) -> None:
    article_id = _seeded(desk, seed_path)
    start, end = desk.find_quote(article_id, SEED_DENIAL)
    view = desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
    for query in ("negato", "negare", "claimant:russia negato", "kind:denial"):
        hits = desk.search(query).hits
        assert view.id in [h.id for h in hits if h.type == "claim"], query


def test_index_is_rebuilt_when_deleted(location: LibraryLocation, seed_path: Path) -> None:
    import shutil

    with Desk.open(location) as desk:
        article_id = _seeded(desk, seed_path)
        start, end = desk.find_quote(article_id, SEED_DENIAL)
        desk.mark_claim(article_id, start, end, ClaimKind.DENIAL)
    shutil.rmtree(location.index_dir)
    with Desk.open(location) as desk:
        assert any(h.type == "claim" for h in desk.search("separatisti").hits)


def test_deleting_an_article_row_cascades(desk: Desk, seed_path: Path) -> None:
    from claimdesk.core.storage.orm import Article, Claim

    article_id = _seeded(desk, seed_path)
    desk.mark_claim(article_id, 0, 20, ClaimKind.CLAIM)
    with desk._store.sessions() as session, session.begin():
        session.delete(session.get(Article, article_id))
    with desk._store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Claim)) == 0


def test_text_correction_reanchors_and_reindexes(desk: Desk, seed_path: Path) -> None:
    article_id = _seeded(desk, seed_path)
    start, end = desk.find_quote(article_id, SEED_DENIAL)
    view = desk.mark_claim(article_id, start, end, ClaimKind.DENIAL, claimant="Russia")
    old = desk.get_article(article_id).text
    fixed = "Nota della redazione: testo corretto.\n\n" + old.replace(
        "Ha negato di aver sostenuto i separatisti", "Mosca tace sui ribelli"
    )
    result = desk.replace_article_text(article_id, fixed)
    assert result.orphaned == (view.id,)
    [orphan] = desk.list_claims()
    assert orphan.orphaned and orphan.quote == SEED_DENIAL  # kept, never dropped
    assert any(h.type == "article" for h in desk.search("ribelli").hits)
    s2, e2 = desk.find_quote(article_id, "Mosca tace sui ribelli")
    attached = desk.attach_claim(view.id, s2, e2)
    assert not attached.orphaned
    assert desk.get_article(article_id).text[attached.start : attached.end] == attached.quote
    assert view.id in [h.id for h in desk.search("ribelli").hits]


def test_article_properties_are_edited_with_history(desk: Desk, seed_path: Path) -> None:
    import datetime as dt

    from claimdesk.core.model import ArticleChanges

    article_id = _seeded(desk, seed_path)
    desk.mark_claim(article_id, 0, 20, ClaimKind.CLAIM)
    view = desk.update_article(
        article_id,
        ArticleChanges(
            title="  Stoltenberg:  la NATO ",
            outlet="Reuters",
            language="IT",
            published=dt.date(2023, 2, 22),
            tags=("nato", "Ucraina"),
        ),
    )
    assert (view.title, view.outlet, view.language, view.published, view.tags) == (
        "Stoltenberg: la NATO",
        "Reuters",
        "it",
        dt.date(2023, 2, 22),
        ("nato", "ucraina"),
    )
    assert any(h.type == "claim" for h in desk.search("outlet:reuters").hits)
    cleared = desk.update_article(article_id, ArticleChanges(outlet="", published=""))
    assert cleared.outlet is None and cleared.published is None
    with pytest.raises(InputRefused, match="two-letter"):
        desk.update_article(article_id, ArticleChanges(language="italiano"))
    with pytest.raises(InputRefused, match="title is empty"):
        desk.update_article(article_id, ArticleChanges(title="  "))
    assert desk.get_article(article_id).language == "it"
    assert _history(desk).count(("article", "update")) == 2


def _denial_suggestion(desk: Desk, article_id: str) -> Suggestion:
    article = desk.get_article(article_id)
    return next(
        s for s in article.suggestions if article.text[s.start : s.end].startswith(SEED_DENIAL)
    )


def test_accepting_a_suggestion_marks_it_with_kind_claimant_and_cue(
    desk: Desk, seed_path: Path
) -> None:
    article_id = _seeded(desk, seed_path)
    suggestion = _denial_suggestion(desk, article_id)
    assert desk.list_claims() == []  # a suggestion is never stored until accepted
    claim = desk.accept_suggestion(article_id, suggestion)
    assert (claim.kind, claim.claimant, claim.cue) == (ClaimKind.DENIAL, "Russia", "Ha negato")
    assert [(d.text, d.value, d.granularity) for d in claim.dates] == [("2014", "2014", "year")]
    article = desk.get_article(article_id)
    assert all(s.start >= claim.end or s.end <= claim.start for s in article.suggestions)


def test_a_dismissed_suggestion_stays_dismissed(location: LibraryLocation, seed_path: Path) -> None:
    with Desk.open(location) as desk:
        article_id = _seeded(desk, seed_path)
        suggestion = _denial_suggestion(desk, article_id)
        desk.dismiss_suggestion(article_id, suggestion)
        desk.dismiss_suggestion(article_id, suggestion)  # twice is harmless
    with Desk.open(location) as desk:
        assert suggestion not in desk.get_article(article_id).suggestions
        assert desk.list_claims() == []


def test_article_view_carries_dates_resolved_against_publication(
    desk: Desk, seed_path: Path
) -> None:
    import datetime as dt

    outcome = desk.import_file(seed_path, ArticleMeta(published=dt.date(2023, 2, 22)))
    assert outcome.id
    values = {(d.text, d.value) for d in desk.get_article(outcome.id).dates}
    assert ("lo scorso anno", "2022") in values
    assert not any(d.text.startswith("63") for d in desk.get_article(outcome.id).dates)
